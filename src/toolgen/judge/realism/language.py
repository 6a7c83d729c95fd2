"""Language tells: text a person would not write.

User text: parameter labels beside values ("Menu type: premium", "the view all tickets
is false", a raw `module_udid`), enum literals with underscores (`price_low_to_high`),
label prefixes ("Goal:", "Task -", "Request:"). Assistant text: disfluency ("Um,",
"Uh,"). Either: template fragments ("(no details)", `{name}`, `None`). Assistant text stating the
same tool value twice (`repeated_fact`) or one label for several values ("amount: 11.92,
amount: 43.2", `repeated_label`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.phrases import Phrases
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import (
    has_digit,
    has_word,
    is_word_char,
    key_tokens,
    real_steps,
)
from toolgen.judge.realism.recited import recited, said_as_words
from toolgen.judge.values import renderings
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "language"

_PREFIX = Phrases(
    r"^\s*(?:goal|task|request|objective|query|intent|instruction|user request|to ?do)s?"
    r"\s*[:\-–—]")
_DISFLUENCY = Phrases(r"(?:^|[.!?,]\s*)(?:um+|uh+|uhm|erm)\b")
_FRAGMENT = re.compile(
    r"\((?:no details|none|not set|n/a|empty|no value|unknown|null|no data)\)"
    r"|\[object Object\]|<(?:missing|unknown|value|none)>|\{\{|\}\}|\{[A-Za-z_][\w.]*\}|\$\{"
    r"|<[A-Z][A-Z_]{2,}>|\b(?:None|null|undefined|NaN|TODO|FIXME)\b",
)
# Every match of `_FRAGMENT` starts with one of these characters or holds one of these
# words: a text with none of them needs no search (most texts).
_FRAGMENT_CHARS = "([<{}$"
_FRAGMENT_WORDS = ("None", "null", "undefined", "NaN", "TODO", "FIXME")
_SNAKE_WORD = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)+")


def _may_hold_fragment(text: str) -> bool:
    return (any(c in text for c in _FRAGMENT_CHARS)
            or any(w in text for w in _FRAGMENT_WORDS))


_NATURAL_LABELS = frozenset({
    "phone number", "email address", "first name", "last name", "full name", "zip code",
    "postal code", "start date", "end date", "check in", "check out", "date of birth",
    "user name", "country code", "city name", "home address", "phone", "email", "name",
    "address", "city", "country", "date",
})
_NATURAL_TAILS = frozenset({"id", "number", "code", "name", "date", "address", "email", "phone",
                            "reference", "url", "time"})


def natural_label(label: str) -> bool:
    """Labels people do say beside a value ("order ID", "phone number", "check-in date")."""
    return label in _NATURAL_LABELS or label.rsplit(" ", 1)[-1] in _NATURAL_TAILS


def _texts(view: RecordView) -> list[tuple[int, str, str]]:
    return [(i, m.role, m.content) for i, m in enumerate(view.record.messages)
            if m.content and (m.role == "user" or (m.role == "assistant" and m.weight != 0))]


def _enum_literals(view: RecordView) -> frozenset[str]:
    out: set[str] = set()
    for params in view.schemas.values():
        props = params.get("properties") if isinstance(params, dict) else None
        for prop in (props or {}).values():
            for value in (prop.get("enum") or []) if isinstance(prop, dict) else []:
                if isinstance(value, str) and "_" in value.strip("_") and " " not in value:
                    out.add(value.lower())
    return frozenset(out)


def _raw_names(view: RecordView) -> frozenset[str]:
    out: set[str] = set()
    for params in view.schemas.values():
        props = params.get("properties") if isinstance(params, dict) else None
        if isinstance(props, dict):
            out |= _raw_of(tuple(props))
            continue
        for name in props or {}:
            if _raw(name):
                out.add(name)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _raw_of(names: tuple[str, ...]) -> frozenset[str]:
    # A tool's parameter names recur in every record that offers it: read once per tool.
    return frozenset(name for name in names if _raw(name))


def _raw(name: str) -> bool:
    """A parameter name no person says (two words or more glued, five letters or more)."""
    return len(key_tokens(name)) >= 2 and len(name) >= 5


def _label_re(label: str) -> str:
    return re.escape(label).replace(r"\ ", r"[\s_-]+")


# Each test of a label is compiled once, when first needed; the first three end where a
# value's text starts (`\Z`, searched with `endpos` at an occurrence of the value).
@lru_cache(maxsize=4096)
def _equals(label: str) -> re.Pattern[str]:
    return re.compile(rf"\b{_label_re(label)}\s*(?:=|equal to|equals)\s*\Z")


@lru_cache(maxsize=4096)
def _colon(label: str) -> re.Pattern[str]:
    return re.compile(rf"\b{_label_re(label)}\s*:\s*\Z")


@lru_cache(maxsize=4096)
def _article(label: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:a|an|the)\s+{_label_re(label)}\s+(?:set\s+)?(?:of|at|to|as)\s+"
                      r'"?\Z')


@lru_cache(maxsize=4096)
def _word(label: str) -> re.Pattern[str]:
    return re.compile(rf"\b{_label_re(label)}\b")


def _occurrences(text: str, form: str) -> list[int]:
    """Every index where `form` starts in `text`, overlapping ones included."""
    out: list[int] = []
    at = text.find(form)
    while at >= 0:
        out.append(at)
        at = text.find(form, at + 1)
    return out


_EQUALS_TAILS = ("=", "equal to", "equals")
# "the scaling factor at 1.5", and a field a request fills: "setting the job title to
# Ecologist", 'the description as "..."'
_ARTICLE_TAILS = ("of", "at", "to", "as", 'to "', 'as "')


def _ends_at(pattern: Callable[[str], re.Pattern[str]], label: str, text: str, ats: list[int],
             tails: tuple[str, ...]) -> bool:
    """`pattern(label)` (ending in `\\Z`) matches a stretch of `text` ending at one of `ats`:
    the same answer as searching for the pattern followed by the value itself. Each
    pattern ends in one of its `tails` and then whitespace (`\\s`, what `rstrip` strips):
    where the text before the value does not, the pattern (compiled per label) is neither
    compiled nor searched."""
    ats = [at for at in ats if text[:at].rstrip().endswith(tails)]
    return bool(ats) and any(pattern(label).search(text, 0, at) for at in ats)


def _label_beside(text: str, label: str, value: Any,
                  read: tuple[str, str] | None = None) -> bool:
    """Whether `label` stands beside `value` in `text`. `read` is `_read(text)` when the
    caller has it (one user message is read for each of its values)."""
    forms = renderings(value)
    if not forms or isinstance(value, bool):
        forms = ["true" if value else "false"] if isinstance(value, bool) else forms
    if not forms:
        return False
    lowered, spaced = read if read is not None else _read(text)
    if label.split(" ", 1)[0] not in spaced:
        return False  # the label's first word is not even there
    for form in forms:
        ats = _occurrences(lowered, form)
        if not ats:
            continue  # every test below needs the value's text
        if _ends_at(_equals, label, lowered, ats, _EQUALS_TAILS):
            return True
        if natural_label(label):
            continue
        if _ends_at(_colon, label, lowered, ats, (":",)):
            return True
        if " " not in label or len(form) < 2:
            continue
        if _ends_at(_article, label, lowered, ats, _ARTICLE_TAILS):
            continue  # "an initial investment of 86", "the job title to Ecologist": English
        if said_as_words(lowered, label, form, ats):
            continue  # "9403503 outstanding shares", "10 per page", "wagon number 24"
        words = label.split(" ")
        for at in ats:
            window = lowered[max(0, at - 45): at + len(form) + 45]
            # `_word(label)` holds each of the label's words: compiled only where all are
            if all(w in window for w in words) and _word(label).search(window):
                return True
    return False


def _read(text: str) -> tuple[str, str]:
    """`text` lower-cased, and that with `_` and `-` read as spaces."""
    lowered = text.lower()
    return lowered, lowered.replace("_", " ").replace("-", " ")


def _labels(view: RecordView) -> list[Finding]:
    msgs = view.record.messages
    out: list[Finding] = []
    seen: set[int] = set()
    read: dict[int, tuple[str, str]] = {}
    for step in real_steps(view):
        for name, arg in step.arguments.items():
            i = arg.message_index
            if arg.source not in ("user", "clarification") or i is None or i in seen:
                continue
            if not 0 <= i < len(msgs) or msgs[i].role != "user":
                continue
            label = _label(name)
            if not label:
                continue
            text = msgs[i].content or ""
            if i not in read:
                read[i] = _read(text)
            if _label_beside(text, label, arg.value, read[i]) or recited(
                    read[i][0], label, arg.value):
                seen.add(i)
                out.append(finding(NAME, "parameter_label", i,
                                   f"the parameter label {label!r} stands beside its value"))
    return out


@lru_cache(maxsize=16384)
def _label(name: str) -> str:
    # A parameter's label is read from its name alone: once per spelling.
    return " ".join(key_tokens(name))


def _repeated_facts(view: RecordView) -> list[Finding]:
    """An answer stating the same tool value twice ("the status is confirmed ... the status
    is confirmed")."""
    out: list[Finding] = []
    values = _output_values(view)
    for i, m in enumerate(view.record.messages):
        if m.role != "assistant" or m.weight == 0 or not m.content:
            continue
        lowered = m.content.lower()
        mentioned = [v for v in values if v in lowered]
        for value in mentioned:
            if lowered.count(value) < 2:
                continue  # the cheap test first: most values are not even mentioned twice
            text = _without_longer(lowered, value, mentioned)
            plain = values[value]
            if _may_state_twice(text, value, plain) and _stated_times(text, value, plain) >= 2:
                out.append(finding(NAME, "repeated_fact", i, f"states {value!r} twice"))
                break
    return out


_PLAIN_WORD = re.compile(r"[a-z]+(?: [a-z]+){0,2}")
_NOT_SUBJECTS = frozenset({"the", "a", "an", "and", "or", "i", "i've", "we", "have", "has",
                           "been", "for", "of", "to", "in", "on", "with", "as", "it", "that"})


def _without_longer(lowered: str, value: str, mentioned: list[str]) -> str:
    """The text with longer output values that contain `value` blanked out: "Porto" and
    "Porto Airport" are two facts, not one stated twice."""
    for longer in mentioned:
        if len(longer) > len(value) and _standalone(longer, value, 1):
            lowered = lowered.replace(longer, " ")
    return lowered


def _standalone(text: str, value: str, enough: int | None = None) -> int:
    """How many times `value` stands alone in `text` (no word character either side),
    counted as `re.findall(r"(?<!\\w)value(?!\\w)")` does (non-overlapping, left to
    right), stopping at `enough`."""
    if not value:
        return len(re.findall(r"(?<!\w)(?!\w)", text))
    count = 0
    at = text.find(value)
    end = len(text)
    while at >= 0:
        after = at + len(value)
        if (at == 0 or not is_word_char(text[at - 1])) and (
                after == end or not is_word_char(text[after])):
            count += 1
            if count == enough:
                break
            at = text.find(value, after)
        else:
            at = text.find(value, at + 1)
    return count


@lru_cache(maxsize=4096)
def _framed(value: str) -> re.Pattern[str]:
    escaped = re.escape(value)
    return re.compile(rf"(\w+)(?::|\s+(?:is|are|was|were))\s+{escaped}\b(?!\s+(?:is|are))"
                      rf"|\b{escaped}\s+(?:is|are)\s+(?:the|its)\s+(\w+)")


_FRAME_BEFORE = (":", "is", "are", "was", "were")
_FRAME_AFTER = ("is", "are")


def _may_state_twice(text: str, value: str, plain: bool) -> bool:
    """False only when `_stated_times(text, value, plain)` is below 2, told without
    compiling a pattern for the value. Each statement counted is an occurrence of the
    value, disjoint from the others: two need two disjoint occurrences (`count`, the most
    there are). For a `plain` value each is also framed: whitespace in front after ":"
    or "is/are/was/were" (`_framed`'s first branch) or whitespace and "is/are" after it
    (its second)."""
    if text.count(value) < 2:
        return False
    if not plain:
        return True
    framed = 0
    for at in _occurrences(text, value):
        before, after = text[:at], text[at + len(value):]
        if (before[-1:].isspace() and before.rstrip().endswith(_FRAME_BEFORE)) or (
                after[:1].isspace() and after.lstrip().startswith(_FRAME_AFTER)):
            framed += 1
            if framed == 2:
                return True
    return False


def _stated_times(lowered: str, value: str, plain: bool) -> int:
    """How often the answer states `value` as a fact. A `plain` lowercase word or phrase
    ("browser", "updated", "sample user") also reads as ordinary language ("the browser",
    "I updated the meal"), so only its uses in a fact frame count ("the status is
    confirmed", "confirmed is the status"); any other value counts wherever it stands."""
    if not plain:
        return _standalone(lowered, value)
    # The word in front names what the value is about: "the reservation is cancelled" and
    # "the flight is cancelled" are two facts; "the status is confirmed" twice is one.
    subjects = _framed(value).findall(lowered)
    framed = [a or b for a, b in subjects if b or a not in _NOT_SUBJECTS]
    return max(Counter(framed).values(), default=0)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")

_LABELLED = re.compile(
    r"(?:^|[-•*,;.]\s*|\band\s+|\n\s*)(?:the\s+)?([a-z][a-z ]{1,30}?)\s*"
    r"(?::|\bis listed as\b|\bcomes out as\b|\bis\b)\s*([$€£]?\w[\w.-]*(?:,\d{3})*)",
)


def _repeated_labels(view: RecordView) -> list[Finding]:
    """One label for several values in one sentence ("amount: 11.92, amount: 43.2"): the
    reader cannot tell which amount is which."""
    out: list[Finding] = []
    for i, m in enumerate(view.record.messages):
        if m.role != "assistant" or m.weight == 0 or not m.content or m.tool_calls:
            continue
        for sentence in _SENTENCE_END.split(m.content):
            label, count = _label_reuse(sentence)
            if label:
                out.append(finding(NAME, "repeated_label", i,
                                   f"{label!r} labels {count} different values"))
                break
    return out


def _label_reuse(sentence: str) -> tuple[str, int]:
    """A label naming two or more values within one sentence or list (each sentence that
    names its own subject may reuse a label: "the payment's amount is 12 ... the refund's
    amount is 5")."""
    lowered = sentence.lower()
    if ":" not in lowered and "is" not in lowered and "comes out as" not in lowered:
        return "", 0  # each `_LABELLED` match holds one of its connectors
    if "_" not in lowered and not has_digit(lowered):
        return "", 0  # only values with a digit or an underscore count
    seen: dict[str, set[str]] = {}
    for label, value in _LABELLED.findall(lowered):
        if any(c.isdigit() for c in value) or "_" in value:
            label = re.sub(r"^(?:and\s+)?(?:the\s+|its\s+)?", "", label.strip())
            seen.setdefault(label, set()).add(value.rstrip(".,"))
    label = next((k for k, v in seen.items() if len(v) >= 2), "")
    return label, len(seen.get(label, ()))


def _output_values(view: RecordView) -> dict[str, bool]:
    """Distinctive scalars of the tool outputs (long enough that a repeat is not chance)."""
    found: dict[str, bool] = {}
    for call_id in view.answer_at:
        for node in view.nodes(call_id):
            if isinstance(node, str) and 4 <= len(node) <= 80:
                key, plain = _plain_value(node)
                found[key] = found.get(key, True) and plain
            elif isinstance(node, int | float) and not isinstance(node, bool) and node >= 100:
                found[str(node)] = False
    return found


@lru_cache(maxsize=16384)
def _plain_value(text: str) -> tuple[str, bool]:
    # (lower-cased, whether a lowercase word or phrase: it also reads as ordinary language),
    # once per text (an endpoint's outputs repeat their values). Keyed by record text, ~6
    # new texts a record: a bound that fills in ~3,000 records keeps a run's memory flat.
    return text.lower(), _PLAIN_WORD.fullmatch(text) is not None


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out = _labels(view) + _repeated_facts(view) + _repeated_labels(view)
    labelled = {f.message_index for f in out}
    enums = _enum_literals(view)
    raw = _raw_names(view)
    for i, role, text in _texts(view):
        if role == "user" and _PREFIX.search(text):
            out.append(finding(NAME, "label_prefix", i, f"starts with a label {text[:20]!r}"))
        if role == "assistant" and _DISFLUENCY.search(text):
            out.append(finding(NAME, "assistant_disfluency", i, "the assistant says 'um'/'uh'"))
        fragment = _FRAGMENT.search(text) if _may_hold_fragment(text) else None
        if fragment:
            out.append(finding(NAME, "template_fragment", i,
                               f"template fragment {fragment.group(0)!r}"))
        # An enum literal holds an underscore, and a literal `_SNAKE_WORD` finds is in the
        # lower-cased text as written: without one there, the (slow) scan finds none.
        if enums and "_" in text and any(e in (low := text.lower()) for e in enums):
            words = set(_SNAKE_WORD.findall(low))
            literal = sorted(words & enums)
            if literal:
                out.append(finding(NAME, "enum_literal", i,
                                   f"enum literal {literal[0]!r} in text"))
        if role == "user" and i not in labelled:
            named = sorted(n for n in raw
                           if has_word(text, n))
            if named:
                out.append(finding(NAME, "parameter_label", i,
                                   f"the raw parameter name {named[0]!r} is in user text"))
    return out
