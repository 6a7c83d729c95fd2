"""Build the dashboard bundle from a dataset JSONL and (optionally) the graph artifacts.

Owns the bundle layout the React app reads (under `dashboard/public/toolgen-data/` by
default):

- `bundle.json`: the manifest (format version, counts, chunk file names) and the overview;
- `index.json`: one light summary row per conversation (list, search, filters);
- `chunks/NNN.json`: the full records, `chunk_size` per file, fetched when one is opened;
- `graph.json`: the part of the endpoint graph the dataset touches.

A 10,000-conversation dataset therefore opens with two small fetches instead of one
huge parse. A line that is not a record (a torn last line of an interrupted run, a
stray object) is skipped and counted, not fatal. Must not modify the dataset or the
artifacts.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError

from toolgen.export.dashboard_graph import ArtifactError, load_graph_slice
from toolgen.export.dashboard_index import path_of, summarise
from toolgen.export.dashboard_overview import OverviewBuilder
from toolgen.records import SCHEMA_VERSION, Record

BUNDLE_FORMAT = "toolgen-dashboard"
BUNDLE_VERSION = 1
DEFAULT_CHUNK_SIZE = 200
_CHUNK_NAME = re.compile(r"^\d{3,}\.json$")

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "ArtifactError",
    "DatasetError",
    "ExportResult",
    "export_dashboard",
]


class DatasetError(ValueError):
    """A dataset file that is missing, empty, or has a line that is not a valid record."""


@dataclass(frozen=True)
class ExportResult:
    out_dir: Path
    conversations: int
    chunks: int
    bytes_written: int
    graph: bool
    skipped: int = 0
    first_skipped: str = ""


@dataclass
class Skipped:
    """Lines of the dataset that were not records: how many, and the first one's reason."""

    count: int = 0
    first: str = ""

    def add(self, reason: str) -> None:
        self.count += 1
        self.first = self.first or reason


def _dump(path: Path, value: Any) -> int:
    data = orjson.dumps(value)
    path.write_bytes(data)
    return len(data)


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "record"
    return f"{where}: {err['msg']}"


def read_records(dataset: Path, skipped: Skipped | None = None) -> Any:
    """Yield validated records.

    With `skipped`, lines that are not records are counted there and skipped; without
    it, the first one raises DatasetError naming the line.
    """
    if not dataset.is_file():
        raise DatasetError(f"{dataset}: no such dataset file")
    with dataset.open("rb") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield Record.model_validate(orjson.loads(line))
            except orjson.JSONDecodeError as exc:
                reason = f"{dataset}:{lineno}: not JSON ({exc})"
                if skipped is None:
                    raise DatasetError(reason) from exc
                skipped.add(reason)
            except ValidationError as exc:
                reason = f"{dataset}:{lineno}: not a record ({_first_error(exc)})"
                if skipped is None:
                    raise DatasetError(reason) from exc
                skipped.add(reason)


def _clear_chunks(chunk_dir: Path) -> None:
    # Only our own numbered chunk files: a smaller re-export must not leave stale ones.
    for old in chunk_dir.glob("*.json"):
        if _CHUNK_NAME.match(old.name):
            old.unlink()


def export_dashboard(
    dataset: Path,
    out_dir: Path,
    artifacts: Path | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> ExportResult:
    """Write the bundle for `dataset` into `out_dir` and return what was written."""
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    if artifacts is not None and not artifacts.is_dir():
        raise ArtifactError(f"{artifacts}: no such artifacts directory")
    chunk_dir = out_dir / "chunks"
    try:
        chunk_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatasetError(f"{out_dir}: cannot create the export folder "
                           f"({exc.strerror or exc})") from exc
    _clear_chunks(chunk_dir)

    index: list[dict[str, Any]] = []
    chunk_names: list[str] = []
    overview = OverviewBuilder()
    touched: set[str] = set()
    hops: set[tuple[str, str]] = set()
    buffer: list[dict[str, Any]] = []
    written = 0
    skipped = Skipped()

    def flush() -> None:
        nonlocal written
        name = f"{len(chunk_names):03d}.json"
        written += _dump(chunk_dir / name, buffer)
        chunk_names.append(name)
        buffer.clear()

    for position, record in enumerate(read_records(dataset, skipped)):
        index.append(summarise(record, position, len(chunk_names), len(buffer)))
        buffer.append(record.model_dump(mode="json"))
        overview.add(record)
        path = path_of(record)
        touched.update(path)
        touched.update(step.endpoint_id for step in record.step_trace)
        hops.update(itertools.pairwise(path))
        by_call = {step.call_id: step.endpoint_id for step in record.step_trace}
        for step in record.step_trace:
            hops.update((by_call[d], step.endpoint_id) for d in step.depends_on if d in by_call)
        if len(buffer) == chunk_size:
            flush()
    if buffer:
        flush()
    if not index:
        why = f" ({skipped.count} malformed lines; first: {skipped.first})" if skipped.count else ""
        raise DatasetError(f"{dataset}: contains no records{why}")

    graph = load_graph_slice(artifacts, touched, hops)
    written += _dump(out_dir / "index.json", index)
    if graph.available:
        written += _dump(out_dir / "graph.json", {"nodes": graph.nodes, "edges": graph.edges})
    else:
        (out_dir / "graph.json").unlink(missing_ok=True)
    manifest = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "schema_version": SCHEMA_VERSION,
        "dataset": dataset.name,
        "count": len(index),
        "chunk_size": chunk_size,
        "index": "index.json",
        "chunks": [f"chunks/{name}" for name in chunk_names],
        "graph": "graph.json" if graph.available else None,
        "overview": overview.build(graph),
    }
    # Written last: a reader that sees the manifest sees a complete bundle.
    written += _dump(out_dir / "bundle.json", manifest)
    return ExportResult(out_dir, len(index), len(chunk_names), written, graph.available,
                        skipped.count, skipped.first)
