"""paraphrase: varies wording, never alters a protected substring."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from toolgen.agents.offline import paraphrase
from toolgen.agents.offline.paraphrase import _NUMBERISH

TEMPLATE = (
    "Hi! I'm a nurse in Toronto. Can you find hotels with the city set to {0} and "
    "check-in {1}? After that, please book a room for it. Thanks in advance!"
)

value = st.text(min_size=1, max_size=25).filter(lambda s: s.strip() == s and s.strip())


@settings(max_examples=400, deadline=None)
@given(value, value, st.integers(0, 2**32), st.floats(0.0, 1.0))
def test_protected_strings_survive(a: str, b: str, seed: int, strength: float) -> None:
    text = TEMPLATE.format(a, b)
    out = paraphrase(text, [a, b], random.Random(seed), strength)
    assert a in out and b in out
    assert out.count(a) >= 1 and out.count(b) >= 1


@settings(max_examples=200, deadline=None)
@given(st.lists(value, min_size=1, max_size=4), st.integers(0, 2**32))
def test_values_that_look_like_words_survive(words: list[str], seed: int) -> None:
    # Values equal to words the rules rewrite ("find", "thanks") must not be rewritten.
    protected = [*words, "find", "Thanks in advance!", "please"]
    text = TEMPLATE.format(" ".join(words), "2024-05-03")
    out = paraphrase(text, protected, random.Random(seed), 1.0)
    for p in protected:
        if p in text:
            assert p in out


def test_numbers_and_ids_are_kept_even_unlisted() -> None:
    text = "Can you find booking BK-2931 for 2 guests on 2024-05-03? Thanks!"
    for s in range(100):
        out = paraphrase(text, [], random.Random(s), 1.0)
        for v in ("BK-2931", "2", "2024-05-03"):
            assert v in out


def test_every_word_holding_a_digit_is_protected_whole() -> None:
    # the run is protected from wherever the word starts, not from its first digit
    text = "ask ab12cd, about x-2024-05-03? or thanks\tA7 then\u00a0v2."
    assert _NUMBERISH.findall(text) == ["ab12cd,", "x-2024-05-03?", "A7", "v2."]


def test_deterministic_and_strength_zero_is_identity() -> None:
    text = TEMPLATE.format("Porto", "2024-05-03")
    assert paraphrase(text, ["Porto"], random.Random(5)) == paraphrase(
        text, ["Porto"], random.Random(5)
    )
    assert paraphrase(text, ["Porto"], random.Random(5), 0.0) == text


def test_paraphrase_actually_varies() -> None:
    text = TEMPLATE.format("Porto", "2024-05-03")
    outs = {paraphrase(text, ["Porto", "2024-05-03"], random.Random(s), 0.6) for s in range(50)}
    assert len(outs) > 30
    for o in outs:
        assert "{" not in o and "None" not in o and "\ue000" not in o


def test_a_compound_headed_by_output_keeps_its_head() -> None:
    # "the output template" is a template, not a "findings template"
    text = "I checked the output template, and the results are in."
    seen = {paraphrase(text, [], random.Random(seed), strength=1.0) for seed in range(200)}
    assert all("output template" in s for s in seen)
    assert any("the findings are in" in s for s in seen)  # the plain noun still varies


def test_a_quoted_text_whose_closing_stop_the_sentence_dropped_is_kept_verbatim() -> None:
    # BFCL seed 11 #31: the tweet "Please find the invoice attached." was said without its
    # stop and reworded to "Kindly search for the invoice attached".
    quoted = "Please find the invoice attached."
    text = ("Looking at the user's tweets, the content is Please find the invoice attached, "
            "with tag music.")
    for seed in range(60):
        out = paraphrase(text, [quoted, "music"], random.Random(seed), 1.0)
        assert "Please find the invoice attached," in out, out
