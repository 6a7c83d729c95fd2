"""`Phrases`: a case-insensitive pattern that answers "does it occur?" (and "what?") quickly.

The realism checks ask long case-insensitive alternations ("sorry|couldn't|unable|...")
whether they occur in each answer. CPython's `re.IGNORECASE` folds case character by
character and alternative by alternative, several times slower than a case-sensitive
search of the lower-cased text. The two agree whenever the text is ASCII and the
pattern is written in lower case (no upper-case letter, so no `\\S`, `\\W` or `[A-Z]`
whose meaning lower-casing would change): re's extra case equivalences (`ſ`/`s`,
`K`/`k`, `ı`/`i`) all involve a non-ASCII character. Other texts use the
`re.IGNORECASE` pattern itself. Lower-casing an ASCII text keeps every character where it
was, so a match in the folded text spans the same stretch of the text itself (`matches`).
"""

from __future__ import annotations

import re


class Phrases:
    """`pattern` compiled with `re.IGNORECASE`, plus a folded twin for ASCII text."""

    __slots__ = ("_folded", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern, re.IGNORECASE)
        self._folded = re.compile(pattern) if pattern == pattern.lower() else None

    def search(self, text: str) -> bool:
        """Whether the pattern occurs in `text`, case-insensitively."""
        if self._folded is not None and text.isascii():
            return self._folded.search(text.lower()) is not None
        return self.pattern.search(text) is not None

    def matches(self, text: str) -> list[str]:
        """Each match's text (`group(0)`, as written in `text`) in `finditer` order."""
        if self._folded is not None and text.isascii():
            return [text[m.start():m.end()] for m in self._folded.finditer(text.lower())]
        return [m.group(0) for m in self.pattern.finditer(text)]
