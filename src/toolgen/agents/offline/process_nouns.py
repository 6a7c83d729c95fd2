"""A process a description names as a noun is asked for as the act a person wants.

Webit Language's Break Sentence "Perform[s] Neural Machine sentence breaking on a long
text"; read as verb and object, six of 30 ToolBench records at seed 151 asked to "run
the neural machine sentence breaking on the translation" (review 64). `asked_act(verb,
obj)` gives the act people ask for ("count the sentences": the breaker answers with its
sentences and their count) when the object is such a process noun (sentence breaking,
entity recognition, sentiment analysis, keyword extraction, language detection), else
None. Pure.
"""

from __future__ import annotations

import re

# (the process as named, (verb, object as asked))
_ACTS: tuple[tuple[re.Pattern[str], tuple[str, str]], ...] = (
    (re.compile(r"\bsentences? (?:breaking|splitting|segmentation|tokeni[sz]ation)$", re.I),
     ("count", "the sentences")),
    (re.compile(r"\b(?:named )?entit(?:y|ies) (?:recognition|extraction)$", re.I),
     ("find", "the named entities in the text")),
    (re.compile(r"\bsentiment (?:analysis|detection|classification)$", re.I),
     ("analyse", "the sentiment of the text")),
    (re.compile(r"\bkey ?(?:words?|phrases?) extraction$", re.I),
     ("extract", "the keywords of the text")),
    (re.compile(r"\blanguage (?:detection|identification)$", re.I),
     ("detect", "the language of the text")),
)
_RUNS = frozenset({"run", "perform", "do", "get", "execute", "apply"})


def asked_act(verb: str, obj: str) -> tuple[str, str] | None:
    """(verb, object) people ask for a process noun `obj` is run with (module doc)."""
    if verb.lower() not in _RUNS:
        return None
    return next((act for named, act in _ACTS if named.search(obj.strip())), None)
