"""Dictionary answers a reader believes: the synonyms of "happy" are glad and cheerful, its
antonym is sad, and a definition or an example is about the word asked, never a stock
chat message in a `translated_text` field.

`WORD_LISTS` names the lists a dictionary endpoint answers with; `fill_word_lists(output,
args)` fills an answer holding a `word` and such lists from a small table, for the word
the call asked (a sentence sent as `q` is looked up by its first word the table knows, else
its longest word, whose lists stay empty: nothing found). In place, deterministic, never
touches the network.
"""

from __future__ import annotations

import re
from typing import Any

# word: (synonyms, antonyms, part of speech, definition)
_TABLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], str, str]] = {
    "happy": (("glad", "cheerful", "content", "joyful"), ("sad", "unhappy"), "adjective",
              "feeling or showing pleasure or contentment"),
    "sad": (("unhappy", "sorrowful", "downcast"), ("happy", "cheerful"), "adjective",
            "feeling or showing sorrow"),
    "big": (("large", "huge", "sizeable"), ("small", "little"), "adjective",
            "of considerable size or extent"),
    "small": (("little", "tiny", "compact"), ("big", "large"), "adjective",
              "of a size that is less than normal or usual"),
    "fast": (("quick", "rapid", "swift"), ("slow",), "adjective",
             "moving or capable of moving at high speed"),
    "quick": (("fast", "rapid", "speedy"), ("slow",), "adjective",
              "done with speed or in a short time"),
    "good": (("fine", "excellent", "decent"), ("bad", "poor"), "adjective",
             "of high quality or an acceptable standard"),
    "bad": (("poor", "awful", "inferior"), ("good",), "adjective",
            "of poor quality or a low standard"),
    "beautiful": (("lovely", "attractive", "gorgeous"), ("ugly",), "adjective",
                  "pleasing the senses or the mind aesthetically"),
    "cold": (("chilly", "cool", "freezing"), ("hot", "warm"), "adjective",
             "of or at a low temperature"),
    "hot": (("warm", "heated", "scorching"), ("cold", "cool"), "adjective",
            "having a high temperature"),
    "easy": (("simple", "effortless", "straightforward"), ("hard", "difficult"), "adjective",
             "achieved without great effort"),
    "hard": (("difficult", "tough", "demanding"), ("easy", "soft"), "adjective",
             "requiring a great deal of effort"),
    "old": (("aged", "ancient", "elderly"), ("new", "young"), "adjective",
            "having lived or existed for a long time"),
    "new": (("fresh", "recent", "novel"), ("old",), "adjective",
            "not existing before; made or introduced recently"),
    "strong": (("powerful", "sturdy", "robust"), ("weak",), "adjective",
               "having the power to move heavy weights or do hard work"),
    "bright": (("shining", "brilliant", "vivid"), ("dark", "dim"), "adjective",
               "giving out or reflecting much light"),
    "quiet": (("silent", "calm", "hushed"), ("loud", "noisy"), "adjective",
              "making little or no noise"),
    "nearest": (("closest", "nearby"), ("farthest", "furthest"), "adjective",
                "closest in distance"),
    "begin": (("start", "commence", "launch"), ("end", "finish"), "verb",
              "to start; perform or undergo the first part of"),
    "end": (("finish", "close", "conclusion"), ("beginning", "start"), "noun",
            "a final part of something"),
    "help": (("assist", "aid", "support"), ("hinder",), "verb",
             "to make it easier for someone to do something"),
    "buy": (("purchase", "acquire", "get"), ("sell",), "verb",
            "to obtain in exchange for payment"),
    "send": (("dispatch", "mail", "forward"), ("receive",), "verb",
             "to cause to go or be taken to a destination"),
    "love": (("adore", "cherish", "affection"), ("hate",), "noun",
             "an intense feeling of deep affection"),
    "meeting": (("gathering", "assembly", "session"), (), "noun",
                "an assembly of people for a discussion"),
    "report": (("account", "statement", "summary"), (), "noun",
               "a spoken or written account of something"),
    "ticket": (("pass", "voucher", "coupon"), (), "noun",
               "a piece of paper that gives the holder a right to enter or travel"),
    "station": (("terminal", "depot", "stop"), (), "noun",
                "a place where trains or buses stop to pick up passengers"),
    "museum": (("gallery", "exhibition hall"), (), "noun",
               "a building where objects of historical or artistic interest are kept"),
    "cost": (("price", "charge", "expense"), (), "noun",
             "an amount that has to be paid for something"),
    "moved": (("relocated", "shifted", "transferred"), ("stayed",), "verb",
              "changed position or place"),
    "afternoon": (("midday", "post meridiem"), ("morning",), "noun",
                  "the time from noon to evening"),
    "week": (("seven days",), (), "noun", "a period of seven days"),
    "late": (("delayed", "overdue", "tardy"), ("early", "punctual"), "adjective",
             "doing something after the expected time"),
    "great": (("excellent", "superb", "wonderful"), ("poor", "terrible"), "adjective",
              "of an extent or amount considerably above average"),
}
WORD_LISTS = ("synonyms", "antonyms", "definitions", "examples")
# The words a user looks up: those the table answers for (adjectives and verbs; the
# nouns it holds came from stock sentences' words).
LOOKED_UP: tuple[str, ...] = tuple(w for w, (_, _, part, _) in _TABLE.items()
                                   if part in ("adjective", "verb"))
_WORD = re.compile(r"[A-Za-z]+")
_ASKED = ("word", "q", "query", "text", "term")


def fill_word_lists(output: Any, args: dict[str, Any]) -> None:
    """Fill the word lists of a dictionary answer for the word asked (module doc)."""
    if not isinstance(output, dict) or "word" not in output or not any(
            isinstance(output.get(k), list) for k in WORD_LISTS):
        return
    word = _asked_word(args)
    if word is None:
        return
    output["word"] = word
    entry = _TABLE.get(word)
    synonyms, antonyms, pos, meaning = entry if entry is not None else ((), (), "", "")
    lists: dict[str, list[Any]] = {
        "synonyms": list(synonyms), "antonyms": list(antonyms),
        "definitions": [{"part_of_speech": pos, "definition": meaning}] if entry else [],
        "examples": [_example(word, synonyms)] if entry else []}
    for key, values in lists.items():
        if isinstance(output.get(key), list):
            output[key] = values


def _asked_word(args: dict[str, Any]) -> str | None:
    text = next((v for k in _ASKED for v in [args.get(k)] if isinstance(v, str) and v), None)
    if not isinstance(text, str):
        return None
    words: list[str] = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return None
    known = [w for w in words if w in _TABLE]
    return known[0] if known else max(words, key=len)


def _example(word: str, synonyms: tuple[str, ...]) -> str:
    if synonyms:
        return f'"{word.capitalize()}" is often used in place of "{synonyms[0]}".'
    return f'"{word.capitalize()}" is a common English word.'
