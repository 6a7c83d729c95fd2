"""Reading generated records as a reviewer would: are the argument values a user states
ones a real user would give?

Independent of toolgen: plain JSON dicts in, findings out. Used by
`test_argument_values.py` and by `bench/argument_values.py`. Only arguments whose step
trace says the user stated them (`user` or `clarification`) are read; values copied from
a tool output or a schema default are someone else's business.

Each finding is `(kind, function, parameter, value)`; the kinds:

- `name_word`: a lowercase value of one to three words, every one of them a word of the
  tool's own name, description or parameter names, or the parameter's own name and a
  number ("Scale 29" for `scale`) (`category="multiple"` on a
  `BFCL_v4_multiple` tool, `source="cost"` on a ride finder "with an optional cost limit",
  a Bing `Query="listing walk"`), unless the parameter's own schema offers it (enum,
  default, "e.g." list, quoted option).
- `echo_text`: a sentence made of the tool's own words ("Includes belongs, tweets and
  related tweet information." as a tweet's content).
- `meaning`: implausible by what the parameter means: a language code that is no
  language, a route's end point that is no place, one word where a text is meant, a
  musical note that is no note, an interest rate above 30 %, a loan below 500, an MBTI
  preference that is neither pole, a month that is no month.
- `asked_boolean`: the user was asked for a yes/no flag (`closed_status`) and answered it:
  a clarification a user cannot meaningfully give.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

Rec = dict[str, Any]
Finding = tuple[str, str, str, Any]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_WORD = re.compile(r"[a-z]+")
_STOP = frozenset({"the", "and", "for", "with", "from", "this", "that", "into", "your", "you",
                   "are", "was", "has", "have", "its", "our", "their", "will", "can", "all",
                   "any", "not", "but", "more", "most", "some", "what", "when", "which"})
_SEARCH = frozenset({"q", "query", "keyword", "keywords", "search", "term", "terms",
                     "searchterm", "search_term", "search_query", "phrase", "prompt"})
_OFFERS = re.compile(r"(?:e\.g\.?|\beg\b|i\.e\.|such as|for example|\blike\b|one of|options?|"
                     r"values?|\bex\b|either|\bor\b|can be|default|possible|supported|"
                     r"accepted|allowed|choose)\s*:?\s*([^.;)]*)", re.I)
_QUOTED = re.compile(r"['\"`‘“]([^'\"`’”]{1,40})['\"`’”]")
# File and data formats: a real value wherever the tool's text names them.
_FORMATS = frozenset({"json", "xml", "csv", "html", "pdf", "png", "jpg", "jpeg", "yaml", "txt",
                      "gif", "webp", "svg", "mp3", "mp4", "rss", "tsv", "xlsx", "fasta"})
_LANG_NAMES = frozenset({
    "english", "german", "french", "spanish", "italian", "portuguese", "dutch", "japanese",
    "chinese", "korean", "russian", "arabic", "hindi", "turkish", "polish", "swedish",
    "norwegian", "danish", "finnish", "greek", "czech", "hebrew", "thai", "vietnamese",
    "indonesian", "ukrainian", "romanian", "hungarian", "mandarin", "cantonese"})
_MBTI = {"intuition": "n", "intuitive": "n", "extraverted": "e"}
_LANG_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?$", re.I)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_NOTE = re.compile(r"^(?:[A-G](?:#|b|♯|♭|sharp|flat)?\d?|sa|re|ga|ma|pa|dha|ni|do|mi|fa|"
                   r"sol|la|ti|si)$", re.I)
_TEXT_NAMES = frozenset({"text", "message", "content", "body", "comment", "review",
                         "resolution", "feedback", "caption", "tweet", "post", "reply",
                         "sentence", "paragraph", "prompt", "notes", "memo"})
_PLACE_NAMES = frozenset({"source", "destination", "origin", "start", "end", "pickup",
                          "dropoff", "departure", "arrival", "from", "to"})
_PLACE_TEXT = re.compile(r"\b(?:location|place|city|town|point|journey|address|airport|"
                         r"station|destination|origin|depart|arriv|route|trip)", re.I)
_LOAN_TEXT = re.compile(r"\b(?:loan|mortgage|interest|apr|deposit|saving|borrow|"
                        r"amortiz|compound)", re.I)
_RATE_NAMES = frozenset({"rate", "interest", "apr", "interest_rate", "annual_rate",
                         "annual_interest_rate", "rate_of_interest", "interestrate"})
_PRINCIPAL_NAMES = frozenset({"loan", "principal", "loan_amount", "loanamount",
                              "principal_amount", "mortgage_amount"})


def _snake(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", _CAMEL.sub("_", name).lower()).strip("_")


def _words(text: str) -> list[str]:
    return _WORD.findall(_CAMEL.sub(" ", text).lower())


def _stem(word: str) -> str:
    return word[:5]


def _vocabulary(function: dict[str, Any]) -> frozenset[str]:
    """Stems of the tool's own words: its name, its description, its parameter names and
    their descriptions."""
    text = [function.get("name", "").replace("_", " "), str(function.get("description") or "")]
    props = (function.get("parameters") or {}).get("properties") or {}
    for pname, schema in props.items():
        text.append(pname)
        if isinstance(schema, dict):
            text.append(str(schema.get("description") or ""))
    return frozenset(_stem(w) for t in text for w in _words(t) if len(w) >= 3)


def offered(schema: dict[str, Any]) -> str:
    """The text of what a parameter's schema offers as values (enum, default, examples,
    quoted words and "e.g." / "one of" / "or" lists of its description)."""
    description = str(schema.get("description") or "")
    parts = [m.group(1) for m in _OFFERS.finditer(description)]
    parts += re.findall(r"\b\w+(?:\s*[/|]\s*\w+)+", description)  # "json/xml", "a | b"
    parts += [m.group(1) for m in _QUOTED.finditer(description)]
    for key in ("enum", "examples"):
        if isinstance(schema.get(key), list):
            parts += [str(x) for x in schema[key]]
    for key in ("default", "example"):
        if schema.get(key) is not None:
            parts.append(str(schema[key]))
    return " ".join(parts).lower()


def _name_word(pname: str, value: str, schema: dict[str, Any], vocab: frozenset[str]) -> bool:
    head, _, tail = value.rpartition(" ")
    if tail.isdigit() and head.lower() == " ".join(_words(pname)):
        return True  # the parameter's own name and a number: "Scale 29" for `scale`
    words = value.split()
    if value != value.lower() or not 1 <= len(words) <= 3:
        return False
    if not all(w.isalpha() and len(w) >= 3 for w in words):
        return False
    if not all(_stem(w) in vocab for w in words) or all(w in _FORMATS for w in words):
        return False
    offers = offered(schema)
    return not all(re.search(rf"\b{re.escape(w)}\b", offers) for w in words)


def _echo_text(value: str, vocab: frozenset[str]) -> bool:
    """A sentence whose content words are mostly the tool's own."""
    if len(value.split()) < 3:
        return False
    content = [w for w in _words(value) if len(w) >= 4 and w not in _STOP]
    own = [w for w in content if _stem(w) in vocab]
    return len(own) >= 2 and len(own) * 10 >= len(content) * 6


def meaning_problem(pname: str, value: Any, schema: dict[str, Any],
                    tool_text: str) -> str | None:
    """Why `value` cannot be what parameter `pname` means (None: plausible, or no rule)."""
    key = _snake(pname)
    tokens = set(key.split("_"))
    description = str(schema.get("description") or "")
    if isinstance(value, str):
        return _text_problem(key, tokens, value, description)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    rate = (key in _RATE_NAMES or tokens & {"interest", "apr"}) and "exchange" not in tokens
    if rate and _LOAN_TEXT.search(f"{tool_text} {description}") and not 0 < value <= 30:
        return f"interest rate {value}"
    if key in _PRINCIPAL_NAMES and value < 500:
        return f"loan of {value}"
    if "_vs_" in key:
        return None if 0 <= value <= 100 else f"preference {value}"
    return None


def _text_problem(key: str, tokens: set[str], value: str, description: str) -> str | None:
    low = value.strip().lower()
    if key.endswith("lang") or tokens & {"lang", "language", "locale"}:
        if not (_LANG_CODE.match(value) or low in _LANG_NAMES):
            return f"no language: {value!r}"
        if low in {"and", "the", "for", "not", "via", "all", "any"}:
            return f"no language: {value!r}"
    if "_vs_" in key:
        poles = [p for p in key.split("_vs_")]
        letters = {p[:1] for p in poles} | set(poles) | {_MBTI.get(p, p) for p in poles}
        if not (low in letters or low.rstrip("%").replace(".", "").isdigit()
                or any(p in low for p in poles)):
            return f"neither pole: {value!r}"
    if tokens & _PLACE_NAMES and _PLACE_TEXT.search(description) and not (
            value[:1].isupper() or value[:1].isdigit()):
        return f"no place: {value!r}"
    if key == "note" and re.search(r"music|scale|pitch|chord", description, re.I):
        return None if _NOTE.match(value.strip()) else f"no musical note: {value!r}"
    if (key in _TEXT_NAMES or key.endswith(("_text", "_message"))) and len(value.split()) < 2 \
            and not re.search(r"search|query", description, re.I):
        return f"one word for a text: {value!r}"
    if key == "month" and not (low in _MONTHS or low[:3] in {m[:3] for m in _MONTHS}
                               or low.isdigit() or re.match(r"^\d{4}-\d{2}", low)):
        return f"no month: {value!r}"
    return None


def _stated(record: Rec) -> Iterator[tuple[dict[str, Any], str, Any, str]]:
    """(tool function, argument name, value, source) of every user-stated argument."""
    tools = {t["function"]["name"]: t["function"] for t in record.get("tools") or ()
             if isinstance(t, dict) and "function" in t}
    trace = {s.get("call_id"): s for s in record.get("step_trace") or ()}
    for message in record.get("messages") or ():
        for call in message.get("tool_calls") or ():
            function = call.get("function") or {}
            try:
                args = json.loads(function.get("arguments") or "{}")
            except json.JSONDecodeError:
                continue
            sources = (trace.get(call.get("id")) or {}).get("arguments") or {}
            tool = tools.get(function.get("name", ""), {"name": function.get("name", "")})
            for name, value in (args.items() if isinstance(args, dict) else ()):
                source = (sources.get(name) or {}).get("source")
                if source in ("user", "clarification"):
                    yield tool, name, value, source


def stated_count(record: Rec) -> int:
    """How many user-stated argument values the record's calls carry."""
    return sum(1 for _ in _stated(record))


def value_findings(record: Rec) -> list[Finding]:
    """Every user-stated argument a reviewer would not believe, with why."""
    out: list[Finding] = []
    for tool, name, value, source in _stated(record):
        props = (tool.get("parameters") or {}).get("properties") or {}
        schema = props.get(name) if isinstance(props.get(name), dict) else {}
        fn = tool.get("name", "")
        if isinstance(value, bool):
            if source == "clarification":
                out.append(("asked_boolean", fn, name, value))
            continue
        if isinstance(value, str) and value in (schema.get("enum") or ()):
            continue
        tool_text = f"{fn} {tool.get('description') or ''}"
        if isinstance(value, str):
            vocab = _vocabulary(tool)
            if _name_word(name, value, schema, vocab):
                out.append(("name_word", fn, name, value))
                continue
            if _echo_text(value, vocab) and value.lower() not in offered(schema):
                out.append(("echo_text", fn, name, value))
                continue
        problem = meaning_problem(name, value, schema, tool_text)
        if problem is not None:
            out.append(("meaning", fn, name, value))
    return out


KINDS = ("name_word", "echo_text", "meaning", "asked_boolean")
