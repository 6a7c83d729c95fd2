"""Parquet files and a Hugging Face `datasets` folder (save_to_disk) with a dataset card.

Rows hold the `hf` export's messages and tools under `datasets`' `Json` feature, so every
message keeps exactly its own keys and its arguments object: plain Arrow inference would
merge all messages into one struct (every key on every message, nulls included) and fail
on an argument that is a number in one call and a string in another. Flat columns sit
beside them to filter on. Rows are encoded and written BATCH at a time (parquet row
groups, arrow record batches), so an export of any size holds one batch. `datasets` /
`pyarrow` are imported only here.
"""

from __future__ import annotations

import json
from hashlib import blake2b
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


BATCH = 500  # rows encoded at a time: one parquet row group, one arrow record batch
SHARD_BYTES = 500 * 2**20  # `save_to_disk`'s default largest shard


def features() -> Any:
    from datasets import Features, Json, List, Value

    return Features({
        "conversation_id": Value("string"),
        "messages": List(Json()),
        "tools": List(Json()),
        "pattern": Value("string"),
        "patterns": List(Value("string")),
        "domains": List(Value("string")),
        "n_calls": Value("int64"),
        "overall": Value("float64"),
    })


def _table(rows: list[dict[str, Any]], feats: Any) -> Any:
    """The rows as an Arrow table, encoded exactly as `Dataset.from_list` encodes them."""
    from datasets import Dataset

    return Dataset.from_list(rows, features=feats).data.table


class _Batched:
    """Rows buffered BATCH at a time, each full batch encoded and handed to `flush`."""

    def __init__(self) -> None:
        self.feats = features()
        self.rows: list[dict[str, Any]] = []
        self.count = 0

    def add(self, item: dict[str, Any]) -> None:
        self.rows.append(item)
        self.count += 1
        if len(self.rows) >= BATCH:
            self._drain()

    def _drain(self) -> None:
        if self.rows:
            self.flush(_table(self.rows, self.feats))
            self.rows = []

    def flush(self, table: Any) -> None:
        raise NotImplementedError


class ParquetRows(_Batched):
    """A parquet file written a row group at a time (`datasets`' writer: its schema
    metadata, per-column options and content-defined chunking)."""

    def __init__(self, path: Path) -> None:
        from datasets.arrow_writer import ParquetWriter

        super().__init__()
        self.writer = ParquetWriter(features=self.feats, path=str(path))

    def flush(self, table: Any) -> None:
        self.writer.write_table(table)

    def close(self) -> None:
        self._drain()
        self.writer.finalize()
        self.writer.close()


class DatasetSplit(_Batched):
    """One split of a `save_to_disk` folder written as Arrow shards of at most SHARD_BYTES,
    then its `state.json` and `dataset_info.json`, so `load_from_disk` reads it."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.shards: list[Path] = []
        self.writer: Any = None
        self.digest = blake2b(digest_size=8)

    def add(self, item: dict[str, Any]) -> None:
        # The fingerprint `datasets` keys its caches on: deterministic, from the ids.
        self.digest.update(str(item["conversation_id"]).encode() + b"\n")
        super().add(item)

    def _open(self) -> None:
        from datasets.arrow_writer import ArrowWriter

        path = self.folder / f"shard-{len(self.shards):05d}.arrow"
        self.shards.append(path)
        self.writer = ArrowWriter(features=self.feats, path=str(path))

    def flush(self, table: Any) -> None:
        if self.writer is None:
            self._open()
        self.writer.write_table(table)
        if self.writer._num_bytes >= SHARD_BYTES:
            self._finish_shard()

    def _finish_shard(self) -> None:
        self.writer.finalize()
        self.writer.close()
        self.writer = None

    def close(self) -> None:
        self._drain()
        if self.writer is None and not self.shards:
            self._open()  # an empty split still has one (empty) shard
        if self.writer is not None:
            self._finish_shard()
        total = len(self.shards)
        names = [f"data-{i:05d}-of-{total:05d}.arrow" for i in range(total)]
        for shard, name in zip(self.shards, names, strict=True):
            shard.rename(self.folder / name)
        self._metadata(names)

    def _metadata(self, names: list[str]) -> None:
        from datasets import DatasetInfo
        from datasets.utils.py_utils import asdict  # drops unset fields, as save_to_disk does

        state: dict[str, Any] = {
            "_data_files": [{"filename": name} for name in names],
            "_fingerprint": self.digest.hexdigest(),
            "_format_columns": None, "_format_kwargs": {}, "_format_type": None,
            "_output_all_columns": False, "_split": None,
        }
        (self.folder / "state.json").write_text(json.dumps(state, indent=2, sort_keys=True),
                                                encoding="utf-8")
        info = asdict(DatasetInfo(features=self.feats))
        (self.folder / "dataset_info.json").write_text(
            json.dumps({key: info[key] for key in sorted(info)}, indent=2), encoding="utf-8")


def write_dataset_dict(folder: Path, splits: list[str]) -> None:
    """The folder's `dataset_dict.json`: which split folders `load_from_disk` reads."""
    (folder / "dataset_dict.json").write_text(json.dumps({"splits": splits}), encoding="utf-8")
