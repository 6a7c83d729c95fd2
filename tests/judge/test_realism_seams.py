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
])
def test_template_seams_are_found(text: str) -> None:
    assert seam(text) is not None


@pytest.mark.parametrize("text", [
    "For the mandates, 34 turned up; the first has scheme ACH and is at 74.78 USD.",
    "There are 34 in all, the first with scheme ACH, at 74.78 USD.",
    "A recipe is added to grocery list - it's Roasted Tomato Pasta.",
    "I pulled up the ways you can pay: the brand is visa.",
    "I can add it to your cart if you like; it is in stock.",
])
def test_their_plain_twins_are_clean(text: str) -> None:
    assert seam(text) is None
