"""A read that answers with another kind of thing than the one its endpoint is named for.

`get_user_checkins` answering with the user's profile (username, full name, followers),
`get_user_playlists` with one song (artist, album, duration), `video_comments` with the
video (channel, views), `get_review_replies` with the review itself (`reviewId`, no
reply): a reviewer reads the endpoint's name, then the output, and sees the wrong thing
came back - and an answer that reports it as the thing asked for. Kind `wrong_entity`.

The endpoint's thing is the last word of its name before "by", "for", "from", ...
(`get_user_visited_venues_for_foursquare` -> venues). An output is read as:

- a person's profile (two of username, full_name, followers, following),
- a song (an artist with an album or a duration),
- a video (a channel with views or a publication time),
- the owner of the things asked for (a single object keyed by `<owner>_id`, a word of
  the name before the thing, with no field naming the thing: a review for its replies).

Left alone: actions (create, update, follow, ...: they may answer with what they
changed), generic names (info, details, data, results, status, ...), an output that is a
list or holds one, and a thing the shape can be (a user's profile for `get_friends`).
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import function_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, real_steps, singular, words
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "returned_entity"

_CUT = words("by for from of with in on per to at")
_ACTIONS = words(
    "create add update set delete remove post put patch follow unfollow like unlike send ",
    "upload register login logout signup subscribe unsubscribe block unblock mute report edit ",
    "change assign invite share save make generate start stop cancel book buy order reset ",
    "verify validate activate deactivate enable disable link unlink move copy rename publish",
)
_GENERIC = words(
    "info information detail details data result results status stat stats statistics ",
    "summary overview profile account me self lookup search get list all item items entry ",
    "entries record records object resource resources response output query endpoint api id ",
    "ids uuid name names handle feature features metadata meta content contents by one single ",
    "latest recent new top random basic full specific current",
)
_PERSON = words(
    "user users profile profiles account accounts member members author authors follower ",
    "followers following followings friend friends people person persons player players ",
    "influencer influencers owner owners creator creators streamer streamers channel channels ",
    "customer customers contact contacts employee employees subscriber subscribers bio ",
    "identity username usernames login agent agents client clients patient patients student ",
    "students teacher teachers artist artists fan fans host hosts organizer organizers ",
    "speaker speakers driver drivers seller sellers buyer buyers lead leads candidate ",
    "candidates applicant applicants athlete athletes actor actors celebrity celebrities ",
    "admin admins staff team teams mentions mention liker likers viewer viewers who",
)
_SONG = words(
    "song songs track tracks music tune tunes single singles audio recording recordings ",
    "album albums artist artists radio chart charts recommendation recommendations hit hits ",
    "lyric lyrics playing nowplaying",
)
_VIDEO = words(
    "video videos clip clips short shorts reel reels upload uploads post posts feed feeds ",
    "media trend trends trending favorite favorites favourite favourites stream streams ",
    "movie movies episode episodes show shows broadcast broadcasts live story stories",
)
_SHAPES: tuple[tuple[str, frozenset[str]], ...] = (
    ("a person's profile", _PERSON), ("a song", _SONG), ("a video", _VIDEO))


def _head(function_name: str) -> tuple[list[str], str] | None:
    """(the name's words before its thing, the thing) of an endpoint that reads, or None."""
    tokens = [t for t in key_tokens(function_name.split("_for_", 1)[0])
              if t.isalpha() or not any(c.isdigit() for c in t)]
    for i, t in enumerate(tokens):
        if i and t in _CUT:
            tokens = tokens[:i]
            break
    if not tokens or tokens[0] in _ACTIONS or tokens[-1] in _GENERIC or len(tokens[-1]) < 3:
        return None
    return tokens[:-1], tokens[-1]


def _shape(doc: dict[str, Any]) -> str | None:
    keys = set(doc)
    if len(keys & {"username", "full_name", "followers", "following"}) >= 2:
        return "a person's profile"
    if "artist" in keys and keys & {"album", "duration_seconds", "duration"}:
        return "a song"
    if "channel" in keys and keys & {"views", "published_at", "view_count"}:
        return "a video"
    return None


_PICTURES = words("photo photos image images picture pictures thumbnail thumbnails")


def _names(doc: dict[str, Any], thing: str) -> bool:
    """True when a key of `doc` names `thing` (`venue_id`, `checkins`, `replyText`), or
    `doc` is a picture of a picture endpoint (width and height)."""
    if thing in _PICTURES and {"width", "height"} <= set(doc):
        return True
    one = singular(thing)
    return any(one in k.lower() or thing in k.lower() for k in doc)


def _owner(doc: dict[str, Any], before: list[str], thing: str) -> str | None:
    if not thing.endswith("s") or thing.endswith("ss") or _names(doc, thing):
        return None
    for key in doc:
        tokens = key_tokens(key)
        if len(tokens) == 2 and tokens[1] == "id" and tokens[0] in before and \
                tokens[0] != singular(thing):
            return tokens[0]
    return None


def reason(function_name: str, doc: Any) -> str | None:
    """Why `doc` is not what `function_name` reads, or None."""
    head = _head(function_name)
    if head is None or not isinstance(doc, dict) or not doc or "error" in doc:
        return None
    if any(isinstance(v, list) for v in doc.values()):
        return None
    before, thing = head
    shape = _shape(doc)
    if shape is not None:
        allowed = dict(_SHAPES)[shape]
        if thing in allowed or singular(thing) in allowed or _names(doc, thing):
            return None
        return f"{function_name} reads {thing} but answered with {shape}"
    owner = _owner(doc, before, thing)
    if owner is not None:
        return f"{function_name} reads {thing} but answered with the {owner} itself"
    return None



# Only an endpoint whose name reads one thing (`_head`) can answer with another.
GATE = function_gate(lambda name: _head(name) is not None)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        why = reason(step.function_name, view.output(step.call_id))
        if why:
            out.append(finding(NAME, "wrong_entity", view.answer_at[step.call_id], why))
    return out
