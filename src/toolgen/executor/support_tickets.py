"""A help desk ticket's subject and the description that goes with it.

A ticket is one problem: "Damaged parcel" is described as a parcel that arrived broken,
never as an app that crashes on upload. The subjects (drawn for a `subject` field by
`names`) each carry their description; `description_for(subject)` gives it, and None for
a subject of no ticket here (the caller keeps what it drew). `one_ticket(obj, args)` makes
a generated ticket's description its subject's, unless the call sent that description,
and a `name` beside the subject its requester's.
Pure data and a dict edit, deterministic.
"""

from __future__ import annotations

import re
from typing import Any

TICKETS: tuple[tuple[str, str], ...] = (
    ("Refund for a duplicate charge", "I was charged twice for my last order."),
    ("Change of delivery address",
     "I moved last week - please send my open order to my new address."),
    ("Password reset", "The password reset link in your email has expired."),
    ("Copy of last invoice", "Could you send me a copy of my last invoice for my records?"),
    ("Upgrade to the annual plan",
     "I'd like to switch my monthly subscription to the annual plan."),
    ("Cancel my subscription", "Please cancel my subscription at the end of this billing "
                               "period."),
    ("Missing item in my order", "My order arrived without the phone case I paid for."),
    ("Update billing details", "The invoice shows the wrong billing address."),
    ("Damaged parcel", "My parcel arrived with the box crushed and the mug inside broken."),
    ("Login keeps failing", "I can't log in after resetting my password."),
    ("App crashes on photo upload", "The app crashes every time I try to upload a photo."),
    ("Parcel marked delivered", "My package was marked delivered but never arrived."),
)
SUBJECTS: tuple[str, ...] = tuple(subject for subject, _ in TICKETS)
_DESCRIPTIONS = dict(TICKETS)


def description_for(subject: object) -> str | None:
    """The description of the ticket `subject` names, or None when it names none here."""
    return _DESCRIPTIONS.get(subject) if isinstance(subject, str) else None


TICKET_KEYS = frozenset({"subject", "title"})
# A ticket's description, and the body of an email or message under that subject (a
# message "Login keeps failing" read "Please find the invoice attached.").
TEXT_KEYS = ("description", "text", "body", "message", "content")


def one_ticket(obj: dict[str, Any], args: dict[str, Any] | None) -> None:
    """`obj`'s description set to the one of the ticket its subject (or title) names, in
    place; a description the call sent (what the user wrote) or one naming the subject
    ("Damaged parcel: ...") is kept."""
    subject = obj.get("subject", obj.get("title"))
    _requester_named(obj, args)
    said = description_for(subject)
    if said is None:
        return
    for key in TEXT_KEYS:
        text = obj.get(key)
        if (isinstance(text, str) and text != said and str(subject).lower() not in text.lower()
                and not (args and args.get(key) == text)):
            obj[key] = said


_LOCAL = re.compile(r"^([a-z]+)[._]([a-z]+)\d*@")


def _requester_named(obj: dict[str, Any], args: dict[str, Any] | None) -> None:
    """A ticket's `name` beside its `subject` is its requester's (Freshdesk's
    `create_ticket`), not another subject: "I created a ticket, and that is Upgrade to
    the annual plan" was said of the ticket "App crashes on photo upload" (ToolBench seed
    47 #4). It becomes the person its email names; a name the call sent stays."""
    name = obj.get("name")
    if ("subject" not in obj or description_for(name) is None
            or (args and args.get("name") == name)):
        return
    for key in ("email", "requester_email"):
        m = _LOCAL.match(str(obj.get(key, "")).lower())
        if m is not None:
            obj["name"] = f"{m.group(1).title()} {m.group(2).title()}"
            return
