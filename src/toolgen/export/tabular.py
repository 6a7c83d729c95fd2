"""Parquet files and a Hugging Face `datasets` folder (save_to_disk) with a dataset card.

Rows hold the `hf` export's messages and tools under `datasets`' `Json` feature, so every
message keeps exactly its own keys and its arguments object: plain Arrow inference would
merge all messages into one struct (every key on every message, nulls included) and fail
on an argument that is a number in one call and a string in another. Flat columns sit
beside them to filter on. `datasets` / `pyarrow` are imported only here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from toolgen.export.hf import to_hf
from toolgen.export.mistakes import MistakeMode
from toolgen.records import Record

FIELDS = {
    "conversation_id": "ToolGen conversation id (carries the corpus fingerprint)",
    "messages": "chat messages for apply_chat_template / TRL (arguments as objects, no nulls)",
    "tools": "the offered tools, OpenAI function schemas",
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
        "messages": hf["messages"],
        "tools": hf["tools"],
        "pattern": record.metadata.pattern,
        "patterns": list(record.metadata.patterns),
        "domains": list(record.metadata.domains),
        "n_calls": sum(len(m.get("tool_calls", ())) for m in hf["messages"]),
        "overall": float(record.judge_scores.overall),
    }


def _dataset(rows: Sequence[dict[str, Any]]) -> Any:
    from datasets import Dataset, Features, Json, List, Value

    features = Features({
        "conversation_id": Value("string"),
        "messages": List(Json()),
        "tools": List(Json()),
        "pattern": Value("string"),
        "patterns": List(Value("string")),
        "domains": List(Value("string")),
        "n_calls": Value("int64"),
        "overall": Value("float64"),
    })
    return Dataset.from_list(list(rows), features=features)


def write_parquet(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    _dataset(rows).to_parquet(str(path))


def write_dataset(folder: Path, splits: Mapping[str, Sequence[dict[str, Any]]]) -> None:
    from datasets import DatasetDict

    DatasetDict({name: _dataset(rows) for name, rows in splits.items()}).save_to_disk(
        str(folder))
