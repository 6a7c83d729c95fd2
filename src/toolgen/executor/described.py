"""An object schema that declares no properties but shows its shape by example in its
description: BFCL's `view_messages_sent` answers `messages`, "Dictionary of messages
grouped by receiver An example of the messages dictionary is
{"USR001":["Hello"],"USR002":["World"]}", and the generic filler made it
`{"name": "Missing item in my order", "value": 234.02}`.

`described_example(schema)` is the first JSON object the description quotes (None when
it quotes none, or one whose values are not texts or lists of texts); `example_map_gen`
draws a map of that shape: as many keys as the example, each spelt like its example key
with new digits (`USR001` -> `USR047`), each value a text of the kind the map's key names
(a message) or a list of one such text, as the example's value is. Pure.
"""

from __future__ import annotations

import json
import re
from typing import Any

from toolgen.executor.descriptions import text_gen
from toolgen.executor.gen_context import Ctx, Gen

_DECODER = json.JSONDecoder()
# A key of letters then digits (`USR001`): the letters stay, the digits are drawn anew.
_CODED = re.compile(r"([A-Za-z_-]*)(\d+)")


def described_example(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The example object the schema's description quotes, when its values are texts or
    lists of texts (module doc)."""
    text = schema.get("description")
    if not isinstance(text, str) or "{" not in text:
        return None
    start = text.find("{")
    while start >= 0:
        try:
            found, _ = _DECODER.raw_decode(text, start)
        except ValueError:
            found = None
        if isinstance(found, dict) and found and all(_texts(v) for v in found.values()):
            return found
        start = text.find("{", start + 1)
    return None


def _texts(value: Any) -> bool:
    return isinstance(value, str) or (
        isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value))


def example_map_gen(example: dict[str, Any], key: str) -> Gen:
    """A map shaped like `example`, its values texts of what `key` holds (module doc)."""
    text = text_gen(key)
    shapes = [(_CODED.fullmatch(k), isinstance(v, list)) for k, v in example.items()]

    def gen(ctx: Ctx) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for i, (coded, listed) in enumerate(shapes):
            name = _redrawn(coded, ctx) if coded is not None else f"item_{i + 1}"
            while name in out:
                name = _redrawn(coded, ctx) if coded is not None else f"{name}_"
            said = text(ctx)
            for _ in range(3):  # two receivers sent one same line reads as a copy
                if not any(said in (v if isinstance(v, list) else [v]) for v in out.values()):
                    break
                said = text(ctx)
            out[name] = [said] if listed else said
        return out

    return gen


def _redrawn(coded: re.Match[str], ctx: Ctx) -> str:
    """The example key's letters with new digits of its width, never all zeros."""
    width = len(coded.group(2))
    number = 1 + int(ctx.rand() * (10 ** width - 1))
    return f"{coded.group(1)}{number:0{width}d}"
