"""The dataset card (README.md) written beside a `datasets` / parquet export."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from statistics import mean
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


def dataset_card(records: Sequence[Record], split_counts: Mapping[str, int],
                 fields: Mapping[str, str], mistakes: str, extra: Mapping[str, Any],
                 run_profile: Mapping[str, Any] | None = None) -> str:
    """`run_profile`: the run manifest's generation profile (schema 2.0 records keep only
    the corpus and run seed of it)."""
    first = records[0].metadata if records else None
    profile = {**(run_profile or {}), **(first.generation_profile if first else {})}
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
