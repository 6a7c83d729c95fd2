"""The in-memory export before it streamed: the reference the streamed one must match.

A verbatim copy of `run_export` and what only it used (loading every record, splitting
with a union-find over records, writing parquet / `datasets` folders from lists,
the dataset card over the record list, BFCL tasks with the irrelevance partner searched
over every other record, and the decontamination report keeping every flagged record).
Helpers that did not change are imported from src.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean
from typing import Any

import orjson

from toolgen.export.bfcl import CATEGORIES, BfclTask, _irrelevant_tools, _Skip, task_of
from toolgen.export.card import _licence, _shares
from toolgen.export.decontam import Benchmarks, first_user_turn, load_benchmarks, ngrams
from toolgen.export.run import ExportOptions, ExportResult, _converter, _path, _run_seed
from toolgen.export.sharegpt import DATASET_INFO
from toolgen.export.splits import SplitKey, SplitSpec, split_key
from toolgen.export.tabular import FIELDS, row
from toolgen.io.jsonl import LineError, read_records
from toolgen.records import Record
from toolgen.seeds import derive_seed


def load_records(path: Path) -> tuple[list[Record], list[LineError]]:
    records: list[Record] = []
    errors: list[LineError] = []
    for item in read_records(path):
        if isinstance(item, LineError):
            errors.append(item)
        else:
            records.append(item.record)
    return records, errors


# --- splits -------------------------------------------------------------------------------

def _groups(keys: Sequence[SplitKey]) -> list[list[int]]:
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, item in enumerate(keys):
        for key in item.keys:
            j = first.setdefault(key, i)
            parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(keys)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def assign_split_keys(keys: Sequence[SplitKey], spec: SplitSpec, seed: int) -> list[str]:
    groups = _groups(keys)
    groups.sort(key=lambda g: derive_seed(seed, "split",
                                          min(keys[i].conversation_id for i in g)))
    counts = {name: 0 for name, _ in spec.shares}
    out = [""] * len(keys)
    placed = 0
    for group in groups:
        placed += len(group)
        name = max(spec.shares, key=lambda s: s[1] * placed - counts[s[0]])[0]
        counts[name] += len(group)
        for i in group:
            out[i] = name
    return out


def assign_splits(records: Sequence[Record], spec: SplitSpec, seed: int,
                  by: Any = "chain") -> list[str]:
    return assign_split_keys([split_key(r, by) for r in records], spec, seed)


# --- decontamination ----------------------------------------------------------------------

@dataclass
class DecontamReport:
    n: int
    records: int
    queries: dict[str, int]
    flagged: dict[str, list[dict[str, Any]]]
    bfcl_functions: int
    tool_names: int
    tool_overlap: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "ngram": self.n, "records": self.records, "benchmark_queries": self.queries,
            "flagged": {k: {"count": len(v), "examples": v[:10]} for k, v in self.flagged.items()},
            "bfcl_function_names": self.bfcl_functions, "export_tool_names": self.tool_names,
            "bfcl_tool_name_overlap": {"count": len(self.tool_overlap),
                                       "names": self.tool_overlap[:50]},
        }

    def lines(self) -> list[str]:
        out = [f"decontamination ({self.n}-gram overlap of first user turns, "
               f"{self.records} records):"]
        for name, total in sorted(self.queries.items()):
            hits = self.flagged.get(name, [])
            out.append(f"  {name}: {len(hits)} records share an n-gram with {total} queries")
        out.append(f"  BFCL tool names: {len(self.tool_overlap)} of {self.tool_names} export "
                   f"tool names are BFCL function names")
        return out


def decontaminate(records: Sequence[Record], bench: Benchmarks, n: int = 8) -> DecontamReport:
    index: dict[str, dict[tuple[str, ...], int]] = {}
    for name, queries in bench.queries.items():
        grams: dict[tuple[str, ...], int] = {}
        for qi, q in enumerate(queries):
            for g in ngrams(q, n):
                grams.setdefault(g, qi)
        index[name] = grams
    flagged: dict[str, list[dict[str, Any]]] = {name: [] for name in bench.queries}
    for record in records:
        mine = ngrams(first_user_turn(record), n)
        for name, grams in index.items():
            shared = [g for g in mine if g in grams]
            if shared:
                flagged[name].append({
                    "conversation_id": record.conversation_id,
                    "shared_ngrams": len(shared), "of": len(mine),
                    "query": bench.queries[name][grams[shared[0]]][:200],
                })
    names = _tool_names(records)
    bfcl = bench.bfcl_functions | {f.replace(".", "_") for f in bench.bfcl_functions}
    return DecontamReport(
        n=n, records=len(records), queries={k: len(v) for k, v in bench.queries.items()},
        flagged=flagged, bfcl_functions=len(bench.bfcl_functions), tool_names=len(names),
        tool_overlap=sorted(names & bfcl),
    )


def _tool_names(records: Iterable[Record]) -> set[str]:
    return {str(t.get("function", {}).get("name", "")) for r in records for t in r.tools} - {""}


# --- BFCL ---------------------------------------------------------------------------------

@dataclass
class BfclExport:
    tasks: list[BfclTask] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)

    def entries(self) -> dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
        out: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
        for task in self.tasks:
            questions, answers = out.setdefault(task.category, ([], []))
            task_id = f"{task.category}_{len(questions)}"
            questions.append({"id": task_id, "question": task.question,
                              "function": task.functions})
            if task.ground_truth is not None:
                answers.append({"id": task_id, "ground_truth": task.ground_truth})
        return out


def bfcl_export(records: Sequence[Record], seed: int, irrelevance_every: int = 4) -> BfclExport:
    export = BfclExport()
    for i, record in enumerate(records):
        try:
            task = task_of(record)
        except _Skip as why:
            export.skipped[str(why)] += 1
            continue
        export.tasks.append(task)
        if derive_seed(seed, "bfcl-irrelevance", record.conversation_id) % irrelevance_every:
            continue
        rotated = [*records[i + 1:], *records[:i]]
        try:
            docs = _irrelevant_tools(record, rotated,
                                     " ".join(m["content"] for m in task.question[0]))
        except _Skip:
            docs = None
        if docs:
            export.tasks.append(BfclTask("irrelevance", record.conversation_id,
                                         task.question, docs, None))
    return export


# --- dataset card -------------------------------------------------------------------------

def dataset_card(records: Sequence[Record], split_counts: Mapping[str, int],
                 fields: Mapping[str, str], mistakes: str, extra: Mapping[str, Any]) -> str:
    first = records[0].metadata if records else None
    profile = first.generation_profile if first else {}
    toolenv = str(profile.get("toolenv", "bundled"))
    seed = profile.get("run_seed", "?")
    n = len(records)
    patterns = Counter(p for r in records for p in r.metadata.patterns)
    findings = Counter(f"{f.validator}/{f.kind}" for r in records for f in r.judge_scores.findings)
    judges = Counter(r.judge_scores.judge for r in records)
    failed = sum(1 for r in records for step in r.step_trace if step.intended)
    lines = [
        "---", "license: other", "task_categories:", "- text-generation",
        "tags:", "- tool-calling", "- function-calling", "- synthetic", "---", "",
        "# ToolGen synthetic tool-calling conversations", "",
        f"{n} multi-turn conversations generated offline by ToolGen "
        f"{first.toolgen_version if first else ''}.", "",
        "## Fields", "",
        *[f"- `{name}`: {doc}" for name, doc in fields.items()], "",
        "`messages` and `tools` use the `datasets` `Json` feature: each message keeps exactly "
        "its own keys (no null-filled struct) and call arguments stay objects, ready for "
        "chat templates:", "",
        "```python",
        "from datasets import load_from_disk",
        "ds = load_from_disk(PATH)['train']",
        "text = tokenizer.apply_chat_template(ds[0]['messages'], tools=ds[0]['tools'],",
        "                                     tokenize=False)",
        "```", "",
        "## Counts", "",
        "| split | records |", "|---|---|",
        *[f"| {k} | {v} |" for k, v in split_counts.items()], "",
        "## Pattern mix", "",
        "| pattern | records | share |", "|---|---|---|",
        *[f"| {p} | {c} | {c / max(n, 1):.0%} |" for p, c in patterns.most_common()], "",
        "## Source corpus and licence", "",
        f"- corpus: `{toolenv}`", f"- {_licence(toolenv)}", "",
        "## Generation", "",
        "```",
        f"toolgen generate -n {n} --seed {seed} --toolenv {toolenv} "
        f"--min-calls {profile.get('min_calls', 1)} --max-calls {profile.get('max_calls', 4)}",
        "```", "",
        f"- run seed: {seed}; per-record seeds are in the source records' metadata; "
        f"`-n` counts accepted records (rejects are not exported)",
        f"- robustness shares asked: {_shares(profile.get('robustness'))}",
        f"- deliberate mistakes in the source: {failed} failed attempts in "
        f"{sum(1 for r in records if any(s.intended for s in r.step_trace))} records; "
        f"export mode `{mistakes}`"
        + (" (this format has no weight, so they are dropped)" if mistakes == "mask" else ""),
        "",
        "## Validator and judge figures", "",
        f"- judge: {', '.join(f'{k} ({v})' for k, v in judges.items())}",
    ]
    if records:
        s = [r.judge_scores for r in records]
        top = ", ".join(f"{k} {v}" for k, v in findings.most_common(8)) or "none"
        lines += [
            f"- mean overall {mean(x.overall for x in s):.2f}, tool correctness "
            f"{mean(x.tool_correctness for x in s):.2f}, naturalness "
            f"{mean(x.naturalness for x in s):.2f}, task completion "
            f"{mean(x.task_completion for x in s):.2f} (1-5)",
            f"- validator findings kept on accepted records: "
            f"{sum(findings.values())} ({top})",
        ]
    lines += [f"- {key}: {value}" for key, value in extra.items()]
    return "\n".join(lines) + "\n"


# --- parquet / datasets -------------------------------------------------------------------

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


# --- the run ------------------------------------------------------------------------------

def _split(records: Sequence[Record], opts: ExportOptions) -> dict[str, list[Record]]:
    if opts.split is None:
        return {"all": list(records)}
    names = assign_splits(records, opts.split, _run_seed(records, opts.seed), opts.split_by)
    out: dict[str, list[Record]] = {name: [] for name, _ in opts.split.shares}
    for record, name in zip(records, names, strict=True):
        out[name].append(record)
    return out


def _write_jsonl(path: Path, rows: Sequence[Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        for r in rows:
            fh.write(orjson.dumps(r))
            fh.write(b"\n")


def _dataset_info(out: Path, split_names: Sequence[str], result: ExportResult) -> None:
    info = out.with_name(f"{out.stem}.dataset_info.json")
    entries = {f"{out.stem}{'' if n == 'all' else '_' + n}":
               {"file_name": _path(out, n).name, **DATASET_INFO} for n in split_names}
    info.write_bytes(orjson.dumps(entries, option=orjson.OPT_INDENT_2))
    result.outputs.append(info)


def run_export(records: Sequence[Record], out: Path, opts: ExportOptions) -> ExportResult:
    result = ExportResult()
    decontam = None
    if opts.benchmarks is not None:
        decontam = decontaminate(records, load_benchmarks(opts.benchmarks), opts.ngram)
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
        _tabular(records, splits, out, opts, result, decontam)
    else:
        _bfcl(records, out, opts, result)
    if decontam is not None:
        report = (out / "decontamination.json" if out.is_dir()
                  else out.with_name(f"{out.stem}.decontam.json"))
        report.write_bytes(orjson.dumps(decontam.as_dict(), option=orjson.OPT_INDENT_2))
        result.outputs.append(report)
    result.decontam = decontam  # type: ignore[assignment]  # the old report class
    result.records = len(records)
    return result


def _tabular(records: Sequence[Record], splits: dict[str, list[Record]], out: Path,
             opts: ExportOptions, result: ExportResult, decontam: DecontamReport | None) -> None:
    rows = {name: [row(r, opts.mistakes, opts.split_parallel) for r in part]
            for name, part in splits.items()}
    named = {("train" if n == "all" else n): v for n, v in rows.items()}
    result.counts = {n: len(v) for n, v in named.items()}
    extra: dict[str, Any] = {"split": f"grouped by {opts.split_by}" if opts.split else "none"}
    if decontam is not None:
        extra["decontamination"] = "; ".join(decontam.lines()[1:])
    card = dataset_card(records, result.counts, FIELDS, opts.mistakes, extra)
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
