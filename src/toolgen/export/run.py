"""One export run: read records, split them, write the asked format, report counts.

The CLI parses options into `ExportOptions` and prints `ExportResult`; everything that
touches records or files for `toolgen export` happens here or in the format modules.
`export_file` streams the line formats (openai, hf, sharegpt, hermes) at flat memory: a
first pass keeps only each record's split key, a second converts and writes record by
record. Parquet, hf-dataset, bfcl and the decontamination report still load every record.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal

import orjson

from toolgen.export.bfcl import CATEGORIES, bfcl_export
from toolgen.export.card import dataset_card
from toolgen.export.decontam import DecontamReport, decontaminate, load_benchmarks
from toolgen.export.hermes import to_hermes
from toolgen.export.hf import to_hf
from toolgen.export.mistakes import MistakeMode
from toolgen.export.openai_ft import to_openai
from toolgen.export.sharegpt import DATASET_INFO, to_sharegpt
from toolgen.export.splits import (
    SplitBy,
    SplitKey,
    SplitSpec,
    assign_split_keys,
    assign_splits,
    split_key,
)
from toolgen.export.tabular import FIELDS, row, write_dataset, write_parquet
from toolgen.io.jsonl import LineError, read_records
from toolgen.io.manifest import run_profile
from toolgen.records import Record

Format = Literal["openai", "hf", "sharegpt", "hermes", "parquet", "hf-dataset", "bfcl"]
FORMATS: tuple[Format, ...] = ("openai", "hf", "sharegpt", "hermes", "parquet", "hf-dataset",
                               "bfcl")


@dataclass(frozen=True)
class ExportOptions:
    fmt: Format
    mistakes: MistakeMode = "mask"
    split: SplitSpec | None = None
    split_by: SplitBy = "chain"
    seed: int | None = None
    split_parallel: bool = False
    benchmarks: Path | None = None
    ngram: int = 8


@dataclass
class ExportResult:
    outputs: list[Path] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    decontam: DecontamReport | None = None
    records: int = 0


def load_records(path: Path) -> tuple[list[Record], list[LineError]]:
    records: list[Record] = []
    errors: list[LineError] = []
    for item in read_records(path):
        if isinstance(item, LineError):
            errors.append(item)
        else:
            records.append(item.record)
    return records, errors


LINE_FORMATS: tuple[Format, ...] = ("openai", "hf", "sharegpt", "hermes")


def _valid(path: Path, errors: list[LineError] | None = None) -> Iterator[Record]:
    for item in read_records(path):
        if isinstance(item, LineError):
            if errors is not None:
                errors.append(item)
        else:
            yield item.record


def export_file(path: Path, out: Path, opts: ExportOptions
                ) -> tuple[ExportResult, list[LineError]]:
    """`run_export` over the records of `path`; streamed for the line formats without
    decontamination, so memory does not grow with the file. Same output either way."""
    if opts.fmt not in LINE_FORMATS or opts.benchmarks is not None:
        records, bad = load_records(path)
        result = run_export(records, out, opts, run_profile(path)) if records else ExportResult()
        result.records = len(records)
        return result, bad
    names = _stream_split_names(path, opts)
    if names == [] or (names is None and next(_valid(path), None) is None):
        return ExportResult(), _errors_only(path)
    errors: list[LineError] = []
    result = ExportResult()
    convert = _converter(opts)
    split_names = [n for n, _ in opts.split.shares] if opts.split else ["all"]
    with ExitStack() as stack:
        handles: dict[str, BinaryIO] = {}
        for name in split_names:
            target = _path(out, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            handles[name] = stack.enter_context(target.open("wb"))
            result.outputs.append(target)
            result.counts[name] = 0
        for i, record in enumerate(_valid(path, errors)):
            name = names[i] if names is not None else "all"
            handles[name].write(orjson.dumps(convert(record)) + b"\n")
            result.counts[name] += 1
    result.records = sum(result.counts.values())
    if opts.fmt == "sharegpt":
        _dataset_info(out, split_names, result)
    return result, errors


def _errors_only(path: Path) -> list[LineError]:
    return [e for e in read_records(path) if isinstance(e, LineError)]


def _stream_split_names(path: Path, opts: ExportOptions) -> list[str] | None:
    """First pass: each valid record's split name from its split key alone (None: no split)."""
    if opts.split is None:
        return None
    keys: list[SplitKey] = []
    seed = opts.seed
    for record in _valid(path):
        if seed is None:
            seed = _run_seed([record], None)
        keys.append(split_key(record, opts.split_by))
    return assign_split_keys(keys, opts.split, seed or 0) if keys else []


def _dataset_info(out: Path, split_names: Sequence[str], result: ExportResult) -> None:
    info = out.with_name(f"{out.stem}.dataset_info.json")
    entries = {f"{out.stem}{'' if n == 'all' else '_' + n}":
               {"file_name": _path(out, n).name, **DATASET_INFO} for n in split_names}
    info.write_bytes(orjson.dumps(entries, option=orjson.OPT_INDENT_2))
    result.outputs.append(info)


def _run_seed(records: Sequence[Record], seed: int | None) -> int:
    if seed is not None:
        return seed
    value = records[0].metadata.generation_profile.get("run_seed", 0) if records else 0
    return int(value) if isinstance(value, int) else 0


def _split(records: Sequence[Record], opts: ExportOptions) -> dict[str, list[Record]]:
    if opts.split is None:
        return {"all": list(records)}
    names = assign_splits(records, opts.split, _run_seed(records, opts.seed), opts.split_by)
    out: dict[str, list[Record]] = {name: [] for name, _ in opts.split.shares}
    for record, name in zip(records, names, strict=True):
        out[name].append(record)
    return out


def _path(out: Path, split: str) -> Path:
    if split == "all":
        return out
    return out.with_name(f"{out.stem}.{split}{out.suffix}")


def _write_jsonl(path: Path, rows: Sequence[Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        for r in rows:
            fh.write(orjson.dumps(r))
            fh.write(b"\n")


def _converter(opts: ExportOptions) -> Callable[[Record], dict[str, Any]]:
    if opts.fmt == "openai":
        return lambda r: to_openai(r, opts.mistakes)
    if opts.fmt == "hf":
        return lambda r: to_hf(r, opts.mistakes, opts.split_parallel)
    if opts.fmt == "sharegpt":
        return lambda r: to_sharegpt(r, opts.mistakes)
    return lambda r: to_hermes(r, opts.mistakes)


def run_export(records: Sequence[Record], out: Path, opts: ExportOptions,
               profile: dict[str, Any] | None = None) -> ExportResult:
    result = ExportResult()
    if opts.benchmarks is not None:
        result.decontam = decontaminate(records, load_benchmarks(opts.benchmarks), opts.ngram)
    splits = _split(records, opts)
    if opts.fmt in ("openai", "hf", "sharegpt", "hermes"):
        convert = _converter(opts)
        for name, part in splits.items():
            path = _path(out, name)
            _write_jsonl(path, [convert(r) for r in part])
            result.outputs.append(path)
            result.counts[name] = len(part)
        if opts.fmt == "sharegpt":
            _dataset_info(out, list(splits), result)
    elif opts.fmt in ("parquet", "hf-dataset"):
        _tabular(records, splits, out, opts, result, profile)
    else:
        _bfcl(records, out, opts, result)
    if result.decontam is not None:
        report = (out / "decontamination.json" if out.is_dir()
                  else out.with_name(f"{out.stem}.decontam.json"))
        report.write_bytes(orjson.dumps(result.decontam.as_dict(), option=orjson.OPT_INDENT_2))
        result.outputs.append(report)
    return result


def _tabular(records: Sequence[Record], splits: dict[str, list[Record]], out: Path,
             opts: ExportOptions, result: ExportResult,
             profile: dict[str, Any] | None = None) -> None:
    rows = {name: [row(r, opts.mistakes, opts.split_parallel) for r in part]
            for name, part in splits.items()}
    named = {("train" if n == "all" else n): v for n, v in rows.items()}
    result.counts = {n: len(v) for n, v in named.items()}
    extra: dict[str, Any] = {"split": f"grouped by {opts.split_by}" if opts.split else "none"}
    if result.decontam is not None:
        extra["decontamination"] = "; ".join(result.decontam.lines()[1:])
    card = dataset_card(records, result.counts, FIELDS, opts.mistakes, extra, profile)
    if opts.fmt == "parquet":
        out.parent.mkdir(parents=True, exist_ok=True)
        for name, part in rows.items():
            path = _path(out, name)
            write_parquet(path, part)
            result.outputs.append(path)
        readme = out.with_name(f"{out.stem}.README.md")
    else:
        write_dataset(out, named)
        result.outputs.append(out)
        readme = out / "README.md"
    readme.write_text(card, encoding="utf-8")
    result.outputs.append(readme)


def _bfcl(records: Sequence[Record], out: Path, opts: ExportOptions,
          result: ExportResult) -> None:
    export = bfcl_export(records, _run_seed(records, opts.seed))
    (out / "possible_answer").mkdir(parents=True, exist_ok=True)
    entries = export.entries()
    for category in CATEGORIES:
        questions, answers = entries.get(category, ([], []))
        result.counts[category] = len(questions)
        if not questions:
            continue
        path = out / f"BFCL_v4_toolgen_{category}.json"
        _write_jsonl(path, questions)
        result.outputs.append(path)
        if category != "irrelevance":
            _write_jsonl(out / "possible_answer" / path.name, answers)
    sources: Counter[str] = Counter()
    manifest: dict[str, str] = {}
    for task in export.tasks:
        manifest[f"{task.category}_{sources[task.category]}"] = task.conversation_id
        sources[task.category] += 1
    (out / "toolgen_sources.json").write_bytes(orjson.dumps(manifest, option=orjson.OPT_INDENT_2))
    result.skipped = dict(export.skipped.most_common())
