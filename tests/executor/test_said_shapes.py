"""What an endpoint without a response schema answers, read as a reviewer reads it: the
mandates of a user are mandates (not the user's profile), a building's dimensions have a
height, and an update sent an object of new values says those values back."""

from __future__ import annotations

import pytest

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter


def _p(name: str, schema: dict[str, object], required: bool = True) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=str(schema.get("type")),
                     json_schema=schema, required=required)


def _bfcl(name: str, description: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"bfcl/{name}", function_name=name, tool_id="bfcl", tool_name="BFCL",
                    category="bfcl", name=name, method="CALL", description=description,
                    parameters=params, response_schema={})


MANDATES = _bfcl("user_mandates", "Fetches a list of mandates for a user given the user's ID.",
                 _p("user_id", {"type": "string"}),
                 _p("status", {"type": "string", "enum": ["active", "pending"]}, False))
DIMENSIONS = _bfcl("building_get_dimensions",
                   "Retrieve the dimensions of a specific building based on its name.",
                   _p("building_name", {"type": "string"}),
                   _p("unit", {"type": "string", "enum": ["meter", "feet"]}))
UPDATE = _bfcl("update_user_info", "Update user information in the database.",
               _p("user_id", {"type": "integer"}),
               _p("update_info", {"type": "object", "properties": {
                   "name": {"type": "string"}, "email": {"type": "string"}}}))


@pytest.mark.parametrize("session_seed", range(5))
def test_the_mandates_of_a_user_are_mandates(executor: MockExecutor, session_seed: int) -> None:
    out = executor.session(session_seed).call(MANDATES, {"user_id": "usr_847d6a",
                                                         "status": "active"}).output
    assert "full_name" not in out and "followers" not in out
    assert out["mandates"]
    for m in out["mandates"]:
        assert str(m["mandate_id"]) and m["user_id"] == "usr_847d6a"
        assert m["status"] == "active"


@pytest.mark.parametrize("session_seed", range(5))
def test_dimensions_have_a_height_in_the_unit_asked(executor: MockExecutor,
                                                    session_seed: int) -> None:
    out = executor.session(session_seed).call(
        DIMENSIONS, {"building_name": "Empire State Building", "unit": "feet"}).output
    assert all(isinstance(out.get(k), (int, float)) and out[k] > 0
               for k in ("height", "width", "length"))
    assert out["unit"] == "feet" and out["building_name"] == "Empire State Building"


@pytest.mark.parametrize("session_seed", range(5))
def test_an_update_says_back_the_values_it_was_sent(executor: MockExecutor,
                                                    session_seed: int) -> None:
    sent = {"name": "Brianna Jackson", "email": "brianna.jackson@example.com"}
    out = executor.session(session_seed).call(UPDATE, {"user_id": 456931,
                                                       "update_info": sent}).output
    assert out["update_info"] == sent and out["user_id"] == 456931
    assert "followers" not in out


COMMENTS = _bfcl("get_videos_comment", "Get the comments on a video.",
                 _p("video_id", {"type": "string"}), _p("per_page", {"type": "integer"}, False))
NOTE = _bfcl("add_note_to_ticket_for_freshdesk", "Add a note to a ticket.",
             _p("ticketId", {"type": "integer"}), _p("body", {"type": "string"}))
CREATE_TICKET = _bfcl("create_ticket_for_freshdesk", "Create a ticket.",
                      _p("subject", {"type": "string"}), _p("priority", {"type": "integer"}))


@pytest.mark.parametrize("session_seed", range(5))
def test_the_comments_of_a_video_are_comments(executor: MockExecutor,
                                              session_seed: int) -> None:
    out = executor.session(session_seed).call(COMMENTS, {"video_id": "vdi_081321"}).output
    assert "views" not in out and "channel" not in out
    assert out["comments"]
    for c in out["comments"]:
        assert c["video_id"] == "vdi_081321" and c["text"] and c["author"]
        assert "per_page" not in c


@pytest.mark.parametrize("session_seed", range(5))
def test_a_help_desk_ticket_has_no_venue(executor: MockExecutor, session_seed: int) -> None:
    s = executor.session(session_seed)
    note = s.call(NOTE, {"ticketId": 536404, "body": "I was charged twice."}).output
    made = s.call(CREATE_TICKET, {"subject": "Password reset", "priority": 4}).output
    for out in (note, made):
        assert not {"venue", "start_date", "end_date"} & set(out)
    assert made["priority"] == 4 and made["subject"] == "Password reset"


SYNONYMS = _bfcl("dictionary_synonyms_for_webit_language", "Dictionary Synonyms",
                 _p("language", {"type": "string"}), _p("q", {"type": "string"}))
THESAURUS = _bfcl("v1_thesaurus_for_thesaurus_by_api_ninjas",
                  "Returns a list of synonyms and a list of antonyms for a given word.",
                  _p("word", {"type": "string"}))


def test_synonyms_are_words_of_the_same_meaning_not_translations(
        executor: MockExecutor) -> None:
    out = executor.session(1).call(SYNONYMS, {"language": "en", "q": "happy"}).output
    assert "translated_text" not in str(out)
    assert out["word"] == "happy" and {"glad", "cheerful"} <= set(out["synonyms"])


def test_a_thesaurus_gives_synonyms_and_antonyms_of_the_word_in_a_sentence(
        executor: MockExecutor) -> None:
    out = executor.session(2).call(
        THESAURUS, {"word": "Where is the nearest train station?"}).output
    assert out["word"] == "nearest"
    assert "closest" in out["synonyms"] and "farthest" in out["antonyms"]


MAYORSHIPS = _bfcl("get_user_mayorships_for_foursquare", "Returns a user's mayorships.",
                   _p("userId", {"type": "string"}))
DETAILS = _bfcl("get_user_details", "Returns a user's details.", _p("userId", {"type": "string"}))


def test_the_things_a_user_owns_are_listed_not_the_user(executor: MockExecutor) -> None:
    out = executor.session(3).call(MAYORSHIPS, {"userId": "usr_54e6c6"}).output
    assert "full_name" not in out and "followers" not in out
    assert out["mayorships"] and all(m["userId"] == "usr_54e6c6" for m in out["mayorships"])
    # A record's aspect ("details") is the record itself, not a list of details.
    assert "details" not in executor.session(3).call(DETAILS, {"userId": "usr_1"}).output


def test_a_list_of_audio_formats_is_formats_not_audio_features() -> None:
    from toolgen.executor import MockExecutor

    ep = Endpoint(id="fc/formats", function_name="get_audio_formats_for_fileconversion",
                  tool_id="fc", tool_name="FileConversion", category="Tools",
                  name="get_audio_formats", response_schema={})
    out = MockExecutor(seed=7, pool_size=64).session(0).call(ep, {}).output
    formats = [f["name"] for f in out["formats"]]
    assert formats and set(formats) <= {"mp3", "wav", "flac", "aac", "ogg", "m4a"}, out
    assert len(formats) == len(set(formats)), out
    assert not any("tempo" in f or "key" in f for f in out["formats"]), out
