"""Answers of calls that did something, checked on records as a reviewer reads them: a
retweet answers with a retweet and was asked for as one, a flight's status check answers
with a flight's status, a made thing is not named after a stranger.

Reads records only (calls, tool outputs, user text); does not import toolgen.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .record_checks import calls, tool_outputs

Rec = dict[str, Any]

# A post's social action -> what a user says to ask for it.
SOCIAL = {"retweet": ("retweet",), "comment": ("comment",), "mention": ("tag", "mention")}
# Statuses that say something is on offer or under way, never that it was done.
NOT_DONE = {"available", "active", "pending", "processing", "confirmed", "open", "new",
            "completed", "queued"}
FLIGHT_LIFE = {"scheduled", "on time", "delayed", "boarding", "departed", "landed",
               "cancelled", "canceled", "diverted"}
_PERSON = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+$")


def _users_before(record: Rec, index: int) -> str:
    return " ".join((m.get("content") or "").lower() for m in record["messages"][:index]
                    if m["role"] == "user")


def _steps(record: Rec) -> list[tuple[int, str, dict[str, Any], Any]]:
    outputs = tool_outputs(record)
    return [(i, tc["function"]["name"], json.loads(tc["function"]["arguments"] or "{}"),
             outputs.get(tc["id"])) for i, tc, _ in calls(record)]


def social_acts_misread(record: Rec) -> tuple[int, list[str]]:
    """(social action calls seen, problems): each was asked for with its own verb and
    answers with a status that says it is done."""
    seen, out = 0, []
    for i, name, _, output in _steps(record):
        verbs = SOCIAL.get(name)
        if verbs is None or not isinstance(output, dict) or "error" in output:
            continue
        seen += 1
        if not any(v in _users_before(record, i) for v in verbs):
            out.append(f"{name}: the user never asked to {verbs[0]}")
        for key, value in output.items():
            if key.endswith("status") and str(value).lower() in NOT_DONE:
                out.append(f"{name}: {key} is {value!r}")
    return seen, out


def flight_statuses(record: Rec) -> tuple[int, list[str]]:
    """(flight status checks seen, problems): each answers with a flight's status."""
    seen, out = 0, []
    for _, name, _, output in _steps(record):
        if name != "flight_status_check" or not isinstance(output, dict) or "error" in output:
            continue
        seen += 1
        if str(output.get("status", "")).lower() not in FLIGHT_LIFE:
            out.append(f"{name}: status {output.get('status')!r} is no flight's status")
    return seen, out


def made_by_stranger(record: Rec, endpoint: str) -> tuple[int, list[str]]:
    """(calls of `endpoint` seen, problems): what the call made is not named with a
    person's name the call never sent."""
    seen, out = 0, []
    for _, name, args, output in _steps(record):
        if endpoint not in name or not isinstance(output, dict) or "error" in output:
            continue
        seen += 1
        named = output.get("name")
        if isinstance(named, str) and _PERSON.match(named) and named not in args.values():
            out.append(f"{name}: answered with the name {named!r}")
    return seen, out
