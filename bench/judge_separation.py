"""How well the heuristic judge separates clean from defective records (calibration set).

Prints, per defect kind, how many records the validators flag with that kind, then the
mean overall score of clean and defective records and the share of each the default
threshold accepts. Optionally re-runs over a generated file to show the realism
findings' rates there.

    PYTHONPATH=src python bench/judge_separation.py [records.jsonl]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from statistics import mean

import orjson

from toolgen.judge import JudgeContext, score, validate
from toolgen.records import Record

CALIBRATION = Path(__file__).resolve().parents[1] / "tests/judge/calibration/records.jsonl"


def _rows(path: Path) -> list[tuple[str | None, Record]]:
    out = []
    for line in path.read_bytes().splitlines():
        row = orjson.loads(line)
        out.append((row["defect"], Record.model_validate(row["record"])))
    return out


def calibration(ctx: JudgeContext) -> None:
    flagged: Counter[str] = Counter()
    total: Counter[str] = Counter()
    clean_scores: list[float] = []
    bad_scores: list[float] = []
    clean_errors = 0
    for defect, record in _rows(CALIBRATION):
        findings = validate(record, ctx)
        overall = score(record, findings).overall
        if defect is None:
            clean_scores.append(overall)
            clean_errors += any(f.severity == "error" for f in findings)
            continue
        bad_scores.append(overall)
        total[defect] += 1
        flagged[defect] += any(f.kind == defect for f in findings)
    print(f"{'defect kind':26} flagged/total")
    for kind in sorted(total):
        print(f"{kind:26} {flagged[kind]}/{total[kind]}")
    print(f"{'all defects':26} {sum(flagged.values())}/{sum(total.values())}")
    print(f"clean records with an error finding: {clean_errors}/{len(clean_scores)}")
    accept_bad = sum(s >= ctx.threshold for s in bad_scores)
    accept_clean = sum(s >= ctx.threshold for s in clean_scores)
    print(f"mean overall: clean {mean(clean_scores):.2f} (n={len(clean_scores)}), "
          f"defective {mean(bad_scores):.2f} (n={len(bad_scores)}), "
          f"separation {mean(clean_scores) - mean(bad_scores):.2f}")
    print(f"accepted at threshold {ctx.threshold}: clean {accept_clean}/{len(clean_scores)}, "
          f"defective {accept_bad}/{len(bad_scores)} ({accept_bad / len(bad_scores):.0%})")


def generated(path: Path, ctx: JudgeContext) -> None:
    kinds: Counter[str] = Counter()
    n = 0
    for line in path.read_bytes().splitlines():
        record = Record.model_validate_json(line)
        n += 1
        kinds.update({f"{f.validator}.{f.kind}" for f in validate(record, ctx)})
    print(f"\n{path}: {n} records, records with each finding kind")
    for kind, count in kinds.most_common():
        print(f"  {kind:36} {count:5} {count / n:6.1%}")


def main() -> None:
    ctx = JudgeContext()
    calibration(ctx)
    for arg in sys.argv[1:]:
        generated(Path(arg), ctx)


if __name__ == "__main__":
    main()
