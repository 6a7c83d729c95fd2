"""A language detector finds the language the text is in: "Pourquoi, te comportes-tu
mal" is French, not Turkish at 0.96.

`fill_detected_language(output, args)` reads the text the call sent (`text`, `q`,
`phrase`..., alone or as a list of texts), votes its language by the short words each
language is made of, and makes the answer say so: the object (or the most confident
candidate of a list) holding a `language` and a `confidence` names that language, and no
other candidate names it or is surer. A text no language's words are in is left as drawn.
In place, deterministic, never touches the network.
"""

from __future__ import annotations

import re
from typing import Any

# language -> common short words only it uses much (a vote, not a model)
_WORDS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "English": "the and is are you of to in it that this with for what where how",
    "French": "le la les est et un une des pourquoi tu te vous je nous pas mal avec pour "
              "dans que qui où comment",
    "Spanish": "el los las es y un una por qué que dónde donde cómo como está estoy con "
               "para pero muy",
    "German": "der die das und ist nicht ich du sie wir mit für wo wie ein eine auf",
    "Italian": "il lo gli è e un una perché che dove come sono con per non della",
    "Portuguese": "o os as é e um uma não você com para onde como está obrigado muito",
    "Dutch": "de het een en is niet ik je jij wij met voor waar hoe van",
}.items()}
_ASKED = ("text", "q", "phrase", "query", "sentence", "input", "content", "message")
_TOKEN = re.compile(r"[^\W\d_]+")


def detected(text: str) -> str | None:
    """The language most of the text's known short words belong to, or None."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    votes = {lang: sum(t in words for t in tokens) for lang, words in _WORDS.items()}
    best = max(votes, key=lambda k: votes[k])
    return best if votes[best] > 0 else None


def fill_detected_language(output: Any, args: dict[str, Any]) -> None:
    """Make a detector's answer name the language of the text sent (module doc)."""
    text = next((t for k in _ASKED if (t := _sent_text(args.get(k)))), None)
    if text is None:
        return
    found = _candidates(output)
    if not found:
        return
    lang = detected(text)
    if lang is None:
        return
    found.sort(key=lambda o: -float(o["confidence"]))
    top = found[0]
    top["language"] = lang
    others = [k for k in _WORDS if k != lang]
    for i, obj in enumerate(found[1:]):
        if obj["language"] == lang:
            obj["language"] = others[i % len(others)]
        if obj["confidence"] >= top["confidence"]:
            obj["confidence"] = round(float(top["confidence"]) / 2, 2)


def _sent_text(value: Any) -> str | None:
    """The text a call sent, alone or as a list of texts (languagelayer's `query` is
    `["Please send me the report ..."]`: its English came back Italian at 0.93)."""
    if isinstance(value, list):
        value = " ".join(v for v in value if isinstance(v, str))
    return value if isinstance(value, str) and value else None


def _candidates(node: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            if isinstance(n.get("language"), str) and isinstance(
                    n.get("confidence"), (int, float)) and not isinstance(
                    n.get("confidence"), bool):
                out.append(n)
            stack.extend(v for v in n.values() if isinstance(v, (dict, list)))
        elif isinstance(n, list):
            if n and all(isinstance(v, dict) and _scored(v) for v in n):
                n.sort(key=lambda v: -float(v["confidence"]))  # its best guess first
            stack.extend(n)
    return out


def _scored(obj: dict[str, Any]) -> bool:
    c = obj.get("confidence")
    return isinstance(c, (int, float)) and not isinstance(c, bool)
