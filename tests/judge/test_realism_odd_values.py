"""The judge flags values sent for parameters the schema explains only by a default, as
a reviewer refused them in ToolBench seed 7 #21 and #55 (both scored 5.0): a schema's
sample email text sent as the user's message, a region code "MM5328" where the default
is "EU", and Kenya's sceneries answered for the region "Bangkok"."""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import odd_values
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import build, calls_record

_SAMPLE = "hey sending you a sample email with this great API"
_NOTE = "<h1>ADD YOUR OWN HTML </h1>"
_SEND = {"send_email": {"message": {"type": "string", "default": _SAMPLE},
                        "html": {"type": "string", "default": _NOTE},
                        "to_email": {"type": "string"},
                        "Content_Type": {"type": "string", "default": "application/json"},
                        "by": {"type": "string", "default": "Group Name"}}}


def _kinds(record: Record) -> list[str]:
    return [f.kind for f in odd_values.check_view(build_view(record), JudgeContext())]


def _sent(args: dict[str, Any], user: str, defaulted: tuple[str, ...]) -> Record:
    record = calls_record([("send_email", args, {"success": True, "email_id": "eml_1"})],
                          user=user, answer="Sent (email ID eml_1).",
                          conversation_id="t-odd-text", params=_SEND)
    d = record.model_dump(mode="json")
    for name in defaulted:
        d["step_trace"][0]["arguments"][name] = {"value": args[name], "source": "default"}
    return build(d)


def test_a_sample_text_default_sent_as_the_message_is_flagged() -> None:
    args = {"message": _SAMPLE, "to_email": "ana@example.org"}
    assert _kinds(_sent(args, "Email ana@example.org about Friday.", ("message",))) == [
        "unsaid_text"]


def test_an_authors_note_sent_even_as_the_users_words_is_flagged() -> None:
    args = {"html": _NOTE, "to_email": "ana@example.org"}
    assert _kinds(_sent(args, f"Email ana@example.org ({_NOTE}).", ())) == ["unsaid_text"]
    assert _kinds(_sent({"html": "<p>See you at 8</p>", "to_email": "ana@example.org"},
                        "Email ana@example.org: <p>See you at 8</p>.", ())) == []


def test_a_text_the_user_wrote_or_a_setting_default_is_clean() -> None:
    said = {"message": _SAMPLE, "to_email": "ana@example.org"}
    assert _kinds(_sent(said, f"Email ana@example.org: {_SAMPLE}.", ("message",))) == []
    settings = {"to_email": "ana@example.org", "Content_Type": "application/json",
                "by": "Group Name"}
    assert _kinds(_sent(settings, "Email ana@example.org.", ("Content_Type", "by"))) == []


_REGION = {"countries_by_region": {"regionCode": {"type": "string", "default": "EU"}}}


def _region(code: str) -> Record:
    out = {"countries": [{"country_name": "France", "regionCode": code}]}
    return calls_record([("countries_by_region", {"regionCode": code}, out)],
                        user=f"Countries of region {code}, please.", answer="France.",
                        conversation_id="t-odd-code", params=_REGION)


def test_a_code_off_its_defaults_form_is_flagged() -> None:
    assert _kinds(_region("MM5328")) == ["code_off_form"]
    assert _kinds(_region("EUR1")) == ["code_off_form"]


def test_a_code_of_its_defaults_form_is_clean() -> None:
    assert _kinds(_region("AS")) == []
    assert _kinds(_region("eu")) == []


def _sceneries(region: str) -> Record:
    out = {"status": "success", "data": [
        {"id": "b57dc0bb", "name": "Keraita Forest", "type": "Forest", "region": region,
         "country": "Kenya", "rating": 5}]}
    return calls_record([("fetch_by_region", {"region": region, "limit": 5}, out)],
                        user=f"Sceneries in {region}?", answer="Keraita Forest, rated 5.",
                        conversation_id="t-odd-place")


def test_results_of_another_country_than_the_place_asked_are_flagged() -> None:
    assert _kinds(_sceneries("Bangkok")) == ["filter_place_misfit"]
    assert _kinds(_sceneries("Stockholm")) == ["filter_place_misfit"]


def test_results_in_the_place_asked_or_its_own_regions_are_clean() -> None:
    assert _kinds(_sceneries("Nairobi")) == []
    assert _kinds(_sceneries("Central")) == []  # Kenya's region, also a small US town
    assert _kinds(_sceneries("Rift-Valley")) == []
