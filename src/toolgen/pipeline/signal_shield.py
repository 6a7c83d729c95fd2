"""A stop signal that arrives while a run writes one item waits until the item is whole.

Ctrl-C (and SIGTERM, which the CLI turns into one) raises `KeyboardInterrupt` between
any two bytecodes. Between appending a line to the partial file and counting it, that
left a line on disk the checkpoint did not know of: the stop message said 10 records
where the file held 11, and a resume would have written index 10 twice. Inside
`SignalShield.section()` a stop signal is held and re-delivered when the section ends;
outside one it acts at once, so a run blocked on a slow call still stops promptly.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

_STOPS = (signal.SIGINT, signal.SIGTERM)

Handler = Callable[[int, FrameType | None], Any]


class SignalShield:
    """Holds stop signals during sections; installed for the length of `shielding()`."""

    def __init__(self) -> None:
        self._depth = 0
        self._held: tuple[Handler, int, FrameType | None] | None = None
        self._previous: dict[int, Handler] = {}

    @contextmanager
    def section(self) -> Iterator[None]:
        """Run the body whole: a stop signal meanwhile is delivered when it ends."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if self._depth == 0 and self._held is not None:
            handler, signum, frame = self._held
            self._held = None
            handler(signum, frame)

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        handler = self._previous[signum]
        if self._depth:
            self._held = (handler, signum, frame)
            return
        handler(signum, frame)


@contextmanager
def shielding() -> Iterator[SignalShield]:
    """A shield whose sections hold Python-level stop handlers (main thread only).

    Signals left at the system default or ignored are not touched; off the main thread
    (an embedding host) the shield's sections are plain blocks.
    """
    shield = SignalShield()
    if threading.current_thread() is not threading.main_thread():
        yield shield
        return
    for signum in _STOPS:
        previous = signal.getsignal(signum)
        if callable(previous):
            shield._previous[signum] = previous
            signal.signal(signum, shield._on_signal)
    try:
        yield shield
    finally:
        for held, previous in shield._previous.items():
            signal.signal(held, previous)
