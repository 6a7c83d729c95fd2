"""The secrets validator: no credential appears anywhere in the serialized record.

Two checks over the record's JSON text: every corpus secret in `ctx.secrets` (exact
substring, never allowed), and credential shapes (bearer tokens, OpenAI / Google / AWS /
GitHub / Slack / RapidAPI keys, JWTs). A shape match whose value also occurs in a tool
output is accepted: the mock executor issues fake tokens (auth refresh) that later
calls legitimately pass on. Corpus secrets get no such exemption.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from toolgen.judge.context import JudgeContext
from toolgen.judge.view import RecordView, build_view
from toolgen.records import Finding, Record

NAME = "secrets"
MIN_SECRET_LEN = 8
"""Shorter corpus 'secrets' (placeholders like 'string', 'xxx') would match ordinary text."""

_SHAPES = re.compile(
    r"(?P<bearer>\bBearer\s+[A-Za-z0-9\-._~+/]{16,}=*)"
    r"|(?P<openai>\bsk-(?:proj-)?[A-Za-z0-9_\-]{20,})"
    r"|(?P<google>\bAIza[0-9A-Za-z\-_]{35})"
    r"|(?P<aws>\bAKIA[0-9A-Z]{16}\b)"
    r"|(?P<github>\bgh[pousr]_[A-Za-z0-9]{36,})"
    r"|(?P<slack>\bxox[abprs]-[A-Za-z0-9\-]{10,})"
    r"|(?P<rapidapi>\b[0-9a-f]{10}msh[0-9a-f]{15}p[0-9a-f]{6}jsn[0-9a-f]{12}\b)"
    r"|(?P<jwt>\beyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,})"
)


@lru_cache(maxsize=16)
def _secret_pattern(secrets: frozenset[str]) -> re.Pattern[str] | None:
    # One alternation, longest first, so a run with many corpus secrets scans the text once.
    # JSON-escaped spellings too: the text is serialized JSON (tool contents twice over).
    forms: set[str] = set()
    for s in secrets:
        if len(s) >= MIN_SECRET_LEN:
            once = json.dumps(s, ensure_ascii=False)[1:-1]
            forms.update((s, once, json.dumps(once, ensure_ascii=False)[1:-1]))
    usable = sorted(forms, key=lambda s: (-len(s), s))
    if not usable:
        return None
    return re.compile("|".join(re.escape(s) for s in usable))


def _mask(value: str) -> str:
    return value[:4] + "…" if len(value) > 4 else "…"


def check_text(text: str, view: RecordView, ctx: JudgeContext) -> list[Finding]:
    """Secrets findings over `text`, the record's serialized JSON."""
    out: list[Finding] = []
    pattern = _secret_pattern(ctx.secrets)
    if pattern is not None:
        for value in dict.fromkeys(m.group(0) for m in pattern.finditer(text)):
            out.append(
                Finding(
                    validator=NAME,
                    kind="secret_leaked",
                    message=f"corpus credential {_mask(value)} appears in the record",
                )
            )
    tool_text: str | None = None
    for m in _SHAPES.finditer(text):
        shape = m.lastgroup or "credential"
        token = m.group(0).split()[-1]
        if tool_text is None:
            tool_text = view.tool_text()
        if token in tool_text:
            continue  # issued by the mock executor in a tool output
        out.append(
            Finding(
                validator=NAME,
                kind="credential_shape",
                message=f"{shape}-shaped credential {_mask(token)} appears in the record",
            )
        )
    return out


def serialize(record: Record) -> str:
    return record.model_dump_json()


def check_view(view: RecordView, ctx: JudgeContext, text: str | None = None) -> list[Finding]:
    return check_text(text if text is not None else serialize(view.record), view, ctx)


def check(record: Record, ctx: JudgeContext) -> list[Finding]:
    """Secrets findings for `record`."""
    return check_view(build_view(record), ctx)
