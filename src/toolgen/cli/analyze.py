"""`toolgen analyze X.scored.jsonl`: dataset metrics as Rich tables and X.summary.json.

Parses options, reads records, calls `toolgen.analysis.summarize` and prints.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from toolgen.analysis.summary import summarize
from toolgen.cli.console import fail, out
from toolgen.io.jsonl import LineError, count_lines, read_record_dicts
from toolgen.io.output import write_bytes


def summary_path(path: Path) -> Path:
    """X.scored.jsonl (or X.jsonl) -> X.summary.json."""
    name = path.name
    for suffix in (".scored.jsonl", ".jsonl"):
        if name.endswith(suffix):
            return path.with_name(name[: -len(suffix)] + ".summary.json")
    return path.with_name(name + ".summary.json")


def analyze_command(
    path: Annotated[
        Path, typer.Argument(help="Records to analyze (JSONL, usually X.scored.jsonl).")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Summary JSON (default X.summary.json).")
    ] = None,
    n_endpoints: Annotated[
        int | None,
        typer.Option("--endpoints", min=1, help="Registry endpoint count, for coverage."),
    ] = None,
    n_edges: Annotated[
        int | None, typer.Option("--edges", min=1, help="Graph edge count, for edge coverage.")
    ] = None,
    toolenv: Annotated[
        str | None,
        typer.Option("--toolenv", help="Corpus the records came from ('bundled' or a path): "
                                       "adds output sources and semantic types."),
    ] = None,
) -> None:
    """Summarize a dataset: shape, patterns, faults, scores, diversity, coverage."""
    if not path.is_file():
        fail(f"file not found: {path}" if not path.exists() else f"not a file: {path}")
    total = count_lines(path)
    if total == 0:
        fail(f"empty file: {path}")
    errors: list[LineError] = []
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=out,
        transient=True,
    ) as progress:
        task = progress.add_task("analyze", total=total)

        def records() -> Iterator[dict[str, Any]]:
            for item in read_record_dicts(path):
                progress.advance(task)
                if isinstance(item, LineError):
                    errors.append(item)
                else:
                    yield item

        summary = summarize(records(), n_endpoints=n_endpoints, n_edges=n_edges)
    if summary["records"] == 0:
        fail(f"not JSONL records: {path} (line {errors[0].line}: {errors[0].message})")
    if toolenv is not None:
        summary["content"] = _content(path, toolenv)
    target = output or summary_path(path)
    try:
        write_bytes(target, orjson.dumps(summary,
                                         option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
    except OSError as exc:
        fail(f"cannot write {target}: {exc.strerror or exc}")
    _print(summary, len(errors))
    out.print(f"summary: {target}", markup=False, highlight=False)


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _table(title: str, rows: list[tuple[str, str]]) -> Table:
    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column("metric", style="bold")
    table.add_column("value", justify="right")
    for k, v in rows:
        table.add_row(k, v)
    return table


def _distinct(div: dict[str, Any], key: str, suffix: str) -> str:
    return f"{div[key + '_1' + suffix]:.3f} / {div[key + '_2' + suffix]:.3f}"


def _print(summary: dict[str, Any], skipped: int) -> None:
    shape = summary["shape"]
    scores = summary["scores"]
    div = summary["diversity"]
    cov = summary["coverage"]
    rows = [
        (
            "records",
            str(summary["records"]) + (f" ({skipped} unreadable lines skipped)" if skipped else ""),
        ),
        ("avg messages", f"{shape['avg_messages']:.2f}"),
        ("avg tool calls", f"{shape['avg_tool_calls']:.2f}"),
        ("avg distinct tools", f"{shape['avg_distinct_tools']:.2f}"),
        ("multi-step + multi-tool share", _pct(shape["multi_step_share"])),
    ]
    rows += [(f"score: {k}", f"{v:.2f}") for k, v in scores["averages"].items()]
    rows.append(("passing validators", _pct(scores["pass_rate"])))
    out.print(_table("dataset", rows))
    out.print(
        _table(
            "patterns (share of records)", [(k, _pct(v)) for k, v in summary["patterns"].items()]
        )
    )
    faults = [(k, _pct(v)) for k, v in summary["faults"].items()]
    faults += [(f"status {k}", _pct(v)) for k, v in summary["status_share_of_records"].items()]
    if faults:
        out.print(_table("faults (share of records)", faults))
    if summary["mistakes"]:
        out.print(_table("deliberate mistakes, weight 0 (share of records)",
                         [(k, _pct(v)) for k, v in summary["mistakes"].items()]))
    cov_rows = [
        ("user turns distinct-1 / 2", _distinct(div, "user_distinct", "")),
        ("  before paraphrase", _distinct(div, "user_distinct", "_before_paraphrase")),
        ("first user turn distinct-1 / 2", _distinct(div, "first_user_distinct", "")),
        ("  before paraphrase", _distinct(div, "first_user_distinct", "_before_paraphrase")),
        ("records paraphrased", _pct(div["paraphrased_share"])),
        (
            "distinct endpoints",
            str(cov["distinct_endpoints"])
            + (
                f" ({_pct(cov['endpoint_coverage'])})"
                if cov["endpoint_coverage"] is not None
                else ""
            ),
        ),
        (
            "distinct edges",
            str(cov["distinct_edges"])
            + (f" ({_pct(cov['edge_coverage'])})" if cov["edge_coverage"] is not None else ""),
        ),
        (
            "tool entropy (bits, normalised)",
            f"{cov['tool_entropy_bits']:.2f}, {cov['tool_entropy_normalised']:.2f}",
        ),
    ]
    out.print(_table("diversity and coverage", cov_rows))
    live = [
        (k, f"{v['avg_live_calls']:.2f} live calls/record over {v['records']}")
        for k, v in summary["live"].items()
    ]
    out.print(_table("live calls by profile", live))
    content = summary.get("content")
    if content:
        rows = [(f"outputs from {k}", _pct(v)) for k, v in content["output_sources"].items()]
        rows += [(f"type {k}", str(v)) for k, v in list(content["semantic_types"].items())[:20]]
        out.print(_table(f"content ({content['tool_outputs']} tool outputs)", rows))


def _content(path: Path, toolenv: str) -> dict[str, Any]:
    from toolgen.analysis.content import content_report
    from toolgen.registry import RegistryError

    if toolenv != "bundled" and not Path(toolenv).exists():
        fail(f"--toolenv: not found: {toolenv}")
    try:
        return content_report((r for r in read_record_dicts(path) if not isinstance(r, LineError)),
                              toolenv)
    except RegistryError as exc:
        fail(f"--toolenv {toolenv}: {exc}")


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze_command)
