"""Bookkeeping stamps on a fact or a statistic: a population with `version: 7`.

A record someone keeps (a file, an order, an account) has a creation time, a version,
an on/off flag. A fact, a statistic, a measurement or a computed figure has none: a
country's COVID figures with `is_active: true` and `created_at`, a wolf population
projection with `version: 3`, a disaster aggregate with `is_active` read as padding a
generator added. `hollow_result` flags a result made only of such fields; this flags
them next to real content. Kind `padded_fact`.

An object is a fact or a statistic when what holds it or what it is (its holder key, its
`<kind>_id`, the endpoint's own words before "for") names one (`_FACTS`), or when its
figures are statistics (`population`, `cases`, `deaths`, `gdp`, `median`...). Flagged
stamps: `version`, `is_active`, `created_at`. An integer `version` is flagged on anything
that is not revised and renumbered (`_REVISED`: a document, a template, an app; not a
flight, a court case or a mutation). Left alone: `updated_at` (a statistic's
last update is a real field), calls that make or change a record (`hollow.asks_for_content`),
and an endpoint that asks for a version or a status.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.hollow import asks_for_content
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import singular
from toolgen.judge.realism.vocabulary import trained_calls, words_in
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "padding"

_STAMPS = ("version", "is_active", "created_at")
# Kinds of thing that are facts or figures, not records anyone keeps.
_FACTS = frozenset({
    "statistic", "stat", "population", "census", "fact", "aggregate", "measurement",
    "reading", "calculation", "conversion", "average", "distribution", "prevalence",
    "projection", "forecast", "estimate", "demographic", "density", "coronavirus", "covid",
    "emission", "indicator", "metric", "ratio", "percentage", "probability", "tally",
    "frequency", "velocity", "gravity", "constant", "definition", "synonym", "elevation",
    "distance", "area", "capital", "weather", "temperature", "humidity",
    "horoscope", "rate", "trend",
})
# Keys whose figures are statistics about a population or a place.
_STAT_KEYS = frozenset({
    "population", "cases", "deaths", "recovered", "confirmed", "active_cases",
    "new_cases", "new_deaths", "total_cases", "total_deaths", "gdp", "gdp_per_capita",
    "inflation", "unemployment", "median", "mean", "average", "percentage", "percent",
    "birth_rate", "death_rate", "life_expectancy", "literacy_rate", "density",
    "population_density", "growth_rate", "prevalence", "incidence", "projected_population",
    "count", "std_dev", "standard_deviation", "variance",
})
# Kinds of record that are revised and numbered by revision: only these carry a
# `version` (a flight, a legal case or a mutation with `version: 4` is padding).
_REVISED = frozenset({
    "document", "doc", "file", "template", "config", "configuration", "setting", "app",
    "application", "package", "library", "model", "dataset", "schema", "policy", "article",
    "page", "note", "recipe", "api", "software", "firmware", "release", "build", "os",
    "plugin", "extension", "script", "workflow", "pipeline", "form", "survey", "report",
    "draft", "spec", "specification", "contract", "agreement", "term", "manifest", "sdk",
    "driver", "version", "revision", "image", "container", "repository", "repo", "wiki",
    "sheet", "spreadsheet", "presentation", "protocol", "standard", "rule", "game",
})
# Words of an endpoint asking for what a stamp would answer.
_ASKS_STAMP = frozenset({"version", "versions", "active", "status", "created", "history"})


def _own_words(function_name: str) -> set[str]:
    return {singular(w) for w in words_in(function_name.split("_for_", 1)[0])}


def _kind_words(holder: str, obj: dict[str, Any]) -> set[str]:
    kinds = {singular(w) for w in words_in(holder)} if holder else set()
    for key in obj:
        words = words_in(str(key))  # `file_id` and `fileId` alike
        if len(words) > 1 and words[-1] == "id":
            kinds.update(singular(w) for w in words[:-1])
    return kinds


def _statistic(obj: dict[str, Any]) -> bool:
    return any("_".join(words_in(str(k))) in _STAT_KEYS and isinstance(v, int | float)
               and not isinstance(v, bool) for k, v in obj.items())


def padded(function_name: str, holder: str, obj: dict[str, Any]) -> list[str]:
    """The stamps on `obj` when it is a fact or a statistic (else [])."""
    stamps = [k for k in _STAMPS if k in obj]
    if not stamps:
        return []
    own = _own_words(function_name)
    if own & _ASKS_STAMP:
        return []
    mine = _kind_words(holder, obj)
    kinds = mine | own
    # What the object says it is before what the endpoint is about: the notes a
    # `note_conversion` lists are notes, however the endpoint is named.
    if mine & _FACTS or (own & _FACTS and not mine & _REVISED) or _statistic(obj):
        return stamps
    version = obj.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and not kinds & _REVISED:
        return ["version"]  # a flight or a court case is not revised and renumbered
    return []


GATE = output_keys_gate(lambda key: key in _STAMPS)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for call in trained_calls(view):
        if call.output is NOT_JSON or call.answer_index is None:
            continue
        if not asks_for_content(call.name):
            continue
        for holder, obj in view.objects(call.call_id):
            stamps = padded(call.name, holder, obj)
            if stamps:
                out.append(finding(NAME, "padded_fact", call.answer_index,
                                   f"{call.name}: a {holder or 'result'} carries record "
                                   f"bookkeeping such a thing has none of "
                                   f"({', '.join(stamps)})"))
                break
    return out
