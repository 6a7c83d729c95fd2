"""A personal message's subject and the body that goes with it.

A mailbox message "Sydney Message Overview" that reads "Running ten minutes late, see you
soon." (ToolBench seed 3419672 #3) has a subject drawn as a report's title and a body
drawn on its own; a temporary inbox full of help desk complaints ("Damaged parcel") reads
as a support queue, not somebody's mail. Here each subject carries its body, as the
sender wrote them together: the subjects (drawn for a message's or email's `subject` by
`names`) give their body (`body_for`), and each body of the message pool
(`descriptions.text_gen`) and of those a user writes gives its subject (`subject_for`).
`one_message(obj, args)` makes a generated message's subject and body one pair; what
the call sent is kept, and a help desk ticket is left to `support_tickets`. Pure data
and a dict edit, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.support_tickets import description_for
from toolgen.executor.values import normalize_key

# (subject, body): everyday and transactional mail, the bodies of the message pool first.
MESSAGES: tuple[tuple[str, str], ...] = (
    ("Meeting moved", "Meeting moved to Thursday at 3 pm."),
    ("Thanks!", "Thanks for the update!"),
    ("Friday deadline", "Can you send the report by Friday?"),
    ("Running late", "Running ten minutes late, see you soon."),
    ("Package arrived", "The package arrived this morning."),
    ("Happy birthday!", "Happy birthday! Hope you have a great day."),
    ("Invoice attached", "Please find the invoice attached."),
    ("Catch up?", "Let's catch up next week."),
    ("Office closed Monday", "Reminder: the office is closed on Monday."),
    ("Great photo", "Great photo, where was this taken?"),
    ("Your order has shipped", "Good news - your order has shipped and should arrive "
                               "within 3 business days."),
    ("Welcome aboard", "Thanks for signing up. Your account is ready to use."),
    ("Dinner on Saturday?", "Are you free for dinner on Saturday? I can book a table "
                            "for 7."),
    ("Your appointment is confirmed", "Your appointment is confirmed for Tuesday at 3 pm."),
    # the messages a user writes (`agents.planner.values_domain`)
    ("See you at the cafe", "Running ten minutes late, see you at the cafe."),
    ("Milk on the way home?", "Can you pick up milk on the way home?"),
    ("Team meeting tomorrow", "Reminder: the team meeting starts at 10 tomorrow."),
)
SUBJECTS: tuple[str, ...] = tuple(subject for subject, _ in MESSAGES)
_BODIES = dict(MESSAGES)
_SUBJECTS = {body: subject for subject, body in MESSAGES}

# Keys of a message's subject line and of its body.
SUBJECT_KEYS = ("subject", "mail_subject", "email_subject", "message_subject")
BODY_KEYS = ("text", "body", "message", "content", "snippet", "preview", "text_body",
             "body_text", "plain_text", "mail_body", "email_body", "message_body")
_LONGEST_SUBJECT = 60  # a first line longer than this is no subject line


def body_for(subject: object) -> str | None:
    """The body of the message `subject` heads, or None when it heads none here."""
    return _BODIES.get(subject) if isinstance(subject, str) else None


def subject_for(body: object) -> str | None:
    """The subject of the message whose body is `body`, or None for a body of none here."""
    return _SUBJECTS.get(body) if isinstance(body, str) else None


def one_message(obj: dict[str, Any], args: dict[str, Any] | None) -> None:
    """`obj`'s subject and body made one message, in place: a pool subject gets its body,
    a pool body its subject, and a body the user wrote (a subject of no pool sent by
    nobody) is headed by its own first line. A value the call sent, and a help desk
    ticket (`support_tickets`), are kept."""
    names = {normalize_key(k): k for k in obj}
    subject_key = next((names[n] for n in SUBJECT_KEYS if n in names), None)
    body_key = next((names[n] for n in BODY_KEYS
                     if n in names and isinstance(obj[names[n]], str)), None)
    if subject_key is None or body_key is None:
        return
    subject, body = obj[subject_key], obj[body_key]
    if not isinstance(subject, str) or description_for(subject) is not None:
        return
    sent = {v for v in (args or {}).values() if isinstance(v, str)}
    said = body_for(subject)
    if said is not None:
        if body not in sent and body != said:
            obj[body_key] = said
        return
    if subject in sent:
        return
    heading = subject_for(body) or (_first_line(body) if body in sent else None)
    if heading is not None:
        obj[subject_key] = heading


def _first_line(body: str) -> str | None:
    """The body's first sentence as its subject ("Reminder: the team meeting starts at 10
    tomorrow"), or None when it is too long to head a message."""
    line = body.strip().split("\n", 1)[0]
    for end in (". ", "! ", "? "):
        line = line.split(end, 1)[0]
    line = line.rstrip(".")
    return line if 0 < len(line) <= _LONGEST_SUBJECT else None
