from __future__ import annotations

from toolgen.judge import JudgeContext, score, validate

from .factories import build, valid, valid_dict, weight0

CTX = JudgeContext()


def _judge(d: dict) -> tuple[float, float, float, float, str]:
    record = build(d)
    s = score(record, validate(record, CTX))
    return s.tool_correctness, s.naturalness, s.task_completion, s.overall, s.rationale


def test_valid_records_score_high_and_explain() -> None:
    for record in (valid(), weight0()):
        s = score(record, validate(record, CTX))
        assert s.judge == "heuristic"
        assert s.overall >= 4.5
        assert s.findings == ()
        assert "cites" in s.rationale


def test_broken_record_scores_lower_and_below_threshold() -> None:
    good = _judge(valid_dict())
    d = valid_dict()
    del d["messages"][5]  # call_2 unanswered
    broken = _judge(d)
    assert broken[0] < good[0]
    assert broken[3] < good[3]
    assert broken[3] <= 3.0 < CTX.threshold
    assert "format.unanswered_call" in broken[4]


def test_more_errors_score_lower() -> None:
    one = valid_dict()
    one["messages"][6]["content"] = "Casa Azul (htl_9zz999) costs $149.50."
    two = valid_dict()
    two["messages"][6]["content"] = "Casa Azul (htl_9zz999) costs $1,149.50."
    assert _judge(two)[2] < _judge(one)[2] < _judge(valid_dict())[2]


def test_template_residue_hurts_naturalness() -> None:
    d = valid_dict()
    d["messages"][6]["content"] = "Casa Azul (htl_8f3a2c) is rated 4.6 in {city}, price None."
    nat, rationale = _judge(d)[1], _judge(d)[4]
    assert nat < 5
    assert "template residue" in rationale


def test_answer_without_tool_results_hurts_task_completion() -> None:
    d = valid_dict()
    d["messages"][6]["content"] = "I found a lovely place for you, enjoy your trip to the city!"
    task, rationale = _judge(d)[2], _judge(d)[4]
    assert task <= 3.5
    assert "answer cites no tool result" in rationale


def test_unanswered_follow_up_hurts_task_completion() -> None:
    d = valid_dict()
    d["messages"].append({"role": "user", "content": "And is breakfast included?"})
    d["messages"].append({"role": "assistant", "content": None, "tool_calls": []})
    assert _judge(d)[2] < _judge(valid_dict())[2]


def test_repeated_sentences_hurt_naturalness() -> None:
    d = valid_dict()
    line = "Casa Azul (htl_8f3a2c) is the best match for your stay. "
    d["messages"][6]["content"] = line * 3 + "It costs $149.50."
    assert _judge(d)[1] < 5


def test_repetitive_phrasing_hurts_naturalness() -> None:
    d = valid_dict()
    d["messages"][6]["content"] = (
        "Casa Azul (htl_8f3a2c): the amount is 149.5, the amount is 4.6 and 149.5 for the amount."
    )
    nat, rationale = _judge(d)[1], _judge(d)[4]
    assert nat < 5
    assert "repetitive phrasing" in rationale


def test_a_farewell_after_thanks_is_not_the_answer() -> None:
    d = valid_dict()
    d["messages"].append({"role": "user", "content": "Thank you very much for your help."})
    d["messages"].append({"role": "assistant", "content": "Happy to help!"})
    _, _, task, _, rationale = _judge(d)
    assert task == _judge(valid_dict())[2]
    assert "cites no tool result" not in rationale
    assert "answer of" not in rationale


def test_a_chit_chat_reply_is_not_the_answer() -> None:
    d = valid_dict()
    d["messages"].append({"role": "user", "content": "By the way, how do I keep basil alive?"})
    d["messages"].append({"role": "assistant", "content": "Water it when the soil is dry "
                          "and give it plenty of sun."})
    assert "cites no tool result" not in _judge(d)[4]


def test_an_offer_is_no_question_left_open_but_a_clarifying_question_is() -> None:
    offer = valid_dict()
    offer["messages"][6]["content"] += " Anything else I can help with?"
    assert "never answered" not in _judge(offer)[4]
    hanging = valid_dict()
    hanging["messages"][6]["content"] += " Which dates are you travelling on?"
    assert "1 assistant question(s) never answered" in _judge(hanging)[4]
