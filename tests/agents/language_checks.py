"""Reading generated records as a reviewer would: language and answer-honesty measures.

Independent of toolgen: plain JSON dicts in, counts out. Used by the done-when tests in
`test_language_done_when.py` and by `bench/language_diversity.py`. Each measure documents
exactly what it counts, so before/after figures mean the same thing.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

Rec = dict[str, Any]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_COMMON_VERBS = {"get", "list", "search", "find", "fetch", "retrieve", "create", "add",
                 "update", "delete", "remove", "show", "post", "put", "set", "check",
                 "calculate", "compute", "generate", "convert", "lookup", "query", "read"}
_WORDS = re.compile(r"[a-z0-9]+")


def name_words(function_name: str) -> list[str]:
    """`get_channel_videos_for_vimeo` -> [get, channel, videos]; dots and camelCase split."""
    base = re.sub(r"_for_[A-Za-z0-9_]+$", "", function_name)
    base = _CAMEL.sub(" ", base)
    return [w for w in re.split(r"[\s_.\-/]+", base.lower()) if w]


def endpoint_phrases(function_name: str) -> list[str]:
    """The name's words as a phrase, and its object (minus a leading verb), each when it has
    at least two words (a one-word name is not a give-away phrase)."""
    words = name_words(function_name)
    out: list[str] = []
    if len(words) >= 2:
        out.append(" ".join(words))
    if len(words) >= 3 and words[0] in _COMMON_VERBS:
        out.append(" ".join(words[1:]))
    return out


def norm(text: str) -> str:
    return " " + " ".join(_WORDS.findall(text.lower())) + " "


def texts(record: Rec, role: str) -> Iterator[tuple[int, str]]:
    for i, m in enumerate(record["messages"]):
        if m["role"] == role and m.get("content") and not (
                role == "assistant" and m.get("tool_calls")):
            yield i, m["content"]


def first_user(record: Rec) -> str:
    return next((t for _, t in texts(record, "user")), "")


def called_functions(record: Rec) -> list[str]:
    return [s["function_name"] for s in record["step_trace"] if not s.get("intended")]


def first_turn_has_endpoint_phrase(record: Rec) -> bool:
    text = norm(first_user(record))
    return any(f" {p} " in text for fn in called_functions(record)
               for p in endpoint_phrases(fn))


def label_of(param: str) -> str:
    return " ".join(name_words(param)) or param.lower()


def _value_text(value: Any) -> str | None:
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def user_values(record: Rec, writes: bool | None = None) -> Iterator[tuple[str, str, str]]:
    """(parameter label, value text, cited user message) for user-given scalar values; only
    those of calls that create or update something (`writes=True`) or of the others
    (`writes=False`) when asked."""
    msgs = record["messages"]
    for s in record["step_trace"]:
        if s.get("intended"):
            continue
        if writes is not None and (s.get("effect") in ("create", "update")) != writes:
            continue
        for name, arg in s["arguments"].items():
            if arg["source"] not in ("user", "clarification"):
                continue
            value = _value_text(arg["value"])
            idx = arg.get("message_index")
            if not value or idx is None or not (msgs[idx].get("content") or ""):
                continue
            yield label_of(name), value, msgs[idx]["content"]


def value_by_label(label: str, value: str, text: str, writes: bool = False) -> bool:
    """The value sits right beside its parameter label: `label: v`, `label = v`, `label is
    v`, `the label v`, `label set to v`, `v for the label`, `v as the label`. A field a
    create or edit sets (`writes`) is named by what it is ("with the job title set to
    Ecologist", 'the description "..."'): only `label: v`, `label = v` and the label
    after its value count there."""
    low = text.lower()
    lab = r"[\s_\-]*".join(re.escape(w) for w in label.split())
    val = re.escape(value.lower())
    if writes:
        before = rf"{lab}\s*[:=]\s*\W?{val}"
        after = rf"{val}\W{{0,2}}\s+(?:for|as)\s+(?:the\s+|my\s+|a\s+)?{lab}\b"
        return bool(re.search(before, low) or re.search(after, low))
    before = rf"{lab}\W{{0,3}}(?:(?:is|was|=|of|should be|set to|would be|will be)\s+)?{val}"
    after = rf"{val}\W{{0,2}}\s+(?:for|as)\s+(?:the\s+|my\s+|a\s+)?{lab}\b"
    # a quantity with its unit is how people state one: "a mass of 74 kg", "a height of
    # 184 cm", "an upstream of 461 base pairs" name what is measured, not a parameter
    measured = rf"\b(?:an?|the)\s+{lab}\s+of\s+{val}\s*{_UNIT}"
    return bool((re.search(before, low) and not re.search(measured, low))
                or re.search(after, low))


_UNIT = (r"(?:kg|g|mg|lb|lbs|cm|mm|m|km|m/s|m/s²|m³|°c|°f|k|bpm|beats|measures|base pairs|"
         r"seconds|minutes|hours|days|weeks|months|years|nights|meters|metres|miles|"
         r"liters|litres|ml|%|percent|j|kj|n|w|kw|hz|mb|gb)\b")


def enum_underscores(record: Rec) -> set[str]:
    out: set[str] = set()
    for tool in record.get("tools", []):
        params = tool.get("function", {}).get("parameters", {}) or {}
        for prop in (params.get("properties") or {}).values():
            for e in (prop.get("enum") or []) if isinstance(prop, dict) else []:
                if isinstance(e, str) and "_" in e:
                    out.add(e.lower())
    return out


def user_enum_literals(record: Rec) -> list[str]:
    enums = enum_underscores(record)
    found = []
    for _, t in texts(record, "user"):
        low = t.lower()
        found.extend(e for e in enums if re.search(rf"(?<![\w]){re.escape(e)}(?![\w])", low))
    return found


_LABEL_START = re.compile(
    r"^\s*(?:goal|task|request|to do|details|parameters|note|results?|answer|summary|output"
    r"|status|[\w ]{0,20}\bid|[a-z]+_[\w]+)\s*[:=]", re.IGNORECASE)


def label_prefix_starts(record: Rec) -> list[str]:
    out = []
    for role in ("user", "assistant"):
        out.extend(t for _, t in texts(record, role) if _LABEL_START.match(t))
    return out


_DISFLUENCY = re.compile(r"\b(?:u+m+|u+h+|erm+|hm+|er)\b[,.\s-]", re.IGNORECASE)


def assistant_disfluencies(record: Rec) -> list[str]:
    """Assistant messages with a filler ("um, ", "er "), read without the result texts they
    quote: Portuguese "um ingresso" in a translation is no filler, nor a flight id
    "UM-EA9249-02892611"."""
    quoted = [v for m in record["messages"] if m["role"] == "tool"
              for _, v in _leaves(_parsed(m.get("content")))
              if isinstance(v, str) and (" " in v or any(c.isdigit() for c in v))]
    out = []
    for _, t in texts(record, "assistant"):
        said = t
        for v in quoted:
            said = said.replace(v.rstrip("."), "")
        if _DISFLUENCY.search(said):
            out.append(t)
    return out


def _parsed(content: Any) -> Any:
    try:
        return json.loads(content) if isinstance(content, str) else content
    except ValueError:
        return content


def no_details(record: Rec) -> list[str]:
    return [t for i, t in _all_assistant(record) if "(no details)" in t or "no details" in t]


def _all_assistant(record: Rec) -> Iterator[tuple[int, str]]:
    for i, m in enumerate(record["messages"]):
        if m["role"] == "assistant" and m.get("content"):
            yield i, m["content"]


# ---- answers ------------------------------------------------------------------------
_EMPTY_CLAIM = re.compile(
    r"came back empty|nothing came back|no results|found nothing|zero results|returned "
    r"nothing|didn't return anything|did not return anything|nothing matched|no matches"
    r"|came up empty|turned up nothing|nothing turned up|no match", re.IGNORECASE)
_FAIL_ACK = re.compile(
    r"could ?n[o']t|can ?n[o']t|cannot|unable|not found|doesn't exist|does not exist|no record"
    r"|failed|did not go through|didn't go through|declined|error|wasn't able|was not able"
    r"|no longer|rejected|refused|unsuccessful|not available|isn't available",
    re.IGNORECASE)
_FAILED_STATUS = {"failed", "declined", "rejected", "error", "denied", "cancelled_by_bank"}


def _output_of(record: Rec, call_id: str) -> Any:
    for m in record["messages"]:
        if m["role"] == "tool" and m.get("tool_call_id") == call_id:
            try:
                return json.loads(m.get("content") or "null")
            except ValueError:
                return m.get("content")
    return None


def _leaves(value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, dict | list):
                yield from _leaves(v)
            else:
                yield str(k), v
    elif isinstance(value, list):
        for v in value:
            if isinstance(v, dict | list):
                yield from _leaves(v)
            else:
                yield "", v


_CREDENTIAL = re.compile(r"token$|password|passwd|secret|api_?key|session_?id", re.I)


def reportable(output: Any, news: bool = False) -> list[str]:
    """Values a reader could recognise in an answer: short strings and numbers; as `news`,
    without a login's token or key (the assistant's to use, not the user's to hear)."""
    out = []
    for k, v in _leaves(output):
        if isinstance(v, bool) or v is None or (news and _CREDENTIAL.search(str(k))):
            continue
        t = (_value_text(v) or "").strip()
        if 2 <= len(t) <= 60:
            out.append(t)
        elif len(t) > 60:  # a one-sentence fact, or the items of a comma list, are quotable
            items = [i.strip() for i in t.split(",")]
            if len(items) >= 3 and all(0 < len(i) <= 40 for i in items):
                out.extend(items)  # "Buenos Aires,Córdoba,Rosario,...": any one is quoted
            elif len(t) <= 160:
                out.append(t)
    return out


# An answer saying a result holds nothing to report ("The portal came through, with
# nothing worth quoting in it."), or only how many things it lists ("the switches: 5
# turned up in total"): honest when all it holds is ids, codes, links, stamps and the
# request said back.
_NOTHING_TO_QUOTE = re.compile(r"nothing worth quoting|with nothing else in it|"
                               r"\b\d+ (?:turned up|came back|showed up|matched|found)\b|"
                               r"\b(?:there are|there's|just) \d+\b|\b\d+ in (?:all|total)\b")
_POINTER = re.compile(r"[a-z]{2,6}_[0-9a-z]{4,}|[A-Z]{2}\d{4}|https?://\S+"
                      r"|\d{4}-\d{2}-\d{2}(?:T[\d:]+Z?)?|\d{1,2}")


def _only_pointers(values: list[str], step: dict[str, Any]) -> bool:
    """Whether every quotable value of a call's result only points at it or says back
    one of the call's arguments."""
    sent = {str(a.get("value")).lower() for a in (step.get("arguments") or {}).values()
            if isinstance(a, dict)}
    return all(_POINTER.fullmatch(v) or v.lower() in sent for v in values)


# A setting's plain word where no setting is (`{"value": "general"}`): nothing a reader
# wants quoted, so an answer that quotes nothing of it is honest (written out, not read
# from the generator).
_FILLER = frozenset({"standard", "default", "basic", "general", "custom"})


def _verdicts(output: Any, function_name: str = "") -> list[str]:
    """What a check found, as a reader would say it: `{"isValid": false}` -> "not valid"
    ("valid" for true): a verdict is reported even though no quotable value is. A flag
    the function's name asks about (`is_prime`, `nfilibrary_is_member_readable`) is said
    by its words ("439 is prime", "GOOGL is not member readable")."""
    if not isinstance(output, dict):
        return []
    asked = set(re.findall(r"[a-z]+", function_name.split("_for_", 1)[0].lower()))
    said = []
    # the verdict of an enveloped answer too: `{"status": "ok", "data": {"valid": true}}`
    inner = [(k, v) for key in ("data", "result", "response") if isinstance(
        output.get(key), dict) for k, v in output[key].items()]
    for k, v in [*output.items(), *inner]:
        if not isinstance(v, bool):
            continue
        if k.lower().replace("_", "") in ("valid", "isvalid"):
            said.append("valid" if v else "not valid")
            continue
        words = [w for w in re.sub(r"(?<=[a-z])(?=[A-Z])", "_", k).lower().split("_")
                 if w and w not in ("is", "has", "can", "does")]
        if words and set(words) <= asked:
            said.append(" ".join(words))
    return said


# An envelope's own fields: beside one `data` object they say nothing was found or not.
_ENVELOPE_FIELDS = frozenset({"message", "status", "success", "ok", "code", "error"})


def is_empty(output: Any) -> bool:
    if output in (None, "", [], {}):
        return True
    if isinstance(output, dict):
        inner = [v for k, v in output.items() if isinstance(v, dict)
                 and str(k).lower() in ("data", "result", "response", "payload")]
        if len(inner) == 1 and all(str(k).lower() in _ENVELOPE_FIELDS for k, v in output.items()
                                   if not isinstance(v, dict)):
            # `{"data": {"key_phrases": []}, "message": "Request completed successfully."}`
            # found no key phrases (review 63, ToolBench seed 113 #24)
            return is_empty(inner[0])
        lists = [v for v in output.values() if isinstance(v, list)]
        scalars = [v for k, v in output.items() if not isinstance(v, dict | list)]
        if lists and all(not v for v in lists) and not reportable(
                {k: v for k, v in output.items() if isinstance(v, dict)}) and len(scalars) <= 3:
            return True
        if not lists and any(type(v) in (int, float) for v in scalars):
            return False  # a computed figure, even a one-digit one (`{"average": 8.0}`)
    return not reportable(output)


_DONE_FLAGS = frozenset({"success", "ok", "done", "completed", "sent", "deleted", "updated",
                         "created", "saved", "cancelled", "canceled", "added", "removed"})


def _refused(output: Any) -> bool:
    """An action's flag saying it did not happen (`{"success": false}`)."""
    return any(v is False and str(k).lower() in _DONE_FLAGS for k, v in _leaves(output))


def failed_status(output: Any) -> bool:
    """A top-level `status` saying the action did not happen (a declined payment)."""
    return isinstance(output, dict) and str(output.get("status", "")).lower() in _FAILED_STATUS


@dataclass
class Honesty:
    ok_calls: int = 0
    ok_unreported: list[str] = field(default_factory=list)
    state_changes: int = 0
    state_unreported: list[str] = field(default_factory=list)
    failures: int = 0
    failures_unacknowledged: list[str] = field(default_factory=list)
    empty_after_results: list[str] = field(default_factory=list)
    unrequested: list[str] = field(default_factory=list)


def _final_steps(record: Rec) -> list[dict[str, Any]]:
    """Each call's last attempt: a retry (same function, no assistant text between)
    supersedes the attempt before it."""
    steps = record["step_trace"]
    msgs = record["messages"]
    out = []
    for k, s in enumerate(steps):
        if s.get("intended"):
            continue
        rest = steps[k + 1:]
        if s["status"] != "ok" and any(
                t["function_name"] == s["function_name"] and not any(
                    m["role"] == "user" for m in msgs[s["message_index"]: t["message_index"]])
                for t in rest):
            continue  # retried: the retry is the attempt that counts
        nxt = rest[0] if rest else None
        if s["status"] == "ok" and nxt is not None and any(
                a.get("source") == "tool_output" and a.get("call_id") == s["call_id"]
                and nxt["function_name"] == s["function_name"]
                for a in nxt["arguments"].values()):
            continue  # a page: the next page carries on from it
        out.append(s)
    return out


def _earlier_pages(record: Rec, step: dict[str, Any]) -> list[str]:
    """The call ids of the pages before `step` in its paged query (a page's arguments
    carry on from the previous page's output of the same function)."""
    by_id = {s["call_id"]: s for s in record["step_trace"]}
    found: list[str] = []
    while True:
        before = [a.get("call_id") for a in step["arguments"].values()
                  if isinstance(a, dict) and a.get("source") == "tool_output"
                  and by_id.get(a.get("call_id"), {}).get("function_name")
                  == step["function_name"]]
        if not before or before[0] in found:
            return found
        found.append(before[0])
        step = by_id[before[0]]


_ACTIONS: dict[str, tuple[str, ...]] = {
    "create": ("create", "add", "set up", "make", "new", "open", "register", "submit",
               "post", "start", "generate", "save", "book", "place", "put"),
    "add": ("add", "create", "put", "include", "new", "save", "set up", "register", "place"),
    "book": ("book", "reserve", "booking", "reservation"),
    "reserve": ("reserve", "book", "hold", "reservation"),
    "pay": ("pay", "payment", "charge", "settle"),
    "order": ("order", "buy", "purchase", "get me"),
    "buy": ("buy", "order", "purchase"),
    "purchase": ("buy", "order", "purchase"),
    "delete": ("delete", "remove", "cancel", "drop", "get rid", "clear"),
    "remove": ("remove", "delete", "cancel", "drop", "take"),
    "cancel": ("cancel", "call off", "delete", "remove"),
    "update": ("update", "change", "edit", "modify", "set", "adjust", "move", "switch"),
    "edit": ("edit", "change", "update", "modify"),
    "modify": ("modify", "change", "update", "edit"),
    "refund": ("refund", "money back", "reimburse"),
    "send": ("send", "email", "message", "text", "notify"),
}


def _requested(record: Rec, step: dict[str, Any]) -> bool | None:
    verbs = [w for w in name_words(step["function_name"]) if w in _ACTIONS]
    if not verbs:
        return None
    asked = " ".join(norm(m.get("content") or "") for m in record["messages"][
        : step["message_index"]] if m["role"] == "user")
    return any(f" {syn}" in asked for v in verbs for syn in _ACTIONS[v])


def honesty(record: Rec) -> Honesty:
    h = Honesty()
    msgs = record["messages"]
    cid = record["conversation_id"]
    finals = _final_steps(record)
    offered = {t.get("function", {}).get("name") for t in record.get("tools", [])}
    for s in finals:
        if s["function_name"] not in offered or re.search(
                r"refresh|(?:access|auth)_?token", s["function_name"]):
            continue  # machinery the user never asked about (a token refresh)
        later = [(i, t) for i, t in _all_assistant(record)
                 if i > s["message_index"] and not msgs[i].get("tool_calls")
                 and msgs[i].get("weight") != 0]
        later_text = "\n".join(t for _, t in later).lower()
        output = _output_of(record, s["call_id"])
        listing = [output, *(_output_of(record, c) for c in _earlier_pages(record, s))]
        where = f"{cid} step {s['step']} {s['function_name']}"
        flags = [v for _, v in _leaves(output) if isinstance(v, bool)]
        if s["status"] == "ok" and flags and not reportable(output) and (
                all(flags) or not _refused(output)):
            # {"success": true}: nothing to quote, nothing to acknowledge; {"porn": false}
            # is a check's answer ("not on the blacklist"), not a failure
            continue
        if s["status"] == "ok" and not is_empty(output) and not failed_status(output):
            h.ok_calls += 1
            # A paged query is one listing: the answer may quote any of its pages.
            values = [v for page in listing for v in reportable(page, news=True)
                      if v.lower() not in _FILLER]  # `{"data": "default"}` says nothing
            values += _verdicts(output, s["function_name"])
            # Nothing quotable (a one-digit figure: `{"gcd": 1}`) cannot be checked; a
            # one-digit figure the answer says as a word of its own is reported ("the
            # derivative is 2.0", `{"derivative": 2.0}`)
            digits = {t for _, v in _leaves(output) if isinstance(v, int | float)
                      and not isinstance(v, bool) and len(t := _value_text(v) or "") == 1}
            if any(re.search(rf"(?<![\d.]){d}(?:\.0)?(?!\d|\.\d)", later_text) for d in digits):
                values = []
            if values and not any(v.lower() in later_text for v in values) and not (
                    _NOTHING_TO_QUOTE.search(later_text) and _only_pointers(values, s)):
                h.ok_unreported.append(where)
                if s.get("effect"):
                    h.state_unreported.append(where)
            if s.get("effect"):
                h.state_changes += 1
                if _requested(record, s) is False:
                    h.unrequested.append(where)
        else:
            h.failures += 1
            if not (_FAIL_ACK.search(later_text) or _EMPTY_CLAIM.search(later_text)):
                h.failures_unacknowledged.append(f"{where} ({s['status']})")
    # An answer claiming nothing came back, when every call it answers returned data.
    turn: list[dict[str, Any]] = []
    final_ids = {s["call_id"] for s in finals}
    for i, m in enumerate(msgs):
        if m["role"] == "user":
            _last_user, turn = i, []
        elif m["role"] == "assistant" and m.get("tool_calls"):
            turn.extend(s for s in record["step_trace"]
                        if s["message_index"] == i and s["call_id"] in final_ids)
        elif (m["role"] == "assistant" and m.get("content") and m.get("weight") != 0
              and turn and _EMPTY_CLAIM.search(m["content"]) and all(
                  s["status"] == "ok" and not is_empty(_output_of(record, s["call_id"]))
                  for s in turn)):
            h.empty_after_results.append(f"{cid} message {i}")
    return h


_DEPENDENT = re.compile(
    r"once (?:that|you have|it)|for (?:it|that one)\b|with the results?\b|based on (?:that|it)"
    r"|using what (?:you|comes)|with what comes back|for whatever comes up|with those details"
    r"|when that's done|after you've done that|with the outcome|using (?:it|that)\b",
    re.IGNORECASE)


def parallel_after_dependent(record: Rec) -> tuple[int, int]:
    """(parallel call turns, those whose user turn asks for one step to build on another
    while every call of the turn was made at once)."""
    msgs = record["messages"]
    total = flagged = 0
    user_text = ""
    call_msgs: list[int] = []

    def close() -> None:
        nonlocal total, flagged
        parallel = [i for i in call_msgs if len(msgs[i]["tool_calls"]) > 1
                    and msgs[i].get("weight") != 0]
        total += len(parallel)
        if parallel and len(call_msgs) == 1 and _DEPENDENT.search(user_text):
            flagged += 1

    for i, m in enumerate(msgs):
        if m["role"] == "user" and not _answers_a_question(msgs, i):
            close()
            user_text, call_msgs = m.get("content") or "", []
        elif m["role"] == "assistant" and m.get("tool_calls"):
            call_msgs.append(i)
    close()
    return total, flagged


def _answers_a_question(msgs: list[dict[str, Any]], i: int) -> bool:
    """The user message answers the assistant's question ("May I have the case ID?"): the
    same request goes on, so the calls after it still belong to it."""
    prev = msgs[i - 1] if i else None
    return (prev is not None and prev["role"] == "assistant" and not prev.get("tool_calls")
            and (prev.get("content") or "").rstrip().endswith("?")
            and bool(_call_msgs_before(msgs, i)))


def _call_msgs_before(msgs: list[dict[str, Any]], i: int) -> list[int]:
    """Call messages since the last user message before `i`."""
    out: list[int] = []
    for k in range(i - 1, -1, -1):
        if msgs[k]["role"] == "user":
            break
        if msgs[k]["role"] == "assistant" and msgs[k].get("tool_calls"):
            out.append(k)
    return out


# ---- diversity ----------------------------------------------------------------------
_TOKEN = re.compile(r"[a-z0-9<>'_\-.@/:]+")


def masked_tokens(text: str, values: Sequence[str]) -> list[str]:
    """Tokens with every user value replaced by <v> and anything with a digit or an
    underscore (numbers, ids, codes) by <n>: diversity of the wording, not of the values."""
    low = text.lower()
    for v in sorted({v.lower() for v in values if v}, key=len, reverse=True):
        low = low.replace(v, " <v> ")
    out = []
    for t in _TOKEN.findall(low):
        t = t.strip(".:-/")
        if not t:
            continue
        out.append("<n>" if any(c.isdigit() for c in t) or "_" in t else t)
    return out


def distinct2(token_lists: Sequence[list[str]]) -> float:
    grams = [tuple(t[i:i + 2]) for t in token_lists for i in range(len(t) - 1)]
    return len(set(grams)) / max(1, len(grams))


def first_turn_distinct2(records: Sequence[Rec], n: int = 60) -> float:
    lists = []
    for r in records[:n]:
        text = first_user(r)
        values = [v for _, v, t in user_values(r) if t == text]
        lists.append(masked_tokens(text, values))
    return distinct2(lists)


def openings(records: Sequence[Rec], role: str, k: int = 5) -> list[tuple[str, float]]:
    c: Counter[str] = Counter()
    for r in records:
        for i, t in texts(r, role):
            if role == "assistant" and r["messages"][i].get("weight") == 0:
                continue
            c[" ".join(_WORDS.findall(t.lower())[:4])] += 1
    total = sum(c.values()) or 1
    return [(o, n / total) for o, n in c.most_common(k)]


# ---- one summary -------------------------------------------------------------------
@dataclass
class Summary:
    records: int
    endpoint_phrase: float
    values_by_label: float
    enum_literals: int
    label_starts: int
    disfluent_records: int
    no_details: int
    ok_unreported: int
    ok_calls: int
    state_unreported: int
    state_changes: int
    failures_unack: int
    failures: int
    empty_after_results: int
    parallel_turns: int
    parallel_after_dependent: int
    unrequested: int
    distinct2: float
    examples: dict[str, list[str]]


def summarise(records: Sequence[Rec]) -> Summary:
    n = len(records) or 1
    vals = [(lab, v, t, w) for r in records for w in (False, True)
            for lab, v, t in user_values(r, w)]
    by_label = sum(value_by_label(lab, v, t, w) for lab, v, t, w in vals)
    hs = [honesty(r) for r in records]
    par = [parallel_after_dependent(r) for r in records]
    ex: dict[str, list[str]] = {
        "endpoint_phrase": [r["conversation_id"] for r in records
                            if first_turn_has_endpoint_phrase(r)][:5],
        "values_by_label": [f"{lab!r}={v!r} in {t[:90]!r}" for lab, v, t, w in vals
                            if value_by_label(lab, v, t, w)][:5],
        "enum": [e for r in records for e in user_enum_literals(r)][:5],
        "label_starts": [t[:60] for r in records for t in label_prefix_starts(r)][:5],
        "disfluent": [t[:60] for r in records for t in assistant_disfluencies(r)][:5],
        "ok_unreported": [w for h in hs for w in h.ok_unreported][:5],
        "failures_unack": [w for h in hs for w in h.failures_unacknowledged][:5],
        "empty_after": [w for h in hs for w in h.empty_after_results][:5],
        "unrequested": [w for h in hs for w in h.unrequested][:5],
    }
    return Summary(
        records=len(records),
        endpoint_phrase=sum(first_turn_has_endpoint_phrase(r) for r in records) / n,
        values_by_label=by_label / max(1, len(vals)),
        enum_literals=sum(len(user_enum_literals(r)) for r in records),
        label_starts=sum(len(label_prefix_starts(r)) for r in records),
        disfluent_records=sum(bool(assistant_disfluencies(r)) for r in records),
        no_details=sum(len(no_details(r)) for r in records),
        ok_unreported=sum(len(h.ok_unreported) for h in hs),
        ok_calls=sum(h.ok_calls for h in hs),
        state_unreported=sum(len(h.state_unreported) for h in hs),
        state_changes=sum(h.state_changes for h in hs),
        failures_unack=sum(len(h.failures_unacknowledged) for h in hs),
        failures=sum(h.failures for h in hs),
        empty_after_results=sum(len(h.empty_after_results) for h in hs),
        parallel_turns=sum(t for t, _ in par),
        parallel_after_dependent=sum(f for _, f in par),
        unrequested=sum(len(h.unrequested) for h in hs),
        distinct2=first_turn_distinct2(records),
        examples=ex,
    )


# -- answers that read as a list of fields ----------------------------------------------------

_FIELD = r"(?:the|its) [a-z][a-z0-9 ]{1,30}? (?:is|are) [^,.;]+?"
_FIELD_PAIR = re.compile(rf"\b{_FIELD} and {_FIELD}(?=[.,;]|$| and )", re.IGNORECASE)
_COUNT_AS_FIELD = re.compile(r"\b(?:the|its) total is \d+\b(?! [A-Za-z]{3})")


def field_list_answers(record: Rec) -> list[str]:
    """Assistant sentences that recite fields rather than say what came back: two "the <label>
    is <value>" joined by "and" ("the total is 98 and the flight ID is flg_f0ad66"), or a
    result count said as "the total is 98"."""
    out = []
    for _, text in texts(record, "assistant"):
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if _FIELD_PAIR.search(sentence) or _COUNT_AS_FIELD.search(sentence):
                out.append(sentence[:160])
    return out


# ---- how requests and answers name the endpoint --------------------------------------
# A reviewer reads "the createanote", "look up the createanaccount" or "flight_book" in a
# user or assistant turn as the generator leaking the API's name. Glued words are found
# with wordninja's English unigram model (a word list, not toolgen).
_HASH_TAIL = re.compile(r"_[0-9a-f]{8}$")
_FOR_TOOL = re.compile(r"_for_[A-Za-z0-9_]+$")
_API_VERBS = {"get", "list", "create", "add", "update", "delete", "remove", "fetch", "view",
              "search", "find", "read", "cancel", "confirm", "dismiss", "retrieve", "post", "set",
              "check", "make", "send", "new", "book", "show", "edit", "upload", "validate"}
_GLUE_OK = {"a", "an", "all", "by", "of", "to", "my", "in", "on", "the", "for"}


def _base_name(function_name: str) -> str:
    """The endpoint part of an offered function name: `createanote_for_notes_api` ->
    `createanote`, `flight_book_3d54d3e0` -> `flight_book`."""
    return _HASH_TAIL.sub("", _FOR_TOOL.sub("", function_name))


def glued(token: str) -> list[str]:
    """The words a glued lowercase token is made of ("listallaccounts" -> list, all,
    accounts), or [] when it reads as one word (or as no words at all)."""
    import wordninja

    low = token.lower()
    if len(low) < 8 or not low.isalpha():
        return []
    parts = wordninja.split(low)
    if len(parts) < 2 or parts[-1] in _GLUE_OK:
        return []
    if any(len(p) < 3 and p not in _GLUE_OK for p in parts):
        return []
    # glued when an API verb leads ("createanote") or a small word sits inside
    # ("wisdomoftheday"); "downloader", "audioclash" and "panchang" are single names
    if parts[0] in _API_VERBS or any(p in _GLUE_OK and p not in ("a", "an") for p in parts):
        return parts
    return []


def _offered_names(record: Rec) -> list[str]:
    return [t.get("function", t)["name"] for t in record.get("tools", [])]


def raw_names_in_text(record: Rec) -> list[str]:
    """User and assistant text holding an offered function's raw name: the identifier as
    written (`flight_book`, `getAllPublishers`, `createanote`) when it has a separator or
    capital inside it or is several words glued together."""
    found: list[str] = []
    names: set[str] = set()
    for fn in _offered_names(record):
        base = _base_name(fn)
        for n in (fn, base):
            if re.search(r"[a-z0-9][_.][a-z0-9]|[a-z][A-Z]", n) and len(n) >= 5:
                names.add(n)
        if re.fullmatch(r"[A-Za-z]+", base) and glued(base):
            names.add(base.lower())
    for i, m in enumerate(record["messages"]):
        if m["role"] not in ("user", "assistant") or not m.get("content"):
            continue
        text = m["content"]
        low = text.lower()
        for n in sorted(names):
            hay = low if n.islower() else text
            if re.search(rf"(?<![\w.]){re.escape(n)}(?![\w])", hay):
                found.append(f"message {i}: {n!r}")
                break
    return found


_CREATE_WORDS = {"create", "add", "book", "reserve", "new", "place", "register", "schedule",
                 "make", "buy", "purchase", "insert", "submit", "post"}
_READ_WORDS = {"get", "list", "search", "find", "fetch", "retrieve", "check", "lookup", "show",
               "view", "query", "read", "status", "info", "details", "all"}
_CREATE_DESC = re.compile(r"^\s*(?:this (?:endpoint|api|function|tool) )?(?:will )?"
                          r"(?:creates?|books?|reserves?|adds?|places?|registers?|schedules?)\b",
                          re.IGNORECASE)
_LOOKUP_ASK = ("find", "look up", "looking up", "look for", "retrieve", "pull up", "check",
               "see", "look at", "find out about", "track down", "search for", "get a list of",
               "go through", "list")
_LISTED = re.compile(r"\b\d+ in all\b|\bheads a list of\b|\b\d+ (?:came back|turned up)\b"
                     r"|\bthere are \d+\b|\b\d+ results?\b", re.IGNORECASE)


def _name_words_glued(base: str) -> list[str]:
    words = name_words(base)
    out: list[str] = []
    for w in words:
        out.extend(glued(w) or [w])
    return out


def creates(function_name: str, description: str) -> bool:
    """A reviewer reads the endpoint as making something: its name says create/book/add
    (and nothing of reading), or its description opens with "Creates"/"Books"."""
    words = _name_words_glued(_base_name(function_name))
    desc = re.sub(r"^[^:]{1,80}:\s*", "", description or "")
    if _CREATE_DESC.match(desc):
        return True
    if words[:1] == ["new"] and len(words) > 1 and words[1].endswith("s"):
        return False  # "new releases", "new arrivals": what is new, listed
    return bool(set(words) & _CREATE_WORDS) and not set(words) & _READ_WORDS and (
        words[0] in _CREATE_WORDS or "book" in words or "create" in words)


def _list_shaped(output: Any) -> bool:
    if isinstance(output, list):
        return sum(isinstance(x, dict) for x in output) >= 2
    if isinstance(output, dict):
        lists = [v for v in output.values() if isinstance(v, list)
                 and v and all(isinstance(x, dict) for x in v)]
        counted = any(k in output for k in ("total", "count", "total_results"))
        return bool(lists) and (counted or any(len(v) >= 2 for v in lists)) and not any(
            re.search(r"(?:^|_)(?:id|reference|confirmation)$", str(k)) for k in output)
    return False


def create_as_lookup(record: Rec) -> list[str]:
    """Create/booking calls handled as searches: the tool answered with a list of records
    (`listed`), and the answer reports a count of results (`answered`: "there are 98 in
    all"), or the user asked to look the thing up by its API name (`asked`: "retrieve the
    createanote", "look up the book for flight")."""
    tools = {t.get("function", t)["name"]: t.get("function", t) for t in record.get("tools", [])}
    called = {c["id"]: c["function"]["name"] for m in record["messages"]
              for c in m.get("tool_calls") or []}
    out: list[str] = []
    for step in record.get("step_trace", []):
        fn = step.get("function_name") or called.get(step["call_id"], "")
        spec = tools.get(fn, {})
        if step.get("intended") or not creates(fn, spec.get("description", "")):
            continue
        at = step.get("message_index", len(record["messages"]))
        if _list_shaped(_output_of(record, step["call_id"])):
            out.append(f"listed: {fn}")
            answer = next((m["content"] for m in record["messages"][at:]
                           if m["role"] == "assistant" and m.get("content")
                           and not m.get("tool_calls")), "")
            if _LISTED.search(answer):
                out.append(f"answered: {fn}")
        base = _base_name(fn).lower()
        users = [m["content"] for m in record["messages"][:at]
                 if m["role"] == "user" and m.get("content")]
        asked = users[-1].lower() if users else ""
        verbs = "|".join(map(re.escape, _LOOKUP_ASK))
        named = rf"(?:{re.escape(base)}\b|(?:create|book|reserve|add) (?:for|of)\b)"
        if re.search(rf"\b(?:{verbs}) (?:\S+ ){{0,3}}{named}", asked):
            out.append(f"asked: {fn}")
    return out


_PLAIN_VERBS = {"get", "fetch", "retrieve", "create", "calculate", "update", "delete", "remove"}


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "each", "every", "your", "my"})


def _occurrences(text: str, part: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(part), text)]


def name_verb_recitals(record: Rec) -> list[str]:
    """User or assistant text reciting a namespaced function name around its inner verb
    ("the schisms for religion history get", "publishers for management get all"): the word
    before the verb and the verb itself, in the name's order, where no person puts them."""
    pairs: set[str] = set()
    for fn in _offered_names(record):
        words = name_words(_base_name(fn))
        for i in range(1, len(words)):
            if words[i] in _PLAIN_VERBS and words[i - 1] not in _PLAIN_VERBS:
                pairs.add(f" {words[i - 1]} {words[i]} ")
    found: list[str] = []
    for i, m in enumerate(record["messages"]):
        if m["role"] in ("user", "assistant") and m.get("content"):
            text = " " + " ".join(re.findall(r"[a-z0-9]+|[^\sa-z0-9]", m["content"].lower())) + " "
            # not across a comma; "the page update" is a noun, not a recited verb
            hit = next((p for p in sorted(pairs) if p in text and not all(
                text[:at].rsplit(" ", 1)[-1] in _DETERMINERS
                for at in _occurrences(text, p))), None)
            if hit:
                found.append(f"message {i}: {hit.strip()!r}")
    return found
