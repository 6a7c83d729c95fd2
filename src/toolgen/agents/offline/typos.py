"""Surface noise for casual users: lowercase, dropped apostrophes, chat spellings, typos.

Works on masked text (values are opaque tokens, see `masking.py`), so a value is never
re-cased or misspelled: the grounding validator must still find it verbatim.
"""

from __future__ import annotations

import random
import re

_WORD = re.compile(r"\b[a-zA-Z]{5,}\b")
_CHAT = {"you": "u", "your": "ur", "please": "pls", "thanks": "thx", "because": "cuz",
         "going to": "gonna", "want to": "wanna", "I am": "im"}
_CHAT_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in _CHAT) + r")\b")
# "going to" before a place, a currency or a determiner is motion, not a future: "convert
# CHF going to SEK" is no "gonna SEK" (values are masked tokens, not ASCII letters).
_MOTION = re.compile(r" (?:the|a|an|my|your|our)\b| [^a-z]")
_APOS = re.compile(
    r"\b(I|you|we|they|it|that|there|don|can|won|isn|doesn|didn)'(m|re|s|ll|d|ve|t)\b",
    re.IGNORECASE,
)
_NEIGHBOURS = "qwertyuiopasdfghjklzxcvbnm"
# The action a user asks for stays readable: a typo never hides what they want done.
_KEEP = {"create", "delete", "update", "cancel", "order", "reserve", "remove", "refund",
         "purchase", "change", "submit", "register", "upload", "payment", "book", "booking",
         "send", "modify"}


def casualize(text: str, rng: random.Random, strength: float = 0.5) -> str:
    """Make a (masked) sentence look typed in a hurry; `strength` scales every effect."""
    if rng.random() < 0.6 * strength + 0.2:
        text = text.lower()
    if rng.random() < strength:
        text = _APOS.sub(lambda m: m.group(1) + m.group(2), text)
    if rng.random() < strength:
        text = _CHAT_RE.sub(lambda m: _chat(m, rng), text)
    if rng.random() < 0.5 * strength:
        text = typo(text, rng)
    if rng.random() < 0.4 * strength:
        text = text.rstrip(".")
    return text


def _chat(m: re.Match[str], rng: random.Random) -> str:
    word = m.group(1)
    if rng.random() >= 0.5:
        return word
    if word == "going to" and _MOTION.match(m.string, m.end()):
        return word
    return _CHAT[word]


def typo(text: str, rng: random.Random) -> str:
    """One plausible typo (swapped, doubled or dropped letter) in a word of 5+ letters."""
    words = [m for m in _WORD.finditer(text) if m.group(0).lower() not in _KEEP]
    if not words:
        return text
    m = words[int(rng.random() * len(words))]
    w = m.group(0)
    i = 1 + int(rng.random() * (len(w) - 2))
    kind = rng.random()
    if kind < 0.4:
        new = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif kind < 0.7:
        new = w[:i] + w[i] + w[i:]
    elif kind < 0.9:
        new = w[:i] + w[i + 1 :]
    else:
        new = w[:i] + _NEIGHBOURS[int(rng.random() * 26)] + w[i + 1 :]
    return text[: m.start()] + new + text[m.end() :]
