"""The defects of the Freshdesk sample record (ToolBench seed 8015639 #5), counted as a
reviewer reads records.

For each JSONL file, the number of records with:

- `name_as_value`: a call argument (or an item of a list argument) that is its own
  parameter's name or one word of it (`ccEmails: ["cc"]`, `city_name: "city"`), not one
  the schema's enum or default offers;
- `email_list`: an email field or list (`email`, `ccEmails`) of a call holding a
  text that is no email address;
- `code_float`: a numeric call argument or output field whose name says it is a code (a
  `source`, `status`, `type`, `channel`, `sort`...) holding a number with a fraction
  (Freshdesk `source: 867.08`);
- `ticket_mismatch`: a call sending a `subject` (or `title`) and a `description` drawn from two
  different tickets of the generator's help desk table (`executor/support_tickets.py`,
  plus the old unpaired issue sentences);
- `other_requester`: a call's output whose `requester_email` is not the email the call
  sent;
- `garbled_edit`: a create or update call whose user request says a field the old way: a
  value set off as an aside ("(that's cc)", "(preferably active)"), "called X" for a
  field that is no name, or "that reads "..."" for a field that holds no message;
- `done_twice`: an assistant answer saying "Done" twice.

    PYTHONPATH=src python bench/ticket_defects.py before.jsonl after.jsonl [-v]
"""

from __future__ import annotations

import json
import re
from typing import Any

from defect_counts import print_counts

_CODE_WORDS = frozenset({"source", "status", "type", "kind", "channel", "mode", "category",
                         "priority", "sort", "gender", "state", "stage", "tier",
                         "visibility", "role", "color", "stroke", "severity"})
_EMAIL_TAILS = frozenset({"email", "emails"})  # a bare `cc` may be a country code
_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# The help desk's tickets: subject -> the sentences that describe it (old and new tables).
_TICKETS: dict[str, frozenset[str]] = {
    "Refund for a duplicate charge": frozenset({"I was charged twice for my last order."}),
    "Change of delivery address": frozenset({
        "I moved last week - please send my open order to my new address."}),
    "Password reset": frozenset({"The password reset link in your email has expired.",
                                 "I can't log in after resetting my password."}),
    "Copy of last invoice": frozenset({
        "Could you send me a copy of my last invoice for my records?"}),
    "Upgrade to the annual plan": frozenset({
        "I'd like to switch my monthly subscription to the annual plan."}),
    "Cancel my subscription": frozenset({
        "Please cancel my subscription at the end of this billing period."}),
    "Missing item in my order": frozenset({
        "My order arrived without the phone case I paid for."}),
    "Update billing details": frozenset({"The invoice shows the wrong billing address."}),
    "Damaged parcel": frozenset({
        "My parcel arrived with the box crushed and the mug inside broken."}),
    "Login keeps failing": frozenset({"I can't log in after resetting my password."}),
    "App crashes on photo upload": frozenset({
        "The app crashes every time I try to upload a photo."}),
    "Parcel marked delivered": frozenset({
        "My package was marked delivered but never arrived."}),
}
_DESCRIBED = frozenset().union(*_TICKETS.values())
_KEYS = frozenset({"id", "ids", "key", "uuid", "file", "bucket", "path", "url"})
_MESSAGES = frozenset({"text", "message", "body", "content", "comment", "reply", "review",
                       "caption", "post", "tweet", "data"})
_ASIDE = re.compile(r"\((?:that's |preferably )?[^()]{1,40}\)|\bcalled \S+|that reads \"")


def _tokens(name: str) -> list[str]:
    return [t for t in _SPLIT.split(_CAMEL.sub(" ", name).lower()) if t]


def _calls(record: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any]]:
    """(function name, arguments, parsed output) of every call."""
    outputs = {m.get("tool_call_id"): m.get("content") for m in record["messages"]
               if m.get("role") == "tool"}
    out = []
    for m in record["messages"]:
        for c in m.get("tool_calls") or []:
            try:
                args = json.loads(c["function"]["arguments"])
                doc = json.loads(outputs.get(c["id"]) or "null")
            except (ValueError, TypeError):
                continue
            if isinstance(args, dict):
                out.append((c["function"]["name"], args, doc))
    return out


def _schemas(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {t["function"]["name"]: t["function"].get("parameters", {}).get("properties") or {}
            for t in record.get("tools") or [] if isinstance(t.get("function"), dict)}


def name_as_value(record: dict[str, Any]) -> list[str]:
    schemas = _schemas(record)
    hits = []
    for fn, args, _ in _calls(record):
        for name, value in args.items():
            spec = schemas.get(fn, {}).get(name) or {}
            items = spec.get("items") if isinstance(spec.get("items"), dict) else {}
            offered = list(spec.get("enum") or ()) + list(items.get("enum") or ()) + [
                spec.get("default")]
            tokens = _tokens(name)
            for v in value if isinstance(value, list) else [value]:
                if not isinstance(v, str) or v in offered:
                    continue
                said = _tokens(v.removeprefix("the "))
                if len(said) == 1 and (said[0] in tokens or said[0] == "".join(tokens)):
                    hits.append(f"{fn}.{name}={value!r}")
    return hits


def email_list(record: dict[str, Any]) -> list[str]:
    hits = []
    for fn, args, _ in _calls(record):
        for name, value in args.items():
            tokens = _tokens(name)
            if not tokens or tokens[-1] not in _EMAIL_TAILS:
                continue
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, str) and v.strip() and "@" not in v:
                    hits.append(f"{fn}.{name}={value!r}")
    return hits


def _walk(doc: Any, key: str = "") -> list[tuple[str, Any]]:
    if isinstance(doc, dict):
        return [kv for k, v in doc.items() for kv in _walk(v, str(k))]
    if isinstance(doc, list):
        return [kv for v in doc for kv in _walk(v, key)]
    return [(key, doc)]


def code_float(record: dict[str, Any]) -> list[str]:
    hits = []
    for fn, args, doc in _calls(record):
        for key, value in list(args.items()) + _walk(doc):
            tokens = _tokens(key)
            if (tokens and tokens[-1] in _CODE_WORDS and isinstance(value, float)
                    and not value.is_integer()):
                hits.append(f"{fn}.{key}={value}")
    return hits


def ticket_mismatch(record: dict[str, Any]) -> list[str]:
    hits = []
    for fn, args, _ in _calls(record):
        subject, text = args.get("subject", args.get("title")), args.get("description")
        if subject in _TICKETS and text in _DESCRIBED and text not in _TICKETS[subject]:
            hits.append(f"{fn}: {subject!r} / {text!r}")
    return hits


def other_requester(record: dict[str, Any]) -> list[str]:
    hits = []
    for fn, args, doc in _calls(record):
        sent = args.get("email")
        if isinstance(doc, dict) and isinstance(sent, str) and isinstance(
                doc.get("requester_email"), str) and doc["requester_email"] != sent:
            hits.append(f"{fn}: sent {sent}, requester {doc['requester_email']}")
    return hits


def garbled_edit(record: dict[str, Any]) -> list[str]:
    effects = {s.get("call_id"): s.get("effect") for s in record.get("step_trace") or []}
    writes = [s for s in record.get("step_trace") or []
              if effects.get(s.get("call_id")) in ("create", "update")]
    hits = []
    for step in writes:
        for name, arg in (step.get("arguments") or {}).items():
            at = arg.get("message_index")
            if arg.get("source") != "user" or at is None:
                continue
            said = str(record["messages"][at].get("content") or "")
            tokens = set(_tokens(name))
            value = arg.get("value")
            if tokens & _KEYS or name.lower().endswith("id") or isinstance(value, bool):
                continue  # a key said with its noun, a yes/no: not a field set
            for found in _ASIDE.finditer(said):
                if found.group(0).startswith("called") and tokens & {"name", "title"}:
                    continue
                if found.group(0).startswith("that reads") and tokens & _MESSAGES:
                    continue
                aside = found.group(0)
                shown = said[found.end():found.end() + 20] if aside.endswith('"') else aside
                if str(value)[:20] in shown and not tokens & set(_tokens(aside)) - {
                        str(value).lower()}:
                    hits.append(f"{step.get('endpoint_id')}.{name}: {found.group(0)!r}")
                    break
    return hits


def done_twice(record: dict[str, Any]) -> list[str]:
    return [str(m.get("content"))[:80] for m in record["messages"]
            if m.get("role") == "assistant" and len(re.findall(r"\bDone\b",
                                                                str(m.get("content") or ""))) > 1]


CHECKS = {"name_as_value": name_as_value, "email_list": email_list, "code_float": code_float,
          "ticket_mismatch": ticket_mismatch, "other_requester": other_requester,
          "garbled_edit": garbled_edit, "done_twice": done_twice}


def main() -> None:
    import sys

    print_counts(CHECKS, sys.argv[1:])


if __name__ == "__main__":
    main()
