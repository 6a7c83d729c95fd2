"""A thing just made whose status is a booking's: a "confirmed" folder, file or e-mail.

"Confirmed" is what a booking, an order or a reservation is. 44 kinds of created thing
answered it in 300 ToolBench and BFCL records (seed 13): a `mkdir`, a to-do, a Telegraph
page, an uploaded file, a sent OTP; the answer then said "its status is confirmed". Kind
`made_confirmed`, per successful create: its result's own `status` is "confirmed" (not
sent by the call) and the thing it made (its own `<kind>_id`, else the noun of the
function's name) is of a kind that is never confirmed. A kind not listed here is left
alone: a ticket may be bought or raised, a request may be a reservation.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import real_steps
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "made_status"

# Things made that are kept, sent, published or filed, never confirmed.
_NEVER_CONFIRMED = frozenset({
    "file", "folder", "directory", "document", "image", "photo", "picture", "avatar",
    "icon", "attachment", "upload", "user", "account", "profile", "member", "customer",
    "contact", "player", "subscriber", "page", "post", "comment", "note", "review",
    "article", "recipe", "tip", "checkin", "tweet", "story", "category", "venue",
    "group", "list", "album", "playlist", "gallery", "collection", "channel", "project",
    "team", "todo", "task", "painting", "sculpture", "chart", "backup", "message",
    "email", "mail", "sms", "otp", "notification", "newsletter", "invitation",
})

_ID_KEY = re.compile(r"^([a-z]+)_?id$", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")


def GATE(view: RecordView) -> bool:
    """Only a record with a create can fire."""
    return any(s.effect == "create" for s in view.record.step_trace)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.effect != "create" or step.status != "ok" or step.call_id not in view.answer_at:
            continue
        output = view.output(step.call_id)
        args = view.arguments(step.call_id)
        if not isinstance(output, dict) or not _confirmed(output, args):
            continue
        kind = _kind_made(output, step.function_name)
        if kind in _NEVER_CONFIRMED:
            out.append(finding(NAME, "made_confirmed", view.answer_at[step.call_id],
                               f"{step.function_name}: a new {kind} is 'confirmed', "
                               "a booking's or an order's state"))
    return out


def _confirmed(output: dict[str, Any], args: Any) -> bool:
    status = output.get("status")
    if not isinstance(status, str) or status.lower() != "confirmed":
        return False
    return not (isinstance(args, dict) and status in args.values())


def _kind_made(output: dict[str, Any], function_name: str) -> str:
    """The noun of the thing made: its own id key's (`file_id`), else the first noun of
    the function's name this module knows (`upload_file_for_x` -> file)."""
    for key, value in output.items():
        m = _ID_KEY.match(key)
        if m and isinstance(value, str | int) and m.group(1):
            return m.group(1).lower()
    words = _WORD.findall(function_name.lower().split("_for_")[0])
    return next((w for w in words if w in _NEVER_CONFIRMED), "")
