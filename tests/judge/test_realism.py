"""Realism validators: what a reviewer accepts stays clean, and the gate follows the policy.

The calibration test shows each defect is caught; these tests pin the other side (natural
phrasings and honest answers that look like defects to a naive check) and the policy.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from toolgen.judge import JudgeContext, has_errors, score, validate
from toolgen.judge.gate import verdict
from toolgen.judge.realism import GATING_KINDS, SEVERITY
from toolgen.judge.realism.arguments import stated_bounds
from toolgen.judge.realism.outputs import filler
from toolgen.records import Record

from .calibration.labelled import load

CTX = JudgeContext()
BASES = {r.base: r.record for r in load() if r.defect is None and r.id.endswith("clean0")}


def _dict(base: str) -> dict[str, Any]:
    return copy.deepcopy(BASES[base].model_dump(mode="json"))


def _kinds(d: dict[str, Any]) -> set[str]:
    return {f.kind for f in validate(Record.model_validate(d), CTX)}


def _answer(d: dict[str, Any], text: str) -> dict[str, Any]:
    d["messages"][-1]["content"] = text
    return d


def test_faker_text_is_filler_and_real_prose_is_not() -> None:
    assert filler("Floor feel catch budget visit box last team evening must bad carry.")
    assert filler("Progressive Reciprocal Focus Group")
    assert not filler("Restored townhouse in Chiado with a rooftop terrace.")
    assert not filler("Great value for the price and the staff were friendly.")
    assert not filler("Casa Azul")


def test_stated_bounds_read_common_phrasings() -> None:
    assert stated_bounds("Minimum star rating (1-5)") == (1.0, 5.0)
    assert stated_bounds("Number of days, between 1 and 10") == (1.0, 10.0)
    assert stated_bounds("Results per page. Maximum 50.") == (None, 50.0)
    assert stated_bounds("Up to 100 characters") == (None, None)


def test_natural_labels_and_acknowledged_failures_are_not_flagged() -> None:
    d = _dict("cancel")
    d["messages"][1]["content"] = ("Please cancel my order (order ID: ORD-48213), "
                                   "I ordered the wrong size.")
    assert "parameter_label" not in _kinds(d)
    failed = _answer(_dict("flight"), "Unfortunately that flight isn't in the airline's data.")
    assert "ignored_failure" not in _kinds(failed)


def test_general_knowledge_answers_are_not_claims() -> None:
    d = _dict("stock")
    d["messages"] += [{"role": "user", "content": "By the way, when was Apple founded?"},
                      {"role": "assistant", "content": "Apple was founded in 1976 by Steve "
                       "Jobs and Steve Wozniak."}]
    assert "claim_unsupported" not in _kinds(d)


def test_a_same_currency_rate_of_one_is_fine() -> None:
    d = _dict("currency")
    d["messages"][0]["content"] = "How much is 250 USD in USD today?"
    call = d["messages"][1]["tool_calls"][0]["function"]
    call["arguments"] = json.dumps({**json.loads(call["arguments"]), "to_currency": "USD"})
    d["step_trace"][0]["arguments"]["to_currency"]["value"] = "USD"
    out = json.loads(d["messages"][2]["content"])
    d["messages"][2]["content"] = json.dumps({**out, "to_currency": "USD", "rate": 1.0,
                                              "result": 250})
    _answer(d, "250 USD is 250 USD, the rate is 1.")
    assert "same_currency_rate" not in _kinds(d)


def test_findings_name_the_message_and_cost_the_right_score() -> None:
    d = _answer(_dict("stock"), "Um, AAPL is at $189.84, down 0.42% today.")
    record = Record.model_validate(d)
    findings = validate(record, CTX)
    [f] = [f for f in findings if f.kind == "assistant_disfluency"]
    assert f.validator == "language" and f.message_index == len(d["messages"]) - 1
    s = score(record, findings)
    assert s.naturalness < 5 and s.tool_correctness == 5 and s.overall <= 3
    assert "language.assistant_disfluency" in s.rationale


def test_only_gating_kinds_reject_a_generated_record() -> None:
    assert set(SEVERITY) >= GATING_KINDS
    ungated = next(k for k in sorted(SEVERITY) if k not in GATING_KINDS)
    gated = sorted(GATING_KINDS)[0]
    for kind, rejects in ((ungated, False), (gated, True)):
        defective = next(r for r in load() if r.defect == kind)
        findings = [f for f in validate(defective.record, CTX)
                    if f.kind == kind or f.severity != "error"]
        assert has_errors(findings) is rejects
        decision = verdict(defective.record, findings, CTX.threshold)
        assert decision.accepted is not rejects
        assert score(defective.record, findings).overall <= 3  # the record's honest score


def _priced(base: str, name: str, amount: float) -> dict[str, Any]:
    """The base record with its first result renamed `name` and priced `amount`."""
    d = _dict(base)
    tool = next(m for m in d["messages"] if m["role"] == "tool")
    output = json.loads(tool["content"])
    first = next(v for v in output.values() if isinstance(v, list))[0]
    first["name"] = name
    price = "price_per_night" if "price_per_night" in first else "price"
    if isinstance(first[price], dict):
        first[price]["amount"] = amount
    else:
        first[price] = amount
    tool["content"] = json.dumps(output)
    return d


def test_a_price_no_such_thing_has_is_implausible() -> None:
    """The seed-7 review's hotel at 7.75 EUR a night and running shoes at 1.20; the same
    records at believable prices stay clean."""
    assert "implausible_number" in _kinds(_priced("hotels", "Rice Suites Hotel", 7.75))
    assert "implausible_number" in _kinds(_priced("shoes", "Pegasus 40 Running Shoes", 1.2))
    assert "implausible_number" not in _kinds(_priced("hotels", "Rice Suites Hotel", 149.5))
    assert "implausible_number" not in _kinds(
        _priced("shoes", "Pegasus 40 Running Shoes", 119.99))


def _stamped(base: str, stamps: dict[str, str]) -> dict[str, Any]:
    """The base record with its first result carrying `stamps`."""
    d = _dict(base)
    tool = next(m for m in d["messages"] if m["role"] == "tool")
    output = json.loads(tool["content"])
    first = next(v for v in output.values() if isinstance(v, list))[0]
    first.update(stamps)
    tool["content"] = json.dumps(output)
    return d


def test_a_thing_sent_before_it_was_made_is_out_of_order() -> None:
    """ToolBench seed 7 #21: an SMS `created_at` 2022-06-28 but `sent_at` 2022-06-06; an
    order delivered before it shipped."""
    sent = {"created_at": "2022-06-28 06:29:46", "sent_at": "2022-06-06 06:31:04"}
    delivered = {"shipped_at": "2025-03-09", "delivered_at": "2025-03-02"}
    for stamps in (sent, delivered):
        assert "value_out_of_range" in _kinds(_stamped("hotels", stamps)), stamps
    in_order = {"created_at": "2022-06-06 06:31:04", "sent_at": "2022-06-28 06:29:46"}
    assert "value_out_of_range" not in _kinds(_stamped("hotels", in_order))


def test_feature_bullets_naming_other_products_misfit() -> None:
    """ToolBench seed 7 #88: a blender's feature_bullets were "Vintage Headphones",
    "Wireless Notebook", "Premium Camera", "Compact Tent"."""
    named = {"feature_bullets": ["Vintage Headphones", "Wireless Notebook", "Premium Camera"]}
    assert "text_misfit" in _kinds(_stamped("shoes", named))
    said = {"feature_bullets": ["Breathable mesh upper.", "Cushioned sole for long runs."]}
    assert "text_misfit" not in _kinds(_stamped("shoes", said))


def test_a_flight_numbered_with_another_airlines_code_is_flagged() -> None:
    """BFCL seed 7 #160: a Delta booking operated by ANA as "HE2390"; a KLM "AA1492"."""
    wrong = {"airline": "KLM", "flight_number": "AA1492"}
    assert "airline_code_mismatch" in _kinds(_stamped("hotels", wrong))
    right = {"airline": "KLM", "flight_number": "KL1492"}
    assert "airline_code_mismatch" not in _kinds(_stamped("hotels", right))


def test_a_large_city_in_a_country_without_it_is_flagged() -> None:
    """ToolBench seed 7 #109: Cleveland's districts listed in India at Mumbai's
    coordinates."""
    wrong = {"city": "Cleveland", "country": "India", "latitude": 19.076,
             "longitude": 72.8777}
    assert "city_country" in _kinds(_stamped("hotels", wrong))
    right = {"city": "Cleveland", "country": "United States", "latitude": 41.4995,
             "longitude": -81.6954}
    assert "city_country" not in _kinds(_stamped("hotels", right))


def test_a_flight_booked_after_it_departed_is_flagged() -> None:
    """BFCL seed 7 #200: a flight departing 2025-08-07 booked on 2026-01-02."""
    late = {"departure_time": "2025-08-07T22:16:00Z", "created_at": "2026-01-02T10:16:00Z"}
    assert "booked_after_start" in _kinds(_stamped("hotels", late))
    early = {"departure_time": "2025-08-07T22:16:00Z", "created_at": "2025-07-02T10:16:00Z"}
    assert "booked_after_start" not in _kinds(_stamped("hotels", early))


def test_a_stay_booked_after_its_from_date_is_flagged_and_a_report_is_not() -> None:
    """BFCL seed 7 #21: a stay from 2025-04-03 booked on 2025-08-18; a report's
    `from_date` is the start of the period it covers, made after it."""
    stay = {"booking_id": "bkn_43c88a", "from_date": "2025-04-03", "to_date": "2025-04-17",
            "status": "confirmed", "created_at": "2025-08-18T13:38:00Z"}
    assert "booked_after_start" in _kinds(_stamped("hotels", stay))
    report = {"report_id": "rpt_1", "from_date": "2025-04-03", "to_date": "2025-04-17",
              "status": "completed", "created_at": "2025-08-18T13:38:00Z"}
    assert "booked_after_start" not in _kinds(_stamped("hotels", report))


def test_a_price_out_of_its_currencys_scale_is_flagged() -> None:
    """BFCL seed 7 #163: thirteen nights in Seoul for 296.19 KRW (0.22 USD, in cents the
    won does not have); a Walmart price of 17.58 ARS."""
    for stamps in ({"price": 296.19, "currency": "KRW"}, {"price": 17.58, "currency": "ARS"},
                   {"total_amount": 24688.5, "currency": "JPY"}):
        assert "off_currency_scale" in _kinds(_stamped("hotels", stamps)), stamps
    for stamps in ({"price": 396895, "currency": "KRW"}, {"price": 24.5, "currency": "EUR"},
                   {"tax": 40, "currency": "JPY"},  # a small fee or tax is no price
                   {"amount": 15123.45, "currency": "JPY", "rate": 151.23}):  # a quote
        assert "off_currency_scale" not in _kinds(_stamped("hotels", stamps)), stamps


def test_a_hotel_price_is_read_in_its_currency() -> None:
    """A Seoul hotel at 396,895 KRW a night is 296 dollars, a hotel's price; the judge
    read the figure as dollars and refused it ("price 396895 is not a hotel price")."""
    won = {"price": 396895, "currency": "KRW"}
    assert "implausible_number" not in _kinds(_stamped("hotels", won))
    dollars = {"price": 396895, "currency": "USD"}
    assert "implausible_number" in _kinds(_stamped("hotels", dollars))


def test_a_stay_priced_as_no_stay_of_its_nights_is_flagged() -> None:
    """BFCL seed 7 #21: fourteen nights in Melbourne for 247.06 AUD (12 dollars a night)."""
    d = _dict("hotels")
    tool = next(m for m in d["messages"] if m["role"] == "tool")
    call = next(c for m in d["messages"] for c in m.get("tool_calls") or []
                if c["id"] == tool["tool_call_id"])
    call["function"]["name"] = "hotel_booking_book"
    for m in d["messages"]:
        if m.get("name") == "search_hotels":
            m["name"] = "hotel_booking_book"
    for s in d["step_trace"]:
        if s["function_name"] == "search_hotels":
            s["function_name"] = "hotel_booking_book"
    d["tools"].append({"type": "function", "function": {
        "name": "hotel_booking_book", "description": "Book a hotel.",
        "parameters": {"type": "object", "properties": {}}}})

    def stay(price: float) -> dict[str, Any]:
        booked = copy.deepcopy(d)
        out = next(m for m in booked["messages"] if m["role"] == "tool")
        out["content"] = json.dumps({
            "booking_id": "bkn_43c88a", "from_date": "2025-04-03", "to_date": "2025-04-17",
            "price": price, "currency": "AUD", "status": "confirmed"})
        return booked

    assert "stay_price_misfit" in _kinds(stay(247.06))
    assert "stay_price_misfit" not in _kinds(stay(2109.67))
