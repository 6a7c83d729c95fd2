"""Social chatter where a fact, a review or a description belongs.

`science_facts_get_diameter` answers four "facts" whose texts are "Thanks for the
update!", "Great photo, where was this taken?" and "Reminder: the office is closed on
Monday."; a capital's description says "Happy birthday! Hope you have a great day.". A
reviewer reads messages people send each other where the record's own content belongs.
Kind `text_misfit`, once per call.

A text is chatter when it opens as a message does (thanks, a greeting, "Reminder:",
"Happy birthday", "Running ten minutes late", "Let's catch up", "Please find ...
attached", "Meeting moved to ..."). It misfits when nothing around it is a message: its
key, the key holding its object and the endpoint's name hold no word for something
people send (message, post, tweet, comment, reply, chat, sms, email, note, caption,
status, inbox, memory...; a bare `text` says nothing either way). A field, or an item of a list,
that names what a record is or says (`description`, `fact`, `definition`, `summary`,
`bio`, `review`, `answer`, `title`...) misfits whatever the endpoint.

A product's feature list (`feature_bullets`, `highlights`...) misfits too when every item
is a short title-case name ("Vintage Headphones", "Premium Camera" for a blender): names
of things where what it does belongs.

Left alone: a text the call itself sent (the user's own words stored and returned),
failed calls and outputs that are not JSON.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.asked import name_words
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, real_steps, words
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding, StepTrace

NAME = "misfit"

_CHATTER = re.compile(
    r"^(?:thanks\b|thank you\b|thx\b|many thanks|cheers[,!.]|hi\b|hey\b|hello\b"
    r"|happy birthday|reminder:|let's catch up|running \w+ minutes late|see you\b"
    r"|please find the \w+ attached|meeting moved to|the package arrived|great photo"
    r"|congratulations|congrats|good morning|good night|on my way|call me\b"
    r"|can you (?:send|pick up|call)|miss you|love you|lol\b)", re.IGNORECASE)
# Words for what people send each other: chatter is what they hold.
_MESSAGES = words(
    "message messages msg msgs post posts tweet tweets retweet comment comments reply",
    "replies chat chats sms email emails mail mails inbox outbox note notes",
    "caption captions status statuses conversation conversations thread threads dm dms",
    "feed timeline mention mentions wall story stories greeting greetings wish wishes",
    "card cards whatsapp telegram slack discord messenger support ticket tickets",
    "notification notifications alert alerts reminder reminders todo todos memo memos",
    # an assistant's memory holds whatever the user had it keep
    "memory memories archival")
# Fields that say what a record is or holds: chatter never belongs there.
_CONTENT = words(
    "description fact facts definition definitions summary bio biography abstract",
    "overview explanation meaning review reviews answer answers quote quotes joke jokes",
    "trivia headline title about synopsis plot instructions tip tips advice")


@lru_cache(maxsize=16384)  # pool texts recur across records: each is matched once
def is_chatter(text: str) -> bool:
    """Whether `text` opens as a message people send each other does."""
    return bool(_CHATTER.match(text.strip()))


@lru_cache(maxsize=4096)
def _endpoint_sends(function_name: str) -> bool:
    return bool(_MESSAGES & set(name_words(function_name)))


def _misfits(key: str, holder: str, sends: bool) -> bool:
    around = set(key_tokens(key)) | set(key_tokens(holder))
    if around & _CONTENT:
        return True  # the `text` of a `facts` item, a `description`
    return not sends and not around & _MESSAGES


_FEATURES = words("feature features bullet bullets highlights highlight")
_NAME = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$")


def _named_features(key: str, items: list[Any]) -> bool:
    """A feature list whose every item is a two- or three-word title-case name."""
    return len(items) >= 2 and bool(_FEATURES & set(key_tokens(key))) and all(
        isinstance(i, str) and _NAME.match(i) for i in items)


def _sent(args: Any) -> set[str]:
    out: set[str] = set()
    if isinstance(args, dict):
        for value in args.values():
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, str):
                    out.add(v.strip().lower())
    return out


def _call_finding(view: RecordView, step: StepTrace) -> Finding | None:
    if step.status != "ok" or step.call_id not in view.answer_at \
            or view.output(step.call_id) is NOT_JSON:
        return None
    sends = _endpoint_sends(step.function_name)
    sent: set[str] | None = None
    for holder, obj in view.objects(step.call_id):
        for key, value in obj.items():
            if isinstance(value, list) and _named_features(str(key), value):
                return finding(NAME, "text_misfit", view.answer_at[step.call_id],
                               f"{step.function_name}: its {key} are names of things "
                               f"({', '.join(value[:3])}), not what it does")
            if not isinstance(value, str) or not is_chatter(value):
                continue
            if not _misfits(str(key), holder, sends):
                continue
            sent = _sent(view.arguments(step.call_id)) if sent is None else sent
            if value.strip().lower() in sent:
                continue
            return finding(NAME, "text_misfit", view.answer_at[step.call_id],
                           f"{step.function_name}: its {key} is {value!r}, a message people "
                           "send, not what the record holds")
    return None


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    return [f for step in real_steps(view) if (f := _call_finding(view, step)) is not None]
