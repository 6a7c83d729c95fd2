"""The words a slot's name and label are read as, and the seeded pick among ways to say it.

Every rule choosing how a value is said (`saying`, `saying_text`) reads the parameter's
label as lower-case words split on spaces, `_` and `-` (`words_of`), asks whether its name
or label starts, ends or is one of some keys (`has`), and picks a phrasing from the
record's rng (`pick`), one draw per choice so output stays seed-deterministic.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from functools import lru_cache

from toolgen.agents.offline.types import Slot

_SEPARATORS = re.compile(r"[\s_\-]+")


def pick(rng: random.Random, options: Sequence[str]) -> str:
    return options[int(rng.random() * len(options))]


def words_of(slot: Slot) -> frozenset[str]:
    return _label_words(slot.label)


@lru_cache(maxsize=4096)  # a parameter's label is read by several rules per value said
def _label_words(label: str) -> frozenset[str]:
    return frozenset(_SEPARATORS.split(label.lower()))


@lru_cache(maxsize=4096)
def _name_forms(name: str) -> tuple[str, str]:
    """The name lower-cased, as it is and without separators ("check_in" -> "checkin")."""
    low = name.lower()
    return low, _SEPARATORS.sub("", low)


def has(slot: Slot, *keys: str) -> bool:
    name, flat = _name_forms(slot.name)
    words = words_of(slot)
    return any(k in words or name.endswith(k) or name.startswith(k) or flat.startswith(k)
               or flat.endswith(k) for k in keys)
