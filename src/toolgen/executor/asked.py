"""What an endpoint's own name asks for, when the corpus gives it no response shape.

`get_scan_status` asks for a status, `get_scan_report` for a report's content,
`get_output_template` for a template's body, `end_for_test(timerID)` for the timer's new
state and the time it ran. A generic record (`{scan_id, scan_code, version, updated_at}`)
answers none of them, and two such records of one scan read as the same object. The
asked-for thing is read from the endpoint's own words (`result_kinds.own_words`, glued
runs split by `registry.english`): its leading verb (end, stop, start, toggle) or its
last noun (status, health, report, template, balance, usage), against one table of
nouns -> fields; the other nouns (the scan, the order, the server) pick the variant:

- a status of a job (a scan, an export) is queued / running / completed / failed with
  its progress; of a parcel, where it is on its way; of a service, ok with its uptime;
  of a login, authenticated until when; else active / inactive / pending;
- a report is a summary with its figures (a scan's findings with their severities);
- a template is its format, body and the placeholders the body holds;
- ending or stopping a thing answers its new state, when it started and ended and the
  seconds it ran; starting it, that it runs since when;
- fetching the result of an earlier request by its id says it is completed (and, for a
  verification service, whether it verified);
- a balance is an amount in a currency; a usage is requests used of the plan's limit;
- a track's analysis is its structure (sections, bars), not its features again;
- a trip's duration comes with its distance at the speed of how one travels; a PDF
  made from a page is a document link with its pages and size.

`asked_fields(endpoint, own_domain)` returns (the fields, the id key that goes with them)
or None; `asked_finish(endpoint, shape)` makes a generated answer agree with
itself (a completed job is at 100 %, a report's summary counts its findings, a template
lists the placeholders of its body, an end is its start plus the seconds it ran).
Deterministic for the call's random stream; never touches the network.
"""

from __future__ import annotations

import datetime as _dt
import random
import zlib
from collections.abc import Callable
from typing import Any

from toolgen.executor.result_kinds import own_words
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint
from toolgen.registry.english import split_glued, words_of

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_STR = {"type": "string"}
_DATETIME = {"type": "string", "format": "date-time"}


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _enum(*values: str) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


def _int(lo: int, hi: int) -> dict[str, Any]:
    return {"type": "integer", "minimum": lo, "maximum": hi}


# Leading verbs that end a running thing, with the state it is left in.
_ENDS = {"end": "ended", "stop": "stopped", "finish": "finished", "terminate": "terminated",
         "halt": "stopped", "kill": "terminated"}
_STARTS = frozenset({"start", "begin", "launch"})
# Last nouns -> the aspect asked for.
_ASPECTS = {"status": "status", "progress": "status", "health": "health",
            "healthcheck": "health", "report": "report", "audit": "report",
            "template": "template", "balance": "balance", "usage": "usage", "quota": "usage",
            "analysis": "analysis", "duration": "duration", "route": "duration",
            "directions": "duration"}
# Subjects of a status, by what such a status says.
_JOBS = _set(
    "scan scans scanner job jobs task tasks export import process conversion upload render build "
    "batch crawl analysis transcription generation download test run index sync backup "
    "migration deployment training extraction operation workflow queue ocr file files video")
_SERVICES = _set("server service api system site website app uptime node")
_LOGINS = _set("authentication auth login session token authorization")
_PARCELS = _set(
    "order shipment package parcel delivery tracking track tracker shipping courier")
_MESSAGES = _set("sms message messages email mail notification push")
_LINKS = frozenset({"link", "linking", "linked"})
_CHECKED_RECORDS = _set("criminal background police record")
_MONITORS = frozenset({"monitor", "monitoring", "watch", "subscription"})
_SECURITY = _set(
    "scan scanner security vulnerability vulnerabilities pentest penetration audit ssl port "
    "ports site website web seo breach malware domain")
_VALIDATION = _set("validation verification ssn check checks email phone")


def asked_aspect(endpoint: Endpoint) -> tuple[str, list[str]] | None:
    """(the aspect the endpoint's own words ask for, the other words), or None."""
    words = _words(endpoint)
    if not words:
        return None
    if words[0] in _ENDS:
        return f"end:{_ENDS[words[0]]}", words[1:]
    if words[0] in _STARTS:
        return "start", words[1:]
    if words[0] == "toggle":
        return "toggle", words[1:]
    if "pdf" in words and words[0] in ("get", "convert", "generate", "create", "make"):
        return "pdf", [w for w in words if w != "pdf"]
    last = words[-1]
    if last == "check" and len(words) > 1 and words[-2] == "health":
        return "health", words[:-2]
    if last in ("link", "url") and len(words) > 1 and words[-2] in _SHARED_LINKS:
        return f"link:{_SHARED_LINKS[words[-2]]}", words[:-2]
    aspect = _ASPECTS.get(last)
    return (aspect, words[:-1]) if aspect is not None else None


# A link a file service hands out (`get_download_link`), by the field that holds it.
_SHARED_LINKS = {"download": "download_url", "share": "share_url", "sharing": "share_url",
                 "upload": "upload_url", "direct": "download_url"}


def _words(endpoint: Endpoint) -> list[str]:
    """Own words with glued runs split (`checkhealth` -> check, health)."""
    out: list[str] = []
    for w in own_words(endpoint):
        if w in ("id", "v", "api") or w.isdigit():
            continue
        parts = split_glued(w) if len(w) > 7 and w not in _ASPECTS else ()
        out.extend(parts or (w,))
    if out[-2:] == ["check", "health"]:
        out[-2:] = ["health"]
    return out


def asked_fields(endpoint: Endpoint, own_domain: dict[str, Any]
                 ) -> tuple[dict[str, Any], str | None] | None:
    """(the fields the endpoint's words ask for, the key of the id that goes with them:
    "" for the record's own, None for none), or None when they ask for nothing in the
    table or the endpoint's own domain already answers (`get_flight_status`: a flight's
    fields hold its status)."""
    found = asked_aspect(endpoint)
    if found is None:
        return _request_result(endpoint)
    aspect, rest = found
    subject = set(rest)
    if aspect == "status" and "status" in own_domain:
        return None
    if aspect == "report" and own_domain:
        return None
    # What is ended or started is the noun after the verb (`start_timer`: a timer).
    acted = f"{rest[-1]}_id" if rest and rest[-1].isalpha() and len(rest[-1]) > 2 else None
    if aspect.startswith("end:"):
        return {"status": _enum(aspect[4:]), "started_at": _DATETIME, "ended_at": _DATETIME,
                "elapsed_seconds": _int(45, 7200)}, acted
    if aspect == "start":
        return {"status": _enum("running"), "started_at": _DATETIME}, acted
    if aspect == "toggle":
        return {"status": _enum("running", "stopped"), "updated_at": _DATETIME}, acted
    if aspect == "health":
        return _HEALTH, None
    if aspect.startswith("link:"):
        # "get the download link" is answered by the link, not the file's name again
        return {aspect[5:]: {"type": "string", "format": "uri"}, "expires_at": _DATETIME}, ""
    if aspect == "duration":
        return {"duration_minutes": _int(4, 480), "distance_km": {
            "type": "number", "minimum": 1, "maximum": 400}}, None
    if aspect == "pdf":
        return {"pdf_url": {"type": "string", "format": "uri"}, "pages": _int(1, 40),
                "file_size_kb": _int(40, 4000)}, None
    if aspect == "analysis":
        # A track's analysis is its structure, not its features again.
        if not subject & {"audio", "track", "song", "music"}:
            return None
        return {"duration_seconds": _int(95, 420), "tempo": {"type": "number", "minimum": 60,
                "maximum": 180}, "time_signature": {"type": "integer", "enum": [3, 4]},
                "sections": _int(4, 12), "bars": _int(40, 210)}, ""
    if aspect == "status":
        # The endpoint's words first; a bare `get_status` is the status of what its tool
        # does (a port scanner's scan).
        fields = _status_fields(subject)
        return fields if fields is not _GENERIC else _status_fields(_tool_words(endpoint))
    if aspect == "report":
        subject |= _tool_words(endpoint)
        if subject & _SECURITY:
            return {"summary": _STR, "total_findings": _int(1, 5), "findings": {
                "type": "array", "items": {"type": "object", "properties": {
                    "title": _STR, "severity": _enum("low", "medium", "high")}}},
                "generated_at": _DATETIME}, ""
        if subject & _VALIDATION:
            return {"summary": _STR, "total_checked": _int(40, 2500), "valid": _int(0, 2500),
                    "invalid": _int(0, 2500), "generated_at": _DATETIME}, ""
        return {"summary": _STR, "period_start": {"type": "string", "format": "date"},
                "period_end": {"type": "string", "format": "date"},
                "total_items": _int(3, 480), "generated_at": _DATETIME}, ""
    if aspect == "template":
        return {"name": _STR, "format": _STR, "body": _STR,
                "placeholders": {"type": "array", "items": _STR},
                "updated_at": _DATETIME}, ""
    if aspect == "balance":
        if subject & {"sms", "credit", "credits"}:
            return {"credits_remaining": _int(0, 5000), "updated_at": _DATETIME}, None
        return {"balance": {"type": "number", "minimum": 5, "maximum": 4800},
                "currency": _enum("USD", "EUR", "GBP"), "updated_at": _DATETIME}, None
    return {"plan": _enum("basic", "pro", "business"),
            "requests_limit": {"type": "integer", "enum": [1000, 5000, 10000, 50000]},
            "requests_used": _int(0, 1000), "requests_remaining": _int(0, 50000),
            "resets_at": _DATETIME}, None


def _request_result(endpoint: Endpoint) -> tuple[dict[str, Any], str | None] | None:
    """The result of an earlier request, for an endpoint described as fetching it by the
    request id (`get_call`: "fetch api result using the request id"): whether it is done,
    and for a verification service, whether the check verified."""
    ids = [p for p in endpoint.parameters if normalize_key(p.name) == "request_id"]
    said = set(words_of(endpoint.description, split=False).words)
    if not ids or not said & {"result", "results"}:
        return None
    fields: dict[str, Any] = {"status": _enum("completed")}
    if (_tool_words(endpoint) | set(own_words(endpoint))) & _CHECKS:
        fields["verified"] = {"type": "boolean"}
    fields["completed_at"] = _DATETIME
    return fields, None


_CHECKS = frozenset({"verification", "verify", "check", "validation", "validate"})
_HEALTH = {"status": _enum("ok"), "uptime_seconds": _int(3600, 9000000),
           "response_time_ms": _int(12, 420), "checked_at": _DATETIME}


def _status_fields(subject: set[str]) -> tuple[dict[str, Any], str | None]:
    if subject & _LOGINS:
        return {"authenticated": {"type": "boolean", "enum": [True]},
                "status": _enum("authenticated"), "expires_at": _DATETIME}, None
    if subject & _SERVICES:
        return _HEALTH, None
    if subject & _PARCELS:
        # The tracking number asked for names the parcel: no made-up `<carrier>_id`.
        return {"status": _enum("processing", "shipped", "in_transit", "out_for_delivery",
                                "delivered"), "location": _STR, "updated_at": _DATETIME}, None
    if subject & _MESSAGES:
        return {"status": _enum("queued", "sent", "delivered", "failed"),
                "updated_at": _DATETIME}, ""
    if subject & _CHECKED_RECORDS:  # a background check finds records or none
        return {"status": _enum("clear", "records_found"), "checked_at": _DATETIME}, ""
    if subject & _LINKS:
        return {"status": _enum("linked", "not_linked"), "checked_at": _DATETIME}, None
    if subject & _MONITORS:
        return {"monitoring": {"type": "boolean"}, "updated_at": _DATETIME}, ""
    if subject & _JOBS:
        return {"status": _enum("queued", "running", "completed", "failed"),
                "progress": _int(0, 100), "started_at": _DATETIME,
                "updated_at": _DATETIME}, ""
    return _GENERIC


_GENERIC: tuple[dict[str, Any], str | None] = (
    {"status": _enum("active", "inactive", "pending"), "updated_at": _DATETIME}, "")


def _tool_words(endpoint: Endpoint) -> set[str]:
    name = endpoint.function_name.split("_for_", 1)[1] if "_for_" in endpoint.function_name \
        else ""
    return set(name.split("_"))


# -- making an answer agree with itself ---------------------------------------------------

def asked_finish(endpoint: Endpoint, shape: Any) -> Finish | None:
    """The step that makes an answer of `endpoint` (schema `shape`) agree with itself,
    or None when its words ask for nothing in the table."""
    found = asked_aspect(endpoint)
    props = shape.get("properties") if isinstance(shape, dict) else None
    if found is None or not isinstance(props, dict):
        return None
    aspect, rest = found
    # Only the shapes `asked_fields` wrote: a corpus's own `summary` is left as it is.
    if aspect.startswith("end:") and {"elapsed_seconds", "ended_at"} <= props.keys():
        return _ended
    if aspect == "status" and {"progress", "started_at"} <= props.keys():
        return _progress
    if aspect == "report" and {"summary", "generated_at"} <= props.keys():
        tool = _tool_words(endpoint) | set(rest)
        return _report(_PORTS if tool & {"port", "ports"} else _WEB_FINDINGS)
    if aspect == "template" and {"body", "placeholders", "format"} <= props.keys():
        return _template(rest)
    if aspect == "usage" and {"requests_used", "requests_limit"} <= props.keys():
        return _usage
    if aspect == "duration" and {"duration_minutes", "distance_km"} <= props.keys():
        return _travelled(set(rest) | _tool_words(endpoint))
    if aspect == "analysis" and {"bars", "time_signature", "duration_seconds"} <= props.keys():
        return _bars
    return None


def _stamp(value: Any) -> _dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _iso(when: _dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _ended(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """An end is its start plus the seconds it ran."""
    if not isinstance(output, dict):
        return
    start, secs = _stamp(output.get("started_at")), output.get("elapsed_seconds")
    if start is not None and type(secs) is int and "ended_at" in output:
        output["ended_at"] = _iso(start + _dt.timedelta(seconds=secs))


def _progress(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Most jobs asked about are done, some still run, few wait or failed; a queued job
    is at 0 %, a completed one at 100 %, a running or failed one between; a job is updated
    after it started. Drawn from the job's id where it has one, so asking twice about one
    job tells the same state."""
    if not isinstance(output, dict) or type(output.get("progress")) is not int:
        return
    ident = next((str(v) for k, v in output.items() if k == "id" or k.endswith("_id")), None)
    draw = (zlib.crc32(ident.encode("utf-8")) / 2**32) if ident is not None else rng.random()
    if output.get("status") in _JOB_STATES:
        left = draw
        output["status"] = next(s for s, share in _JOB_STATES.items() if (
            left := left - share) < 0)
    status = output.get("status")
    if status == "queued":
        output["progress"] = 0
    elif status == "completed":
        output["progress"] = 100
    else:
        output["progress"] = 5 + int(draw * 1000) % 91
    start = _stamp(output.get("started_at"))
    if start is not None and "updated_at" in output:
        minutes = 0 if status == "queued" else 2 + int(draw * 10000) % 40
        output["updated_at"] = _iso(start + _dt.timedelta(minutes=minutes))


# Shares of what a job asked about is doing (the rest of 1.0 fails).
_JOB_STATES = {"completed": 0.6, "running": 0.28, "queued": 0.08, "failed": 1.0}


_PORTS = (("Port 22/tcp open (ssh, OpenSSH 8.9)", "low"),
          ("Port 80/tcp open (http, nginx 1.24)", "low"),
          ("Port 443/tcp open (https)", "low"),
          ("Port 3306/tcp open (mysql) reachable from the internet", "high"),
          ("Port 21/tcp open (ftp, anonymous login allowed)", "high"),
          ("Port 8080/tcp open (http-proxy)", "medium"),
          ("Port 23/tcp open (telnet)", "high"))
_WEB_FINDINGS = (("Missing Strict-Transport-Security header", "medium"),
                 ("TLS 1.0 still enabled", "medium"),
                 ("Server banner discloses software version", "low"),
                 ("Cookie set without the Secure flag", "low"),
                 ("Directory listing enabled on /uploads/", "high"),
                 ("Missing Content-Security-Policy header", "low"),
                 ("Outdated jQuery 1.12.4 with known XSS issues", "high"))
_SEVERITIES = ("high", "medium", "low")


def _report(catalogue: tuple[tuple[str, str], ...]) -> Finish:
    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if not isinstance(output, dict):
            return
        if "findings" in output:
            picked = rng.sample(range(len(catalogue)), 2 + int(rng.random() * 3))
            findings = [{"title": catalogue[i][0], "severity": catalogue[i][1]}
                        for i in sorted(picked)]
            output["findings"] = findings
            output["total_findings"] = len(findings)
            counts = [(s, sum(f["severity"] == s for f in findings)) for s in _SEVERITIES]
            said = ", ".join(f"{n} {s}" for s, n in counts if n)
            output["summary"] = f"{len(findings)} findings: {said}."
        elif type(output.get("total_checked")) is int:
            total = output["total_checked"]
            invalid = int(total * (0.02 + rng.random() * 0.1))
            output["valid"], output["invalid"] = total - invalid, invalid
            output["summary"] = f"{total} checked: {total - invalid} valid, {invalid} invalid."
        elif type(output.get("total_items")) is int:
            first, last = output.get("period_start"), output.get("period_end")
            if isinstance(first, str) and isinstance(last, str) and first > last:
                output["period_start"], output["period_end"] = first, last = last, first
            output["summary"] = f"{output['total_items']} items from {first} to {last}."

    return step


# Template bodies by what the template is for: (subject words, name, format, body).
_TEMPLATES: tuple[tuple[frozenset[str], str, str, str], ...] = (
    (frozenset({"nps", "survey", "feedback"}), "NPS survey", "text",
     "How likely are you to recommend {{company_name}} to a friend or colleague? "
     "Reply with a score from 0 to 10."),
    (frozenset({"commentator", "commentary", "comment", "output", "match", "live"}),
     "Goal commentary", "text",
     "{{minute}}' GOAL! {{player}} scores for {{team}}. It's {{home_score}}-{{away_score}}."),
    (frozenset({"email", "mail", "invitation", "invite", "newsletter", "message", "sms"}),
     "Invitation", "text",
     "Hi {{first_name}}, you're invited to {{event_name}} on {{event_date}}."),
    (frozenset({"html", "page", "web", "landing"}), "Landing page", "html",
     "<h1>{{title}}</h1><p>{{intro}}</p><a href=\"{{cta_url}}\">{{cta_label}}</a>"),
)
_PLAIN_TEMPLATE: tuple[frozenset[str], str, str, str] = (frozenset(), "Notification", "text",
                   "Hello {{name}}, your {{item}} was updated on {{date}}.")


def _template(words: list[str]) -> Finish:
    have = set(words)
    _, name, fmt, body = next((t for t in _TEMPLATES if t[0] & have), _PLAIN_TEMPLATE)
    slots = [part.split("}}", 1)[0] for part in body.split("{{")[1:]]

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if not isinstance(output, dict):
            return
        for key, value in (("name", name), ("format", fmt), ("body", body)):
            if key in output:
                output[key] = value
        if "placeholders" in output:
            output["placeholders"] = list(slots)

    return step


def _bars(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """A track's bars are its beats (length x tempo) over the beats of a bar."""
    if not isinstance(output, dict):
        return
    secs, tempo, beat = (output.get(k) for k in ("duration_seconds", "tempo", "time_signature"))
    if isinstance(secs, int) and isinstance(tempo, (int, float)) and isinstance(beat, int) \
            and beat > 0 and not isinstance(secs, bool):
        output["bars"] = round(secs * tempo / 60 / beat)


# Speeds (km/h) by how one travels; driving when the words say nothing.
_SPEEDS = {"cycling": 15.0, "bike": 15.0, "bicycle": 15.0, "walking": 4.8, "walk": 4.8,
           "foot": 4.8, "running": 10.0}


def _travelled(words: set[str]) -> Finish:
    """A trip's distance is its duration at the speed of how one travels."""
    speed = next((v for k, v in _SPEEDS.items() if k in words), 55.0)

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if isinstance(output, dict) and type(output.get("duration_minutes")) is int:
            output["distance_km"] = round(output["duration_minutes"] / 60 * speed, 1)

    return step


def _usage(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Requests used are fewer than the plan's limit; the rest remain."""
    if not isinstance(output, dict):
        return
    limit = output.get("requests_limit")
    if type(limit) is int:
        used = int(limit * rng.random() * 0.9)
        output["requests_used"], output["requests_remaining"] = used, limit - used
