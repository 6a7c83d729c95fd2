"""What reading a mailbox or a number's SMS history answers: the messages in it.

The domain table keys an address check's fields (`email`, `is_valid`, `domain`) to the
words "email", "mail" and "inbox", so Temp Mail's `read_inbox` answered
`{"message_id", "email", "is_valid", "domain"}` and a virtual number's
`view_sms_history` a phone-number lookup: a read of which nothing is known. An endpoint
whose own words read a mailbox (an inbox, a read mail, messages) answers a mail message
(sender, subject, body, when it came; `mail_messages` pairs subject and body), and one
that reads a number's texts (an SMS inbox or history) a text message (the sender's
number, the text, when it came). An address check (validate, verify, a checker) keeps
its verdict; a message a texting tool holds is a text message too, not an email with a
subject. Sending mail or a text answers whether it went (`SENT`; what was sent is echoed
beside it), not a check of some other address: a mass email answered `"email":
"mary.willis@reynolds.com", "is_valid": true` (ToolBench seed 7 #170), an SMS a phone
number's carrier. `mailbox_fields(own, name)` gives those fields, or None. Pure.
"""

from __future__ import annotations

from typing import Any

_STR = {"type": "string"}
_DATETIME = {"type": "string", "format": "date-time"}
MAIL_MESSAGE: dict[str, Any] = {
    "from": {"type": "string", "format": "email"}, "subject": _STR, "text": _STR,
    "received_at": _DATETIME}
SMS_MESSAGE: dict[str, Any] = {
    "from_number": {"type": "string", "description": "The sender's phone number"},
    "text": _STR, "received_at": _DATETIME}

# Words of an endpoint's own name that read what a mailbox holds.
_READS = frozenset({"inbox", "inboxes", "mailbox", "mailboxes", "read", "history", "received",
                    "unread"})
_MESSAGES = frozenset({"message", "messages"})
_MAIL = frozenset({"mail", "mails", "email", "emails", "inbox", "inboxes", "mailbox",
                   "mailboxes", "gmail"})
_ADDRESSES = _MAIL - {"inbox", "inboxes", "mailbox", "mailboxes"}
_TEXTS = frozenset({"sms", "text", "texts", "viber", "whatsapp"})
# Words of an address or number check, or of a message's state: no message's content.
_CHECKS = frozenset({"validate", "validation", "validator", "verify", "verification",
                     "verifier", "checker", "valid", "bounce", "reputation", "lookup",
                     "status", "generate", "delete", "count", "estimate", "cost"})


# Words of a name that send a message, and what its answer holds beyond what was sent
# (echoed): whether it went, never a check of some other address or number.
_SENDS = frozenset({"send", "sent", "resend", "forward", "reply", "broadcast", "notify"})
SENT: dict[str, Any] = {"status": {"type": "string", "enum": ["queued", "sent"]}}


def mailbox_fields(own: set[str] | frozenset[str], name: set[str] | frozenset[str]
                   ) -> dict[str, Any] | None:
    """The fields of the message the endpoint's own words (`own`) read or send: a text
    message of a tool whose words (`name`) are about texts (SMSto, a virtual number),
    else a mail message; None for a check or for words of no message (module doc)."""
    if own & _CHECKS:
        return None
    if own & _SENDS and own & (_MAIL | _TEXTS | _MESSAGES | {"notification"}):
        return dict(SENT)
    if not (own & _MESSAGES or (own & _READS and own & (_MAIL | _TEXTS))):
        return None
    texts = any(w in _TEXTS or w.startswith("sms") for w in own | name)
    return dict(SMS_MESSAGE if texts and not own & _ADDRESSES else MAIL_MESSAGE)
