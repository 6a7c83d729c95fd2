"""A user's situation that names another place than the one they ask about.

"I'm planning a summer trip to Lisbon." opened a request to book a hotel in Zurich (BFCL
seed 31 #290, scored 5.0): a reader wonders which trip this is. Kind `situation_elsewhere`,
on the first user message: an "I'm ..." sentence naming a place after "in", "to" or
"across" (a country, a GeoNames city, or one of a few regions: the Alps, Southeast Asia,
South America), while every place the user states to the calls (string arguments the
user gave that name a country or a city) lies outside it.
"""

from __future__ import annotations

import re

from toolgen.executor import world
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import real_steps
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "situation"

_SAID = re.compile(r"\bI'm [^.!?]*?\b(?:in|to|into|across) (?:the )?"
                   r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
_REGIONS = {"Alps": frozenset({"CH", "FR", "IT", "AT", "DE", "SI"}),
            "Southeast Asia": frozenset({"TH", "VN", "ID", "MY", "SG", "PH", "KH", "LA", "MM"}),
            "South America": frozenset({"BR", "AR", "CL", "PE", "CO", "EC", "BO", "UY", "PY",
                                        "VE"})}
_STATED = ("user", "clarification")


def _iso(text: str) -> str | None:
    found = world.country(text)
    if found is not None:
        return found.iso
    city = world.city(text)
    return city.country_iso if city is not None else None


def _situated(text: str) -> tuple[str, frozenset[str]] | None:
    m = _SAID.search(text)
    if m is None:
        return None
    place = m.group(1)
    if place in _REGIONS:
        return place, _REGIONS[place]
    iso = _iso(place)
    return (place, frozenset({iso})) if iso is not None else None


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    msgs = view.record.messages
    first = next((i for i, m in enumerate(msgs) if m.role == "user"), None)
    if first is None:
        return []
    situated = _situated(msgs[first].content or "")
    if situated is None:
        return []
    place, isos = situated
    asked: dict[str, str] = {}
    for step in real_steps(view):
        args = view.arguments(step.call_id)
        if not isinstance(args, dict):
            continue
        for name, trace in step.arguments.items():
            value = args.get(name)
            if trace.source in _STATED and isinstance(value, str):
                iso = _iso(value)
                if iso is not None:
                    asked[value] = iso
    if not asked or any(iso in isos for iso in asked.values()):
        return []
    where = ", ".join(sorted(asked))
    return [finding(NAME, "situation_elsewhere", first,
                    f"the user's situation is in {place}, the request about {where}")]
