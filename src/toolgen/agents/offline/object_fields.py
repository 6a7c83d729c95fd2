"""An object a request sends, said field by field as a person says what to change.

`update_user_info(update_info={"name": "Robert Ford", "email": "robert.ford@oliver.com"})`
was asked as 'with the update info set to "Robert Ford and robert.ford@oliver.com"': the
object's values run together and quoted as one text under the parameter's label. A person
names each field: "with the name Robert Ford and the email robert.ford@oliver.com".

`object_fields(slot, put)` gives those field phrases (each value masked by `put`), or None
for a value that is no small flat object with fields a person names (a point, a list, a
nested object, a yes/no inside, a key no one says).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from toolgen.agents.offline.labels import slot_label
from toolgen.agents.offline.saying import is_sentence
from toolgen.agents.offline.types import Slot, value_text
from toolgen.registry.english import unsayable

# More fields than this read as a form; fewer than two is one value, said as it is.
_MOST = 6
# A point ("lat", "lng") is said as a pair (`saying.coordinates`), not as two fields.
_POINT = frozenset({"lat", "latitude", "lng", "lon", "long", "longitude", "x", "y"})
_LETTERS = re.compile(r"[a-z]")


def object_fields(slot: Slot, put: Callable[[str], str]) -> list[str] | None:
    """Each field of the object `slot` sends, as "the <label> <value>" (a sentence
    quoted); None when the value is not one to say that way (module doc)."""
    raw = slot.raw
    if not isinstance(raw, dict) or not 2 <= len(raw) <= _MOST:
        return None
    if any(not isinstance(k, str) or k.lower() in _POINT for k in raw):
        return None
    labels: list[str] = []
    for key, value in raw.items():
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return None  # a yes/no, a list, an object inside: no "the <label> <value>"
        label = slot_label(key).lower()
        if label == "value" or not _LETTERS.search(label) or unsayable(label):
            return None
        labels.append(label)
    out: list[str] = []
    for label, value in zip(labels, raw.values(), strict=True):
        text = value_text(value)
        tok = put(text)
        out.append(f'the {label} "{tok}"' if is_sentence(text) else f"the {label} {tok}")
    return out


def object_values(slot: Slot) -> list[str]:
    """The texts `object_fields` says for `slot`'s object (what a paraphrase keeps)."""
    raw = slot.raw
    if not isinstance(raw, dict):
        return []
    return [value_text(v) for v in raw.values() if isinstance(v, str | int | float)
            and not isinstance(v, bool)]
