"""A ToolBench-sized corpus from the shared slice: 10,595 files, about 47,000 endpoints.

The full upstream ToolBench tool set (10,595 usable files, 47,069 endpoints, 933,889 graph
edges) is not shipped here; the shared slice holds 1,148 files and 3,746 endpoints with
every format variation. This module writes a corpus of the upstream size by cycling over
the slice's files in order: copy `k` of `<Category>/<stem>.json` is written as
`<Category>/<stem>__c<k>.json` with a perturbed tool name (` <k>` appended, so names,
vocabularies and function names differ between copies), and each file's `api_list` is
padded with endpoints borrowed from the next file of its category (renamed with an
`x<k>` suffix) until the corpus reaches the endpoint target. Deterministic; stdlib and
orjson only, so a test can import it.

Copies repeat their endpoints' names, descriptions and parameters, so the loader's and
the graph's caches (keyed by such text) hit far more often than on the real corpus,
where nearly every endpoint differs. `--distinct` gives every copy after the first its
own wording: an English word (`north`, `lite`, ...) added to each endpoint's name, its
description and its parameters' descriptions, so those caches miss as on real data.
Usage:

    .venv/bin/python bench/make_corpus.py OUT_DIR [--files 10595] [--endpoints 47069]
        [--distinct]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import orjson

SLICE = Path(__file__).resolve().parents[1].parent / "shared/corpora/toolbench/toolenv/tools"
FULL_FILES = 10_595
FULL_ENDPOINTS = 47_069


def _slice_files(source: Path) -> list[tuple[str, Path, dict[str, Any]]]:
    """(category, file, document) for every slice file holding a non-empty `api_list`."""
    out: list[tuple[str, Path, dict[str, Any]]] = []
    for folder in sorted(p for p in source.iterdir() if p.is_dir()):
        for path in sorted(folder.glob("*.json")):
            try:
                doc = orjson.loads(path.read_bytes())
            except (orjson.JSONDecodeError, OSError):
                continue
            if isinstance(doc, dict) and isinstance(doc.get("api_list"), list) and doc["api_list"]:
                out.append((folder.name, path, doc))
    return out


_EDITIONS = ("north", "south", "east", "west", "prime", "plus", "lite", "pro", "max", "mini",
             "gold", "blue", "green", "daily", "global", "local")


def _edition(copy: int) -> str:
    """Words that set copy `copy` apart (two words past the sixteenth copy)."""
    word = _EDITIONS[copy % len(_EDITIONS)]
    return word if copy < len(_EDITIONS) else f"{_EDITIONS[copy // len(_EDITIONS)]} {word}"


def _reworded(endpoint: object, edition: str) -> object:
    """`endpoint` with `edition` in its name, description and parameter descriptions."""
    if not isinstance(endpoint, dict) or not isinstance(endpoint.get("name"), str):
        return endpoint
    out = {**endpoint, "name": f"{endpoint['name']} {edition}",
           "description": f"{endpoint.get('description') or ''} ({edition} edition)"}
    for key in ("required_parameters", "optional_parameters"):
        params = endpoint.get(key)
        if isinstance(params, list):
            out[key] = [{**p, "description": f"{p.get('description') or ''} ({edition})"}
                        if isinstance(p, dict) else p for p in params]
    return out


def _renamed(endpoint: object, suffix: str) -> object:
    if not isinstance(endpoint, dict) or not isinstance(endpoint.get("name"), str):
        return endpoint
    return {**endpoint, "name": f"{endpoint['name']} {suffix}"}


def make_corpus(dest: Path, files: int = FULL_FILES, endpoints: int = FULL_ENDPOINTS,
                source: Path = SLICE, distinct: bool = False) -> tuple[int, int]:
    """Write the corpus under `dest` (category folders); returns (files, endpoints) written.
    `distinct`: copies worded apart (see the module docstring)."""
    base = _slice_files(source)
    if not base:
        raise FileNotFoundError(f"no ToolBench files under {source}")
    by_category: dict[str, list[int]] = defaultdict(list)
    for i, (category, _, _) in enumerate(base):
        by_category[category].append(i)
    base_endpoints = sum(len(base[i % len(base)][2]["api_list"]) for i in range(files))
    extra_total = max(0, endpoints - base_endpoints)
    written = total = 0
    for n in range(files):
        category, path, doc = base[n % len(base)]
        copy = n // len(base)
        api_list = list(doc["api_list"])
        # Integer shares, so the corpus holds exactly `endpoints` endpoints.
        extra = (n + 1) * extra_total // files - n * extra_total // files
        siblings = by_category[category]
        donor = base[siblings[(siblings.index(n % len(base)) + 1) % len(siblings)]][2]
        api_list.extend(_renamed(donor["api_list"][j % len(donor["api_list"])], f"x{copy}{j}")
                        for j in range(extra))
        if distinct and copy:
            api_list = [_reworded(e, _edition(copy)) for e in api_list]
        name = doc.get("tool_name")
        out = {**doc, "api_list": api_list,
               "tool_name": f"{name} {copy}" if isinstance(name, str) and copy else name}
        folder = dest / category
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{path.stem}__c{copy}.json").write_bytes(orjson.dumps(out))
        written += 1
        total += len(api_list)
    return written, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=FULL_FILES)
    parser.add_argument("--endpoints", type=int, default=FULL_ENDPOINTS)
    parser.add_argument("--source", type=Path, default=SLICE)
    parser.add_argument("--distinct", action="store_true",
                        help="word every copy apart (caches miss as on a real corpus)")
    args = parser.parse_args()
    if not args.source.is_dir():
        sys.exit(f"slice not found: {args.source}")
    files, endpoints = make_corpus(args.out, args.files, args.endpoints, args.source,
                                   args.distinct)
    print(f"wrote {files} files, {endpoints} endpoints (in api_lists) under {args.out}")


if __name__ == "__main__":
    main()
