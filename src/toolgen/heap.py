"""The cyclic garbage collector around bulk work: paused while a corpus loads, frozen after.

Loading a 47k-endpoint corpus allocates millions of acyclic dicts, tuples and models;
the collector's passes over that growing heap cost a third of the load, and once loaded
the corpus never becomes garbage, so every later full collection (the generation loop
triggers them) would walk it again for nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collection inside (re-enabled after if it was on).

    What was allocated inside is frozen on the way out (`gc.freeze`): re-enabled with
    millions of young objects counted, the collector would otherwise walk them all at
    the next allocation, a second or more of work for objects that are not garbage.
    Frozen objects are still freed by reference counting when dropped; only reference
    cycles among them would stay (loaded registries and graphs hold none).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def keep_loaded() -> None:
    """Move every object alive now out of the collector's sight (`gc.freeze`): the loaded
    corpus stays alive for the whole run and need not be scanned again."""
    gc.freeze()
