"""Text API authors leave in example bodies that is no real value.

RapidAPI examples hold "string", "foo", "N/A", but also placeholders inside a value:
"3 SAMPLE Drive", "SAMPLEDATE", "SAMPLE_CITY1", "Lorem ipsum dolor sit amet",
"XXXXXXXX-XXXX", "[TODO] matches should be ordered". Copied into a record they read as
a mock. `is_placeholder(text)` says whether a text is one, so the corpus pools
(`examples`) never keep it.
"""

from __future__ import annotations

import re

# Whole values that are no value.
_WHOLE = frozenset({"string", "str", "value", "example", "test", "null", "none",
                    "undefined", "text", "sample", "lorem ipsum", "foo", "bar", "abc",
                    "xxx", "n/a", "na", "-", "?", "demo"})
# Words that mark a placeholder wherever they stand ("1 SAMPLE Drive", "sample.wav").
# ("todo" and "TBD" are left: a to-do app's status and an event's date say them.)
_WORDS = frozenset({"dummy", "placeholder", "lorem", "ipsum", "fixme", "foobar",
                    "asdf", "qwerty"})
_SAMPLE = "sample"
_TOKEN = re.compile(r"[A-Za-z]+")
# An upper-case placeholder glued to what it stands for: "SAMPLEDATE", "DUMMYNAME".
_GLUED = re.compile(r"\b(?:SAMPLE|DUMMY|PLACEHOLDER)[A-Z_]*|\[TODO\]")
# A run of x's standing for digits or letters ("XXXXXXXX-XXXX", "vm.tiktok.com/xxxxxxx").
_XES = re.compile(r"(?i)x{4,}")


def is_placeholder(text: str) -> bool:
    """Whether `text` is, or holds, an author's placeholder rather than a real value."""
    low = text.strip().lower()
    if low in _WHOLE:
        return True
    if _GLUED.search(text) or _XES.search(text):
        return True
    tokens = _TOKEN.findall(text)
    if tokens and tokens[0].lower() == _SAMPLE:
        return True  # "Sample Accreditation", "sample@gmail.com"; a "Blood sample" is real
    return any(t.lower() in _WORDS for t in tokens)
