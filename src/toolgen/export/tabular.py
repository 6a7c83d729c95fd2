"""Parquet files and a Hugging Face `datasets` folder (save_to_disk) with a dataset card.

Rows hold the `hf` export's messages and tools as JSON strings plus flat columns to filter
on; `datasets` / `pyarrow` are imported only here, when such an export is asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

from toolgen.export.hf import to_hf
from toolgen.export.mistakes import MistakeMode
from toolgen.records import Record

FIELDS = {
    "conversation_id": "ToolGen conversation id (carries the corpus fingerprint)",
    "messages": "JSON string: chat messages for apply_chat_template (arguments as objects)",
    "tools": "JSON string: the offered tools, OpenAI function schemas",
    "pattern": "main conversation pattern",
    "patterns": "every pattern the conversation shows",
    "domains": "tool categories used",
    "n_calls": "tool calls kept in `messages`",
    "overall": "judge overall score (1-5)",
}


def row(record: Record, mistakes: MistakeMode, split_parallel: bool) -> dict[str, Any]:
    hf = to_hf(record, mistakes, split_parallel)
    return {
        "conversation_id": record.conversation_id,
        "messages": orjson.dumps(hf["messages"]).decode(),
        "tools": orjson.dumps(hf["tools"]).decode(),
        "pattern": record.metadata.pattern,
        "patterns": list(record.metadata.patterns),
        "domains": list(record.metadata.domains),
        "n_calls": sum(len(m.get("tool_calls", ())) for m in hf["messages"]),
        "overall": float(record.judge_scores.overall),
    }


def _columns(rows: Sequence[dict[str, Any]]) -> dict[str, list[Any]]:
    return {name: [r[name] for r in rows] for name in FIELDS}


def write_parquet(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table(_columns(rows)), path)


def write_dataset(folder: Path, splits: Mapping[str, Sequence[dict[str, Any]]]) -> None:
    from datasets import Dataset, DatasetDict

    DatasetDict({name: Dataset.from_dict(_columns(rows))
                 for name, rows in splits.items()}).save_to_disk(str(folder))
