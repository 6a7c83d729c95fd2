"""Lexical-diversity post-processing: grammar-level paraphrase that never touches values.

`paraphrase` masks every protected substring (plus anything containing a digit) as an
opaque token, then varies the rest: phrase synonyms, contractions in one direction or the
other, moving a free-standing context sentence, and a small sentence-initial disfluency.
Tokens are restored at the end and each protected string is checked to have survived;
if one did not (a bug), the original text is returned rather than a corrupted one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from functools import lru_cache

from toolgen.agents.offline.masking import Masked, survives
from toolgen.agents.offline.paraphrase_rules import (
    ANCHORED,
    CLASHES,
    CONTRACTIONS,
    DISFLUENCIES,
    SOCIAL,
    SYNONYMS,
)
from toolgen.agents.offline.phrase_scan import PhrasePattern

# A whitespace-delimited run holding a digit. The lookbehind starts a try only where a run
# starts: without it each position inside a digit-free word is tried again (quadratic).
_NUMBERISH = re.compile(r"(?<!\S)\S*\d\S*")
# The pronoun "i" in a replacement phrase, which stays capital.
_PRONOUN = re.compile(r"\bi(?=\b|')")
_CLASH = re.compile("|".join(CLASHES))
# How much text either side of a swapped phrase can take part in a clash.
_CLASH_REACH = 16
# A full stop ends a sentence, not an initial or an abbreviation: "a name of U.S. |
# President in 2010?" was split there and its halves swapped.
_SENTENCE = re.compile(r"(?<=[.!?])(?<![A-Z]\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bMr\.)"
                       r"(?<!\bDr\.)(?<!\bSt\.)(?<!\bvs\.)\s+(?=\S)")
_SOCIAL = re.compile(r"^\W*(?:" + "|".join(map(re.escape, SOCIAL)) + r")\b", re.IGNORECASE)
# Words a message may already open with as a filler ("ok so", "right,"): a second filler
# before one reads as a stutter ("Alright, right, quick one").
_FILLER_OPEN = re.compile(
    r"^\W*(?:" + "|".join(re.escape(f.strip(", ")) for f in DISFLUENCIES)
    + r"|ok|okay|so|right|now|in that case|no problem|fair enough|that's fine)\b",
    re.IGNORECASE)


def paraphrase(
    text: str, protected: Sequence[str], rng: random.Random, strength: float = 0.5,
    disfluent: bool = True,
) -> str:
    """A variant of `text`; each string of `protected` found in `text` is kept verbatim.

    `strength` (0..1) scales how many rewrites are applied; 0 returns `text` unchanged.
    `disfluent=False` (the assistant's voice) never adds an "um," or "well,".
    """
    if strength <= 0 or not text.strip():
        return text
    # Numbers and ids are protected too, without trailing punctuation ("2024-05-03?"); so
    # is a value whose closing stop the sentence dropped ("the content is Please find the
    # invoice attached, with ..." quotes "Please find the invoice attached.").
    guard = [*protected, *_unstopped(protected),
             *(n.rstrip(".,!?;:)'\"") for n in _NUMBERISH.findall(text))]
    masked = Masked(text, guard)
    out = masked.text
    if "\n" not in out and disfluent:  # lists keep their layout; answers their order
        out = _reorder(out, rng, strength)
    out = _synonyms(out, rng, strength)
    out = _contractions(out, rng, strength)
    if disfluent:
        out = _disfluency(out, rng, strength)
    result = masked.restore(out)
    return result if survives(text, result, guard) else text


def _unstopped(protected: Sequence[str]) -> list[str]:
    """Each protected text ending a sentence, without its closing stop."""
    return [p.rstrip(".!?") for p in protected if p[-1:] in (".", "!", "?") and len(p) > 3]


def _case_like(src: str, new: str) -> str:
    if src[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


@lru_cache(maxsize=1)
def _synonym_table() -> tuple[PhrasePattern, dict[str, tuple[str, ...]]]:
    index: dict[str, tuple[str, ...]] = {}
    for group in SYNONYMS:
        for member in group:
            index.setdefault(member, tuple(m for m in group if m != member))
    alts = sorted(index, key=len, reverse=True)  # longest phrase wins
    return PhrasePattern(alts), index


def _synonyms(text: str, rng: random.Random, strength: float) -> str:
    pattern, index = _synonym_table()
    p = 0.25 + 0.6 * strength

    def swap(m: re.Match[str]) -> str:
        src = m.group(0)
        options = index.get(src.lower())
        if not options or rng.random() >= p:
            return src
        new = options[int(rng.random() * len(options))]
        if src.isupper() or (src[:1] == "I" and new[:1] == "i"):
            new = "I" + new[1:] if new[:1] == "i" else new
        new = _PRONOUN.sub("I", new)  # the pronoun stays capital
        return src if _clashes(m, new) else _case_like(src, new)

    return pattern.sub(swap, text)


def _clashes(m: re.Match[str], new: str) -> bool:
    """Whether `new` in place of match `m` forms a word run no one writes (`CLASHES`)."""
    text = m.string
    before = text[max(0, m.start() - _CLASH_REACH):m.start()]
    near = (before + new + text[m.end():m.end() + _CLASH_REACH]).lower()
    start, end = len(before), len(before) + len(new)
    # only a run the swap takes part in: one already in the text is not this swap's doing
    return any(c.start() < end and c.end() > start for c in _CLASH.finditer(near))


@lru_cache(maxsize=1)
def _contraction_tables() -> tuple[PhrasePattern, PhrasePattern, dict[str, str], dict[str, str]]:
    full = {a: b for a, b in CONTRACTIONS}
    short = {b: a for a, b in CONTRACTIONS}
    return PhrasePattern(full), PhrasePattern(short), full, short


def _contractions(text: str, rng: random.Random, strength: float) -> str:
    if rng.random() >= 0.3 + 0.6 * strength:
        return text
    to_short, to_full, full, short = _contraction_tables()
    expand = rng.random() < 0.35  # mostly contract: people type "I'm" more than "I am"
    pattern, table = (to_full, short) if expand else (to_short, full)

    def swap(m: re.Match[str]) -> str:
        src = m.group(0)
        new = table[src.lower()]
        new = _PRONOUN.sub("I", new)
        return _case_like(src, new)

    return pattern.sub(swap, text)


def _reorder(text: str, rng: random.Random, strength: float) -> str:
    """Move the opening context sentence after the request when neither leans on the other.

    Greetings, pleasantries and sign-offs never move: a greeting stays first and a
    sign-off last ("Best regards." never opens a message)."""
    if rng.random() >= 0.5 * strength:
        return text
    parts = _SENTENCE.split(text)
    if len(parts) < 2:
        return text
    start = next((i for i, p in enumerate(parts) if not _SOCIAL.match(p)), len(parts))
    a, b = (parts[start], parts[start + 1]) if start + 1 < len(parts) else ("", "")
    if not b or not a.endswith(".") or not b.endswith(("?", ".")):
        return text
    if _SOCIAL.match(b):
        return text
    if b.lower().startswith(ANCHORED) or a.lower().startswith(ANCHORED):
        return text
    if len(parts) > start + 2 and parts[start + 2].lower().startswith(ANCHORED):
        return text  # the third sentence continues the request: keep request + it together
    parts[start], parts[start + 1] = b, a
    return " ".join(parts)


def _disfluency(text: str, rng: random.Random, strength: float) -> str:
    if rng.random() >= 0.35 * strength:
        return text
    filler = DISFLUENCIES[int(rng.random() * len(DISFLUENCIES))]
    first = text[:1]
    if not first.isalpha():
        return text  # starts with a value token or punctuation: leave it alone
    if _SOCIAL.match(text) or _FILLER_OPEN.match(text):
        return text  # "Basically, best regards.", "Um, hello": no filler before a greeting
    keep_case = text.startswith(("I ", "I'", "I,")) or text[:2].isupper()
    rest = text if keep_case else first.lower() + text[1:]
    return filler[:1].upper() + filler[1:] + rest
