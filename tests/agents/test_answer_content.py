"""A lookup's answer says what was found, not only the id, link or count pointing at it.

Read as a reviewer reads an answer: "there are 4 in all, the first with flight ID
flg_fc030b" and "its country ID is cnt_08429c" report bookkeeping where the content
belongs. A listing says how many and what its first item is; a single record says what
it holds before any reference; a result of nothing but ids and the request echoed back is
not reported by its ids; a code reader's code is its answer. The ToolBench records are
generated once (seed 7) and read back as JSON.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.offline.clauses import fact_clauses
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Endpoint

_TOOLBENCH = Path(__file__).resolve().parents[2].parent / "shared/corpora/toolbench/toolenv/tools"


def _done(function_name: str, arguments: dict[str, Any], output: Any) -> Executed:
    endpoint = Endpoint(id="t/e", function_name=function_name, tool_id="t", tool_name="T",
                        category="Data", name=function_name)
    return Executed(MadeCall("c1", endpoint, arguments),
                    ExecutionResult("ok", output, None, ()), None)


def _answers_for(done: Executed, intent: Intent) -> list[str]:
    """The answer as said under forty seeds of wording."""
    outcomes = lang.said_once([outcome_of(done, intent)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(40)]


_FLIGHTS = {"flights": [
    {"flight_id": "flg_fc030b", "airline": "Qantas", "flight_number": "AG5536",
     "departure_time": "2025-04-19T06:47:00Z", "url": "https://example.com/flights/fc030b"},
    {"flight_id": "flg_77a1c2", "airline": "Emirates", "flight_number": "EK0413",
     "departure_time": "2025-04-19T09:10:00Z", "url": "https://example.com/flights/77a1c2"}],
    "total": 4}


def test_a_listing_says_how_many_and_what_the_first_is_not_its_id() -> None:
    intent = Intent(verb="search", obj="the flights", phrase="search the flights")
    texts = _answers_for(_done("search_flights", {"origin": "Milan"}, _FLIGHTS), intent)
    for text in texts:
        assert "flg_fc030b" not in text and "flight ID" not in text, text
        assert re.search(r"\b4\b", text), text  # how many
        assert "Qantas" in text or "AG5536" in text or "06:47" in text, text


def test_a_single_record_is_said_by_what_it_holds_before_its_id() -> None:
    # BFCL seed 7: "Looking at present population, its country ID is cnt_08429c"
    output = {"country_id": "cnt_08429c", "name": "Switzerland", "capital": "Bern",
              "updated_at": "2025-08-27T00:11:00Z"}
    intent = Intent(verb="check", obj="present population", phrase="check present population")
    for text in _answers_for(_done("country_info", {"country": "Switzerland"}, output), intent):
        assert "Bern" in text, text
        at = text.find("cnt_08429c")
        assert at == -1 or at > text.index("Bern"), text  # an id only after the content


def test_a_result_of_only_ids_and_echoes_is_not_reported_by_its_id() -> None:
    # BFCL seed 7: "I found the record of a player - its player ID is ply_2ffc12"
    output = {"player_id": "ply_2ffc12", "name": "Lionel Messi", "player": "Lionel Messi",
              "stat": "agility", "version": 6}
    intent = Intent(verb="check", obj="the record of a player",
                    phrase="check the record of a player")
    done = _done("get_player_record", {"player": "Lionel Messi", "stat": "agility"}, output)
    facts = outcome_of(done, intent).facts
    assert all(f.value != "ply_2ffc12" for f in facts), facts
    for text in _answers_for(done, intent):
        assert "ply_2ffc12" not in text, text


def test_a_code_readers_code_is_its_answer() -> None:
    # ToolBench seed 7 record 000006: an OCR of a container code answers with the code
    output = {"codes": [{"code_id": "cdo_a985ed", "code_code": "ED5284", "version": 10},
                        {"code_id": "cdo_5838ba", "code_code": "NH0214", "version": 12}],
              "total": 12}
    intent = Intent(verb="detect", obj="the code", phrase="detect the code")
    done = _done("ocr_container_code", {"image": "https://cdn.example.com/a.jpg"}, output)
    for text in _answers_for(done, intent):
        assert "ED5284" in text and "cdo_a985ed" not in text, text


def test_a_figure_said_with_its_unit_is_not_said_again_bare() -> None:
    # BFCL seed 7 record 000093: "the velocity is 10232028.22 m/s, with velocity m per s
    # 10232028.22" (a repeated fact the language check rejects)
    output = {"velocity_m_per_s": 10232028.22, "frequency": 14666, "wavelength": 697.67}
    intent = Intent(verb="calculate", obj="the velocity of wave",
                    phrase="calculate the velocity of wave")
    done = _done("calculate_wave_velocity", {"frequency": 14666, "wavelength": 697.67}, output)
    for text in _answers_for(done, intent):
        assert text.count("10232028.22") == 1, text


@pytest.fixture(scope="module")
def toolbench(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    if not _TOOLBENCH.is_dir():
        pytest.skip("shared ToolBench corpus not found")
    config = RunConfig(n=120, seed=7, toolenv=str(_TOOLBENCH))
    out = tmp_path_factory.mktemp("content") / "toolbench.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def _answers(record: dict[str, Any]) -> list[str]:
    return [m["content"] for m in record["messages"]
            if m["role"] == "assistant" and m.get("content") and not m.get("tool_calls")]


# "the first with flight ID flg_fc030b", "the first has capital ID cpt_4d6532"
_FIRST_BY_ID = re.compile(r"the first (?:with|has) [\w ]*\bID [a-z]+_[0-9a-f]{6}\b")
# "its country ID is cnt_08429c." said as the whole of a call's answer
# (";" too: "The request succeeded; its user ID is usr_266b27." is the same answer)
_ONLY_ID = re.compile(r"(?:[:;,-]|and) (?:its|the) [\w ]*\bID is [a-z]+_[0-9a-f]{6}\.")
# a change reported with the id of what it changed is no lookup ("The email is updated -
# its email ID is eml_31a768": the update answered only the email sent and its id; "I
# updated the email; its email ID is ...", "A key is registered - its key ID is ...", "I've
# uploaded a file - its upload ID is upl_69ece5" once a create says its own status; "I
# have removed members, and the member ID is mmb_6a784d")
_CHANGED = re.compile(r"\b(?:is|are|was|I|I've|I have) (?:updated|created|added|saved|edited"
                      r"|registered|sent|uploaded|posted|published|removed|deleted"
                      r"|submitted|cancelled)\b"
                      r"[^.]* (?:its|the) [\w ]*\bID is ")


@pytest.mark.slow
def test_no_listing_names_its_first_item_by_id(toolbench: list[dict[str, Any]]) -> None:
    said = [(r["conversation_id"], text) for r in toolbench for text in _answers(r)
            if _FIRST_BY_ID.search(text)]
    assert not said, said[:3]
    # and listings still say how many came back and what the first is
    counted = [text for r in toolbench for text in _answers(r)
               if re.search(r"\b\d+ (?:in all|turned up|came back)", text)]
    assert len(counted) >= 10
    # "the first in Miami", "the first by Kenneth Shields", "X is the only one (1 in
    # all)", "just 1 came back: X", "including 04-129": each names what came back
    named = [t for t in counted if re.search(
        r"the first (?:being|is|with|has|in|at|by|described as) \w|starting with"
        r"|heads a list|is the only one|(?:came back|in all): \w|including \w", t)]
    assert len(named) >= len(counted) // 2, counted[:5]


@pytest.mark.slow
def test_few_lookups_are_answered_by_an_id_alone(toolbench: list[dict[str, Any]]) -> None:
    only = [(r["conversation_id"], text) for r in toolbench for text in _answers(r)
            if _ONLY_ID.search(text) and not _CHANGED.search(text)]
    # a lookup whose endpoint asks for an id ("a user's id") may answer with it; 4 at
    # 30f46af once "; its user ID is" is read too (#38, #39, #51, #99: the same records on
    # qwording3, whose rng moves only which joiner each answer draws)
    assert len(only) <= 4, only


def test_an_id_left_over_of_an_item_said_already_is_not_the_news() -> None:
    # ToolBench seed 7 record 000014: the list just added is the first photo suggested;
    # "there are 8 in all, the first with photo ID pht_907737" said only its id
    added = lang.Outcome(Intent("add", "a list", "add a list"), "ok", "create",
                         (lang.Fact("name", "meeting-notes.zip"),))
    photos = lang.Outcome(Intent("suggest", "the photos", "suggest the photos"), "ok", "",
                          (lang.Fact("name", "meeting-notes.zip"), lang.Fact("total", "8"),
                           lang.Fact("photo ID", "pht_907737")),
                          spare=(lang.Fact("name", "product-shot.txt"),))
    said = lang.said_once([added, photos])[1]
    assert [f.value for f in said.facts] == ["product-shot.txt"]


def test_a_listings_first_item_state_is_said_plainly() -> None:
    # BFCL seed 7 record 000001: "there are 4 in all; the first is with status inactive"
    facts = [lang.Fact("total", "4"), lang.Fact("status", "inactive")]
    texts = [fact_clauses(facts, str, random.Random(seed)) for seed in range(40)]
    assert all("is with status" not in t for t in texts), texts
    assert any("the first is inactive" in t for t in texts), texts


def test_a_result_that_only_says_the_request_back_is_said_as_such() -> None:
    # BFCL seed 7 record 000007: a population lookup returned the country's name and ids;
    # "I checked present population, and it's Switzerland" reads as the answer
    output = {"country_id": "cnt_bd37db", "name": "Switzerland", "country": "Switzerland",
              "updated_at": "2025-08-27T00:11:00Z"}
    intent = Intent(verb="check", obj="present population", phrase="check present population")
    done = _done("country_info_population", {"country": "Switzerland"}, output)
    for text in _answers_for(done, intent):
        assert "came back for Switzerland, with nothing else in it" in text, text
        assert "cnt_bd37db" not in text, text


def test_a_figure_equal_to_the_one_sent_is_still_the_answer() -> None:
    # BFCL seed 7 record 000292: a conversion at par is "its converted value is 86.43",
    # not "the value came back for 86.43, with nothing else in it"
    output = {"converted_value": 86.43, "conversion_id": "cnv_1a2b3c"}
    intent = Intent(verb="convert", obj="the value", phrase="convert the value")
    done = _done("convert_value", {"value": 86.43, "unit": "kg"}, output)
    for text in _answers_for(done, intent):
        assert "86.43" in text and "nothing else" not in text, text


def test_a_product_is_said_by_its_name_and_brand_not_its_ratings_of_zero_or_status() -> None:
    # ToolBench seed 690811 000007 and seed 7 000088: "it's rated 0", "with status
    # completed" and "with brand Brand: Fujifilm" of an Amazon India product
    output = {"name": "Smart Camera", "brand": "Brand: Fujifilm",
              "availability_status": "completed", "average_rating": 0, "total_reviews": 0}
    intent = Intent(verb="get", obj="the product details",
                    phrase="get the product details")
    for text in _answers_for(_done("get_product_details", {"productId": "prd_d02ae9"}, output),
                             intent):
        assert "Smart Camera" in text, text
        assert "rated 0" not in text and "status" not in text, text
        assert "Brand:" not in text, text
    shirt = {"name": "Sony Playstation Classic Logo Tee, PS1 PS2 Gaming Console, Rough "
                     "Weathered Style on Charcoal T-Shirt",
             "brand": "Visit the Bioworld Store", "average_rating": 4.7}
    for text in _answers_for(_done("get_product", {"productId": "prd_c3c32d"}, shirt), intent):
        assert "Visit the" not in text, text  # ToolBench seed 7 000130


_AIRPORTS = {"airports": [
    {"airport_id": "arp_425564", "name": "Boston Logan International Airport", "iata": "BOS",
     "city": "Boston", "region": "Massachusetts"}], "total": 11}


def test_a_count_beyond_the_items_listed_is_said_as_found_not_as_the_list() -> None:
    """ToolBench seed 7 000042/000053: "Miami International Airport heads a list of 4"
    beside three airports; "11 came back" beside one. The list shows what it shows."""
    intent = Intent(verb="see", obj="the airports", phrase="see the airports")
    texts = _answers_for(_done("v1_airports", {"city": "Boston"}, _AIRPORTS), intent)
    for text in texts:
        assert not re.search(r"list of 11|11 came back|there are 11 in all\b(?!, starting)",
                             text), text
    assert any("11 found" in t for t in texts)
    assert all("11" in t for t in texts)


def test_a_nearest_airport_is_said_as_the_nearest_to_the_town_asked() -> None:
    """ToolBench seed 7 000053: Gilroy's airport search answered San Jose's, labelled the
    nearest; said as "the only one", it passes San Jose's airport off as Gilroy's."""
    output = {"airports": [{"name": "Norman Y. Mineta San Jose International Airport",
                            "iata": "SJC", "city": "San Jose", "nearest_to": "Gilroy",
                            "distance_km": 51}], "total": 1}
    intent = Intent(verb="see", obj="the airports", phrase="see the airports")
    for text in _answers_for(_done("v1_airports", {"city": "Gilroy"}, output), intent):
        assert "nearest airport to Gilroy" in text and "51 km" in text, text
        assert "San Jose International" in text and "only one" not in text, text


def test_a_list_of_two_players_is_not_answered_as_its_first_alone() -> None:
    """ToolBench seed 7 000042: two pages of players answered "it's MarShon Brooks"."""
    team = {"id": 3, "abbreviation": "SAC", "full_name": "Sacramento Kings", "name": "Kings"}
    output = {"data": [
        {"id": 86, "first_name": "MarShon", "last_name": "Brooks", "position": "G",
         "team": team},
        {"id": 9722, "first_name": "Lorenzo", "last_name": "Brown", "position": "G",
         "team": {**team, "id": 6, "full_name": "Boston Celtics", "name": "Celtics"}}],
        "meta": {"total_pages": 1, "current_page": 1, "per_page": 2, "total_count": 2}}
    intent = Intent(verb="look up", obj="all players", phrase="look up all players")
    texts = _answers_for(_done("get_all_players", {"page": "0"}, output), intent)
    for text in texts:
        assert re.search(r"\b2\b", text) or "Lorenzo" in text, text
        assert not re.search(r"(it's|that's) MarShon Brooks", text), text


def test_a_listing_of_only_ids_says_how_many_it_holds() -> None:
    # ToolBench seed 7 #332: 19 templates were answered "HTML template came through, with
    # nothing worth quoting in it"
    output = {"templates": [{"template_id": "tmp_18f2a9", "updated_at": "2025-10-15T08:31:00Z",
                             "description": "For internal use only."}], "total": 19}
    intent = Intent(verb="get", obj="the HTML template", phrase="get the HTML template")
    for text in _answers_for(_done("html_template_3_fancy", {}, output), intent):
        assert re.search(r"\b19\b", text), text
        assert "nothing worth quoting" not in text and "tmp_18f2a9" not in text, text


def test_a_result_with_figures_beside_an_empty_list_is_not_called_empty() -> None:
    # ToolBench seed 7 #63: a tariff's components were none, its sum 20.28; the answer
    # said "Nothing came back for the insides"
    output = {"sum": 20.28, "describtion": "Grundgebühr", "mutlityplier": "month",
              "per": 0.011, "components": []}
    intent = Intent(verb="get", obj="the tariff components", phrase="get the tariff components")
    for text in _answers_for(_done("tariffcomponents", {"zip": "10117"}, output), intent):
        assert "20.28" in text, text
        assert not re.search(r"nothing came back|no results|found nothing", text, re.I), text
    empty = {"results": [], "total": 0, "page": 1}
    texts = _answers_for(_done("search", {"q": "lamps"}, empty), intent)
    assert all(re.search(r"nothing|no |none|didn't find|couldn't find|empty", t, re.I)
               for t in texts), texts


def test_a_key_that_is_data_names_nothing_and_one_value_is_said_once() -> None:
    # ToolBench seed 7 #15: "that's ADSMI:IND, with adsmi:ind name FTSE ADX GENERAL INDEX"
    output = {"result": {"ADSMI:IND": {"securityType": "Index", "symbol": "ADSMI",
                                       "ticker": "adsmi:ind", "tickerName": "ADSMI:IND",
                                       "name": "FTSE ADX GENERAL INDEX", "currency": "AED"}}}
    intent = Intent(verb="get", obj="the full quote", phrase="get the full quote")
    for text in _answers_for(_done("market_get_full", {"id": "fll_187646"}, output), intent):
        assert "adsmi:ind name" not in text.lower(), text
        assert text.lower().count("adsmi:ind") <= 1, text


def test_a_code_of_the_results_is_said_in_words() -> None:
    # bundled seed 7 (live run): "its brand is visa, of the bank_transfer type"
    output = {"payment_method_id": "pm_9113", "type": "bank_transfer", "last4": "4242"}
    intent = Intent(verb="get", obj="your saved cards", phrase="get your saved cards")
    texts = _answers_for(_done("list_payment_methods", {}, output), intent)
    assert any("bank transfer" in t for t in texts), texts
    assert not any("bank_transfer" in t for t in texts), texts
