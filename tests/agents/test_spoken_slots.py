"""An argument named by a preposition or a letter is asked for by what it means, and an
argument the user was just asked for is never the one "forgotten" in a recovery drill."""

from __future__ import annotations

import random
from typing import Any

from toolgen.agents.offline.assistant import assistant_clarify, assistant_error_recovery
from toolgen.agents.offline.spoken_slots import spoken_slot
from toolgen.episode.robustness import OverlayContext, error_recovery
from toolgen.records.plan import PlannedArg, PlannedCall
from toolgen.records.tools import Endpoint, Parameter


def _param(name: str, description: str = "", type_label: str = "STRING",
           default: Any = None) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=type_label,
                     json_schema={"type": "string"}, required=True, description=description,
                     default=default, has_default=default is not None)


def _endpoint(name: str, description: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name="t",
                    category="Other", name=name, description=description, parameters=params)


TRANSLATE = _endpoint("translate_text_for_aibit", "Translate a text",
                      _param("from"), _param("text"), _param("to"))
FLIGHT = _endpoint("flight_book", "Book a flight for the user", _param("from"), _param("to"))
RATES = _endpoint("convert_for_fx", "Convert between currencies", _param("from"), _param("to"),
                  _param("amount"))
REPORT = _endpoint("sales_report", "Sales between two days",
                   _param("from", type_label="DATE (YYYY-MM-DD)"),
                   _param("to", default="2024-01-31"))
SEARCH = _endpoint("search_books", "Find books", _param("q", "Search query"))


def test_a_bare_to_or_from_is_named_by_what_its_endpoint_spans() -> None:
    assert spoken_slot("to", TRANSLATE) == "target language"
    assert spoken_slot("from", FLIGHT) == "departure city"
    assert spoken_slot("to", FLIGHT) == "destination"
    assert spoken_slot("from", RATES) == "source currency"
    assert spoken_slot("from", REPORT) == "start date"
    assert spoken_slot("to", REPORT) == "end date"


def test_a_short_noun_description_names_a_cryptic_argument() -> None:
    assert spoken_slot("q", SEARCH) == "search query"


def test_names_that_say_enough_keep_their_label() -> None:
    assert spoken_slot("text", TRANSLATE) == "text"
    assert spoken_slot("amount", RATES) == "amount"


def test_the_clarifying_question_and_the_recovery_never_say_the_to() -> None:
    rng = random.Random(3)
    asked = assistant_clarify([spoken_slot("to", FLIGHT)], rng)
    assert "destination" in asked and "the to" not in asked
    said = assistant_error_recovery("validation", "missing required argument 'to'", rng,
                                    lambda name: spoken_slot(name, TRANSLATE))
    assert "target language" in said and "the to " not in said


def test_a_value_the_user_was_just_asked_for_is_never_the_dropped_one() -> None:
    args = (PlannedArg(name="from", source="user", value="en"),
            PlannedArg(name="text", source="clarification", value="Good morning"),
            PlannedArg(name="to", source="user", value="pt"))
    call = PlannedCall(call_id="c1", endpoint_id=TRANSLATE.id,
                       function_name=TRANSLATE.function_name, arguments=args)
    ctx = OverlayContext(executor=None, values=None, similar=lambda _: None)  # type: ignore[arg-type]
    dropped = set()
    for seed in range(60):
        attempts = error_recovery(call, TRANSLATE, ctx, random.Random(seed))
        if attempts and attempts[0].mistake == "missing_required":
            dropped |= {a.name for a in args} - set(attempts[0].arguments)
    assert dropped and "text" not in dropped
