"""The judge's fast paths give the answers of the plain ones they replace.

Each oracle here is independent of the code under test: fastjsonschema itself for the
flat-schema argument check, `re.IGNORECASE` for `Phrases`, `re.findall` for standalone
value counts, and the shape regexes for the secrets prefilter.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from toolgen.judge import JudgeContext, score, secrets, validate
from toolgen.judge.phrases import Phrases
from toolgen.judge.realism.language import _label_beside, _standalone
from toolgen.judge.schemas import checker
from toolgen.judge.view import build_view, messages_view, view_of
from toolgen.records import Finding, Record

from .factories import build, valid, valid_dict
from .helpers import fastjsonschema_message

FLAT = {
    "type": "object",
    "properties": {
        "q": {"type": "string", "description": "query"},
        "n": {"type": "integer", "default": 5},
        "x": {"type": "number"},
        "on": {"type": "boolean"},
        "sort": {"type": "string", "enum": ["asc", "desc"]},
        "note": {"description": "anything goes"},
    },
    "required": ["q"],
}
VALUES: list[Any] = [None, True, False, 0, 3, 3.0, 3.5, -1, "", "asc", "ASC", "desc", [], {},
                     [1], {"a": 1}]



@pytest.mark.parametrize("field", ["q", "n", "x", "on", "sort", "note"])
def test_flat_schema_check_agrees_with_fastjsonschema(field: str) -> None:
    check = checker(FLAT)
    assert not isinstance(check, str)
    for value in VALUES:
        args = {"q": "hotels", field: value}
        assert check(args) == fastjsonschema_message(FLAT, args), (field, value)
    assert check({"n": 1}) == fastjsonschema_message(FLAT, {"n": 1}) is not None  # "q" is required
    assert check(["q"]) == fastjsonschema_message(FLAT, ["q"]) is not None


def test_schemas_beyond_the_flat_shape_keep_fastjsonschema() -> None:
    schema = {"type": "object", "properties": {
        "d": {"type": "string", "format": "date"},
        "k": {"type": "array", "items": {"type": "integer"}},
    }}
    check = checker(schema)
    assert not isinstance(check, str)
    for args in ({"d": "2024-01-02"}, {"d": "tomorrow"}, {"k": [1, 2]}, {"k": ["a"]}):
        assert check(args) == fastjsonschema_message(schema, args)
    assert isinstance(checker({"type": "object", "required": "q"}), str)  # does not compile


def test_phrases_answer_as_ignorecase_does() -> None:
    pattern = r"\b(?:let me|i'll)\s+(?:\w+\s+){0,2}?(?:try|check)\b|sorry|can't"
    phrases = Phrases(pattern)
    plain = re.compile(pattern, re.IGNORECASE)
    texts = ["Let me quickly TRY again", "I'LL check", "SORRY!", "so rry", "I can't",
             "ſorry", "\u212aeep it", "İ'll check", "let me  see", "Sorry — done"]
    for text in texts:
        assert phrases.search(text) == (plain.search(text) is not None), text
    assert Phrases(r"\S+x").search("AX")  # an upper-case escape: the IGNORECASE path


def test_standalone_counts_as_findall_does() -> None:
    for text, value in [("porto, porto-airport and porto", "porto"), ("aaaa", "aa"),
                        ("x_porto porto_", "porto"), ("100 1000 100.5", "100"), ("", "ab"),
                        ("é100 100é 100", "100")]:
        want = len(re.findall(rf"(?<!\w){re.escape(value)}(?!\w)", text))
        assert _standalone(text, value) == want, (text, value)
        assert bool(_standalone(text, value, 1)) == bool(want)


def test_label_beside_reads_like_the_regexes() -> None:
    assert _label_beside("please set the menu type = premium", "menu type", "premium")
    assert _label_beside("Menu_type: premium please", "menu type", "premium")
    assert not _label_beside("an initial investment of 86 dollars", "initial investment", 86)
    assert _label_beside("86 as the initial investment", "initial investment", 86)
    assert not _label_beside("a premium menu please", "menu type", "premium")


def test_every_credential_shape_is_still_found() -> None:
    samples = {
        "bearer": "Bearer abcdefghijklmnopqrstuvwx",
        "openai": "sk-abcdefghijklmnopqrstuvwx1234",
        "google": "AIza" + "a" * 35,
        "aws": "AKIAABCDEFGHIJKLMNOP",
        "github": "ghp_" + "a1" * 18,
        "slack": "xoxb-1234567890abc",
        "rapidapi": "0123456789msh0123456789abcdep012345jsn0123456789ab",
        "jwt": "eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0NTY3.SflKxwRJSMeKKF2QT4fw",
    }
    assert set(samples) == set(secrets._SHAPES) == set(secrets._NEEDS)
    for shape, token in samples.items():
        d = valid_dict()
        d["messages"][1]["content"] += f" my credential is {token} ok"
        found = secrets.check(build(d), JudgeContext())
        assert [f.kind for f in found] == ["credential_shape"], shape
        assert found[0].message.startswith(f"{shape}-shaped"), shape


def test_validate_and_score_share_one_view_per_record() -> None:
    record = valid()
    view = view_of(record)
    assert view_of(record) is view
    other = build(valid_dict())
    assert view_of(other) is not view and view_of(other).record is other
    ctx = JudgeContext()
    fresh = score(record, validate(record, ctx))
    assert fresh == score(record, validate(build(valid_dict()), ctx))
    assert build_view(record) is not view_of(record)


def test_the_scored_copy_reads_through_the_same_view() -> None:
    record = valid()
    view = view_of(record)
    scored = record.model_copy(update={"judge_scores": score(record, [])})
    assert messages_view(scored) is view  # same messages and trace: outputs parsed once
    assert view_of(scored) is not view  # a validator may read the copy's other fields
    assert score(scored, []) == score(record, [])


def _edited(d: dict[str, Any]) -> Record:
    d["messages"][-1]["content"] = "Sorry, nothing came of that."  # cites no tool value
    return build(d)


def test_the_gate_rescore_matches_a_score_of_a_fresh_record() -> None:
    """The scorer keeps a record's text features on its view; the gate's second score
    (other findings, same messages) equals scoring an unrelated copy from scratch."""
    from toolgen.judge.gate import gate_overall, gating_findings
    from toolgen.judge.heuristic import overall

    for record in (valid(), _edited(valid_dict())):
        findings = validate(record, JudgeContext())
        findings.append(Finding(validator="language", kind="parameter_label", message="x",
                                severity="error"))  # reported, not gating
        scored = record.model_copy(update={"judge_scores": score(record, findings)})
        fresh = Record.model_validate_json(record.model_dump_json())  # no view kept for it
        want = score(fresh, gating_findings(findings)).overall
        assert gate_overall(scored, findings) == want
        assert want > scored.judge_scores.overall  # the reported-only error is not counted
        assert overall(record, findings) == score(fresh, findings).overall
    assert score(valid(), []).overall != score(_edited(valid_dict()), []).overall


def test_text_features_are_not_carried_to_other_messages() -> None:
    record = valid()
    score(record, [])
    edited = record.model_copy(update={"messages": _edited(valid_dict()).messages})
    fresh = Record.model_validate_json(edited.model_dump_json())
    assert score(edited, []) == score(fresh, [])
    assert score(edited, []).task_completion < score(record, []).task_completion


SHAPED = ["Bearer abcdefghijklmnopqrstuvwx", "sk-abcdefghijklmnopqrstuvwx1234", "AIza" + "a" * 35,
          "AKIAABCDEFGHIJKLMNOP", "ghp_" + "a1" * 18, "xoxb-1234567890abc",
          "0123456789msh0123456789abcdep012345jsn0123456789ab",
          "eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0NTY3.SflKxwRJSMeKKF2QT4fw"]
CORPUS_KEY = "9f8e7d6c5b4a3210fedcba"


def _planted(where: str, text: str) -> Record:
    d = valid_dict()
    if where == "tool":
        d["tools"][0]["function"]["description"] += f" {text}"
    elif where == "user":
        d["messages"][1]["content"] += f" {text}"
    else:
        d["step_trace"][0]["mistake"] = text
    return build(d)


@pytest.mark.parametrize("where", ["tool", "user", "trace"])
def test_the_secrets_pretest_never_hides_what_the_whole_json_shows(where: str) -> None:
    # Oracle: `check_text` over the record's whole JSON, as the validator read it before
    # the pre-test that skips writing it.
    # "{{tools}}" and "{{messages}}" (placeholders a corpus listed as credentials) have
    # anchors that are keys of every record's JSON: they leak only when written out.
    ctx = JudgeContext(secrets=frozenset({CORPUS_KEY, "{{tools}}", "{{messages}}", "xx"}))
    for text in [*SHAPED, CORPUS_KEY, f"a:{CORPUS_KEY}", "{{tools}}", "nothing to see"]:
        record = _planted(where, text)
        view = build_view(record)
        whole = secrets.check_text(record.model_dump_json(), view, ctx)
        assert secrets.check_view(view, ctx) == whole, (where, text)
        assert whole or text == "nothing to see", (where, text)


def test_a_tool_that_is_not_plain_json_is_checked_in_the_whole_record() -> None:
    d = valid_dict()
    d["tools"][0]["function"]["description"] += f" {SHAPED[1]}"
    record = build(d)
    odd = dict(record.tools[0], extra=type("Text", (str,), {})("x"))  # a str subclass
    record = record.model_copy(update={"tools": (odd, *record.tools[1:])})
    view = build_view(record)
    assert [f.kind for f in secrets.check_view(view, JudgeContext())] == ["credential_shape"]


def test_the_digit_scan_agrees_with_str_isdigit() -> None:
    from toolgen.judge.realism.outputs import _has_digit

    for text in ["", "no figures here.", "Only 8 left.", "x²", "٣ items", "abc def", "1",
                 "Ünïcode wörds", "Ünïcode 7"]:
        assert _has_digit(text) == any(c.isdigit() for c in text), text


def test_a_number_standing_alone_is_found_as_the_regex_finds_it() -> None:
    from toolgen.judge.realism.ids_only import _stands_alone

    cases = [("12", "item 12."), ("12", "12.5 kg"), ("12", "v12 and 12"), ("12", "1.12"),
             ("12", "12.x"), ("3.5", "about 3.5%"), ("-3", "x-3 y"), ("12", "12_a 12é 12"),
             ("12", "١12"), ("7", "7.٣ or 7"), ("12", ""), ("12", "112 121 12")]
    for token, low in cases:
        want = re.search(rf"(?<![\w.]){re.escape(token)}(?![\w]|\.\d)", low) is not None
        assert _stands_alone(token, low) == want, (token, low)


@pytest.mark.parametrize("key", ["checkInDate", "check-in date", "Check_In__Date", "ID", "x"])
def test_normal_key_is_normalize_key(key: str) -> None:
    from toolgen.executor.values import normalize_key
    from toolgen.judge.realism.reading import normal_key

    assert normal_key(key) == normalize_key(key) == normal_key(key)


# honesty's patterns as first written, with `\b` and the look-behinds in front: the
# rewritten ones (opening on their first character) must find the same spans
_NUMBER_AS_WRITTEN = re.compile(r"(?<![\w.,:/+-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w:/-])"
                                r"|(?<![\w.,:/+-])\d+(?:\.\d+)?(?![\w:/-]|[.,]\d)")
_NAME_AS_WRITTEN = re.compile(r"\b[A-Z][\w'&-]*(?:\s+(?:(?:of|the|and|&|de|del|della|di|da"
                              r"|la|le|von|van|du|des)\s+)?[A-Z][\w'&-]*)+")


def test_honesty_patterns_find_what_the_written_ones_find() -> None:
    import random

    from toolgen.judge.realism.honesty import _NAME, _NUMBER

    rng = random.Random(5)
    pieces = [*"0123456789,.:/+- aZxB_\n'&", "é", "٣", "of ", "the ", "1,234", "12,345.6",
              "Dé", "Hotel Arts", "v1.2", "a1"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        for mine, written in ((_NUMBER, _NUMBER_AS_WRITTEN), (_NAME, _NAME_AS_WRITTEN)):
            assert [m.span() for m in mine.finditer(text)] == \
                [m.span() for m in written.finditer(text)], text


# The oracles below are the patterns as written (IGNORECASE over the whole text).
_ID_WRITTEN = re.compile(
    r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"
    r"|\b[A-Za-z]{2,8}[_-](?=[A-Za-z0-9]*\d)[A-Za-z0-9]{4,}\b"
    r"|(?<![\d.,])\d{6,}(?![\d])", re.IGNORECASE)
ID_TEXTS = [
    "Booked htl_8F3A2C and RM-0042x; ref 1234567, not 12,345678 or 3.1415926.",
    "UUID 1B4E28BA-2FA1-11D2-883F-0016D3CCA427 and 1b4e28ba-2fa1-11d2-883f-0016d3cca427.",
    "ORD-ab12 vs ord_abcd (no digit) vs x_1234 vs abcdefghi-12345",
    "Ticket ſk_9931ab and ıd_77abcd",  # re's non-ASCII case equivalences
    "KELVIN-K12345 and Kx_a1b2c3",  # a Kelvin sign
]


def test_answer_ids_are_the_ones_the_written_pattern_finds() -> None:
    from toolgen.judge.answer import id_spans

    view = build_view(valid())
    for text in ID_TEXTS:
        assert id_spans(view, text) == [(m.start(), m.end(), m.group(0))
                                        for m in _ID_WRITTEN.finditer(text)], text


_FLAG_WRITTEN = re.compile(
    r"\bno need to (?:ignore|skip|exclude|hide|disable|omit|suppress)\b"
    r"|\b(?:yes,? (?:to|include)|no|with no) (?:with|want|wants)\b"
    r"|(?<![\w.])x[1-9]\d?(?![\w.])", re.IGNORECASE)
FLAG_TEXTS = [
    "No need to IGNORE duplicates, please.", "yes, include want year", "Yes to with verdict",
    "add X6 of them", "add x6.", "order x12 boxes", "ax6 is a code", "with no want",
    "yes to wıth verdict", "no need to ıgnore them", "Nothing here at all.",
    "I want to go with my friends",
]


def test_flag_words_are_found_where_the_written_pattern_finds_them() -> None:
    from toolgen.judge.realism.wording import broken_runs

    for text in FLAG_TEXTS:
        runs = broken_runs(text, "user")
        for m in _FLAG_WRITTEN.finditer(text):
            assert m.group(0) in runs, (text, m.group(0))
