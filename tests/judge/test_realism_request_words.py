"""The reviewer checks that a result holds values, not the request's words.

Each test builds a one-call conversation as it appears in generated records and states
the verdict of a careful reader: flagged when the videos of a Vimeo search each say
`format: "json"` and `full_response: true`, when a field's whole value is "itself" or a
verb of the endpoint's description; left alone when a list's envelope says which page
it is, a video's own format is "mp4", a song is in the key of "A minor", a filter says
"all" or a trend goes "up".
"""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.judge import JudgeContext, score, validate
from toolgen.judge.realism import request_words
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import call, tool_msg, valid_dict

CTX = JudgeContext()

VIMEO_PARAMS = {
    "format": {"type": "string", "description": "json/php/xml"},
    "tag": {"type": "string", "description": "The tag to get"},
    "page": {"type": "integer", "description": "Page number to show"},
    "full_response": {"type": "boolean",
                      "description": "Set this parameter to get back the full video information."},
    "sort": {"type": "string", "description": "Method to sort by: relevant, newest, oldest."},
}


def _record(args: dict[str, Any], output: Any, params: dict[str, Any] | None = None,
            description: str = "Get a list of videos that have the specified tag.") -> Record:
    d = valid_dict()
    name = "get_videos_by_tag"
    d["tools"] = [{"type": "function", "function": {
        "name": name, "description": description,
        "parameters": {"type": "object", "properties": params or VIMEO_PARAMS}}}]
    d["messages"] = [
        {"role": "user", "content": "Show me animation videos on Vimeo."},
        {"role": "assistant", "content": None, "tool_calls": [call("c1", name, args)]},
        tool_msg("c1", output),
        {"role": "assistant", "content": "Here are the animation videos I found."},
    ]
    d["step_trace"] = [{"step": 1, "call_id": "c1", "endpoint_id": f"T/{name}",
                        "function_name": name, "message_index": 1,
                        "arguments": {k: {"value": v, "source": "user", "message_index": 0}
                                      for k, v in args.items()}}]
    d["conversation_id"] = "t-request-words"
    d["metadata"].pop("planner_scenario", None)
    return Record.model_validate(d)


def _kinds(record: Record) -> list[str]:
    return [f.kind for f in request_words.check_view(build_view(record), CTX)]


ARGS = {"format": "json", "tag": "animation", "page": 1, "full_response": True}


def _video(**extra: Any) -> dict[str, Any]:
    return {"video_id": "vid_1", "title": "Paper Skies", "views": 5120, **extra}


@pytest.mark.parametrize("extra", [
    {"format": "json"},
    {"full_response": True},
    {"sort": "vimeo"},  # a control not even sent, its field filled with the tool's name
    {"page": 1},
])
def test_a_result_item_carrying_a_request_control_is_flagged(extra: dict[str, Any]) -> None:
    record = _record(ARGS, {"videos": [_video(**extra), _video(**extra)], "total": 2})
    assert _kinds(record) == ["echoed_control"]


def test_a_control_value_in_another_field_is_flagged() -> None:
    record = _record({**ARGS, "format": "xml"}, {"videos": [_video(file_type="xml")]})
    assert _kinds(record) == ["echoed_control"]


def test_a_caught_record_is_scored_under_the_threshold() -> None:
    record = _record(ARGS, {"videos": [_video(format="json", full_response=True)]})
    assert score(record, validate(record, CTX)).overall <= 3.0


@pytest.mark.parametrize("output", [
    {"videos": [_video(), _video()], "page": 1, "per_page": 25, "has_more": True},
    {"videos": [_video(format="mp4"), _video(format="webm")]},  # the video's own format
    {"videos": [_video(tag="animation")]},  # the tag asked for is the videos' tag
])
def test_a_paging_envelope_and_the_items_own_fields_are_left_alone(output: Any) -> None:
    assert _kinds(_record(ARGS, output)) == []


def test_a_songs_key_is_no_api_key() -> None:
    params = {"key": {"type": "string", "description": "Musical key, e.g. C major"}}
    output = {"melody": [{"note": "E", "key": "E flat major"}], "key": "E flat major"}
    assert _kinds(_record({"key": "E flat major"}, output, params)) == []


@pytest.mark.parametrize("field,value", [
    ("category", "itself"),
    ("genre", "whether"),
    ("label", "should"),
    ("tag", "currently"),
    ("kind", "takes"),  # the description's verb: "takes a tag and returns ..."
])
def test_a_function_word_or_a_verb_of_the_description_as_a_value_is_flagged(
        field: str, value: str) -> None:
    record = _record(ARGS, {"videos": [_video(**{field: value})]},
                     description="Takes a tag and returns the videos that have it.")
    assert _kinds(record) == ["function_word_value"]


@pytest.mark.parametrize("field,value", [
    ("filter", "all"), ("severity", "none"), ("gender", "other"), ("trend", "up"),
    ("branch", "main"), ("room_type", "single"), ("status", "done"), ("country", "US"),
    ("action", "return"), ("frequency", "daily"), ("frequency", "annually"),
    ("title", "The"),
])
def test_values_fields_do_take_are_left_alone(field: str, value: str) -> None:
    record = _record(ARGS, {"videos": [_video(**{field: value})]},
                     description="Takes a tag and returns the videos that have it.")
    assert _kinds(record) == []
