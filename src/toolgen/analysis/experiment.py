"""The steering experiment's statistics: per-figure means, spread, and a plain verdict.

Each seed gives a paired observation (steered and unsteered runs of the same seed); a
figure's effect is the mean of the per-seed differences, and it counts as a clear
change only when that mean is more than twice its standard error away from zero (about
a 95% interval). One seed has no spread, so it gets no verdict. Every figure here is
"higher is better" (coverage, spread, lexical diversity).
"""

from __future__ import annotations

import math
import statistics
from dataclasses import asdict, dataclass
from typing import Any, Literal

Effect = Literal["higher", "lower", "no difference", "within noise", "one seed"]


@dataclass(frozen=True)
class FigureResult:
    """One figure over every seed."""

    label: str
    steered: tuple[float, ...]
    unsteered: tuple[float, ...]

    @property
    def diffs(self) -> tuple[float, ...]:
        return tuple(a - b for a, b in zip(self.steered, self.unsteered, strict=True))

    @property
    def steered_mean(self) -> float:
        return statistics.fmean(self.steered)

    @property
    def unsteered_mean(self) -> float:
        return statistics.fmean(self.unsteered)

    @property
    def steered_sd(self) -> float:
        return statistics.stdev(self.steered) if len(self.steered) > 1 else 0.0

    @property
    def unsteered_sd(self) -> float:
        return statistics.stdev(self.unsteered) if len(self.unsteered) > 1 else 0.0

    @property
    def diff_mean(self) -> float:
        return statistics.fmean(self.diffs)

    @property
    def diff_se(self) -> float:
        """Standard error of the mean paired difference (0 for one seed)."""
        n = len(self.diffs)
        return statistics.stdev(self.diffs) / math.sqrt(n) if n > 1 else 0.0

    @property
    def wins(self) -> int:
        """Seeds where steering scored higher."""
        return sum(d > 0 for d in self.diffs)

    @property
    def effect(self) -> Effect:
        if len(self.diffs) < 2:
            return "one seed"
        mean, se = self.diff_mean, self.diff_se
        if se == 0.0:  # the same difference at every seed
            return "no difference" if mean == 0 else ("higher" if mean > 0 else "lower")
        if abs(mean) <= 2 * se:
            return "within noise"
        return "higher" if mean > 0 else "lower"

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "steered_mean": self.steered_mean,
                "steered_sd": self.steered_sd, "unsteered_mean": self.unsteered_mean,
                "unsteered_sd": self.unsteered_sd, "diff_mean": self.diff_mean,
                "diff_se": self.diff_se, "wins": self.wins, "effect": self.effect}


def verdict(figures: list[FigureResult]) -> str:
    """The experiment's outcome in plain words."""
    if not figures:
        return "No figures to compare."
    seeds = len(figures[0].diffs)
    if seeds < 2:
        return ("One seed only: the table shows that seed's numbers, with no spread to tell "
                "a real difference from noise. Run with --seeds 5 (the default) for a verdict.")
    higher = [f.label for f in figures if f.effect == "higher"]
    lower = [f.label for f in figures if f.effect == "lower"]
    noise = [f.label for f in figures if f.effect == "within noise"]
    same = [f.label for f in figures if f.effect == "no difference"]
    parts = [f"Over {seeds} seeds, diversity steering"]
    if higher:
        parts.append(f"clearly raises {len(higher)} of {len(figures)} figures "
                     f"({', '.join(higher)})")
    else:
        parts.append("clearly raises none of the figures")
    parts.append(f"and clearly lowers {_names(lower)}" if lower else "and lowers none")
    sentence = " ".join(parts[:2]) + " " + parts[2] + "."
    if noise:
        sentence += (f" The differences in {', '.join(noise)} are within seed-to-seed noise "
                     "(less than twice their standard error).")
    if same:
        sentence += f" {', '.join(same).capitalize()}: the same in both arms at every seed."
    if higher and not lower:
        sentence += " Steering helps."
    elif lower and not higher:
        sentence += " Steering hurts on this corpus."
    elif higher and lower:
        sentence += " Steering trades some figures for others."
    else:
        sentence += " No clear effect on this corpus at this size."
    return sentence


def _names(labels: list[str]) -> str:
    return f"{len(labels)} ({', '.join(labels)})"


def _fmt(value: float) -> str:
    return f"{value:.0f}" if abs(value) >= 10 else f"{value:.3f}"


def markdown(report: dict[str, Any]) -> str:
    """The saved Markdown report (from the JSON report's content)."""
    lines = [
        "# Diversity steering experiment",
        "",
        f"- corpus: `{report['corpus']}` ({report['corpus_tools']} tools, "
        f"{report['corpus_endpoints']} endpoints; synthetic endpoints not counted)",
        f"- conversations per arm and seed: {report['n']}",
        f"- seeds: {', '.join(str(s) for s in report['seeds'])}",
        "",
        "| figure | steered mean ± sd | unsteered mean ± sd | difference ± se | steered "
        "higher in | effect |",
        "|---|---|---|---|---|---|",
    ]
    for f in report["figures"]:
        lines.append(
            f"| {f['label']} | {_fmt(f['steered_mean'])} ± {_fmt(f['steered_sd'])} | "
            f"{_fmt(f['unsteered_mean'])} ± {_fmt(f['unsteered_sd'])} | "
            f"{f['diff_mean']:+.3f} ± {f['diff_se']:.3f} | {f['wins']}/{len(f['steered'])} "
            f"seeds | {f['effect']} |")
    lines += ["", f"**Verdict.** {report['verdict']}", ""]
    return "\n".join(lines)
