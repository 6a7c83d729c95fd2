"""Judge score summaries: averages, pass rate and validator findings by kind."""

from __future__ import annotations

from collections import Counter
from typing import Any

FIELDS = ("tool_correctness", "naturalness", "task_completion", "overall")


def scores(records: list[dict[str, Any]]) -> dict[str, Any]:
    sums = dict.fromkeys(FIELDS, 0.0)
    scored = 0
    passing = 0
    judges: Counter[str] = Counter()
    findings: Counter[str] = Counter()
    for r in records:
        js = r.get("judge_scores")
        if not isinstance(js, dict):
            continue
        scored += 1
        for f in FIELDS:
            sums[f] += float(js.get(f) or 0.0)
        judges[str(js.get("judge", ""))] += 1
        errors = [
            f
            for f in js.get("findings") or ()
            if isinstance(f, dict) and f.get("severity", "error") == "error"
        ]
        passing += not errors
        findings.update(f"{f.get('validator')}.{f.get('kind')}" for f in errors)
    return {
        "averages": {f: (sums[f] / scored if scored else 0.0) for f in FIELDS},
        "scored": scored,
        "pass_rate": passing / scored if scored else 0.0,
        "judges": dict(sorted(judges.items())),
        "error_findings": dict(findings.most_common()),
    }
