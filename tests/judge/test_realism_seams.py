"""`answer_seam`: sentences an answer template built (seed 11 review), and their
plain twins, which stay clean."""

from __future__ import annotations

import pytest

from toolgen.judge.realism.seams import seam


@pytest.mark.parametrize("text", [
    "For the mandates, 34 turned up; the first has scheme ACH; the first is at 74.78 USD.",
    "Just 1 turned up; it has scheme Bacs; it is for 16.18 USD.",
    "I found all recipes. A recipe to grocery list is added - it's Roasted Tomato Pasta.",
    "I pulled up the ways I can pay: the brand is visa.",
    # a field's label before its value, as a form shows it
    "There are 34 in all, the first with scheme ACH, at 74.78 USD.",
    "For the books, 7 found; the first is Velvet City, with author Kevin Weaver.",
    "I reserved a book - it's Paper Tides, with status confirmed.",
    "I converted the currency: it comes to 13.71, with rate 1.087.",
    "Looking at your saved cards, its brand is visa, with type wallet.",
    "I found the cases: 5 in all, the first Doe v. Roe, with case type criminal.",
    # where a thing is reached or lies, label first (ToolBench seeds 21, 1920078)
    "I pulled up all publishers: 3 turned up; the first has publisher name Bridgewater House.",
    "I checked the countries, and 3 turned up; the first has country name Australia.",
    "Here's what I found on the video: that's Bright River, with channel Elizabeth Fitness.",
    "I pulled up the video: it's Bright River, with URL https://www.harmon.net/users/ca037a.",
    "That is Larkspur Books, with publisher email brent.harris@example.com.",
    "Looking at the zips in the county, there are 3 in all, the first with county Santa Clara.",
])
def test_template_seams_are_found(text: str) -> None:
    assert seam(text) is not None


@pytest.mark.parametrize("text", [
    "For the mandates, 34 turned up; the first has scheme ACH and is at 74.78 USD.",
    "There are 34 in all, the first under ACH, at 74.78 USD.",
    "For the books, 7 found; the first is Velvet City, by Kevin Weaver.",
    "I reserved a book - it's Paper Tides, now confirmed.",
    "I converted the currency: it comes to 13.71, at a rate of 1.087.",
    "Looking at your saved cards, its brand is visa, of the wallet type.",
    "I found the cases: 5 in all, the first Doe v. Roe, a criminal case.",
    "The service is up, with rate limits on each key.",
    "A recipe is added to grocery list - it's Roasted Tomato Pasta.",
    "I pulled up the ways you can pay: the brand is visa.",
    "I can add it to your cart if you like; it is in stock.",
    "I pulled up all publishers: Bridgewater House heads a list of 3.",
    "I checked the countries, and 3 turned up; the first is in Australia.",
    "Here's what I found on the video: that's Bright River, from Elizabeth Fitness.",
    "I pulled up the video: it's Bright River, at https://www.harmon.net/users/ca037a.",
    "That is Larkspur Books, reachable at brent.harris@example.com.",
    "For the players, 4 turned up; the first has 433 points.",
    "Just 1 turned up; it has been added to your list.",
])
def test_their_plain_twins_are_clean(text: str) -> None:
    assert seam(text) is None
