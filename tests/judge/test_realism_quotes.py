"""A result's text quoted in the answer with its words changed (`quotes`,
`misquoted_text`); a whole quote (with or without its closing stop), a quote cut short
after its first words, and an answer that does not quote stay clean."""

from __future__ import annotations

from toolgen.judge import JudgeContext
from toolgen.judge.realism import quotes
from toolgen.judge.view import build_view

from .factories import calls_record

CTX = JudgeContext()
TWEETS = ("get_user_tweets", {"username": "eric.vargas15"},
          {"user_tweets": [{"id": 40343, "username": "eric.vargas15",
                            "content": "Please find the invoice attached.",
                            "tags": ["music", "running"]}]})


def _kinds(answer: str) -> list[str]:
    record = calls_record([TWEETS], user="Show eric.vargas15's tweets.", answer=answer,
                          conversation_id="t-quotes")
    return [f.kind for f in quotes.check_view(build_view(record), CTX)]


def test_a_reworded_quote_is_flagged() -> None:
    # BFCL seed 11 #31
    assert _kinds("Looking at the user's tweets, the content is Kindly search for the "
                  "invoice attached, with tag music.") == ["misquoted_text"]


def test_a_whole_quote_is_clean_with_or_without_its_stop() -> None:
    assert _kinds("The content is Please find the invoice attached, with tag music.") == []
    assert _kinds('Their latest tweet says "Please find the invoice attached."') == []


def test_a_quote_cut_short_or_not_quoted_is_clean() -> None:
    assert _kinds("Their tweet begins \"Please find the...\", tagged music.") == []
    assert _kinds("They tweeted about an invoice, tagged music and running.") == []


def test_a_later_sentence_of_a_long_text_reworded_is_flagged() -> None:
    review = ("get_review", {"review_id": "rv_1"},
              {"review_id": "rv_1", "text": "Great stay overall. The breakfast was served "
                                            "far too late every single morning."})
    record = calls_record([review], user="Show review rv_1.", conversation_id="t-review",
                          answer="The reviewer says the food was given far too late every "
                                 "single morning.")
    assert [f.kind for f in quotes.check_view(build_view(record), CTX)] == ["misquoted_text"]
    record = calls_record([review], user="Show review rv_1.", conversation_id="t-review",
                          answer="The reviewer says: Great stay overall.")
    assert quotes.check_view(build_view(record), CTX) == []


def test_a_name_the_text_ends_in_said_whole_is_no_misquote() -> None:
    # ToolBench seed 11 #4: the airport's description ends in its name, said whole
    airports = ("search_airports", {"city": "Boston"},
                {"airports": [{"name": "Boston Logan International Airport", "code": "BOS",
                               "description": "An airport in Boston, listed as Boston Logan "
                                              "International Airport."}]})
    record = calls_record([airports], user="Airports in Boston?", conversation_id="t-air",
                          answer="1 came back: Boston Logan International Airport (BOS).")
    assert quotes.check_view(build_view(record), CTX) == []


def test_a_fact_said_of_its_subject_by_a_pronoun_is_no_misquote() -> None:
    facts = ("science_facts_get", {"particle": "proton"},
             {"particle": "proton", "facts": [
                 {"fact_id": "fct_1a2b3c",
                  "text": "A proton carries one positive elementary charge."}]})
    record = calls_record([facts], user="Facts about the proton?", conversation_id="t-fact",
                          answer="One fact: it carries one positive elementary charge.")
    assert quotes.check_view(build_view(record), CTX) == []
