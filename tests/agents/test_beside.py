"""A fact beside its thing says what its label is to it, not "with <label> <value>" as a
form's row: "Velvet City, by Kevin Weaver" (BFCL seed 7 #10: "with author Kevin
Weaver"), "the first at Eden Picture House" (bundled seed 7 #260: "the first has cinema
Eden Picture House"), "at a rate of 1.087" (BFCL seed 7 #32: "with rate 1.087"), "which
is confirmed" (BFCL seed 7 #9: "with status confirmed")."""

from __future__ import annotations

import random
import re

import pytest

from toolgen.agents.offline import Fact
from toolgen.agents.offline.beside import beside
from toolgen.agents.offline.clauses import fact_clauses

# "with author Kevin", "with status confirmed", "with type premium": a label then its value
_ROW = re.compile(r"\bwith (?:[a-z]+ )?(?:status|type|author|cinema|venue|rate|scheme|category|"
                  r"format|username|description|width) [A-Za-z0-9]")


def _said(*facts: Fact, seed: int = 1) -> str:
    return fact_clauses(list(facts), lambda v: v, random.Random(seed))


@pytest.mark.parametrize(("label", "value", "said"), [
    ("author", "Kevin Weaver", "by Kevin Weaver"),
    ("cinema", "Eden Picture House", "at Eden Picture House"),
    ("city", "Berlin", "in Berlin"),
    ("format", "IMAX", "in IMAX"),
    ("rate", "1.087", "at a rate of 1.087"),
    ("category", "concert", "in the concert category"),
    ("cuisine", "thai", "serving thai food"),
    ("scheme", "SEPA Direct Debit", "under SEPA Direct Debit"),
    ("case type", "criminal", "a criminal case"),
    ("aircraft type", "Airbus A321neo", "an Airbus A321neo"),
    ("type", "premium", "of the premium type"),
    ("username", "deborah.bush3", "under the username deborah.bush3"),
    ("description", "Plug and play", "described as Plug and play"),
    ("width", "57.1", "and 57.1 wide"),
    ("confidence", "0.93", "with a confidence of 0.93"),
    # a tally: "with 857 confirmed", never "with a confirmed of 857" (ToolBench seed 71 #0)
    ("confirmed", "857", "with 857 confirmed"),
    ("recovered", "1,204", "with 1,204 recovered"),
    ("population", "4000", "with a population of 4000"),
])
def test_a_label_is_said_as_what_it_is_to_the_thing(label: str, value: str, said: str) -> None:
    assert beside(label, value, value) == said


@pytest.mark.parametrize(("label", "value"), [
    ("isbn", "9780262033848"),  # a code is no quantity: never "with an isbn of ..."
    ("minutes", "5"),  # a unit, said by `counted`
    ("points", "433"),
    ("nickname origin", "a long story of three parts"),
])
def test_a_label_it_cannot_place_is_left_to_the_caller(label: str, value: str) -> None:
    assert beside(label, value, value) is None


def test_an_answer_says_no_label_before_its_value() -> None:
    for seed in range(12):
        texts = [
            _said(Fact("title", "Velvet City"), Fact("author", "Kevin Weaver"), seed=seed),
            _said(Fact("title", "Paper Tides"), Fact("status", "confirmed"),
                  Fact("format", "IMAX"), seed=seed),
            _said(Fact("total", "4"), Fact("cinema", "Eden Picture House"),
                  Fact("starts at", "17:00"), seed=seed),
            _said(Fact("converted amount", "13.71 USD"), Fact("rate", "1.087"), seed=seed),
        ]
        for text in texts:
            assert not _ROW.search(text), text
    assert "by Kevin Weaver" in texts[0] and "at Eden Picture House" in texts[2], texts


def test_a_listing_s_first_item_is_placed_not_labelled() -> None:
    said = {_said(Fact("total", "4"), Fact("cinema", "Eden Picture House"), seed=s)
            for s in range(8)}
    assert all("the first at Eden Picture House" in t for t in said), said


def test_an_amount_the_first_item_has_is_not_what_it_is() -> None:
    # ToolBench seed 13 #2: "there are 3 in all; the first is a stop loss trigger price of
    # 32.21"
    for seed in range(8):
        text = _said(Fact("total", "3"), Fact("stop loss trigger price", "32.21"), seed=seed)
        assert "the first is a" not in text and "the first has a" in text, text


def test_a_game_score_is_no_rating() -> None:
    # "For the scores, it's rated 38, with player Erica Martinez" (BFCL seed 71 #33)
    for seed in range(8):
        text = _said(Fact(label="score", value="38"),
                     Fact(label="player", value="Erica Martinez"), seed=seed)
        assert "rated" not in text and "38" in text, text
        rated = _said(Fact(label="name", value="Casa Azul"),
                      Fact(label="review score", value="8"), seed=seed)
        assert "rated 8" in rated, rated
