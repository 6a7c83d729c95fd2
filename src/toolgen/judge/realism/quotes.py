"""A text from a result quoted in an answer with its words changed.

BFCL seed 11 #31: the tweet "Please find the invoice attached." was answered as "the
content is Kindly search for the invoice attached": the answer's wording was varied and
the quote went with it. A reviewer reads a quoted message, review or post as its words;
kind `misquoted_text`.

Read per turn: each sentence of five words or more of a text a result of the turn holds
of a successful call held by a field of words someone wrote (`content`, `message`,
`translated_text`, a review or comment; not a description, said in the answer's own
words) and reading as prose (three or more lower-case words; not a link, a name or an
address) is looked for in the turn's
trained answers, word by word (case and punctuation aside). A sentence whose last three
words the answer says, while the whole sentence is nowhere in it, is a misquote (its
start or middle reworded), unless another value of the results said whole ends in the
same words (another item's title, a name the text holds). A sentence the answer does not
touch, says whole (with or without its closing stop), or cuts short after its first
words, is left alone.
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
_QUOTED = frozenset({"content", "text", "message", "body", "tweet", "comment", "review",
                     "caption", "quote", "post", "reply", "translation", "lyrics", "snippet",
                     "full_text", "message_text", "review_text", "comment_text"})
_QUOTED_ENDS = ("_text", "_message", "_content", "_body", "_caption", "_comment", "_reply")
_PRONOUNS = frozenset({"it", "they", "he", "she", "this", "that"})
_PROSE_WORDS = 3  # lower-case words: a sentence, not a title-cased name or an address
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
        values: list[str] = []
        texts = list(_turn_texts(view, turn.indices, values))
        for i, answer in answers:
            said = _words(answer)
            tails = [hit for text in texts for s in _SENTENCE.split(text)
                     if (hit := _reworded(_words(s), said, s)) is not None]
            if not tails:
                continue
            # read only when a quote's end is said: every value of the results said whole
            whole = [w[-_ANCHOR:] for v in values
                     if len(w := _words(v)) >= _ANCHOR and _contains(said, w)]
            for tail, text in tails:
                if tail not in whole:
                    out.append(finding(NAME, "misquoted_text", i,
                                       f"the answer rewords the quoted text {text!r}"))
                    break
    return out


def _turn_texts(view: RecordView, indices: tuple[int, ...],
                values: list[str]) -> Iterator[str]:
    """Texts of five words or more in the outputs of the turn's calls, each once; every
    text value of them goes into `values`."""
    seen: set[str] = set()
    for i in indices:
        m = view.record.messages[i]
        if m.role != "tool" or m.tool_call_id not in view.answer_at:
            continue
        step = view.steps.get(m.tool_call_id)
        if step is None or step.status != "ok" or view.output(m.tool_call_id) is NOT_JSON:
            continue  # an error's message is explained, not quoted
        for key, value in view.leaves(m.tool_call_id):
            if isinstance(value, str):
                values.append(value)
            if isinstance(value, str) and value not in seen and _quoted_kind(key) and (
                    _prose(value)):
                seen.add(value)
                yield value


def _quoted_kind(key: str) -> bool:
    """A field holding words someone wrote (a post's `content`, a `message`, a
    `translated_text`), quoted as written; a `description` or a `fact` is said in the
    answer's own words."""
    low = key.lower()
    return low in _QUOTED or low.endswith(_QUOTED_ENDS)


def _prose(value: str) -> bool:
    """A message, post or review: words in a sentence, not a name, a place or a link
    (an address's "London, United Kingdom" ends another address too)."""
    if len(value) > _LONGEST or value.count(" ") < _MIN_WORDS - 1 or _NOT_TEXT.search(value):
        return False
    return sum(w[:1].islower() for w in value.split()) >= _PROSE_WORDS


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _reworded(quote: list[str], said: list[str], text: str) -> tuple[list[str], str] | None:
    """(the quote's last words, its `text`) when the answer says those words but not the
    quote whole; None otherwise. Another value said whole that ends in them (the airport
    "Boston Logan International Airport" of "An airport in Boston, listed as Boston Logan
    International Airport.", another headline of the list that ends alike) clears it."""
    if len(quote) < _MIN_WORDS or _contains(said, quote):
        return None
    tail = quote[-_ANCHOR:]
    if not _contains(said, tail) or _told_of(quote, said):
        return None
    return tail, text


def _told_of(quote: list[str], said: list[str]) -> bool:
    """The quote said of its subject by a pronoun: "it carries one positive elementary
    charge" for "A proton carries one positive elementary charge."."""
    for cut in (1, 2):
        rest = quote[cut:]
        n = len(rest)
        if n >= _ANCHOR and any(said[i:i + n] == rest and said[i - 1] in _PRONOUNS
                                for i in range(1, len(said) - n + 1)):
            return True
    return False


def _contains(words: list[str], run: list[str]) -> bool:
    n = len(run)
    first = run[0]
    return any(words[i] == first and words[i:i + n] == run
               for i in range(len(words) - n + 1))
