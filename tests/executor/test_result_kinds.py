"""Tool outputs a careful reader believes, by the kind of result the endpoint returns.

Every expected figure here is worked out by hand (or by the textbook formula written out in
the test), never by the executor's own code.
"""

from __future__ import annotations

import math
import re
from typing import Any

import pytest

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter


def _param(name: str, type_: str = "number", required: bool = True) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=type_,
                     json_schema={"type": type_}, required=required)


def _endpoint(name: str, params: tuple[Parameter, ...] = (), tool: str = "Toolbox",
              response: dict[str, Any] | None = None) -> Endpoint:
    return Endpoint(id=f"kinds/{name}", function_name=name, tool_id="kinds", tool_name=tool,
                    category="Data", name=name, parameters=params,
                    response_schema=response or {},
                    response_source="declared" if response else "inferred")


def _call(executor: MockExecutor, ep: Endpoint, args: dict[str, Any], seed: int = 1) -> Any:
    result = executor.session(seed).call(ep, args)
    assert result.status == "ok", result.error
    return result.output


def _numbers(out: Any) -> list[float]:
    if isinstance(out, dict):
        return [n for v in out.values() for n in _numbers(v)]
    if isinstance(out, list):
        return [n for v in out for n in _numbers(v)]
    return [float(out)] if isinstance(out, (int, float)) and not isinstance(out, bool) else []


def _words(name: str) -> set[str]:
    return set(re.findall(r"[a-z]+", name.lower()))


@pytest.mark.parametrize(("name", "params", "args", "expected"), [
    # 20000 at 5.5 % a year over 7 years: i = 0.055/12, n = 84, P*i/(1-(1+i)^-n)
    ("calculate_loan_get_for_calcx_loan_calculator", ("loan", "rate", "term"),
     {"loan": 20000, "rate": 5.5, "term": 7},
     20000 * (0.055 / 12) / (1 - (1 + 0.055 / 12) ** -84)),
    ("math_gcd_1cd1ec3c", ("num1", "num2"), {"num1": 846, "num2": 402}, 6),
    ("math_lcm", ("num1", "num2"), {"num1": 4, "num2": 6}, 12),
    ("math_factorial_ee29f5e5", ("number",), {"number": 10}, 3628800),
    ("geometry_calculate_area_circle_febdfdeb", ("radius",), {"radius": 2}, math.pi * 4),
    ("calculate_triangle_area", ("base", "height"), {"base": 10, "height": 4}, 20),
    ("calculate_bmi_1166a419", ("weight_kg", "height_m"), {"weight_kg": 70, "height_m": 1.75},
     70 / 1.75**2),
    ("kinematics_calculate_final_speed", ("initial_speed", "acceleration", "time"),
     {"initial_speed": 2, "acceleration": 3, "time": 4}, 14),
    # a fall from 20 m: sqrt(2 * 9.81 * 20)
    ("calculate_final_speed_283e94c9", ("initial_velocity", "height"),
     {"initial_velocity": 0, "height": 20}, math.sqrt(2 * 9.81 * 20)),
    # C(10,3) / 2^10 with the fair coin the call did not change
    ("calculate_binomial_probability_7ffddea7", ("number_of_trials", "number_of_successes"),
     {"number_of_trials": 10, "number_of_successes": 3}, 120 / 1024),
])
def test_a_calculation_answers_with_the_figure_computed_from_its_arguments(
    executor: MockExecutor, name: str, params: tuple[str, ...], args: dict[str, Any],
    expected: float,
) -> None:
    ep = _endpoint(name, tuple(_param(p) for p in params))
    for seed in (1, 2, 3):
        out = _call(executor, ep, args, seed)
        # BMI is stated to one decimal, money to the cent.
        computed = [n for k, n in out.items() if k not in args
                    and isinstance(n, (int, float)) and not isinstance(n, bool)]
        assert any(abs(n - expected) <= max(0.05, abs(expected) * 0.001) for n in computed), out


def test_a_calculation_key_names_a_quantity_not_the_tool_or_a_hash(
    executor: MockExecutor,
) -> None:
    ep = _endpoint("calc_absolute_pressure_0cab7eb7",
                   (_param("atm_pressure"), _param("gauge_pressure")))
    out = _call(executor, ep, {"atm_pressure": 1.0, "gauge_pressure": 2.5})
    assert out["absolute_pressure"] == 3.5
    assert set(out) == {"absolute_pressure", "atm_pressure", "gauge_pressure"}, out


def test_an_optional_input_the_call_did_not_send_is_not_made_up(executor: MockExecutor) -> None:
    ep = _endpoint("calculate_compound_interest",
                   (_param("principal"), _param("rate"), _param("time"),
                    _param("n", "integer", required=False)))
    out = _call(executor, ep, {"principal": 1000, "rate": 5, "time": 2})
    assert "n" not in out
    assert out["compound_interest"] == pytest.approx(1000 * 1.05**2 - 1000, abs=0.01)


@pytest.mark.parametrize(("name", "tool", "args"), [
    ("walk_score_for_apartments_com", "Apartments.com", {}),
    ("get_bureau_statistics", "Bureau", {"year": 2006}),
    ("get_page_and_position_for_bingsearch", "BingSearch", {"DomainName": "acme.io"}),
    ("mbti_analyse", "MBTI", {}),
])
def test_a_figure_has_no_made_up_name_or_type_and_stays_on_its_scale(
    executor: MockExecutor, name: str, tool: str, args: dict[str, Any],
) -> None:
    params = tuple(_param(k, "string" if isinstance(v, str) else "integer")
                   for k, v in args.items())
    ep = _endpoint(name, params, tool)
    own = _words(name) | _words(tool)
    for seed in range(6):
        out = _call(executor, ep, args, seed)
        assert isinstance(out, dict) and "name" not in out, out
        for k, v in out.items():
            if k.endswith("_type"):
                assert str(v).lower() not in own, out
            if "score" in k:
                assert 0 <= v <= 100, out
            if k == "position":
                assert 1 <= v <= 50, out
        if "mbti" in name:
            assert re.fullmatch(r"[EI][SN][TF][JP]", out["personality_type"]), out


def test_a_record_of_no_named_kind_gets_no_random_name(executor: MockExecutor) -> None:
    """A discovery looked up by its name, or a nutrition lookup, is not "Copper Garden"."""
    ep = _endpoint("science_history_get_discovery_details", (_param("discovery", "string"),))
    out = _call(executor, ep, {"discovery": "Gravity"})
    assert out["discovery"] == "Gravity" and "name" not in out
    assert not any(k.endswith("_type") for k in out), out


def test_a_named_kind_keeps_its_believable_name(executor: MockExecutor) -> None:
    ep = _endpoint("lawsuit_check_case", (_param("case_id", "integer"),))
    out = _call(executor, ep, {"case_id": 627710})
    assert re.fullmatch(r"[A-Z][\w.]*( Corp\.| Ltd\.)? v\. [\w .]+", out["name"]), out


def test_an_action_answers_with_the_status_it_leaves_the_record_in(
    executor: MockExecutor,
) -> None:
    declared = _endpoint("resolve_ticket", (_param("ticket_id", "integer"),
                                            _param("resolution", "string")),
                         response={"type": "object", "properties": {
                             "status": {"type": "string"}}})
    inferred = _endpoint("close_issue", (_param("issue_id", "string"),))
    for seed in range(5):
        assert _call(executor, declared, {"ticket_id": 5, "resolution": "refunded"},
                     seed)["status"] == "resolved"
        out = _call(executor, inferred, {"issue_id": "iss_1"}, seed)
        assert out["status"] == "closed" and out["issue_id"] == "iss_1" and "closed_at" in out


@pytest.mark.parametrize(("text", "target", "expected"), [
    ("Thank you", "de", "Danke"),
    ("good morning", "es", "buenos días"),
    ("hello", "FR", "bonjour"),
    # Not a phrase of the table: the text comes back as sent, never an invented sentence.
    ("The invoice is attached", "ja", "The invoice is attached"),
    ("hello", "klingon", "hello"),
])
def test_a_translation_does_not_pretend(
    executor: MockExecutor, text: str, target: str, expected: str,
) -> None:
    ep = _endpoint("translate_using_query_for_deepl_translator",
                   (_param("text", "string"), _param("target_lang", "string")), "DeepL")
    out = _call(executor, ep, {"text": text, "target_lang": target})
    assert out["translated_text"] == expected
    assert out["target_language"] == target


def test_a_sentence_users_send_comes_back_translated_into_the_language_code_asked(
    executor: MockExecutor,
) -> None:
    ep = _endpoint("text_translation_for_translef_translator",
                   (_param("text", "string"), _param("language_code", "string")), "Translef")
    out = _call(executor, ep, {"text": "Please send me the report by the end of the week.",
                               "language_code": "fr"})
    assert out["translated_text"] == "Merci de m'envoyer le rapport d'ici la fin de la semaine."
    assert out["target_language"] == "fr"


def test_pictures_have_the_size_of_real_pictures(executor: MockExecutor) -> None:
    ep = _endpoint("image_search_for_duckduckgo_image_search", (_param("q", "string"),),
                   "DuckDuckGo Image Search")
    seen = 0
    for seed in range(5):
        for img in _call(executor, ep, {"q": "cats"}, seed)["images"]:
            assert img["width"] >= 300 and img["height"] >= 300, img
            assert 0.5 <= img["width"] / img["height"] <= 2, img
            seen += 1
    assert seen >= 5


def test_a_type_field_holds_a_type_of_its_kind(executor: MockExecutor) -> None:
    ep = _endpoint("get_case_for_court_records", (_param("case_id", "string"),), "Court Records",
                   response={"type": "object", "properties": {
                       "case_id": {"type": "string"}, "case_type": {"type": "string"}}})
    kinds = {_call(executor, ep, {"case_id": "c1"}, s)["case_type"] for s in range(12)}
    assert kinds <= {"civil", "criminal", "family", "commercial", "administrative"}, kinds
    assert len(kinds) > 1


def test_descriptions_are_no_stock_sentence_of_tool_words(executor: MockExecutor) -> None:
    ep = _endpoint("create_ticket", (_param("title", "string"),), "Helpdesk",
                   response={"type": "object", "properties": {
                       "id": {"type": "integer"}, "title": {"type": "string"},
                       "description": {"type": "string"}}})
    stock = re.compile(r"including|related \w+ information|listing with|updated regularly|"
                       r"covering|figures for|^summary of", re.I)
    for seed in range(10):
        out = _call(executor, ep, {"title": "Copy of last invoice"}, seed)
        assert not stock.search(out["description"]), out
        assert "helpdesk" not in out["description"].lower(), out


def test_roots_and_integrals_are_the_textbook_answers(executor: MockExecutor) -> None:
    # x^3 - 6x^2 + 11x - 6 = (x-1)(x-2)(x-3)
    cubic = _endpoint("math_roots_cubic_0ba7325c", tuple(_param(k) for k in "abcd"))
    out = _call(executor, cubic, {"a": 1, "b": -6, "c": 11, "d": -6})
    assert out["roots"] == pytest.approx([1.0, 2.0, 3.0], abs=1e-3)
    # the integral of exp(-x^2) over [-1, 1] is sqrt(pi) * erf(1) = 1.49365
    gauss = _endpoint("math_gaussian_integral", (_param("lower_limit"), _param("upper_limit")))
    out = _call(executor, gauss, {"lower_limit": -1, "upper_limit": 1})
    assert out["integral"] == pytest.approx(1.49365, abs=1e-4)


def test_inputs_that_admit_no_answer_say_so(executor: MockExecutor) -> None:
    # 245 + 84 < 396: no triangle has these sides
    heron = _endpoint("math_triangle_area_heron", tuple(_param(f"side{i}") for i in (1, 2, 3)))
    out = _call(executor, heron, {"side1": 396.07, "side2": 245.18, "side3": 83.86})
    assert out["area"] is None and "triangle" in out["message"]


def test_a_height_in_metres_is_read_as_metres(executor: MockExecutor) -> None:
    ep = _endpoint("calculate_bmi", (_param("weight_kg"), _param("height_m")))
    assert _call(executor, ep, {"weight_kg": 80, "height_m": 2.0})["bmi"] == pytest.approx(20.0)
    cm = _endpoint("calculate_bmi", (_param("weight"), _param("height")))
    assert _call(executor, cm, {"weight": 80, "height": 200})["bmi"] == pytest.approx(20.0)


def test_a_huge_factorial_is_stated_not_made_up(executor: MockExecutor) -> None:
    ep = _endpoint("math_factorial", (_param("number"),))
    # log10(315!) = 651.81...: 315! = 6.51e651
    out = _call(executor, ep, {"number": 315})
    assert isinstance(out["factorial"], str) and out["factorial"].endswith("e+651")
    assert out["factorial"].startswith("6.5")


def test_who_created_a_record_is_a_user_not_a_time(executor: MockExecutor) -> None:
    ep = _endpoint("get_ticket", (_param("ticket_id", "integer"),), "Helpdesk",
                   response={"type": "object", "properties": {
                       "id": {"type": "integer"}, "created_by": {"type": "string"}}})
    out = _call(executor, ep, {"ticket_id": 7})
    assert not re.match(r"\d{4}-\d{2}-\d{2}", out["created_by"]), out


def test_a_ticket_is_described_by_its_own_subject(executor: MockExecutor) -> None:
    ep = _endpoint("create_ticket", (_param("title", "string"),), "Helpdesk",
                   response={"type": "object", "properties": {
                       "id": {"type": "integer"}, "title": {"type": "string"},
                       "description": {"type": "string"}}})
    out = _call(executor, ep, {"title": "Damaged parcel"})
    assert "damaged parcel" in out["description"].lower()


def test_a_quote_change_agrees_with_its_percentage(executor: MockExecutor) -> None:
    ep = _endpoint("get_stock_quote", (_param("symbol", "string"),), "Stocks")
    for seed in range(5):
        out = _call(executor, ep, {"symbol": "AAPL"}, seed)
        price, change, pct = out["price"], out["change"], out["change_percent"]
        # the price before the move is price - change; the move is pct % of it
        assert abs(change - (price - change) * pct / 100) <= 0.02, out


def test_an_email_check_names_the_addresss_own_domain(executor: MockExecutor) -> None:
    ep = _endpoint("email_checker_for_alpha_email_verification", (_param("email", "string"),),
                   "Alpha Email Verification")
    out = _call(executor, ep, {"email": "ana@kelley.org"})
    lists = [v for v in out.values() if isinstance(v, list)]
    objs = lists[0] if lists else [out]
    assert objs and all(o["domain"] == "kelley.org" for o in objs), out


def test_written_text_is_not_what_the_judge_reads_as_filler() -> None:
    from toolgen.executor import descriptions
    from toolgen.judge.realism.outputs import filler

    pools = [*descriptions._BY_NOUN.values(), descriptions._ANY, descriptions._REVIEWS,
             descriptions._TEXTS, descriptions._QUESTIONS]
    assert not [t for pool in pools for t in pool if filler(t)]


def test_a_conversion_of_unknown_currencies_still_multiplies(executor: MockExecutor) -> None:
    ep = _endpoint("exchange_for_currency_exchange",
                   (_param("from", "string"), _param("to", "string")), "Currency Exchange")
    out = _call(executor, ep, {"from": "amount", "to": "source"})
    objs = next((v for v in out.values() if isinstance(v, list)), [out])
    for o in objs:
        assert o["converted_amount"] == pytest.approx(o["amount"] * o["rate"], abs=0.01), o


def test_an_update_stamp_follows_its_publication_date_by_days_not_years() -> None:
    from toolgen.executor.date_order import order_dates

    obj = {"published_at": "2026-04-14T19:26:00Z", "updated_at": "2025-03-30T18:06:00Z"}
    order_dates(obj)
    # the publication date (which an earlier call may have shown) is kept
    assert obj["published_at"] == "2026-04-14T19:26:00Z"
    assert "2026-04-14" < obj["updated_at"] < "2026-05-06", obj


def test_a_thing_is_made_before_it_is_sent_and_shipped_before_it_arrives() -> None:
    """ToolBench seed 7 #21: an SMS created 2022-06-28 was sent 2022-06-06."""
    from toolgen.executor.date_order import order_dates

    sms = {"created_at": "2022-06-28 06:29:46", "sent_at": "2022-06-06 06:31:04"}
    order_dates(sms)
    assert sms["created_at"] < sms["sent_at"], sms
    parcel = {"shipped": "2025-03-09", "delivered": "2025-03-02"}
    order_dates(parcel)
    assert parcel == {"shipped": "2025-03-02", "delivered": "2025-03-09"}, parcel


def test_a_transfer_confirms_what_was_moved(executor: MockExecutor) -> None:
    ep = _endpoint("bank_account_transfer", (_param("from_account", "string"),
                                             _param("to_account", "string"),
                                             _param("amount")), "Bank")
    out = _call(executor, ep, {"from_account": "savings", "to_account": "checking",
                               "amount": 757.93})
    assert out["status"] == "completed" and out["amount"] == 757.93
    assert "transfer_id" in out and "followers" not in out and "name" not in out, out
