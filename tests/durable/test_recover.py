"""Finding the resume point of partial files: complete lines in index order, nothing else."""

from __future__ import annotations

from pathlib import Path

import orjson

from toolgen.io.run_files import RunWriter, recover


def _record(i: int) -> bytes:
    return orjson.dumps({"conversation_id": f"c{i}", "metadata": {"index": i}}) + b"\n"


def _reject(i: int) -> bytes:
    return orjson.dumps({"conversation_id": f"c{i}", "index": i}) + b"\n"


def _files(tmp: Path, records: list[int], rejects: list[int],
           tail: bytes = b"") -> tuple[Path, Path]:
    rec, rej = tmp / "r.partial.jsonl", tmp / "r.rejects.partial.jsonl"
    rec.write_bytes(b"".join(_record(i) for i in records) + tail)
    rej.write_bytes(b"".join(_reject(i) for i in rejects))
    return rec, rej


def test_interleaved_complete_lines_are_all_kept(tmp_path: Path) -> None:
    rec, rej = _files(tmp_path, [0, 1, 3, 5], [2, 4])
    got = recover(rec, rej, 0, 0, 0)
    assert got.next_index == 6
    assert got.records_bytes == rec.stat().st_size and got.rejects_bytes == rej.stat().st_size
    assert [raw for _, raw in got.lines][2] == _reject(2)


def test_torn_last_line_is_dropped(tmp_path: Path) -> None:
    rec, rej = _files(tmp_path, [0, 1, 2], [], tail=_record(3)[:-9])
    got = recover(rec, rej, 0, 0, 0)
    assert got.next_index == 3
    assert got.records_bytes == len(_record(0) + _record(1) + _record(2))


def test_lines_past_a_gap_are_cut(tmp_path: Path) -> None:
    # The rejects file lost index 2 (still in a buffer when the process died).
    rec, rej = _files(tmp_path, [0, 1, 3, 4], [])
    got = recover(rec, rej, 0, 0, 0)
    assert got.next_index == 2
    assert got.records_bytes == len(_record(0) + _record(1))


def test_recovery_starts_at_the_checkpoint(tmp_path: Path) -> None:
    rec, rej = _files(tmp_path, [0, 1, 2, 3], [])
    start = len(_record(0) + _record(1))
    got = recover(rec, rej, 2, start, 0)
    assert got.next_index == 4 and len(got.lines) == 2


def test_writer_truncates_to_the_resume_point_and_appends(tmp_path: Path) -> None:
    rec, rej = _files(tmp_path, [0, 1], [], tail=b'{"torn')
    keep = len(_record(0) + _record(1))
    writer = RunWriter(rec, rej, keep, 0)
    writer.write(True, _record(2))
    assert writer.sync() == (keep + len(_record(2)), 0)
    writer.close()
    assert rec.read_bytes() == _record(0) + _record(1) + _record(2)
