"""Deliberate mistakes (weight-0 assistant turns) under `--mistakes mask|drop|keep`.

`mask` keeps a failed attempt with `weight: 0` in formats that carry a weight and drops
it elsewhere; `drop` removes the failed call and its error so the dialogue reads as if
done right (the correcting turn takes the failed turn's lead-in text, since its own text
talks about the failure); `keep` leaves the turns as the record has them.
"""

from __future__ import annotations

from typing import Literal

from toolgen.export.view import Msg
from toolgen.records import Record

MistakeMode = Literal["mask", "drop", "keep"]
MISTAKE_MODES: tuple[MistakeMode, ...] = ("mask", "drop", "keep")


def mistaken_call_ids(record: Record, messages: list[Msg]) -> set[str]:
    """Ids of calls the record marks as deliberate mistakes (trace flag or weight-0 turn)."""
    ids = {s.call_id for s in record.step_trace if s.intended}
    for m in messages:
        if m.get("role") == "assistant" and m.get("weight") == 0:
            ids.update(c["id"] for c in m.get("tool_calls", ()))
    return ids


def apply_mistakes(
    record: Record, messages: list[Msg], mode: MistakeMode, weighted: bool
) -> list[Msg]:
    """The messages under `mode`; `weighted` says whether the target format has `weight`."""
    if mode == "drop" or (mode == "mask" and not weighted):
        return drop_mistakes(messages, mistaken_call_ids(record, messages))
    if weighted:
        return messages
    return [{k: v for k, v in m.items() if k != "weight"} for m in messages]


def drop_mistakes(messages: list[Msg], bad: set[str]) -> list[Msg]:
    out: list[Msg] = []
    carry: str | None = None
    carrying = False
    for m in messages:
        if m.get("role") == "tool" and m.get("tool_call_id") in bad:
            continue
        if m.get("role") != "assistant":
            out.append(m)
            continue
        calls = m.get("tool_calls", [])
        kept = [c for c in calls if c["id"] not in bad]
        msg = {k: v for k, v in m.items() if k != "weight"}
        if calls and not kept:
            if not carrying:
                carry, carrying = m.get("content"), True
            continue
        if kept != calls:
            msg["tool_calls"] = kept
        if carrying and kept:
            # The correction's own text is about the failure the reader no longer sees.
            msg = {"role": "assistant", **({"content": carry} if carry is not None else {}),
                   **{k: v for k, v in msg.items() if k not in ("role", "content")}}
        carry, carrying = None, False
        out.append(msg)
    return out
