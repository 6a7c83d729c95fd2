"""The labelled calibration records (written by scripts/make_judge_calibration.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import orjson

from toolgen.records import Record

PATH = Path(__file__).with_name("records.jsonl")


@dataclass(frozen=True)
class Labelled:
    id: str
    defect: str | None
    base: str
    record: Record


def load(path: Path = PATH) -> list[Labelled]:
    out = []
    for line in path.read_bytes().splitlines():
        row = orjson.loads(line)
        out.append(Labelled(row["id"], row["defect"], row["base"],
                            Record.model_validate(row["record"])))
    return out
