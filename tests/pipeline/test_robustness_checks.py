"""The robustness checks used by issue 6's acceptance tests do catch broken records."""

from __future__ import annotations

from typing import Any

import orjson

from . import robustness_checks as rob


def _call(cid: str, name: str, args: dict[str, Any], weight: int | None = None) -> dict[str, Any]:
    msg: dict[str, Any] = {"role": "assistant", "content": "Let me fix that." if weight is None
                           else None, "tool_calls": [{"id": cid, "type": "function", "function": {
                               "name": name, "arguments": orjson.dumps(args).decode()}}]}
    if weight is not None:
        msg["weight"] = weight
    return msg


def _tool(cid: str, output: Any) -> dict[str, Any]:
    return {"role": "tool", "tool_call_id": cid, "content": orjson.dumps(output).decode()}


def _step(n: int, cid: str, name: str, args: dict[str, Any], status: str = "ok",
          **extra: Any) -> dict[str, Any]:
    return {"step": n, "call_id": cid, "function_name": name, "status": status,
            "arguments": {k: {"value": v, "source": "user", "message_index": 0}
                          for k, v in args.items()}, **extra}


def _record(messages: list[dict[str, Any]], steps: list[dict[str, Any]],
            paraphrases: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    return {"conversation_id": "tg-t", "messages": messages, "step_trace": steps,
            "metadata": {"patterns": [], "paraphrases": list(paraphrases)}}


def _booking_record(read_name: str, cancel: bool = False) -> dict[str, Any]:
    booked = {"booking_id": "bkg_1a2b3c", "guest_name": "Ann Lee",
              "total": {"amount": 120.5, "currency": "EUR"}}
    read = {"booking_id": "bkg_1a2b3c", "guest_name": read_name,
            "total": {"amount": 120.5, "currency": "EUR"}}
    messages = [{"role": "user", "content": "Book for Ann Lee, then show it."},
                _call("c1", "book", {"guest_name": "Ann Lee"}), _tool("c1", booked)]
    steps = [_step(1, "c1", "book", {"guest_name": "Ann Lee"}, effect="create")]
    if cancel:
        messages += [_call("c2", "cancel", {"booking_id": "bkg_1a2b3c"}),
                     _tool("c2", {"booking_id": "bkg_1a2b3c", "status": "cancelled"})]
        steps.append(_step(2, "c2", "cancel", {"booking_id": "bkg_1a2b3c"}, effect="delete"))
    messages += [_call("c3", "list_bookings", {}), _tool("c3", {"bookings": [read]})]
    steps.append(_step(3, "c3", "list_bookings", {}))
    return _record(messages, steps)


def test_state_check_accepts_a_read_that_agrees() -> None:
    checked, problems = rob.check_state(_booking_record("Ann Lee"))
    assert problems == [] and checked >= 3  # guest name, total amount and currency


def test_state_check_catches_a_read_that_contradicts_the_write() -> None:
    _, problems = rob.check_state(_booking_record("Bob Stone"))
    assert len(problems) == 1 and "guestname" in problems[0] and "Ann Lee" in problems[0]


def test_state_check_catches_a_deleted_entity_read_back() -> None:
    _, problems = rob.check_state(_booking_record("Ann Lee", cancel=True))
    assert any("deleted id 'bkg_1a2b3c'" in p for p in problems)


def _mistake_record(recovered: bool, mistake: str = "missing_required") -> dict[str, Any]:
    error = {"error": {"code": 400, "message": "missing required argument 'city'"}}
    messages = [{"role": "user", "content": "Hotels in Oslo?"},
                _call("c1", "find_hotels", {}, weight=0), _tool("c1", error)]
    steps = [_step(1, "c1", "find_hotels", {}, status="invalid_arguments", intended=True,
                   mistake=mistake)]
    if recovered:
        messages += [_call("c2", "find_hotels", {"city": "Oslo"}),
                     _tool("c2", {"hotels": []})]
        steps.append(_step(2, "c2", "find_hotels", {"city": "Oslo"}))
    messages.append({"role": "assistant", "content": "Nothing found in Oslo."})
    return _record(messages, steps)


def test_weight0_check_accepts_a_mistake_followed_by_its_recovery() -> None:
    assert rob.check_weight0_recovery(_mistake_record(True)) == (1, [])


def test_weight0_check_catches_a_mistake_never_recovered() -> None:
    checked, problems = rob.check_weight0_recovery(_mistake_record(False))
    assert checked == 1 and problems


def test_weight0_check_catches_an_out_of_order_retry_without_its_producer() -> None:
    checked, problems = rob.check_weight0_recovery(_mistake_record(True, "out_of_order"))
    assert checked == 1 and any("producer" in p for p in problems)


def test_paraphrase_check_catches_a_lost_value() -> None:
    messages = [{"role": "user", "content": "Find hotels in the capital, please."}]
    steps = [_step(1, "c1", "find_hotels", {"city": "Oslo"})]
    record = _record(messages, steps, ({"message_index": 0,
                                        "before": "Can you find hotels in Oslo?"},))
    checked, problems = rob.check_paraphrase_grounding(record)
    assert checked == 1 and problems == ["tg-t step 1.city msg 0: paraphrase lost 'Oslo'"]


def test_distinct_2_counts_unique_bigrams() -> None:
    assert rob.distinct_2(["a b a b"]) == 2 / 3
    assert rob.first_user_texts([_record(
        [{"role": "user", "content": "after"}], [],
        ({"message_index": 0, "before": "before"},))], before_paraphrase=True) == ["before"]
