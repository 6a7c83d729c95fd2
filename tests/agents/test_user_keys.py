"""What the simulated user says when asking for tool work, read as a reviewer would.

The cases are ToolBench endpoints whose requests read badly: a bare id with no noun
("see some followers and 100206744"), a paging cursor recited ("for my next max
mxa_5f7e79"), an endpoint-name word as the object ("download the preparing", "make a
finer"), a tool title as the thing asked about ("check the information about Email
Verification"), a parameter name recited ("keeping the topn at 10").
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import orjson
import pytest

from toolgen.agents.offline import Slot, intent_from_text, key_thing, slot_label
from toolgen.agents.offline.goal_phrases import goal_phrase
from toolgen.agents.offline.saying import phrase
from toolgen.agents.offline.types import Intent
from toolgen.agents.offline.user import _fold_key
from toolgen.agents.planner.values import continuation
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Parameter

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"

SEEDS = range(40)


def _said(slot: Slot) -> list[str]:
    return [phrase(slot, slot.value, random.Random(s)) for s in SEEDS]


def _word_before(text: str, value: str) -> str:
    head = text[: text.index(value)].rstrip(" (")
    return head.rsplit(" ", 1)[-1].lstrip("(").lower() if head else ""


# -- keys are introduced by the thing they name -------------------------------------------

def test_key_thing_reads_the_description_then_the_endpoint() -> None:
    # TikTok All in One `Users videos`: id "User id you can find in uid field"
    assert key_thing("id", 'User id you can find in \\"uid\\" field', ("Users", "videos"),
                     "video") == "user"
    # Instagram Pro `Followers by PK`: no description; the followers are a user's
    assert key_thing("pk", "", ("Followers", "by", "PK"), "max") == "user"
    # TikTok `Video info`: the description names no thing, the endpoint's entity does
    assert key_thing("id", "Retrieve this value from field aweme_id or from link",
                     ("Video", "info"), "video") == "video"
    # a key that names its thing itself needs none
    assert key_thing("order_id", "", ("Get", "Order"), "order") == ""


@pytest.mark.parametrize(("name", "hint", "thing", "value", "noun"), [
    ("pk", "", "user", "100206744", "user"),
    ("id", "user id you can find in uid field", "user", "389765", "user"),
    ("fileId", "file-id", "", "fli_34c7cb", "file"),
    ("id", "", "", "77", "id"),
    ("unique_id", "", "", "unq_a1962b", "id"),
])
def test_an_id_is_said_with_its_noun(name: str, hint: str, thing: str, value: str,
                                     noun: str) -> None:
    kind = "integer" if value.isdigit() else "string"
    slot = Slot(name, slot_label(name), value, hint=hint, kind=kind, thing=thing)
    for text in _said(slot):
        assert value in text
        # "see some followers and 100206744", "videos for 389765": a number with no noun
        assert _word_before(text, value) == noun, text
        assert not re.search(r"\b(?:pk|unique)\b", text, re.I), text


def test_a_multiword_key_label_is_not_recited_beside_its_value() -> None:
    slot = Slot("access_token", slot_label("access_token"), "tok_675f5d4f", kind="string")
    for text in _said(slot):
        assert "access token" not in text.lower(), text


def test_a_required_cursor_is_the_next_page_not_a_thing_of_mine() -> None:
    slot = Slot("nextMaxId", slot_label("nextMaxId"), "mxa_5f7e79", kind="string")
    for text in _said(slot):
        assert "mxa_5f7e79" in text
        assert "max" not in text.replace("mxa_5f7e79", ""), text  # "for my next max ..."
        assert "my" not in text.split(), text


# -- bookkeeping and names no person says ---------------------------------------------------

def test_a_count_described_as_one_is_said_as_a_count() -> None:
    # OpenALPR `topn`: "The number of results you would like to be returned for plate
    # candidates and vehicle classifications"
    slot = Slot("topn", slot_label("topn"), "10", kind="integer", raw=10,
                hint="the number of results you would like to be returned for plate "
                     "candidates and vehicle classifications")
    for text in _said(slot):
        assert "topn" not in text, text
        assert "10" in text


def test_paging_cursors_are_continuations() -> None:
    def param(name: str, description: str = "") -> Parameter:
        return Parameter(name=name, raw_name=name, type_label="string",
                         description=description, required=False,
                         json_schema={"type": "string"})
    assert continuation(param("nextMaxId"))
    assert continuation(param("max_cursor", 'Offset to get more results if in a response you '
                                            'get field "has_more" equal to 1'))
    assert continuation(param("min_time", '"min_time" field from previous request response'))
    assert not continuation(param("region", "Specify a region for Feed videos"))
    assert not continuation(param("after", "Only events after this date"))


# -- the object is a thing, not a word of the endpoint's name or its tool ------------------

def test_no_participle_or_comparative_as_the_object() -> None:
    # Openload `preparingDownload(fileId)`, description "Preparing a Download"
    said = intent_from_text("preparingDownload", "Preparing a Download", "Openload", "file")
    assert said.phrase == "download the file"
    # Magical Taske `Fetch by type and region`
    said = intent_from_text(
        "Fetch by type and region",
        "You can make a request finer by combining region and type. This endpoint will "
        "return the records requested. You have to provide a limit of the number of "
        "records.", "Magical Taske")
    assert "finer" not in said.phrase and "make" not in said.phrase, said.phrase
    assert "records" in said.phrase


def test_a_tool_title_is_not_the_thing_asked_about() -> None:
    # Email Verification `/verify`, description "Email Verification"
    said = intent_from_text("/verify", "Email Verification", "Email Verification")
    assert said.phrase == "verify the email"
    # Investing `Top Gainers By Price`: "provides information on a list of top gainers"
    said = intent_from_text(
        "Top Gainers By Price", "The endpoint provides information on a list of top "
        "gainers stocks based on price from a country.", "Investing")
    assert "Investing" not in said.phrase, said.phrase


def test_the_worlds_things_are_not_mine() -> None:
    said = {goal_phrase(Intent("get", "countries", "get countries"), random.Random(s))
            for s in SEEDS}
    assert not any("my countries" in p for p in said), said
    orders = {goal_phrase(Intent("get", "orders", "get orders"), random.Random(s))
              for s in SEEDS}
    assert any("my orders" in p for p in orders)


def test_a_key_folds_into_a_longer_object() -> None:
    # "pull up the previously uploaded file on file fli_ca0795": the file said twice
    text, rest = _fold_key("pull up the previously uploaded file", ["on file fli_ca0795"])
    assert text == "pull up the previously uploaded file fli_ca0795" and rest == []


# -- the requests a run produces -------------------------------------------------------------

_BARE = {"id", "pk", "uid", "uuid"}


@pytest.mark.slow
def test_toolbench_requests_name_their_keys(tmp_path: Path) -> None:
    """ToolBench seed 11 (where "some followers and 100206744" and "videos for 389765" were
    found): every bare key a user states comes after the noun of what it keys, and no
    cursor, unsayable setting or endpoint-name word is recited."""
    corpus = SHARED / "toolbench" / "toolenv" / "tools"
    if not corpus.exists():
        pytest.skip(f"shared corpus not found at {corpus}")
    config = RunConfig(n=100, seed=11, toolenv=str(corpus))
    out = tmp_path / "tb.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    records = [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]
    keys = 0
    for rec in records:
        users = " ".join(m["content"] or "" for m in rec["messages"] if m["role"] == "user")
        low = users.lower()
        for said in ("topn", "next max", "the preparing", "a finer", "email verification"):
            assert said not in low, (rec["conversation_id"], users)
        calls = [c for m in rec["messages"] if m["role"] == "assistant"
                 for c in m.get("tool_calls") or []]
        by_id = {c["id"]: orjson.loads(c["function"]["arguments"]) for c in calls}
        for step in rec["step_trace"]:
            args = by_id.get(step["call_id"], {})
            for name, how in step["arguments"].items():
                value = str(args.get(name, ""))
                if (name.lower() not in _BARE or how.get("source") != "user"
                        or value not in users):
                    continue
                keys += 1
                word = _word_before(users, value)
                assert word not in ("for", "and", "on", "with", "of", "at", ""), (
                    rec["conversation_id"], users)
    assert keys, "no bare key was stated: the check read nothing"


def test_two_values_side_by_side_are_kept_apart() -> None:
    # BFCL `finance_inflation_adjustment`: "with the initial sum at 541.72 11 years"
    from toolgen.agents.offline.masking import Vault
    from toolgen.agents.offline.user import _clause
    slots = [Slot("initial_sum", "initial sum", "541.72", kind="number", raw=541.72),
             Slot("years", "years", "11", kind="integer", raw=11)]
    for seed in SEEDS:
        vault = Vault()
        text = vault.restore(_clause("adjust the sum for inflation", slots, vault,
                                     random.Random(seed)))
        assert not re.search(r"\d (?=\d)", text), text


def test_a_century_is_said_as_one() -> None:
    slot = Slot("century", "century", "21", kind="integer", raw=21)
    assert set(_said(slot)) == {"in the 21st century"}


def test_a_musical_key_is_no_record_key() -> None:
    # BFCL `music_generator_generate_melody(key="E flat major")`: not "on music E flat major"
    assert key_thing("key", "The key of the melody", ("generate", "melody"), "music") == ""


def test_a_key_of_its_own_kind_is_not_mine() -> None:
    slot = Slot("key", slot_label("key"), "E flat major", kind="string")
    for text in _said(slot):
        assert "key" not in text.split() and "my" not in text.split(), text
