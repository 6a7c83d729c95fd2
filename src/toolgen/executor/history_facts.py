"""What a history lookup of a religion or a scientific discovery answers: the facts.

BFCL's `religion_history_info(religion="Islam")` answered `{religion_id, religion,
till_century, version}`, `religion_get_origin` a `religion_code`, and
`science_history_get_discovery_details(discovery="Gravity")` a url: a reviewer sees no
founder, no belief, no discoverer. Read from the endpoint's own words and its argument:

- a religion's lookup answers what its name asks (its origin and founder, its core
  beliefs, its schisms; a history all three) from `RELIGIONS`, for the religion sent;
- a discovery's details are who made it, when and how, from `DISCOVERIES`.

A religion or discovery the tables do not hold gets no made-up facts: its fields say
"not recorded". `history_shape(endpoint, info)` returns the schema (None for other
endpoints), `history_finish(shape_text)` the step that fills it. Public facts written
here; deterministic; never touches the network.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from toolgen.executor.actions import EndpointInfo
from toolgen.executor.objects import objects_in
from toolgen.executor.result_kinds import own_words
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_STR: dict[str, Any] = {"type": "string"}
_LIST: dict[str, Any] = {"type": "array", "items": _STR}
_UNKNOWN = "not recorded"

RELIGIONS: dict[str, dict[str, Any]] = {
    "christianity": {"founder": "Jesus of Nazareth", "origin": "Judea, 1st century CE",
                     "core_beliefs": ["One God in the Trinity", "Jesus as the Son of God",
                                      "Salvation through grace"],
                     "schisms": ["East-West Schism (1054)", "Protestant Reformation (1517)"]},
    "islam": {"founder": "Muhammad", "origin": "Mecca, Arabia, 7th century CE",
              "core_beliefs": ["The oneness of God (tawhid)", "Muhammad as the final prophet",
                               "The Five Pillars"],
              "schisms": ["Sunni-Shia split over the succession (632)"]},
    "buddhism": {"founder": "Siddhartha Gautama", "origin": "Northern India, 5th century BCE",
                 "core_beliefs": ["The Four Noble Truths", "The Noble Eightfold Path",
                                  "Karma and rebirth"],
                 "schisms": ["Theravada and Mahayana traditions divide (1st century BCE)"]},
    # no single founder: null, as an API says none ("the founder is No single founder"
    # read as a name, BFCL seed 71 #2)
    "hinduism": {"founder": None,
                 "origin": "Indian subcontinent, before 1500 BCE",
                 "core_beliefs": ["Dharma", "Karma", "Samsara and moksha"],
                 "schisms": ["Vaishnavism and Shaivism develop as distinct traditions"]},
    "judaism": {"founder": "Abraham", "origin": "Ancient Israel, about 2000 BCE",
                "core_beliefs": ["One God", "The Torah as God's law",
                                 "The covenant with Abraham"],
                "schisms": ["Karaite split from Rabbinic Judaism (8th century)"]},
    "sikhism": {"founder": "Guru Nanak", "origin": "Punjab, 15th century CE",
                "core_beliefs": ["One God", "The teachings of the ten Gurus",
                                 "Equality of all people"],
                "schisms": []},
}
DISCOVERIES: dict[str, dict[str, Any]] = {
    "gravity": {"discoverer": "Isaac Newton", "year": 1687,
                "method_used": "Mathematical analysis of planetary motion (Principia)"},
    "penicillin": {"discoverer": "Alexander Fleming", "year": 1928,
                   "method_used": "Observing mould kill bacteria on a culture plate"},
    "dna": {"discoverer": "James Watson and Francis Crick", "year": 1953,
            "method_used": "Model building from X-ray diffraction data"},
    "relativity": {"discoverer": "Albert Einstein", "year": 1905,
                   "method_used": "Theoretical work on light and motion"},
    "radioactivity": {"discoverer": "Henri Becquerel", "year": 1896,
                      "method_used": "Uranium salts fogging photographic plates"},
    "evolution": {"discoverer": "Charles Darwin", "year": 1859,
                  "method_used": "Field observation and comparison of species"},
    "electron": {"discoverer": "J. J. Thomson", "year": 1897,
                 "method_used": "Cathode ray experiments"},
}
# What each word of a religion lookup's name asks for.
_ASKS = {"origin": ("founder", "origin"), "founder": ("founder", "origin"),
         "beliefs": ("core_beliefs",), "belief": ("core_beliefs",),
         "practices": ("core_beliefs",), "schisms": ("schisms",), "schism": ("schisms",)}


def history_shape(endpoint: Endpoint, info: EndpointInfo) -> dict[str, Any] | None:
    """The schema of a religion's or a discovery's facts (module doc), or None."""
    if info.action not in ("get", "list"):
        return None
    words = set(own_words(endpoint))
    params = {normalize_key(p.name): p.name for p in endpoint.parameters}
    if "religion" in words and "religion" in params:
        asked = [f for w in sorted(words & _ASKS.keys()) for f in _ASKS[w]]
        keys = dict.fromkeys(asked or ("founder", "origin", "core_beliefs"))
        props: dict[str, Any] = {params["religion"]: _STR}
        props.update({k: (_LIST if k in ("core_beliefs", "schisms") else _STR) for k in keys})
        return {"type": "object", "properties": props}
    if {"discovery", "discoveries"} & words and params:
        sent = params.get("discovery") or params.get("name") or next(iter(params.values()))
        return {"type": "object", "properties": {
            sent: _STR, "discoverer": _STR, "year": {"type": "integer"},
            "method_used": _STR}}
    return None


def history_finish(shape_text: str) -> Finish | None:
    """The step filling such facts from the tables, when `shape_text` holds them."""
    if '"founder"' in shape_text or '"core_beliefs"' in shape_text \
            or '"schisms"' in shape_text or '"discoverer"' in shape_text:
        return _fill
    return None


def _fill(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    sent = [v.strip().lower() for v in args.values() if isinstance(v, str)]
    religion = next((RELIGIONS[s] for s in sent if s in RELIGIONS), None)
    discovery = next((DISCOVERIES[k] for s in sent for k in DISCOVERIES if k in s), None)
    for node in objects_in(output):
        for key in ("founder", "origin", "core_beliefs", "schisms"):
            if key in node:
                node[key] = _copy(religion[key]) if religion else (
                    [] if isinstance(node[key], list) else _UNKNOWN)
        for key in ("discoverer", "year", "method_used"):
            if key in node and discovery:
                node[key] = discovery[key]
            elif key in node and key == "year":
                del node[key]  # no drawn year beside a discoverer nobody recorded
            elif key in node:
                node[key] = _UNKNOWN


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value
