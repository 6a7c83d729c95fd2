"""The dataset card (README.md) written beside a `datasets` / parquet export.

`CardStats` gathers what the card reports record by record (counters and exact sums), so
an export of any size writes it without holding the records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

from toolgen.records import Record

_LICENCES = {
    "toolbench": "ToolBench / StableToolBench tool definitions (Apache-2.0 upstream; the "
                 "RapidAPI crawl belongs to its API authors): check before redistributing.",
    "bfcl": "Berkeley Function-Calling Leaderboard function docs (Apache-2.0).",
    "bundled": "ToolGen's bundled sample corpus (Apache-2.0).",
}


def _licence(toolenv: str) -> str:
    low = toolenv.lower()
    for key, note in _LICENCES.items():
        if key in low:
            return note
    return f"Tool definitions from `{toolenv}`: check the corpus licence before sharing."


def _shares(value: Any) -> str:
    if not isinstance(value, dict) or not value:
        return "none"
    return ", ".join(f"{k} {v:.0%}" for k, v in sorted(value.items()))


_SCORES = ("overall", "tool_correctness", "naturalness", "task_completion")


class CardStats:
    """The card's figures, added one record at a time."""

    def __init__(self) -> None:
        self.first: Any = None  # the first record's metadata
        self.n = 0
        self.patterns: Counter[str] = Counter()
        self.findings: Counter[str] = Counter()
        self.judges: Counter[str] = Counter()
        self.failed = 0
        self.with_failed = 0
        # Exact sums, so the means are the floats `statistics.mean` of the list gives.
        self.sums = dict.fromkeys(_SCORES, Fraction(0))

    def add(self, record: Record) -> None:
        if self.first is None:
            self.first = record.metadata
        self.n += 1
        self.patterns.update(record.metadata.patterns)
        js = record.judge_scores
        self.findings.update(f"{f.validator}/{f.kind}" for f in js.findings)
        self.judges[js.judge] += 1
        failed = sum(1 for step in record.step_trace if step.intended)
        self.failed += failed
        self.with_failed += failed > 0
        for name in _SCORES:
            self.sums[name] += Fraction(getattr(js, name))

    def mean(self, name: str) -> float:
        return float(self.sums[name] / self.n)


def dataset_card(records: Iterable[Record] | CardStats, split_counts: Mapping[str, int],
                 fields: Mapping[str, str], mistakes: str, extra: Mapping[str, Any],
                 run_profile: Mapping[str, Any] | None = None) -> str:
    """`run_profile`: the run manifest's generation profile (schema 2.0 records keep only
    the corpus and run seed of it)."""
    if isinstance(records, CardStats):
        stats = records
    else:
        stats = CardStats()
        for record in records:
            stats.add(record)
    first = stats.first
    profile = {**(run_profile or {}), **(first.generation_profile if first else {})}
    toolenv = str(profile.get("toolenv", "bundled"))
    seed = profile.get("run_seed", "?")
    n = stats.n
    patterns, findings, judges, failed = stats.patterns, stats.findings, stats.judges, stats.failed
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
        f"{stats.with_failed} records; "
        f"export mode `{mistakes}`"
        + (" (this format has no weight, so they are dropped)" if mistakes == "mask" else ""),
        "",
        "## Validator and judge figures", "",
        f"- judge: {', '.join(f'{k} ({v})' for k, v in judges.items())}",
    ]
    if n:
        top = ", ".join(f"{k} {v}" for k, v in findings.most_common(8)) or "none"
        lines += [
            f"- mean overall {stats.mean('overall'):.2f}, tool correctness "
            f"{stats.mean('tool_correctness'):.2f}, naturalness "
            f"{stats.mean('naturalness'):.2f}, task completion "
            f"{stats.mean('task_completion'):.2f} (1-5)",
            f"- validator findings kept on accepted records: "
            f"{sum(findings.values())} ({top})",
        ]
    lines += [f"- {key}: {value}" for key, value in extra.items()]
    return "\n".join(lines) + "\n"
