"""Answers say what was found in plain words, read as a reviewer reads them.

A report's answer gives the report's summary, not its first finding's title ("As for the
report on a scan, it is Port 443/tcp open (https)"); a request the tool's title stood in
for is answered about what it was given ("I verified the email ann@x.com"), never by
reciting the title ("I verified Email Verification info"), and says what the check found
("it's valid"). The ToolBench records are generated once (seed 7) and read back as JSON.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent, Outcome
from toolgen.agents.policy.facts import facts_from
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Endpoint

_TOOLBENCH = Path(__file__).resolve().parents[2].parent / "shared/corpora/toolbench/toolenv/tools"

_REPORT = {"scan_id": "scn_7286ba", "summary": "3 findings: 2 high, 1 low.", "total_findings": 3,
           "findings": [{"title": "Port 443/tcp open (https)", "severity": "low"},
                        {"title": "Port 3306/tcp open (mysql)", "severity": "high"}]}


def test_a_reports_summary_is_said_not_its_first_findings_title() -> None:
    values = [f.value for f in facts_from(_REPORT)]
    assert values[0] == "3 findings: 2 high, 1 low.", values
    assert "Port 443/tcp open (https)" not in values


def test_a_list_items_own_summary_does_not_outrank_its_name() -> None:
    # Only the output's own summary speaks for it; an item's is one of its fields.
    output = {"notes": [{"title": "Standup", "summary": "Moved to Thursday."}], "total": 4}
    assert facts_from(output)[0].value == "Standup"


def _done(tool_name: str, arguments: dict[str, Any], output: Any) -> Executed:
    endpoint = Endpoint(id="t/e", function_name="verify_for_t", tool_id="t",
                        tool_name=tool_name, category="Data", name="verify")
    return Executed(MadeCall("c1", endpoint, arguments),
                    ExecutionResult("ok", output, None, ()), None)


def test_a_request_the_tools_title_stood_in_for_is_said_by_what_it_was_given() -> None:
    # BFCL/ToolBench "verify" of the Email Verification tool: "verify Email Verification info"
    title = Intent(verb="verify", obj="Email Verification info",
                   phrase="verify Email Verification info")
    output = {"domain": "bullock.biz", "isValid": False, "mxRecords": ["mx1.rice.com"]}
    o = outcome_of(_done("Email Verification", {"email": "ann@bullock.biz"}, output), title)
    assert o.intent.obj == "email ann@bullock.biz"
    assert (o.facts[0].label, o.facts[0].value) == ("status", "not valid")
    # A request that names its own thing keeps it.
    own = Intent(verb="verify", obj="the email address", phrase="verify the email address")
    kept = outcome_of(_done("Email Verification", {"email": "ann@bullock.biz"}, output), own)
    assert kept.intent == own


def test_the_word_the_request_names_is_reported_not_a_link() -> None:
    # BFCL seed 7 record 000299: "For present weather conditions, its URL is https://..."
    output = {"weather_id": "wth_b5f415", "temperature": 30.9, "conditions": "Drizzle",
              "city": "Oslo", "url": "https://www.example.com/weathers/4440ae"}
    intent = Intent(verb="check", obj="present weather conditions",
                    phrase="check present weather conditions")
    facts = outcome_of(_done("weather", {"city": "Oslo"}, output), intent).facts
    assert (facts[0].label, facts[0].value) == ("condition", "Drizzle")


def test_an_errors_reason_is_said_in_its_brackets() -> None:
    # "The request to filter the domain failed the service reported it did not succeed"
    failed = Outcome(Intent("filter", "the domain", "filter the domain"), "error", "",
                     reason="the service reported it did not succeed")
    texts = [lang.assistant_report(lang.said_once([failed]), random.Random(seed))
             for seed in range(40)]
    bracketed = [t for t in texts if " failed " in t]
    assert bracketed, texts[:3]
    assert all("failed (the service reported it did not succeed)," in t for t in bracketed)


@pytest.fixture(scope="module")
def toolbench(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    if not _TOOLBENCH.is_dir():
        pytest.skip("shared ToolBench corpus not found")
    # 250 records: email verifications however the sampler's walks fall
    config = RunConfig(n=250, seed=7, toolenv=str(_TOOLBENCH))
    out = tmp_path_factory.mktemp("plain") / "toolbench.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def _answer_after(record: dict[str, Any], index: int) -> str:
    return next((m["content"] for m in record["messages"][index + 1:]
                 if m["role"] == "assistant" and m.get("content") and not m.get("tool_calls")),
                "")


def _answers(record: dict[str, Any]) -> list[str]:
    return [m["content"] for m in record["messages"]
            if m["role"] == "assistant" and m.get("content") and not m.get("tool_calls")]


@pytest.mark.slow
def test_no_answer_recites_a_tools_title_as_what_was_found(
        toolbench: list[dict[str, Any]]) -> None:
    recited = [(r["conversation_id"], title, text) for r in toolbench
               for title in r["metadata"]["tools"] for text in _answers(r)
               if re.search(rf"\b{re.escape(title)} info\b", text, re.IGNORECASE)]
    assert not recited, recited[:3]
    # The email the tool verified is named instead (by its address, or as "the email"
    # when the user asked for it so), with what was found (ToolBench seed 7: two such
    # records).
    # The answer that reports the check is the first one after its call (a later turn
    # of the same record may ask for something else: ToolBench seed 7 #157).
    verified = [(r["conversation_id"], call["function"]["arguments"], _answer_after(r, i))
                for r in toolbench for i, m in enumerate(r["messages"])
                for call in m.get("tool_calls") or ()
                if call["function"]["name"] == "verify_for_email_verification"]
    assert verified
    for cid, arguments, text in verified:
        assert orjson.loads(arguments)["email"] in text or "the email" in text, (cid, text)
        assert re.search(r"\b(?:it's|it is|its status is) valid\b", text), (cid, text)


@pytest.fixture(scope="module")
def scanners(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """Port Scanner API's scans and their reports (a scan of another scanner's no longer
    reaches its `getScanReport`: `graph/families.py`), beside Weblasso's."""
    files = [_TOOLBENCH / "Cybersecurity" / f for f in ("port_scanner_api.json",
                                                         "weblasso.json")]
    if not all(f.is_file() for f in files):
        pytest.skip("shared ToolBench corpus not found")
    corpus = tmp_path_factory.mktemp("scanners") / "tools"
    (corpus / "Cybersecurity").mkdir(parents=True)
    for f in files:
        shutil.copy(f, corpus / "Cybersecurity" / f.name)
    config = RunConfig(n=40, seed=7, toolenv=str(corpus))
    out = corpus.parent / "scanners.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def test_a_reports_answer_gives_its_summary(scanners: list[dict[str, Any]]) -> None:
    checked = 0
    for r in scanners:
        final = " ".join(_answers(r))
        # a call to the wrong endpoint, made and taken back, is not what is reported
        wrong = {s["call_id"] for s in r["step_trace"] if s.get("mistake")}
        for m in r["messages"]:
            out = orjson.loads(m["content"]) if m["role"] == "tool" and (
                m.get("tool_call_id") not in wrong) else None
            if not isinstance(out, dict) or not isinstance(out.get("summary"), str):
                continue
            items = next((v for v in out.values() if isinstance(v, list) and v), [])
            first = items[0].get("title") if isinstance(items[0], dict) else None
            if first is None or len(out["summary"]) > 60:
                continue
            checked += 1
            assert out["summary"] in final and first not in final, (r["conversation_id"], final)
    assert checked >= 2  # seed 7 asks for scan reports 8 times in these 40 records


def test_a_glossary_article_is_answered_by_its_definition_not_its_link() -> None:
    # BigOven's food glossary (bigoven seed 3 #20): "the term is saffron, with URL https://..."
    output = {"term": "saffron", "definition": "The dried stigmas of the saffron crocus, a "
              "costly spice that colours rice and sauces golden.", "articleId": 239148,
              "url": "https://www.guzman.info/articles/78f913"}
    endpoint = Endpoint(id="t/e", function_name="get_food_glossary_article_for_bigoven",
                        tool_id="t", tool_name="BigOven", category="Food",
                        name="Get food glossary article")
    done = Executed(MadeCall("c1", endpoint, {"articleId": 239148}),
                    ExecutionResult("ok", output, None, ()), None)
    intent = Intent(verb="get", obj="the food glossary article",
                    phrase="get the food glossary article")
    facts = outcome_of(done, intent).facts
    assert facts[0].label == "definition"
    assert "dried stigmas of the saffron crocus" in facts[0].value


def test_an_objects_other_ids_give_way_to_when_it_starts() -> None:
    # bundled seed 71 #7: "it's Paris Comedy Festival (venue ID ven_38)", with its start
    # and price left unsaid
    event = {"event": {"event_id": "evn_9f8add", "title": "Paris Comedy Festival",
                       "venue_id": "ven_38", "city": "Paris",
                       "starts_at": "2025-04-30T17:45:00Z", "category": "comedy"}}
    labels = [f.label for f in facts_from(event, limit=4)]
    assert "starts at" in labels, labels
    assert "venue ID" not in labels, labels
    assert "event ID" in labels, labels  # the event's own id is still its id


def test_no_antonyms_of_a_word_are_no_antonyms_but_a_tariffs_sum_is_an_answer() -> None:
    # ToolBench seed 11 #564: `{"word": "would", "antonyms": []}` was answered "the word is
    # would"; #102: a tariff's sum of 23.05 with no components is what was asked
    antonyms = Intent(verb="get", obj="dictionary antonyms", phrase="get dictionary antonyms")
    none = outcome_of(_done("Webit Language", {"q": "would"},
                            {"word": "would", "antonyms": [], "language": "en"}), antonyms)
    assert none.status == "empty", none
    tariff = Intent(verb="get", obj="tariff components", phrase="get tariff components")
    summed = outcome_of(_done("Corrently", {"zip": "10115"},
                              {"sum": 23.05, "describtion": "Grundgebühr", "components": []}),
                        tariff)
    assert summed.status == "ok" and "23.05" in [f.value for f in summed.facts], summed
