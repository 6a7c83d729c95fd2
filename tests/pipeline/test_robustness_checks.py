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


def _translated_record(*reads: tuple[str | None, dict[str, Any]],
                       update_ja: bool = False) -> dict[str, Any]:
    """A category created in English, maybe given a Japanese description, then read
    (language asked for, what the read answered)."""
    sent = {"categoryId": 616377, "name": "Green Star", "language": "en"}
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": "Create it in English, then show it in Japanese."},
        _call("c1", "create_category", sent), _tool("c1", {**sent, "status": "confirmed"})]
    steps = [_step(1, "c1", "create_category", sent, effect="create")]
    if update_ja:
        ja = {"categoryId": 616377, "language": "ja", "name": "Midori Boshi"}
        messages += [_call("c2", "update_category", ja), _tool("c2", ja)]
        steps.append(_step(2, "c2", "update_category", ja, effect="update"))
    for n, (language, answer) in enumerate(reads, start=3):
        args: dict[str, Any] = {"categoryId": 616377}
        if language is not None:
            args["language"] = language
        messages += [_call(f"c{n}", "get_category", args), _tool(f"c{n}", answer)]
        steps.append(_step(n, f"c{n}", "get_category", args))
    return _record(messages, steps)


def test_state_check_reads_a_translation_as_a_view_not_a_contradiction() -> None:
    ja = {"categoryId": 616377, "name": "Green Star", "language": "ja"}
    en = {"categoryId": 616377, "name": "Green Star", "language": "en"}
    checked, problems = rob.check_state(_translated_record(("ja", ja), (None, en)))
    assert problems == [] and checked >= 2  # the English read is still compared
    _, problems = rob.check_state(_translated_record(
        ("ja", {**ja, "name": "Midori Boshi"}), (None, en), update_ja=True))
    assert problems == []


def test_state_check_still_catches_a_contradiction_in_one_language() -> None:
    # Read back in its own language, the record must say what was written.
    en = {"categoryId": 616377, "name": "Blue Moon", "language": "en"}
    _, problems = rob.check_state(_translated_record(("en", en)))
    assert len(problems) == 1 and "Green Star" in problems[0] and "Blue Moon" in problems[0]
    # A read in English that shows the Japanese write: one language overwrote the other.
    _, problems = rob.check_state(_translated_record(
        (None, {**en, "name": "Midori Boshi"}), update_ja=True))
    assert len(problems) == 1 and "Midori Boshi" in problems[0]
    # The Japanese view says what was written in Japanese.
    ja = {"categoryId": 616377, "name": "Green Star", "language": "ja"}
    _, problems = rob.check_state(_translated_record(("ja", ja), update_ja=True))
    assert len(problems) == 1 and "Midori Boshi" in problems[0]


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
