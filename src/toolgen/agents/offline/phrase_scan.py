"""A case-insensitive alternation of whole-word phrases, tried only where one can start.

`PhrasePattern(phrases)` matches any of `phrases` (longest first) as a whole word, like
`re.compile(r"(?<![\\w'])(a|b|...)(?![\\w'])", re.IGNORECASE)`, and its `sub` gives
exactly what that regex's `sub` gives, calling the replacement for the same matches in
the same order. Why not the regex alone: with a lookbehind first and case-insensitive
letters, `re` cannot skip ahead, so it tries every phrase at every character (about
80 µs for a 170-character sentence with 222 phrases); here a cheap scan finds the few
places where a phrase could begin (a word start whose letter begins some phrase, or any
non-ASCII character, which case-folding might equate with one), and only the phrases
beginning with that letter are tried there (an ASCII letter matches no other letter
case-insensitively; a non-ASCII character gets the full pattern). In a text of ASCII
and private-use characters (the masking tokens: no case, not word characters, equal to
no phrase character), case-insensitive is lower-case equal, so the word at a start
(lower-cased) picks the phrases beginning with that word from a table (one small
case-sensitive alternation per word, tried on the lower-cased text), and only a phrase
that is there, whole, is matched by the regex; most starts cost one dict lookup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_BEFORE = r"(?<![\w'])"
_AFTER = r"(?![\w'])"
# An ASCII word as `[\w']` reads it, lower-cased.
_WORD = re.compile(r"[a-z0-9_']+")
_WORDISH = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_'")
_PLAIN = re.compile(r"[\x00-\x7f\ue000-\uf8ff]*\Z")  # ASCII and private-use only
_AFTER_PLAIN = r"(?![a-z0-9_'])"  # `_AFTER` in a lower-cased ASCII and private-use text
# Lower-cased first word -> the alternation, in the same order, of the lower-cased phrases
# beginning with it, matched case-sensitively on the lower-cased text.
Table = dict[str, re.Pattern[str]]


class PhrasePattern:
    """Whole-word, case-insensitive phrase matching with the regex's exact results."""

    # Each alternation is compiled when a text first needs it, not up front: a run tries
    # few of the per-word tables, and the full pattern only on non-ASCII text (about 190
    # compiles, 0.05 s, for the paraphrase tables otherwise).
    __slots__ = ("_alts", "_by_first", "_by_word", "_first_alts", "_pattern", "_starts",
                 "_word_alts")

    def __init__(self, phrases: Iterable[str]) -> None:
        alts = list(phrases)
        self._alts = alts
        self._pattern: re.Pattern[str] | None = None
        firsts = {a[0] for a in alts if a}
        # Lower-cased first letter -> the phrases starting with it, in the same order.
        self._first_alts = {
            f: [a for a in alts if a[:1].lower() == f] for f in {c.lower() for c in firsts}
        }
        self._by_first: dict[str, re.Pattern[str]] = {}
        self._starts: re.Pattern[str] | None = None
        if firsts and all(c.isascii() for c in firsts) and "" not in alts:
            cased = sorted({c.lower() for c in firsts} | {c.upper() for c in firsts})
            self._starts = re.compile(
                _BEFORE + "[" + "".join(re.escape(c) for c in cased) + "\x80-\U0010ffff]"
            )
        self._word_alts = _word_table(alts) if self._starts is not None else None
        self._by_word: Table = {}

    @property
    def pattern(self) -> re.Pattern[str]:
        """The whole alternation, as one case-insensitive regex."""
        if self._pattern is None:
            self._pattern = _alternation(self._alts)
        return self._pattern

    def _first(self, letter: str) -> re.Pattern[str] | None:
        """The alternation of the phrases whose lower-cased first letter is `letter`."""
        found = self._by_first.get(letter)
        if found is None:
            alts = self._first_alts.get(letter)
            if alts is None:
                return None
            found = self._by_first[letter] = _alternation(alts)
        return found

    def _word(self, word: str, lows: list[str]) -> re.Pattern[str]:
        """The case-sensitive alternation of `lows`, the lower-cased phrases led by `word`."""
        found = self._by_word.get(word)
        if found is None:
            found = self._by_word[word] = re.compile(
                "(?:" + "|".join(map(re.escape, lows)) + ")" + _AFTER_PLAIN)
        return found

    def sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
        """`self.pattern.sub(repl, text)`, matching only at possible phrase starts."""
        if self._starts is None:
            return self.pattern.sub(repl, text)
        if self._word_alts is not None and _PLAIN.match(text):
            return self._sub_plain(repl, text, self._word_alts)
        out: list[str] = []
        pos = 0
        for start in self._starts.finditer(text):
            at = start.start()
            if at < pos:
                continue  # inside the previous match
            char = start.group()
            pattern = self._first(char.lower()) if char.isascii() else self.pattern
            # match(text, at), not match(text[at:]): the lookbehind still sees text[:at].
            m = pattern.match(text, at) if pattern is not None else None
            if m is None:
                continue
            out.append(text[pos:at])
            out.append(repl(m))
            pos = m.end()
        if not out:
            return text
        out.append(text[pos:])
        return "".join(out)

    def _sub_plain(self, repl: Callable[[re.Match[str]], str], text: str,
                   word_alts: dict[str, list[str]]) -> str:
        """`sub` for a text of ASCII and private-use characters: each word start (a word
        as `[\\w']` reads it) looks its lower-cased word up in the table."""
        out: list[str] = []
        pos = 0
        low = text.lower()
        by_word = self._by_word
        # In `low` (ASCII and private-use only, lower-cased) `[\w']` is `[a-z0-9_']`, so the
        # maximal runs `_WORD` finds are the words `(?<![\w'])[a-z0-9_']+` would find, and
        # without a lookbehind tried at every character.
        for word in _WORD.finditer(low):
            at = word.start()
            if at < pos:
                continue  # inside the previous match
            lead = word.group()
            lows = word_alts.get(lead)
            if lows is None:
                continue
            # A phrase of `lows` there, whole, in `low`: then the first letter's
            # alternation matches it in `text`. No phrase of another first word can match
            # here, so it makes the regex's own choice.
            led = by_word.get(lead) or self._word(lead, lows)
            if led.match(low, at) is None:
                continue
            first = self._first(low[at])
            m = first.match(text, at) if first is not None else None
            if m is None:
                continue
            out.append(text[pos:at])
            out.append(repl(m))
            pos = m.end()
        if not out:
            return text
        out.append(text[pos:])
        return "".join(out)


def _word_table(phrases: list[str]) -> dict[str, list[str]] | None:
    """The lower-cased phrases by their lower-cased first word; None when one is not plain
    ASCII starting with a word character (then only the regex answers)."""
    table: dict[str, list[str]] = {}
    for phrase in phrases:
        low = phrase.lower()
        word = _WORD.match(low)
        if not phrase.isascii() or word is None:
            return None
        table.setdefault(word.group(), []).append(low)
    return table


def _alternation(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(
        _BEFORE + "(" + "|".join(re.escape(a) for a in phrases) + ")" + _AFTER, re.IGNORECASE
    )
