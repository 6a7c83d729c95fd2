"""`--mistakes drop` leaves no failed attempt; `mask` keeps it only where a weight exists."""

from __future__ import annotations

import json
from pathlib import Path

from .corpora import read
from .helpers import export, rows


def _failed(record_file: Path) -> tuple[set[str], set[str]]:
    """Call ids of deliberate mistakes and the error texts their tool results carry."""
    ids: set[str] = set()
    errors: set[str] = set()
    for record in read(record_file):
        bad = {s.call_id for s in record.step_trace if s.intended}
        ids |= bad
        for m in record.messages:
            if m.role == "tool" and m.tool_call_id in bad and m.content and "error" in m.content:
                message = json.loads(m.content)["error"].get("message", "")
                if message:
                    errors.add(message)
    return ids, errors


def test_drop_leaves_no_failed_attempt(record_files: dict[str, Path], tmp_path: Path) -> None:
    ids, errors = _failed(record_files["toolbench"])
    assert ids, "the fixture should hold deliberate mistakes"
    for fmt in ("openai", "hf", "sharegpt", "hermes"):
        out = tmp_path / f"{fmt}.jsonl"
        export(str(record_files["toolbench"]), "--format", fmt, "--mistakes", "drop",
               "-o", str(out))
        text = out.read_text(encoding="utf-8")
        assert not any(i in text for i in ids), fmt
        assert not any(e in text for e in errors), fmt
    for line in rows(tmp_path / "openai.jsonl"):
        assert not any("weight" in m for m in line["messages"])
        answered = {m["tool_call_id"] for m in line["messages"] if m["role"] == "tool"}
        called = {c["id"] for m in line["messages"] for c in m.get("tool_calls", [])}
        assert answered == called


def test_drop_keeps_the_correction_with_the_failed_turns_lead_in(
    record_files: dict[str, Path], tmp_path: Path
) -> None:
    records = [r for r in read(record_files["toolbench"]) if any(s.intended for s in r.step_trace)]
    out = tmp_path / "o.jsonl"
    export(str(record_files["toolbench"]), "--format", "openai", "--mistakes", "drop",
           "-o", str(out))
    by_first_user = {next(m["content"] for m in line["messages"] if m["role"] == "user"): line
                     for line in rows(out)}
    for record in records:
        first = next(m.content for m in record.messages if m.role == "user")
        line = by_first_user[first]
        failed = next(m for m in record.messages if m.weight == 0)
        i = record.messages.index(failed)
        correction = next(m for m in record.messages[i + 1:] if m.role == "assistant")
        kept = [m for m in line["messages"] if m["role"] == "assistant" and m.get("tool_calls")]
        ids = {c["id"] for m in kept for c in m["tool_calls"]}
        assert {c.id for c in correction.tool_calls or ()} <= ids
        lead = next(m for m in kept if correction.tool_calls
                    and m["tool_calls"][0]["id"] == correction.tool_calls[0].id)
        assert lead.get("content") == failed.content


def test_mask_drops_mistakes_where_the_format_has_no_weight(
    record_files: dict[str, Path], tmp_path: Path
) -> None:
    ids, _ = _failed(record_files["toolbench"])
    hf = tmp_path / "hf.jsonl"
    export(str(record_files["toolbench"]), "--format", "hf", "-o", str(hf))
    assert not any(i in hf.read_text(encoding="utf-8") for i in ids)
    keep = tmp_path / "keep.jsonl"
    export(str(record_files["toolbench"]), "--format", "hf", "--mistakes", "keep", "-o", str(keep))
    assert all(i in keep.read_text(encoding="utf-8") for i in ids)
