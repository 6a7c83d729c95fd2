"""Scale benchmark: load + graph build on the shared ToolBench corpus copied up to ~47k endpoints.

The full upstream ToolBench tool set has about 47,000 endpoints; the shared copy holds
3,746. This script copies every tool file N times under renamed stems into a temporary
directory (so the real loader reads real files), then times `load_registry` and
`build_graph` and prints endpoints, edges by kind, wall time and peak RSS.
Target: load + build <= 10 s and <= 2 GB. A benchmark prints figures; it never asserts.

    .venv/bin/python bench/scale_graph.py [--target 47000] [--corpus DIR] [--artifacts]
"""

from __future__ import annotations

import argparse
import math
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from toolgen.graph.artifacts import write_artifacts
from toolgen.graph.build import build_graph
from toolgen.registry import load_registry

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "../shared/corpora/toolbench/toolenv/tools"


def count_endpoints(corpus: Path) -> int:
    """Endpoints the loader finds in one copy of the corpus."""
    return len(load_registry(corpus, fmt="toolbench").endpoints)


def replicate(corpus: Path, target: Path, copies: int) -> int:
    """Copy every JSON file `copies` times as `<stem>__c<k>.json`; returns files written."""
    written = 0
    for src in sorted(corpus.rglob("*.json")):
        rel = src.relative_to(corpus)
        folder = target / rel.parent
        folder.mkdir(parents=True, exist_ok=True)
        for k in range(copies):
            shutil.copyfile(src, folder / f"{src.stem}__c{k}.json")
            written += 1
    return written


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=int, default=47_000, help="endpoints to reach")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--artifacts", action="store_true", help="also time writing artifacts")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    if not corpus.is_dir():
        sys.exit(f"corpus not found: {corpus}")
    per_copy = count_endpoints(corpus)
    copies = max(1, math.ceil(args.target / per_copy))
    with tempfile.TemporaryDirectory(prefix="toolgen-scale-") as tmp:
        files = replicate(corpus, Path(tmp) / "tools", copies)
        print(f"corpus: {corpus} ({per_copy} endpoints) x {copies} copies = {files} files")
        rss_before = peak_rss_mb()
        t0 = time.perf_counter()
        registry = load_registry(Path(tmp) / "tools", fmt="toolbench")
        t1 = time.perf_counter()
        graph = build_graph(registry)
        t2 = time.perf_counter()
        print(f"tools:        {len(registry.tools):>10,}")
        print(f"endpoints:    {len(registry.endpoints):>10,}")
        print(f"diagnostics:  {len(registry.diagnostics):>10,}")
        for kind, n in graph.counts_by_kind().items():
            print(f"edges {kind + ':':<14}{n:>10,}")
        print(f"edges total:  {len(graph.edges):>10,}")
        print(f"load:         {t1 - t0:>10.2f} s")
        print(f"graph build:  {t2 - t1:>10.2f} s")
        print(f"load + build: {t2 - t0:>10.2f} s   (target <= 10 s)")
        if args.artifacts:
            t3 = time.perf_counter()
            write_artifacts(registry, graph, Path(tmp) / "artifacts")
            print(f"artifacts:    {time.perf_counter() - t3:>10.2f} s")
        print(f"peak RSS:     {peak_rss_mb():>10.0f} MB (before load {rss_before:.0f} MB; "
              "target <= 2048 MB)")


if __name__ == "__main__":
    main()
