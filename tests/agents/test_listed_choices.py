"""A setting whose description lists what it takes is one of those, whatever the record's
place: OpenALPR's `country` ("“us” analyzes North-American style plates. “eu” analyzes
European-style plates.") was sent "Singapore", carried from a publisher's address or drawn
as the record's country, and said "around us" (ToolBench seed 71 #0)."""

from __future__ import annotations

import random

from toolgen.agents.offline import Slot
from toolgen.agents.offline.saying import phrase
from toolgen.agents.planner.values import ArgumentValues
from toolgen.agents.planner.values_listed import takes_listed
from toolgen.executor import MockExecutor
from toolgen.executor.pools import PLACES
from toolgen.records import Endpoint, Parameter, PlannedArg

_PLATES = ("Defines the training data used by OpenALPR. “us” analyzes North-American style "
           "plates. “eu” analyzes European-style plates.")


def _endpoint(description: str) -> Endpoint:
    params = (
        Parameter(name="image_bytes", raw_name="image_bytes", type_label="STRING",
                  json_schema={"type": "string"}, required=True,
                  description="The image file encoded in base64"),
        Parameter(name="country", raw_name="country", type_label="STRING",
                  json_schema={"type": "string", "description": description}, required=True,
                  description=description),
    )
    return Endpoint(id="Visual_Recognition/openalpr/Recognize_Bytes",
                    function_name="recognize_bytes_for_openalpr", tool_id="openalpr",
                    tool_name="OpenALPR", category="Visual_Recognition", name="Recognize Bytes",
                    parameters=params, description="Recognize license plates in an image.")


def test_a_listed_setting_is_drawn_from_its_list() -> None:
    endpoint = _endpoint(_PLATES)
    values = ArgumentValues(MockExecutor(3))
    drawn = {values.draw(endpoint, endpoint.parameters[1], random.Random(s)) for s in range(30)}
    assert drawn <= {"us", "eu"} and len(drawn) == 2, drawn


def test_examples_of_a_place_leave_the_place_to_the_record() -> None:
    endpoint = _endpoint("The country to search in, e.g. 'us', 'de'.")
    values = ArgumentValues(MockExecutor(3))
    drawn = {values.draw(endpoint, endpoint.parameters[1], random.Random(s)) for s in range(30)}
    assert not drawn <= {"us", "de"}, drawn  # a hint, not the only choice


def test_the_records_place_leaves_a_listed_setting_as_it_is() -> None:
    endpoint = _endpoint(_PLATES)
    values = ArgumentValues(MockExecutor(3))
    args = [PlannedArg(name="image_bytes", source="user", value="R0lGODlhAQABAIAAAAAAAP"),
            PlannedArg(name="country", source="user", value="us")]
    singapore = next(i for i, p in enumerate(PLACES) if p[0] == "Singapore")
    placed = values.at_place(endpoint, args, singapore, False)
    assert next(a.value for a in placed if a.name == "country") == "us"


def test_a_listed_code_is_not_said_as_a_place() -> None:
    for seed in range(12):
        said = phrase(Slot("country", "country", "us", hint=_PLATES.lower(), kind="string"),
                      "us", random.Random(seed))
        assert "us" in said and not any(f"{p} us" in said for p in ("around", "in", "near")), said


def test_only_a_closed_list_is_a_choice_a_link_cannot_fill() -> None:
    # 707 BFCL parameters list options, 600 of them as examples ("e.g. 'Paris'"): those
    # still take a city an earlier result names; OpenALPR's plates style takes only its own
    closed, examples = _endpoint(_PLATES), _endpoint("The city to search in, e.g. 'Paris', "
                                                     "'London'.")
    assert takes_listed(closed.parameters[1])
    assert not takes_listed(examples.parameters[1])


def test_the_one_option_a_description_supports_is_the_choice() -> None:
    """Webit's grammar check, 'Currently supported: "en"', was sent "ja" and "pt", taken
    from a translation or drawn as a language (seed 71 review, tb #16 and #28)."""
    said = 'The language to analyze text for. Currently supported: "en".'
    language = Parameter(name="language", raw_name="language", type_label="STRING",
                         json_schema={"type": "string"}, required=True, description=said)
    grammar = Endpoint(id="Translation/webit_language/Analyze_Grammar",
                       function_name="analyze_grammar_for_webit_language",
                       tool_id="Translation/webit_language", tool_name="webit_language",
                       category="Translation", name="Analyze Grammar", parameters=(language,),
                       description="Analyze the grammar of a text.")
    values = ArgumentValues(MockExecutor(3))
    drawn = {values.draw(grammar, language, random.Random(s)) for s in range(20)}
    assert drawn == {"en"}, drawn
    assert takes_listed(language)
    example = language.model_copy(update={"description": 'The language, e.g. "en".'})
    assert not takes_listed(example)
