"""A text from a result quoted in an answer with its words changed.

BFCL seed 11 #31: the tweet "Please find the invoice attached." was answered as "the
content is Kindly search for the invoice attached": the answer's wording was varied and
the quote went with it. A reviewer reads a quoted message, review or post as its words;
kind `misquoted_text`.

Read per turn: each sentence of five words or more of a text a result of the turn holds
(a message, a post, a review; not a link or an address) is looked for in the turn's
trained answers, word by word (case and punctuation aside). A sentence whose last three
words the answer says, while the whole sentence is nowhere in it, is a misquote (its
start or middle reworded). A sentence the answer does not touch, says whole (with or
without its closing stop), or cuts short after its first words, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import trained_text, turns
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "quotes"

_WORD = re.compile(r"[\w']+")
_MIN_WORDS = 5
_ANCHOR = 3
_LONGEST = 400  # a page of text is not quoted whole; what is said of it is another check's
_NOT_TEXT = re.compile(r"https?://|www\.|@\w+\.|^\d")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def GATE(view: RecordView) -> bool:
    """Only a record with a call and an answer can fire."""
    return bool(view.calls)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for turn in turns(view):
        answers = [(i, t) for i in turn.indices if (t := trained_text(view, i)) is not None]
        if not answers:
            continue
        texts = list(_turn_texts(view, turn.indices))
        for i, answer in answers:
            said = _words(answer)
            for text in texts:
                if any(_misquoted(_words(s), said) for s in _SENTENCE.split(text)):
                    out.append(finding(NAME, "misquoted_text", i,
                                       f"the answer rewords the quoted text {text!r}"))
                    break
    return out


def _turn_texts(view: RecordView, indices: tuple[int, ...]) -> Iterator[str]:
    """Texts of five words or more in the outputs of the turn's calls, each once."""
    seen: set[str] = set()
    for i in indices:
        m = view.record.messages[i]
        if m.role != "tool" or m.tool_call_id not in view.answer_at:
            continue
        if view.output(m.tool_call_id) is NOT_JSON:
            continue
        for _, value in view.leaves(m.tool_call_id):
            if isinstance(value, str) and value not in seen and len(value) <= _LONGEST and (
                    value.count(" ") >= _MIN_WORDS - 1) and not _NOT_TEXT.search(value):
                seen.add(value)
                yield value


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _misquoted(quote: list[str], said: list[str]) -> bool:
    """The answer says the quote's last words but not the quote whole."""
    if len(quote) < _MIN_WORDS or _contains(said, quote):
        return False
    return _contains(said, quote[-_ANCHOR:])


def _contains(words: list[str], run: list[str]) -> bool:
    n = len(run)
    first = run[0]
    return any(words[i] == first and words[i:i + n] == run
               for i in range(len(words) - n + 1))
