"""`toolgen export FILE --format F -o OUT`: training and benchmark formats of a dataset.

Parses options, calls `export_file` (which reads the records) and prints counts; the
formats, mistakes handling, splits and decontamination report live in `toolgen.export`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer

from toolgen.cli.console import fail, out

if TYPE_CHECKING:
    from toolgen.export.splits import SplitBy


def export_command(
    path: Annotated[Path, typer.Argument(help="Records to export (JSONL).")],
    fmt: Annotated[str, typer.Option(
        "--format", "-f",
        help="openai | hf | sharegpt | hermes | parquet | hf-dataset | bfcl")] = "openai",
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Output file (JSONL, parquet) or folder (hf-dataset, bfcl).")
    ] = None,
    mistakes: Annotated[str, typer.Option(
        help="mask (weight 0 where the format has it, else drop) | drop | keep")] = "mask",
    split: Annotated[str | None, typer.Option(
        help="Grouped splits, e.g. train=0.9,val=0.1 (a chain never spans two splits).")
    ] = None,
    split_by: Annotated[str, typer.Option(
        help="chain | tool (also keep each tool within one split).")] = "chain",
    seed: Annotated[int | None, typer.Option(help="Split seed (default: the run seed).")] = None,
    split_parallel: Annotated[bool, typer.Option(
        "--split-parallel", help="hf: one call per assistant turn (Llama 3.1 templates).")
    ] = False,
    benchmarks: Annotated[Path | None, typer.Option(
        help="Folder of benchmark corpora for the decontamination report.")] = None,
    ngram: Annotated[int, typer.Option(min=1, help="Decontamination n-gram size.")] = 8,
) -> None:
    """Export records for trainers (OpenAI, HF, ShareGPT, Hermes, parquet) or BFCL."""
    from toolgen.export.mistakes import MISTAKE_MODES
    from toolgen.export.run import FORMATS, ExportOptions, export_file
    from toolgen.export.splits import SplitSpec, SplitSpecError

    if fmt not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}; got {fmt!r}")
    if mistakes not in MISTAKE_MODES:
        fail(f"--mistakes must be one of {', '.join(MISTAKE_MODES)}; got {mistakes!r}")
    if split_by not in ("chain", "tool"):
        fail(f"--split-by must be chain or tool; got {split_by!r}")
    if fmt == "bfcl" and split:
        fail("--split does not apply to --format bfcl (evaluation tasks are not split)")
    if not path.is_file():
        fail(f"file not found: {path}")
    if benchmarks is not None and not benchmarks.is_dir():
        fail(f"benchmark folder not found: {benchmarks}")
    try:
        spec = SplitSpec.parse(split) if split else None
    except SplitSpecError as exc:
        fail(f"--split: {exc}")
    default = {"hf-dataset": "_hf", "bfcl": "_bfcl", "parquet": ".parquet"}
    target = output or path.with_name(
        path.stem + default.get(fmt, f".{fmt}.jsonl"))
    options = ExportOptions(fmt=fmt, mistakes=mistakes,
                            split=spec, split_by=cast("SplitBy", split_by), seed=seed,
                            split_parallel=split_parallel, benchmarks=benchmarks, ngram=ngram)
    result, errors = export_file(path, target, options)
    if not result.records:
        fail(f"{path}: no valid records" + (f" ({errors[0].message}, line {errors[0].line})"
                                             if errors else ""))
    if errors:
        out.print(f"skipped {len(errors)} invalid lines (first: line {errors[0].line}: "
                  f"{errors[0].message})", highlight=False)
    counts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
    out.print(f"{fmt}: {result.records} records -> {counts}", highlight=False)
    if result.skipped:
        out.print("not exported: " + ", ".join(f"{k} {v}" for k, v in result.skipped.items()),
                  highlight=False)
    if result.decontam is not None:
        for line in result.decontam.lines():
            out.print(line, highlight=False)
    for written in result.outputs:
        out.print(f"wrote {written}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
