"""The figures a score, statistic, position, verification or analysis answers with.

`measure_fields(endpoint)` reads the endpoint's own words and returns the fields of such an
answer, each inside its scale: a score of 0-100, a position in a ranking, a verdict with
its reason, a sentiment with its confidence, an MBTI type, a season's games, points and
assists, the count of what a statistic's name counts (`get_all_time_goals` ->
`total_goals`), else a figure and how it moved. `shapes.inferred_shape` adds the echoed
arguments. Data and pure functions; never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.actions import VERB_WORDS as _LEADS
from toolgen.executor.result_kinds import own_words
from toolgen.executor.values import singular
from toolgen.records import Endpoint

_SCALE_100 = {"type": "integer", "minimum": 0, "maximum": 100}


def measure_fields(endpoint: Endpoint) -> dict[str, Any]:
    """The figures a score, statistic, position, verification or analysis answers with,
    inside their scales; no name, no made-up type (`shapes` adds the echoed arguments)."""
    words = set(own_words(endpoint))
    props: dict[str, Any] = {}
    if words & {"walkscore", "walk"} and words & {"score", "scores", "walkscore"}:
        props["walkscore"] = _SCALE_100
    elif words & {"score", "scores"}:
        props["score"] = _SCALE_100
    elif words & {"position", "positions", "rank", "ranking", "rankings"}:
        props["position"] = {"type": "integer", "minimum": 1, "maximum": 50}
        props["page"] = {"type": "integer", "minimum": 1, "maximum": 5}
    elif words & {"verify", "verification", "validate", "validation"}:
        props["is_valid"] = {"type": "boolean"}
        props["reason"] = {"type": "string", "enum": ["accepted", "rejected", "unknown"]}
    elif words & {"sentiment"}:
        props["sentiment"] = {"type": "string", "enum": ["positive", "neutral", "negative"]}
        props["confidence"] = {"type": "number", "minimum": 0.5, "maximum": 0.99}
    elif words & {"probability", "forecast"}:
        props["probability"] = {"type": "number", "minimum": 0, "maximum": 1}
    elif "mbti" in words:
        props["personality_type"] = {"type": "string", "enum": [
            a + b + c + d for a in "EI" for b in "SN" for c in "TF" for d in "JP"]}
    elif words & {"analysis", "analyse", "analyze", "analytics"}:
        props["score"] = _SCALE_100
        props["confidence"] = {"type": "number", "minimum": 0.5, "maximum": 0.99}
    elif words & {"ratio", "ratios", "coverage"}:
        props["ratio"] = {"type": "number", "minimum": 0.5, "maximum": 12}
    elif words & {"count", "counts"}:
        props["count"] = {"type": "integer", "minimum": 0, "maximum": 5000}
    elif (counted := _counted(own_words(endpoint))) is not None:
        # `player_stats_get_all_time_goals`: the goals, counted; not a quote's figure
        # and its percent change
        props[counted] = {"type": "integer", "minimum": 0, "maximum": 900}
    elif words & {"player", "players", "athlete", "athletes"}:
        # a player's statistics for a season: games and what they scored in them, not a
        # quote's figure and its percent change
        props["games_played"] = {"type": "integer", "minimum": 1, "maximum": 82}
        props["points"] = {"type": "integer", "minimum": 0, "maximum": 2000}
        props["assists"] = {"type": "integer", "minimum": 0, "maximum": 600}
    else:  # statistics, stats, analysis, metrics: a figure and how it moved
        props["value"] = {"type": "number", "minimum": 1, "maximum": 1000}
        props["change_percent"] = {"type": "number", "minimum": -15, "maximum": 15}
    return props


# Words of a statistic's name that say how it is read, not what is counted.
_NOT_COUNTED = frozenset({"get", "fetch", "show", "list", "find", "player", "team",
                          "league", "season", "stats", "statistics", "stat", "details",
                          "data", "info", "news", "metrics", "results"})


def _counted(words: list[str]) -> str | None:
    """The count of the things a statistic counts, when its name ends in their plural
    (`get_all_time_goals` -> total_goals, `team_stats_wins` -> total_wins); None
    otherwise."""
    if not words or words[-1] in _NOT_COUNTED or singular(words[-1]) == words[-1]:
        return None
    tail: list[str] = []
    for w in reversed(words):
        if w in _NOT_COUNTED or w in _LEADS:
            break
        tail.insert(0, w)
    # "total_goals", not the name's own "all_time_goals": a count, said as one
    return f"total_{tail[-1]}" if tail else None
