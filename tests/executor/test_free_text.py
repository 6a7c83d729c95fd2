"""Free text in an answer speaks of its subject: support answers the message it was sent,
a summary of a case names its parties, a description its object, a fact its subject."""

from __future__ import annotations

from typing import Any

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter


def _text(name: str) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="string",
                     json_schema={"type": "string"}, required=True)


def _endpoint(name: str, params: tuple[str, ...], response: Any = None) -> Endpoint:
    # no response schema: the answer's shape is inferred, as for BFCL functions
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name=name,
                    category="Travel", name=name, description="",
                    parameters=[_text(p) for p in params], response_schema=response)


def _outputs(ep: Endpoint, args: dict[str, Any], n: int = 12) -> list[Any]:
    executor = MockExecutor(seed=7)
    return [executor.session(i).call(ep, args).output for i in range(n)]


def test_support_answers_the_question_it_was_sent() -> None:
    ep = _endpoint("contact_customer_support", ("booking_id", "message"), {
        "type": "object", "properties": {"customer_support_message": {"type": "string"}}})
    for out in _outputs(ep, {"booking_id": "bkn_4fcbef",
                             "message": "Can I add a checked bag to my flight to Chicago?"}):
        reply = out["customer_support_message"].lower()
        assert "bag" in reply and "booking" in reply, reply
    for out in _outputs(ep, {"booking_id": "bkn_4fcbef",
                             "message": "Could you send me a receipt for my flight?"}):
        assert "receipt" in out["customer_support_message"].lower(), out


def test_a_reply_that_names_no_reference_reads_as_a_sentence() -> None:
    ep = _endpoint("contact_customer_support", ("booking_id", "message"), {
        "type": "object", "properties": {"customer_support_message": {"type": "string"}}})
    for out in _outputs(ep, {"booking_id": "bkn_1", "message": "Can I move my flight to "
                             "a day later?"}):
        reply = out["customer_support_message"]
        assert "Booking your" not in reply and "booking your booking" not in reply, reply


def test_a_case_summary_names_both_parties() -> None:
    ep = _endpoint("legal_case_get_summary", ("case_id",), {
        "type": "object", "properties": {"name": {"type": "string", "enum": [
            "Lindqvist v. Okafor"]}, "summary": {"type": "string"}}})
    for out in _outputs(ep, {"case_id": "csa_47121c"}):
        summary = out["summary"]
        assert "Lindqvist" in summary and "Okafor" in summary, out


def test_facts_are_about_the_particle_asked() -> None:
    ep = _endpoint("science_facts_get_diameter", ("particle", "unit"), {
        "type": "object", "properties": {"facts": {"type": "array", "items": {
            "type": "object", "properties": {"fact_id": {"type": "string"},
                                             "text": {"type": "string"}}}}}})
    for out in _outputs(ep, {"particle": "Proton", "unit": "cm"}):
        for fact in out["facts"]:
            assert "proton" in fact["text"].lower(), fact
            assert "diameter" in fact["text"] or "proton" in fact["text"].lower(), fact


def test_a_named_venue_is_described_by_its_name_not_a_status_line() -> None:
    ep = _endpoint("get_venues", ("city",), {
        "type": "object", "properties": {"venues": {"type": "array", "items": {
            "type": "object", "properties": {
                "venue_id": {"type": "string"}, "name": {"type": "string"},
                "city": {"type": "string"}, "description": {"type": "string"}}}}}})
    filler = ("For internal use only.", "Draft; details to follow.",
              "Archived copy of the original.", "Imported from the previous system.",
              "Maintained by the operations team.", "Shared with the whole team.",
              "Last reviewed in March.", "Created for the spring campaign.")
    seen = 0
    for out in _outputs(ep, {"city": "Lisbon"}):
        for venue in out["venues"]:
            if "description" not in venue:
                continue
            seen += 1
            assert venue["description"] not in filler, venue
            assert venue["name"] in venue["description"], venue
    assert seen


def test_a_hotel_guest_gets_a_hotel_answer() -> None:
    ep = _endpoint("contact_customer_support", ("booking_id", "message"), {
        "type": "object", "properties": {"customer_support_message": {"type": "string"}}})
    for out in _outputs(ep, {"booking_id": "bkn_1", "message": "If I cancel my hotel "
                             "booking in Lisbon, do I get a refund?"}):
        reply = out["customer_support_message"].lower()
        assert "cancel" in reply and "arrival" in reply, reply
        assert not any(w in reply for w in ("fare", "economy", "seat", "flight")), reply


def test_comments_listed_together_say_different_things() -> None:
    """ToolBench seed 71 #23: three of a video's four comments were "Where can I find more
    like this?"."""
    comment = {"type": "object", "properties": {
        "comment_id": {"type": "string"}, "author": {"type": "string"},
        "text": {"type": "string"}}}
    ep = _endpoint("get_video_comments", ("video_id",), {
        "type": "object", "properties": {"comments": {"type": "array", "items": comment,
                                                      "minItems": 4}}})
    listed = 0
    for out in _outputs(ep, {"video_id": "vdi_b02df4"}):
        said = [c["text"] for c in out["comments"]]
        listed += len(said) >= 3
        assert len(set(said)) == len(said), said
    assert listed >= 6
