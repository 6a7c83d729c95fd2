"""The secrets validator: no credential appears anywhere in the serialized record.

Two checks over the record's JSON text: every known secret in `ctx.secrets` (corpus
credentials and the configured API keys, whatever their shape; exact substring, never
allowed), and credential shapes (bearer tokens, OpenAI / Google / AWS /
GitHub / Slack / RapidAPI keys, JWTs). A shape match whose value also occurs in a tool
output is accepted: the mock executor issues fake tokens (auth refresh) that later
calls legitimately pass on. Corpus secrets get no such exemption.

Speed: this runs on every record, and a regex alternation or a substring test per
secret over a 4 KB text costs hundreds of microseconds in CPython. Instead the text is
split into tokens at separator bytes (one C-level translate and split) and the
tokens are intersected with each secret's longest token; only hits are confirmed by a
substring test. Shape regexes run only when their literal anchor occurs in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import orjson
from pydantic_core import to_json

from toolgen.judge.context import JudgeContext
from toolgen.judge.view import RecordView, build_view
from toolgen.records import Finding, Record

NAME = "secrets"
MIN_SECRET_LEN = 8
"""Shorter corpus 'secrets' (placeholders like 'string', 'xxx') would match ordinary text."""

_SEPARATORS = b" \t\r\n\"'\\,;:{}[]()<>=&?|`"
_SPLIT = bytes.maketrans(_SEPARATORS, b" " * len(_SEPARATORS))

_SHAPES: dict[str, re.Pattern[str]] = {
    "bearer": re.compile(r"\b[Bb]earer\s+([A-Za-z0-9\-._~+/]{16,}=*)"),
    "openai": re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_\-]{20,}"),
    "google": re.compile(r"\bAIza[0-9A-Za-z\-_]{35}"),
    "aws": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "github": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}"),
    "slack": re.compile(r"\bxox[abprs]-[A-Za-z0-9\-]{10,}"),
    "rapidapi": re.compile(r"\b[0-9a-f]{10}msh[0-9a-f]{15}p[0-9a-f]{6}jsn[0-9a-f]{12}\b"),
    "jwt": re.compile(r"\beyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}"),
}
# Each shape's matches contain one of these literal parts: a shape whose parts are all
# absent is not searched for (each regex costs a scan of the whole record).
_NEEDS: dict[str, tuple[str, ...]] = {
    "bearer": ("earer",),
    "openai": ("sk-",),
    "google": ("AIza",),
    "aws": ("AKIA",),
    "github": ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
    "slack": ("xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-"),
    "rapidapi": ("jsn",),
    "jwt": ("eyJ",),
}
# Cheap prefilters: a shape's prefix at a token start (in the separator-translated text,
# where every token follows a space), or the RapidAPI key's infix. The full regexes above
# are slow over a whole record and only run when a prefilter hits.
# (The lookahead is implied by the alternation; it lets re reject most spaces at once.)
_TOKEN_START = re.compile(rb" (?=[BbsAgxe])(?:[Bb]earer|sk-|AIza|AKIA|gh[pousr]_|xox[abprs]-|eyJ)")
_RAPIDAPI_INFIX = re.compile(rb"msh[0-9a-f]{15}p")


@dataclass(frozen=True, slots=True)
class SecretIndex:
    """Corpus secrets keyed by their longest token (bytes), for set intersection."""

    by_anchor: dict[bytes, tuple[str, ...]]
    anchors: frozenset[bytes]


@lru_cache(maxsize=16)
def secret_index(secrets: frozenset[str]) -> SecretIndex:
    by_anchor: dict[bytes, list[str]] = {}
    for secret in sorted(secrets):
        if len(secret) < MIN_SECRET_LEN:
            continue
        parts = secret.encode().translate(_SPLIT).split()
        if not parts:
            continue
        anchor = max(parts, key=len)
        by_anchor.setdefault(anchor, []).append(secret)
    frozen = {k: tuple(v) for k, v in by_anchor.items()}
    return SecretIndex(frozen, frozenset(frozen))


def _mask(value: str) -> str:
    return value[:4] + "…" if len(value) > 4 else "…"


def check_text(text: str | bytes, view: RecordView, ctx: JudgeContext) -> list[Finding]:
    """Secrets findings over `text`, the record's serialized JSON."""
    data = text if isinstance(text, bytes) else text.encode()
    spaced = data.translate(_SPLIT)
    out: list[Finding] = []
    index = secret_index(ctx.secrets)
    if index.anchors:
        for anchor in sorted(index.anchors.intersection(spaced.split())):
            for secret in index.by_anchor[anchor]:
                if secret.encode() in data or _escaped(secret) in data:
                    out.append(
                        Finding(
                            validator=NAME,
                            kind="secret_leaked",
                            message=f"known credential {_mask(secret)} (a configured key or a "
                                    "corpus credential) appears in the record",
                        )
                    )
    if _TOKEN_START.search(b" " + spaced) or _RAPIDAPI_INFIX.search(data):
        out.extend(_shapes(data.decode("utf-8", "replace"), view))
    return out


def _shapes(text: str, view: RecordView) -> list[Finding]:
    out: list[Finding] = []
    for shape, pattern in _SHAPES.items():
        if not any(part in text for part in _NEEDS[shape]):
            continue  # no match can exist without one of its literal parts
        for m in pattern.finditer(text):
            token = m.group(m.lastindex or 0)
            if token in view.tool_text():
                continue  # issued by the mock executor in a tool output
            out.append(
                Finding(
                    validator=NAME,
                    kind="credential_shape",
                    message=f"{shape}-shaped credential {_mask(token)} appears in the record",
                )
            )
    return out


def _escaped(secret: str) -> bytes:
    # Inside a tool message the secret is JSON-escaped twice over.
    return secret.replace("\\", "\\\\").replace('"', '\\"').encode()


def check_view(
    view: RecordView, ctx: JudgeContext, text: str | bytes | None = None
) -> list[Finding]:
    if text is None:
        if _clean(view.record, ctx):
            return []  # nothing `check_text` could report: the record's JSON is not needed
        text = view.record.model_dump_json()
    return check_text(text, view, ctx)


# -- the clean pre-test ------------------------------------------------------------------
#
# A record's JSON is its JSON without `tools` with `"tools":[tool,tool,...],` in it, each
# tool as pydantic writes an untyped dict; every piece is bounded by separators, so a
# token of the whole is a token of one piece (or the key `tools`), and neither a shape's
# prefilter nor a known secret's anchor spans two pieces. A tool's schema recurs in every
# record that offers it: its tokens and prefilters are worked out once per schema. When
# no anchor occurs and no prefilter hits in any piece, `check_text` over the whole JSON
# finds nothing, which `_clean` answers without writing it; otherwise the whole JSON is
# written and checked as before.

@dataclass(frozen=True, slots=True)
class _Piece:
    data: bytes
    tokens: frozenset[bytes]
    shaped: bool


def _piece(data: bytes) -> _Piece:
    spaced = data.translate(_SPLIT)
    shaped = bool(_TOKEN_START.search(b" " + spaced) or _RAPIDAPI_INFIX.search(data))
    return _Piece(data, frozenset(spaced.split()), shaped)


# Tools are plain JSON read from the corpus; anything else (a datetime, a str subclass...)
# fails this dump and sends the record down the usual path.
_PLAIN = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS | \
    orjson.OPT_PASSTHROUGH_SUBCLASS


@lru_cache(maxsize=4096)
def _tool_piece(key: bytes) -> _Piece:
    # `key` is a tool's orjson text: equal text, equal JSON, the same pydantic JSON
    return _piece(to_json(orjson.loads(key)))


_TOOLS_KEY = frozenset({b"tools"})
# The whole JSON is the JSON without tools (which ends `...,` and goes on `"messages"...`)
# with `"tools":[tool,tool],` put in: a stretch of the whole that lies in no piece holds
# one of these pairs of joined characters, or lies in the glue itself.
_JOINS = (b',"', b"[{", b"},", b",{", b"}]", b"[]", b"],")
_GLUE = b',"tools":['


def _clean(record: Record, ctx: JudgeContext) -> bool:
    """True only when `check_text` over `record`'s JSON would find nothing."""
    pieces: list[_Piece] = []
    for tool in record.tools:
        try:
            piece = _tool_piece(orjson.dumps(tool, option=_PLAIN))
        except (orjson.JSONEncodeError, TypeError):
            return False  # not a plain JSON dict: check the record's own JSON
        if piece.shaped:
            return False
        pieces.append(piece)
    body = record.model_dump_json(exclude={"tools"}).encode()
    if _may_be_shaped(body):
        return False
    index = secret_index(ctx.secrets)
    if not index.anchors:
        return True
    spaced = body.translate(_SPLIT)
    hits = set(index.anchors.intersection(spaced.split()))
    hits.update(index.anchors.intersection(_TOOLS_KEY))
    for p in pieces:
        hits.update(index.anchors.intersection(p.tokens))
    # An anchor among the tokens reports a secret only when the secret itself is written.
    return not any(_may_occur(secret, body, pieces)
                   for anchor in hits for secret in index.by_anchor[anchor])


# Every prefilter match holds one of these literals, none of which holds a separator: a
# literal absent from the JSON is absent from its separator-translated text too, and one
# C-level search per literal is much cheaper than the prefilter regex over the whole text.
# Literals that share a head are searched as one pattern starting with it (re scans for
# a literal head about as fast as `in` does): 7 scans of the record instead of 16.
_LITERALS = (b"earer", b"sk-", b"eyJ", b"msh")
_HEADED = (re.compile(rb"A(?:Iza|KIA)"), re.compile(rb"gh[pousr]_"),
           re.compile(rb"xox[abprs]-"))


def _may_be_shaped(body: bytes) -> bool:
    """Whether a shape's prefilter (`_TOKEN_START`, `_RAPIDAPI_INFIX`) hits in `body`."""
    if not (any(literal in body for literal in _LITERALS)
            or any(head.search(body) for head in _HEADED)):
        return False
    return bool(_TOKEN_START.search(b" " + body.translate(_SPLIT))
                or _RAPIDAPI_INFIX.search(body))


def _may_occur(secret: str, body: bytes, pieces: list[_Piece]) -> bool:
    """False only when neither spelling `check_text` looks for is in the whole JSON."""
    for form in (secret.encode(), _escaped(secret)):
        if any(join in form for join in _JOINS) or form in _GLUE or form in b"],":
            return True
        if form in body or any(form in p.data for p in pieces):
            return True
    return False


def check(record: Record, ctx: JudgeContext) -> list[Finding]:
    """Secrets findings for `record`."""
    return check_view(build_view(record), ctx)
