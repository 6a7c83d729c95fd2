"""One export run: read records, split them, write the asked format, report counts.

The CLI parses options into `ExportOptions` and prints `ExportResult`; everything that
touches records or files for `toolgen export` happens here or in the format modules.
Every format streams at flat memory: with `--split`, a first pass keeps each chain's (or
tool's) group state, not the records (`SplitPlan`); the writing pass converts and writes
record by record (line formats), a batch of rows at a time (parquet, `datasets` shards) or
with a bounded look-ahead (BFCL's irrelevance tasks); the dataset card and the
decontamination report are accumulated on the way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO, Literal

import orjson

from toolgen.export.bfcl import CATEGORIES, bfcl_tasks
from toolgen.export.card import CardStats, dataset_card
from toolgen.export.decontam import DecontamReport, DecontamScan, load_benchmarks
from toolgen.export.hermes import to_hermes
from toolgen.export.hf import to_hf
from toolgen.export.mistakes import MistakeMode
from toolgen.export.openai_ft import to_openai
from toolgen.export.sharegpt import DATASET_INFO, to_sharegpt
from toolgen.export.splits import SplitBy, SplitPlan, SplitSpec, split_key
from toolgen.export.tabular import FIELDS, DatasetSplit, ParquetRows, row, write_dataset_dict
from toolgen.io.jsonl import LineError, read_records
from toolgen.io.manifest import run_profile
from toolgen.records import Record

Format = Literal["openai", "hf", "sharegpt", "hermes", "parquet", "hf-dataset", "bfcl"]
FORMATS: tuple[Format, ...] = ("openai", "hf", "sharegpt", "hermes", "parquet", "hf-dataset",
                               "bfcl")
LINE_FORMATS: tuple[Format, ...] = ("openai", "hf", "sharegpt", "hermes")


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
    """Every record of `path` in memory (for tests and small files; exports stream)."""
    records: list[Record] = []
    errors: list[LineError] = []
    for item in read_records(path):
        if isinstance(item, LineError):
            errors.append(item)
        else:
            records.append(item.record)
    return records, errors


def _valid(path: Path, errors: list[LineError] | None = None) -> Iterator[Record]:
    for item in read_records(path):
        if isinstance(item, LineError):
            if errors is not None:
                errors.append(item)
        else:
            yield item.record


def _run_seed(records: Sequence[Record], seed: int | None) -> int:
    if seed is not None:
        return seed
    value = records[0].metadata.generation_profile.get("run_seed", 0) if records else 0
    return int(value) if isinstance(value, int) else 0


def _path(out: Path, split: str) -> Path:
    if split == "all":
        return out
    return out.with_name(f"{out.stem}.{split}{out.suffix}")


class _Splitter:
    """Which split a record goes to: "all" without `--split`, else from a `SplitPlan`
    built by a first pass over the file."""

    def __init__(self, path: Path, opts: ExportOptions) -> None:
        self.by = opts.split_by
        self.names = [n for n, _ in opts.split.shares] if opts.split else ["all"]
        self.plan: SplitPlan | None = None
        if opts.split is None:
            return
        plan = SplitPlan()
        seed = opts.seed
        for record in _valid(path):
            if seed is None:
                seed = _run_seed([record], None)
            plan.add(split_key(record, opts.split_by))
        plan.assign(opts.split, seed or 0)
        self.plan = plan

    def __call__(self, record: Record) -> str:
        return "all" if self.plan is None else self.plan.name(split_key(record, self.by))


def export_file(path: Path, out: Path, opts: ExportOptions
                ) -> tuple[ExportResult, list[LineError]]:
    """Export the valid records of `path` to `out` in `opts.fmt`, reading the file as a
    stream (twice with `--split`); nothing is written when no line is a valid record."""
    errors: list[LineError] = []
    stream = _valid(path, errors)
    first = next(stream, None)
    if first is None:
        return ExportResult(), errors
    result = ExportResult()
    scan = (DecontamScan(load_benchmarks(opts.benchmarks), opts.ngram)
            if opts.benchmarks is not None else None)

    def records() -> Iterator[Record]:
        for record in chain([first], stream):
            result.records += 1
            if scan is not None:
                scan.add(record)
            yield record

    if opts.fmt in LINE_FORMATS:
        _lines(records(), _Splitter(path, opts), out, opts, result)
    elif opts.fmt in ("parquet", "hf-dataset"):
        _tabular(records(), _Splitter(path, opts), out, opts, result, scan, run_profile(path))
    else:
        _bfcl(records(), _run_seed([first], opts.seed), out, result)
    if scan is not None:
        result.decontam = scan.report()
        report = (out / "decontamination.json" if out.is_dir()
                  else out.with_name(f"{out.stem}.decontam.json"))
        report.write_bytes(orjson.dumps(result.decontam.as_dict(), option=orjson.OPT_INDENT_2))
        result.outputs.append(report)
    return result, errors


def _converter(opts: ExportOptions) -> Callable[[Record], dict[str, Any]]:
    if opts.fmt == "openai":
        return lambda r: to_openai(r, opts.mistakes)
    if opts.fmt == "hf":
        return lambda r: to_hf(r, opts.mistakes, opts.split_parallel)
    if opts.fmt == "sharegpt":
        return lambda r: to_sharegpt(r, opts.mistakes)
    return lambda r: to_hermes(r, opts.mistakes)


def _lines(records: Iterable[Record], splitter: _Splitter, out: Path, opts: ExportOptions,
           result: ExportResult) -> None:
    convert = _converter(opts)
    with ExitStack() as stack:
        handles: dict[str, BinaryIO] = {}
        for name in splitter.names:
            target = _path(out, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            handles[name] = stack.enter_context(target.open("wb"))
            result.outputs.append(target)
            result.counts[name] = 0
        for record in records:
            name = splitter(record)
            handles[name].write(orjson.dumps(convert(record)) + b"\n")
            result.counts[name] += 1
    if opts.fmt == "sharegpt":
        _dataset_info(out, splitter.names, result)


def _dataset_info(out: Path, split_names: Sequence[str], result: ExportResult) -> None:
    info = out.with_name(f"{out.stem}.dataset_info.json")
    entries = {f"{out.stem}{'' if n == 'all' else '_' + n}":
               {"file_name": _path(out, n).name, **DATASET_INFO} for n in split_names}
    info.write_bytes(orjson.dumps(entries, option=orjson.OPT_INDENT_2))
    result.outputs.append(info)


def _tabular(records: Iterable[Record], splitter: _Splitter, out: Path, opts: ExportOptions,
             result: ExportResult, scan: DecontamScan | None,
             profile: Mapping[str, Any] | None = None) -> None:
    named = {name: "train" if name == "all" else name for name in splitter.names}
    sinks: dict[str, ParquetRows | DatasetSplit]
    if opts.fmt == "parquet":
        out.parent.mkdir(parents=True, exist_ok=True)
        sinks = {name: ParquetRows(_path(out, name)) for name in splitter.names}
    else:
        sinks = {name: DatasetSplit(out / named[name]) for name in splitter.names}
    stats = CardStats()
    for record in records:
        stats.add(record)
        sinks[splitter(record)].add(row(record, opts.mistakes, opts.split_parallel))
    for sink in sinks.values():
        sink.close()
    result.counts = {named[name]: sink.count for name, sink in sinks.items()}
    extra: dict[str, Any] = {"split": f"grouped by {opts.split_by}" if opts.split else "none"}
    if scan is not None:
        extra["decontamination"] = "; ".join(scan.report().lines()[1:])
    card = dataset_card(stats, result.counts, FIELDS, opts.mistakes, extra, profile)
    if opts.fmt == "parquet":
        result.outputs += [_path(out, name) for name in splitter.names]
        readme = out.with_name(f"{out.stem}.README.md")
    else:
        write_dataset_dict(out, list(named.values()))
        result.outputs.append(out)
        readme = out / "README.md"
    readme.write_text(card, encoding="utf-8")
    result.outputs.append(readme)


class _JsonObjectWriter:
    """A JSON object written one entry at a time, byte-identical to orjson's OPT_INDENT_2
    dump of the whole dict (for a manifest as long as the export)."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.entries = 0

    def add(self, key: str, value: Any) -> None:
        self.fh.write(b"{\n  " if not self.entries else b",\n  ")
        self.fh.write(orjson.dumps(key) + b": " + orjson.dumps(value))
        self.entries += 1

    def close(self) -> None:
        self.fh.write(b"\n}" if self.entries else b"{}")


def _bfcl(records: Iterable[Record], seed: int, out: Path, result: ExportResult) -> None:
    (out / "possible_answer").mkdir(parents=True, exist_ok=True)
    skipped: Counter[str] = Counter()
    counts = dict.fromkeys(CATEGORIES, 0)
    with ExitStack() as stack:
        files: dict[str, tuple[BinaryIO, BinaryIO | None]] = {}
        manifest = _JsonObjectWriter(
            stack.enter_context((out / "toolgen_sources.json").open("wb")))
        for task in bfcl_tasks(records, seed, skipped):
            if task.category not in files:
                name = f"BFCL_v4_toolgen_{task.category}.json"
                answers: BinaryIO | None = None
                if task.category != "irrelevance":
                    answers = stack.enter_context((out / "possible_answer" / name).open("wb"))
                files[task.category] = (stack.enter_context((out / name).open("wb")), answers)
            questions, answer_file = files[task.category]
            task_id = f"{task.category}_{counts[task.category]}"
            counts[task.category] += 1
            questions.write(orjson.dumps({"id": task_id, "question": task.question,
                                          "function": task.functions}) + b"\n")
            if answer_file is not None and task.ground_truth is not None:
                answer_file.write(orjson.dumps({"id": task_id, "ground_truth": task.ground_truth})
                              + b"\n")
            manifest.add(task_id, task.conversation_id)
        manifest.close()
    result.counts = counts
    result.outputs += [out / f"BFCL_v4_toolgen_{c}.json" for c in CATEGORIES if c in files]
    result.skipped = dict(skipped.most_common())
