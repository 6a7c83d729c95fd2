"""One-pass summary state: `SummaryAccumulator.add(record)` per record, `.result()` at the end.

Owns the streaming form of every metric `summarize` reports, so `toolgen analyze` reads a
file of any size at flat memory: it keeps counters, sums, fixed-size sketches of the
distinct n-grams and the sets of endpoints and edges (bounded by the corpus, not by the
number of records), never the records. Sums are added in record order, so every figure
but distinct-n is the same float a computation over the whole list gives (the reference
for that is tests/analysis/old_metrics.py). Distinct-n counts its distinct n-grams with a
HyperLogLog sketch (`DistinctN`): near exact while the count is small, an estimate within
a stated error beyond. An edge is a pair of consecutive, different endpoints in one
record's calls; coverage is relative to the registry's endpoint count and the graph's
edge count when the caller knows them.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from typing import Any

from toolgen.analysis import records as rec
from toolgen.analysis.coverage import entropy, normalised_entropy
from toolgen.analysis.diversity import tokens
from toolgen.analysis.scores import FIELDS
from toolgen.analysis.shape import is_multi_step

# 2**18 one-byte registers (256 KiB a sketch): relative standard error 0.836 / 2**9 = 0.16 %
# in estimation mode, so the printed 3-decimal distinct-n moves by at most a unit or two.
# Below a few thousand distinct items the sketch keeps 26-bit coupons (list or hash-set
# mode) and the estimate is within 0.001 % of the exact count.
SKETCH_LG_K = 18
SKETCH_RSE = 0.836 / 2 ** (SKETCH_LG_K / 2)


class DistinctN:
    """Distinct-n over texts added one at a time: a HyperLogLog sketch of the distinct
    n-grams (Apache DataSketches, fixed size) and the exact count of all n-grams."""

    def __init__(self, n: int) -> None:
        # Imported here: the library (and numpy) cost every CLI command ~18 MB otherwise.
        from datasketches import hll_sketch, tgt_hll_type

        self.n = n
        self.sketch = hll_sketch(SKETCH_LG_K, tgt_hll_type.HLL_8)
        self.total = 0

    def add(self, text: str) -> None:
        toks = tokens(text)
        # Tokens are [\w']+ runs, so a space-joined n-gram is a unique key.
        for i in range(len(toks) - self.n + 1):
            self.sketch.update(" ".join(toks[i : i + self.n]))
            self.total += 1

    def distinct(self) -> float:
        """The estimated number of distinct n-grams (near exact while few)."""
        return float(self.sketch.get_estimate()) if self.total else 0.0

    def value(self) -> float:
        # An estimate can exceed the n-grams seen by its error; a share stays <= 1.
        return min(self.distinct() / self.total, 1.0) if self.total else 0.0


def _shares(counts: Counter[str], total: int) -> dict[str, float]:
    return {k: counts[k] / total for k in sorted(counts)} if total else {}


class SummaryAccumulator:
    """Every metric of `summarize`, accumulated record by record."""

    def __init__(self) -> None:
        self.records = 0
        self.messages = 0
        self.calls_in_messages = 0
        self.distinct_tools = 0
        self.distinct_endpoints = 0
        self.multi_step = 0.0
        self.having: Counter[str] = Counter()
        self.main: Counter[str] = Counter()
        self.declared: Counter[str] = Counter()
        self.statuses: Counter[str] = Counter()
        self.with_status: Counter[str] = Counter()
        self.calls = 0
        self.mistakes: Counter[str] = Counter()
        self.score_sums = dict.fromkeys(FIELDS, 0.0)
        self.scored = 0
        self.passing = 0
        self.judges: Counter[str] = Counter()
        self.findings: Counter[str] = Counter()
        self.distinct = {
            (before, scope, n): DistinctN(n)
            for before in (False, True) for scope in ("user", "first") for n in (1, 2)
        }
        self.paraphrased = 0
        self.endpoints: Counter[str] = Counter()
        self.tools: Counter[str] = Counter()
        self.edges: set[tuple[str, str]] = set()
        self.live: dict[str, list[int]] = {}

    def add(self, r: dict[str, Any]) -> None:
        self.records += 1
        self._shape(r)
        self._patterns(r)
        self._scores(r)
        self._diversity(r)
        self._coverage(r)
        md = rec.meta(r)
        profile = str(md.get("live_profile") or md.get("llm_mode") or "offline")
        count_sum = self.live.setdefault(profile, [0, 0])
        count_sum[0] += 1
        count_sum[1] += int(md.get("live_calls") or 0)

    def _shape(self, r: dict[str, Any]) -> None:
        self.messages += len(rec.messages(r))
        self.calls_in_messages += rec.tool_calls(r)
        self.distinct_tools += len(set(rec.tools_used(r)))
        self.distinct_endpoints += len(set(rec.endpoints(r)))
        self.multi_step += 1.0 if is_multi_step(r) else 0.0

    def _patterns(self, r: dict[str, Any]) -> None:
        md = rec.meta(r)
        self.having.update(set(rec.patterns(r)))
        if md.get("pattern"):
            self.main[str(md["pattern"])] += 1
        self.declared.update({str(f) for f in md.get("faults") or ()})
        seen: set[str] = set()
        for s in rec.steps(r):
            self.calls += 1
            status = str(s.get("status", "ok"))
            if status != "ok":
                self.statuses[status] += 1
                seen.add(status)
        self.with_status.update(seen)
        self.mistakes.update({str(s.get("mistake") or "unlabelled") for s in rec.steps(r)
                              if s.get("intended")})

    def _scores(self, r: dict[str, Any]) -> None:
        js = r.get("judge_scores")
        if not isinstance(js, dict):
            return
        self.scored += 1
        for f in FIELDS:
            self.score_sums[f] += float(js.get(f) or 0.0)
        self.judges[str(js.get("judge", ""))] += 1
        errors = [f for f in js.get("findings") or ()
                  if isinstance(f, dict) and f.get("severity", "error") == "error"]
        self.passing += not errors
        self.findings.update(f"{f.get('validator')}.{f.get('kind')}" for f in errors)

    def _diversity(self, r: dict[str, Any]) -> None:
        for before in (False, True):
            texts = rec.user_texts(r, before_paraphrase=before)
            for n in (1, 2):
                for t in texts:
                    self.distinct[(before, "user", n)].add(t)
                if texts:
                    self.distinct[(before, "first", n)].add(texts[0])
        if rec.meta(r).get("paraphrases"):
            self.paraphrased += 1

    def _coverage(self, r: dict[str, Any]) -> None:
        used = rec.endpoints(r)
        self.endpoints.update(used)
        self.tools.update(rec.tools_used(r))
        self.edges.update((a, b) for a, b in pairwise(used) if a != b)

    def result(self, n_endpoints: int | None = None, n_edges: int | None = None
               ) -> dict[str, Any]:
        return {
            "records": self.records,
            "shape": self._shape_result(),
            "patterns": _shares(self.having, self.records),
            "main_pattern": _shares(self.main, self.records),
            "faults": _shares(self.declared, self.records),
            "status_share_of_calls": _shares(self.statuses, self.calls),
            "status_share_of_records": _shares(self.with_status, self.records),
            "calls": self.calls,
            "mistakes": _shares(self.mistakes, self.records),
            "scores": self._scores_result(),
            "diversity": self._diversity_result(),
            "coverage": self._coverage_result(n_endpoints, n_edges),
            "live": {k: {"records": c, "avg_live_calls": s / c}
                     for k, (c, s) in sorted(self.live.items())},
        }

    def _mean(self, total: float) -> float:
        return total / self.records if self.records else 0.0

    def _shape_result(self) -> dict[str, float]:
        return {
            "avg_messages": self._mean(self.messages),
            "avg_tool_calls": self._mean(self.calls_in_messages),
            "avg_distinct_tools": self._mean(self.distinct_tools),
            "avg_distinct_endpoints": self._mean(self.distinct_endpoints),
            "multi_step_share": self._mean(self.multi_step),
        }

    def _scores_result(self) -> dict[str, Any]:
        scored = self.scored
        return {
            "averages": {f: (self.score_sums[f] / scored if scored else 0.0) for f in FIELDS},
            "scored": scored,
            "pass_rate": self.passing / scored if scored else 0.0,
            "judges": dict(sorted(self.judges.items())),
            "error_findings": dict(self.findings.most_common()),
        }

    def _diversity_result(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for before, suffix in ((False, ""), (True, "_before_paraphrase")):
            for scope, name in (("user", "user_distinct_"), ("first", "first_user_distinct_")):
                for n in (1, 2):
                    out[f"{name}{n}{suffix}"] = self.distinct[(before, scope, n)].value()
        out["paraphrased_share"] = self.paraphrased / self.records if self.records else 0.0
        return out

    def _coverage_result(self, n_endpoints: int | None, n_edges: int | None
                         ) -> dict[str, Any]:
        return {
            "distinct_endpoints": len(self.endpoints),
            "distinct_tools": len(self.tools),
            "distinct_edges": len(self.edges),
            "tool_entropy_bits": entropy(self.tools),
            "tool_entropy_normalised": normalised_entropy(self.tools),
            "endpoint_entropy_bits": entropy(self.endpoints),
            "endpoint_coverage": len(self.endpoints) / n_endpoints if n_endpoints else None,
            "edge_coverage": len(self.edges) / n_edges if n_edges else None,
        }
