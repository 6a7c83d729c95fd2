"""How a user turn is put together, read from records only (never the generator's rules):
what a reviewer marks in a user message before reading what it asks for.

- `sign_off_first`: a letter sign-off ("Best regards.", "With thanks.") that does not end
  the message ("Basically, best regards. I should like to ...").
- `filler_greeting`: a filler word before a greeting or sign-off ("Basically, hello.").
- `broken_aside`: a dash aside closed by the sentence's own punctuation or run into a
  comma ("- premium grant, please -.", "(x) -,").
- `greeting_run_on`: a greeting run straight into the ask with no comma ("Hiya can you").
- `verb_as_noun`: a called function whose name is an action verb ("end", "stop_timer"),
  asked for as a thing to look at ("check the end", "get the stop").
- `recited_controls`: a response control (format, full_response, sort, an HTTP header)
  the user states as a setting ("videos equal to json", "include full response", "the
  json format", "accept: application/json"); "as JSON" or "sorted by date" are how a
  person asks for one.
- `raw_coordinates`: a latitude and longitude strung with "and", or said as a compass
  bearing a negative number cannot have ("-3.7 east").
- `dangling_ref`: "with the result" / "with the outcome" at the end of a request, where
  it reads as a property of the thing asked for ("the report on the scan with the result").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

Rec = dict[str, Any]

_FILLERS = r"(?:basically|um|uh|so|well|actually|honestly|anyway|hmm|okay|alright|right|oh)"
_SIGN_OFFS = re.compile(
    rf"^(?:{_FILLERS},? )?(?:best regards|kind regards|warm regards|regards|with thanks"
    r"|yours (?:sincerely|faithfully|truly)|sincerely|thanks in advance"
    r"|thank you in advance|many thanks in advance|have a good day|that will be all"
    r"|i have everything i need)[.!]?$", re.IGNORECASE)
_GREETINGS = (r"(?:hi|hello|hey|hiya|heya|greetings|good (?:morning|afternoon|evening)|"
              r"morning|afternoon|dear|best regards|kind regards|regards|with thanks|"
              r"thanks in advance|to whom)")
_FILLER_GREETING = re.compile(rf"^\W*{_FILLERS},?\s+{_GREETINGS}\b", re.IGNORECASE)
_BROKEN_ASIDE = re.compile(r"\s-\s*[.?!,;:]|[,;(]\s*-\s|\s-\s*-\s")
_RUN_ON = re.compile(r"^\W*(?:hi|hey|hiya|heya|hello|yo|morning|hey there|hi there)\s+"
                     r"(?:can|could|would|will|please|pls|i|need|help|any|is|do|what|u|"
                     r"wanna|gotta|trying|lemme|quick|random)\b", re.IGNORECASE)
_LOOKS = (r"(?:check|get|see|find|pull up|look up|fetch|retrieve|look at|track down|search "
          r"for|look for|find out about|show me|show|list|go through|view|verify|check on)")
_ACTION_VERBS = frozenset({"end", "stop", "start", "cancel", "delete", "pause", "resume",
                           "reset", "close", "finish", "abort", "terminate", "restart",
                           "remove", "kill", "unlock", "lock", "archive", "approve", "reject",
                           "open", "refresh", "revoke", "disable", "enable", "clear"})
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_CONTROLS = frozenset({"format", "output_format", "outputformat", "response_format",
                       "full_response", "fullresponse", "summary_response", "pretty",
                       "callback", "jsonp", "sort", "sort_by", "sortby", "order", "order_by",
                       "orderby", "sort_order", "sortorder", "verbose", "raw", "indent",
                       "accept", "content_type", "cache_control"})
_DATA_FORMAT = re.compile(r"json|xml|php|csv|html|yaml|jsonp|text|(?:application|text)/\w+")
_HEADERS = frozenset({"accept", "content_type", "cache_control"})
_SETTING = re.compile(r"\bequal to\b", re.IGNORECASE)
# a coordinate has three decimals or more: "trait values as 0.98 and 0.78" is a list of
# two figures (BFCL seed 7 #176), "near 40.4168 and -3.7038" a point strung with "and"
_COORD = r"-?\d{1,3}\.\d{3,}"
_RAW_COORDS = re.compile(
    rf"{_COORD},? and {_COORD}|-\d{{1,3}}(?:\.\d+)? (?:north|east)\b"
    rf"|\b(?:latitude|longitude) {_COORD},? and\b", re.IGNORECASE)
_DANGLING = re.compile(r"\bwith (?:the result|the outcome)\b", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")


def user_turns(record: Rec) -> Iterator[tuple[int, str]]:
    for i, m in enumerate(record["messages"]):
        if m["role"] == "user" and isinstance(m.get("content"), str) and m["content"]:
            yield i, m["content"]


def sign_off_first(text: str) -> bool:
    sentences = [s.strip() for s in _SENTENCES.split(text.strip()) if s.strip()]
    return any(_SIGN_OFFS.match(s.strip(" ,-")) for s in sentences[:-1])


def filler_greeting(text: str) -> bool:
    return bool(_FILLER_GREETING.search(text))


def broken_aside(text: str) -> bool:
    return bool(_BROKEN_ASIDE.search(text))


def greeting_run_on(text: str) -> bool:
    return bool(_RUN_ON.search(text))


def raw_coordinates(text: str) -> bool:
    return bool(_RAW_COORDS.search(text))


def dangling_ref(text: str) -> bool:
    return bool(_DANGLING.search(text))


def _name_words(function_name: str) -> list[str]:
    base = re.sub(r"_for_[A-Za-z0-9_]+$|_[0-9a-f]{8}$", "", function_name)
    return [w for w in re.split(r"[\s_.\-/]+", _CAMEL.sub(" ", base).lower()) if w]


def _called(record: Rec) -> Iterator[tuple[str, dict[str, Any]]]:
    for m in record["messages"]:
        for c in m.get("tool_calls") or []:
            fn = c.get("function", {})
            try:
                args = json.loads(fn.get("arguments") or "{}")
            except ValueError:
                args = {}
            yield fn.get("name", ""), args if isinstance(args, dict) else {}


def verb_as_noun(record: Rec) -> list[str]:
    """"check the end" for `end_for_test`: the name's leading action verb said as a noun
    after a lookup verb, in a user turn."""
    verbs = {w[0] for w in (_name_words(n) for n, _ in _called(record))
             if w and w[0] in _ACTION_VERBS}
    if not verbs:
        return []
    said = re.compile(rf"\b{_LOOKS} (?:the|my|a|an|some) ({'|'.join(sorted(verbs))})\b"
                      r"(?! (?:date|time|point|of|at|on|location|address|value)\b)",
                      re.IGNORECASE)
    return [m.group(0) for _, t in user_turns(record) for m in [said.search(t)] if m]


def _norm(name: str) -> str:
    return _CAMEL.sub("_", name).lower()


def recited_controls(record: Rec) -> list[str]:
    """A response control the user says as a setting: its value beside "equal to"/"set
    to", or a flag's own label ("include full response", "no summary response")."""
    out: list[str] = []
    texts = [t for _, t in user_turns(record)]
    low = "\n".join(texts).lower()
    for _, args in _called(record):
        for name, value in args.items():
            if _norm(name) not in _CONTROLS or ("format" in _norm(name) and not (
                    _DATA_FORMAT.fullmatch(str(value).lower()))):
                continue  # a film's "IMAX" or a sequence's "fasta" format is asked for
            label = _norm(name).replace("_", " ")
            if isinstance(value, bool):
                if " " in label and label in low:
                    out.append(f"{name}={value}: {label!r}")
                continue
            if _norm(name) in _HEADERS and str(value).lower() in low:
                out.append(f"{name}={value!r}")  # no person names a header value
                continue
            said, lab = re.escape(str(value).lower()), re.escape(label)
            if re.search(rf"\b(?:equal to|set to|the) {said}\b|\bthe {said} {lab}\b"
                         rf"|\b{lab} (?:equal to|set to|of|is|as|=|:) ?{said}\b", low):
                out.append(f"{name}={value!r}")
    out.extend(f"setting: {m.group(0)!r}" for t in texts for m in [_SETTING.search(t)] if m)
    return out


TEXT_CHECKS = {
    "sign_off_first": sign_off_first,
    "filler_greeting": filler_greeting,
    "broken_aside": broken_aside,
    "greeting_run_on": greeting_run_on,
    "raw_coordinates": raw_coordinates,
    "dangling_ref": dangling_ref,
}


def examine(record: Rec) -> dict[str, list[str]]:
    """Every finding of the checks above in one record, by check name."""
    found: dict[str, list[str]] = {k: [] for k in (*TEXT_CHECKS, "verb_as_noun",
                                                   "recited_controls")}
    for _, text in user_turns(record):
        for key, check in TEXT_CHECKS.items():
            if check(text):
                found[key].append(text[:200])
    found["verb_as_noun"] = verb_as_noun(record)
    found["recited_controls"] = recited_controls(record)
    return found


def counts(records: list[Rec]) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in records:
        for key, hits in examine(r).items():
            out[key] = out.get(key, 0) + len(hits)
    return out
