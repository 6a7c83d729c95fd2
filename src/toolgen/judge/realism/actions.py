"""Unrequested actions: a state-changing call the user never asked for.

A call changes state when its step records an effect (create, update, delete) or its
endpoint name starts with a changing verb (`delete_item`, `send_message`). The user's
words up to that call must ask for a change of the same family ("add", "cancel",
"send" ...) or name the endpoint's verb, or ask for some change while naming the
endpoint's object; otherwise the assistant acted on its own.
"""

from __future__ import annotations

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import function_words, has_word, real_steps, user_text_upto
from toolgen.judge.view import RecordView
from toolgen.records import Finding, StepTrace

NAME = "actions"

FAMILIES: dict[str, tuple[str, ...]] = {
    "create": ("create", "add", "make", "new", "register", "sign up", "open", "set up", "book",
               "reserve", "schedule", "post", "submit", "insert", "upload", "generate", "start",
               "save", "put", "place", "log"),
    "delete": ("delete", "remove", "cancel", "drop", "clear", "erase", "unsubscribe",
               "get rid", "discard", "revoke", "call off", "scrap", "void", "withdraw",
               "take out"),
    "update": ("update", "change", "edit", "modify", "set", "rename", "move", "patch",
               "replace", "mark", "toggle", "switch", "adjust", "enable", "disable", "assign"),
    "send": ("send", "email", "message", "notify", "post", "share", "publish", "text",
             "reply", "forward", "invite"),
    "pay": ("pay", "buy", "purchase", "order", "checkout", "transfer", "charge", "refund"),
}
_VERBS: dict[str, str] = {
    **dict.fromkeys(("create", "add", "new", "insert", "register", "book", "upload",
                     "submit", "reserve", "schedule", "save"), "create"),
    **dict.fromkeys(("delete", "remove", "cancel", "drop", "revoke", "unsubscribe"), "delete"),
    **dict.fromkeys(("update", "edit", "modify", "set", "put", "patch", "change", "rename",
                     "move"), "update"),
    **dict.fromkeys(("send", "notify", "publish", "share", "invite", "forward"), "send"),
    **dict.fromkeys(("pay", "buy", "purchase", "order", "transfer", "charge", "refund"), "pay"),
}


def action_family(step: StepTrace) -> str | None:
    """The kind of change `step` makes, or None for a read."""
    words = function_words(step.function_name)
    verb = _VERBS.get(words[0]) if words else None
    if verb == "send" and words[0] == "forward" and not _FORWARDED & set(words[1:]):
        verb = None  # "forward geocode" looks an address up; "forward email" sends it
    if verb:
        return verb
    return step.effect


# What "forward" sends when a name starts with it; otherwise it is a direction.
_FORWARDED = frozenset({"email", "emails", "mail", "message", "messages", "call", "calls",
                        "sms", "fax", "letter", "ticket", "invite", "invitation"})


def _says(said: str, options: tuple[str, ...]) -> bool:
    return any(has_word(said, w, whole=False) for w in options)


def _asked(family: str, step: StepTrace, said: str) -> bool:
    """A change of this family was asked for, or some change of the endpoint's object
    ("add or remove photos" for `update_list_item`)."""
    words = function_words(step.function_name)
    if _says(said, (*FAMILIES[family], *words[:1])):
        return True
    # "order the items" asks for `place_delivery_order`: when the name does not start
    # with a known verb, a changing verb inside it names the action.
    if words and words[0] not in _VERBS and _says(
            said, tuple(w for w in words[1:] if w in _VERBS)):
        return True
    nouns = tuple(w for w in words[1:] if len(w) >= 3 and w not in _VERBS)
    any_change = tuple(v for verbs in FAMILIES.values() for v in verbs)
    return bool(nouns) and _says(said, nouns) and _says(said, any_change)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        family = action_family(step)
        if family is None:
            continue
        index = view.call_at[step.call_id]
        if not _asked(family, step, user_text_upto(view, index)):
            out.append(finding(NAME, "unrequested_action", index,
                               f"{step.function_name} ({family}) was never asked for"))
    return out
