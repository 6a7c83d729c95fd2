"""Write the dashboard bundle for a dataset: the README's script form of
`toolgen export-dashboard`, calling the same library function with the same defaults.

    .venv/bin/python scripts/export_dashboard_data.py --dataset output/conversations_seed42.jsonl

Writes `dashboard/public/toolgen-data/` (`bundle.json`, index and chunks); graph artifacts
come from `output/artifacts` when `toolgen build` wrote them. Bad input is one line on
stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import typer

from toolgen.cli.export_dashboard import run_export
from toolgen.export.dashboard import DEFAULT_CHUNK_SIZE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--dataset", type=Path, required=True,
                        help="dataset JSONL written by `toolgen generate`")
    parser.add_argument("--artifacts", type=Path, default=None,
                        help="graph artifacts dir (default: output/artifacts if built)")
    parser.add_argument("--out", type=Path, default=None,
                        help="bundle dir (default: dashboard/public/toolgen-data)")
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE)
    args = parser.parse_args(argv)
    if args.chunk_size < 1:
        parser.error("--chunk-size must be at least 1")
    try:
        run_export(args.dataset, args.artifacts, args.out, args.chunk_size)
    except typer.Exit as exc:  # `run_export` printed the one-line error
        return int(exc.exit_code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
