"""Word runs a reviewer would not train on, read off the user's and the assistant's text:
"Can you mind helping me", "Many thanks so much!", "I please ask you", "(yes, kindly)",
"Brief one: delete the payment?", "... using the result Once you have that, ...",
"the payment for my payment method", "pull up up-to-date petrol", "the today's events",
"I bought tickets; its status is reserved" (ToolBench, BFCL and bundled seed 7 samples)."""

from __future__ import annotations

import random
import re

import pytest

from toolgen.agents import offline as lang
from toolgen.agents.offline import Fact, Intent, Outcome, Slot, intent_from_text, user_request
from toolgen.agents.offline.goal_phrases import goal_phrase, topic
from toolgen.agents.offline.paraphrase import paraphrase
from toolgen.records.plan import Goal

# What a reviewer refuses, written out here (not taken from the code under test).
_CLASH = re.compile(
    r"\b(?:can|could) you mind\b|\bable to mind\b"
    r"|\bmany thanks (?:so much|a bunch|a ton|a lot|very much|kindly)\b"
    r"|\bthank you (?:a bunch|a ton|a lot)\b|\bwith thank you\b|\bi please\b"
    r"|\b(?:yes|no),? kindly\b|\b(?:fast|brief) one\b|\bthank(?:s| you) please\b"
    r"|\b(?:can|could) you be able\b|\bable to please\b|\bhi (?:hello|hey|hi there)\b",
    re.IGNORECASE)
_TEXTS = (
    "Would you mind helping me find the hotel? Thanks so much!",
    "Dear assistant, I kindly ask you to book the room. With thanks.",
    "Quick one: can you add a recipe (yes, please)? Thanks a bunch!",
    "Excellent, thank you kindly. Thanks a ton",
    "Would you mind if we also check the order? Thank you very much.",
    "Hi hi! Would you be able to check the order? Would you please book it too?",
)


@pytest.mark.parametrize("text", _TEXTS)
def test_paraphrase_makes_no_word_run_no_one_writes(text: str) -> None:
    outs = {paraphrase(text, [], random.Random(seed), strength=1.0) for seed in range(300)}
    bad = [o for o in outs if _CLASH.search(o)]
    assert not bad, bad[:5]
    assert len(outs) > 1  # it still varies the wording


def _intents(n: int) -> list[Intent]:
    objs = ("the order", "the delivery", "the invoice", "the refund")
    return [Intent(verb="get", obj=o, phrase=f"get {o}") for o in objs[:n]]


# A later ask that runs on from the one before without a stop: "... dlv_1 When that's
# done, ..." (a connector opening a sentence right after a word or value).
_RUN_ON = re.compile(r"[\w)\"'] (?:Once you have that|When that's done|After that|Then|Next"
                     r"|Also|Separately|On top of that|With that|I'd also|Could you also"
                     r"|And)\b")


@pytest.mark.parametrize("style", ["casual", "terse", "chatty", "formal"])
def test_a_later_ask_starts_a_sentence_of_its_own(style: str) -> None:
    goal = Goal(summary="s", domain="d", persona="a person planning a trip",
                style=style)  # type: ignore[arg-type]
    for seed in range(150):
        rng = random.Random(seed)
        text = user_request(goal, _intents(4), [], rng, links=["", "then", "then_it", "with"])
        assert not _RUN_ON.search(text), text


def test_an_ask_in_the_imperative_never_ends_in_a_question_mark() -> None:
    """"Quick one: upload a file for my pet 958569?", "help me add a product ...?"."""
    imperative = re.compile(r"(?:^|[.!?]\s+|- )(?:quick one|random one|need a hand|help me)"
                            r"\W+(?![\W])(?!can|could|would)[^.!?]*\?", re.IGNORECASE)
    seen = 0
    for style in ("casual", "terse"):
        goal = Goal(summary="s", domain="d", persona="a person", style=style)  # type: ignore[arg-type]
        for seed in range(300):
            text = user_request(goal, _intents(1), [], random.Random(seed))
            seen += bool(re.search(r"(?i)quick one|help me", text))
            assert not imperative.search(text), text
    assert seen  # the openings the check reads do occur


def test_a_payment_method_endpoint_names_a_payment_method() -> None:
    """"Delete_Payment_Method": the user deletes a payment method, not "the payment"."""
    intent = intent_from_text("Delete_Payment_Method", "Remove a saved payment method.")
    assert "payment method" in intent.obj
    assert "method" not in intent_from_text("getUser_GET_method").obj


def test_a_word_a_name_says_twice_is_said_once() -> None:
    """`prompt_prompt_post` was asked as "put up the prompt prompt"."""
    intent = intent_from_text("prompt_prompt_post", "Unchained.chat API: prompt_prompt_post")
    assert intent.obj.split()[-1] == "prompt" and "prompt prompt" not in intent.phrase


def test_current_and_latest_things_keep_their_article() -> None:
    """"pull up up-to-date petrol", "dig up most recent outcome" were said."""
    said = set()
    for obj in ("current petrol", "latest outcome", "recent news", "top headline"):
        intent = Intent(verb="get", obj=obj, phrase=f"get {obj}")
        for seed in range(40):
            phrase = goal_phrase(intent, random.Random(seed))
            said.add(phrase)
            assert re.search(r"\b(?:pull up|look up|find|check|see|find out about) the ",
                             phrase), phrase
            assert "up up" not in phrase, phrase
    assert len(said) > 8


def test_new_things_of_a_kind_are_fetched_not_made() -> None:
    """Spotify's `new_releases` (GET) was asked as "create the releases", then as "pull up
    a new releases" (ToolBench seed 7 #150)."""
    intent = intent_from_text("New releases", "Spotify _v2: Get new releases based on country")
    assert intent.verb == "get", intent
    for seed in range(40):
        phrase = goal_phrase(intent, random.Random(seed))
        assert "releases" in phrase and "create" not in phrase, phrase
        assert not re.search(r"\ba (?:new|fresh) releases\b", phrase), phrase


def test_a_day_owned_thing_takes_no_article() -> None:
    intent = Intent(verb="get", obj="today's events", phrase="get today's events")
    for seed in range(20):
        assert topic(intent, random.Random(seed)) == "today's events"


def test_a_plural_thing_done_is_spoken_of_as_they() -> None:
    """"I bought tickets; its status is reserved, at 71.2 EUR" (bundled seed 7 #2)."""
    buy = Intent(verb="buy", obj="tickets", phrase="buy tickets")
    facts = (Fact("status", "reserved"), Fact("price", "71.2 EUR"))
    for seed in range(60):
        text = lang.assistant_report([Outcome(buy, "ok", "create", facts)], random.Random(seed))
        assert not re.search(r"\btickets\W+(?:its|it's|it is|it comes)\b", text), text
    one = Intent(verb="buy", obj="a ticket", phrase="buy a ticket")
    texts = [lang.assistant_report([Outcome(one, "ok", "create", facts)], random.Random(s))
             for s in range(60)]
    assert any(re.search(r"\b(?:its|it's)\b", t) for t in texts)  # one thing stays "it"


def test_going_somewhere_is_no_gonna() -> None:
    """"convert the currency in CHF gonna SEK" (BFCL seed 7 #61): "going to" before a
    value or a determiner is motion, kept; before a verb a hurried user may write "gonna"."""
    goal = Goal(summary="s", domain="d", persona="a person", style="casual")
    intent = Intent(verb="convert", obj="the amount", phrase="convert the amount")
    slot = Slot(name="to", label="target currency", value="SEK", kind="string")
    for seed in range(200):
        text = user_request(goal, [intent], [slot], random.Random(seed))
        assert not re.search(r"\bgonna (?:SEK|the|a|my)\b", text), text


def test_the_users_things_are_yours_in_the_answer() -> None:
    """"I've uploaded my files - their status is confirmed" (ToolBench seed 7 #107)."""
    upload = Intent(verb="upload", obj="my files", phrase="upload my files")
    facts = (Fact("status", "confirmed"), Fact("file ID", "fli_ed3887"))
    for seed in range(40):
        text = lang.assistant_report([Outcome(upload, "ok", "create", facts)],
                                     random.Random(seed))
        assert not re.search(r"\b(?:uploaded|Uploaded) my\b", text), text


def test_a_saved_card_removed_is_the_users() -> None:
    """"get rid of a way to pay for that one" (bundled seed 7 #37)."""
    intent = intent_from_text("Delete_Payment_Method", "Remove a saved payment method.")
    for seed in range(30):
        phrase = goal_phrase(intent, random.Random(seed))
        assert re.search(r"\bmy (?:card on file|saved card)\b|\bthe payment method\b",
                         phrase), phrase


def test_a_yes_no_name_is_asked_as_a_question() -> None:
    """"check the is prime for the number 439", "dig up the is currency validatable"."""
    for name in ("isPrime", "is_currency_validatable", "hasPermission"):
        intent = intent_from_text(name)
        for seed in range(10):
            phrase = goal_phrase(intent, random.Random(seed))
            assert re.fullmatch(r"(?:check|verify|find out) whether it (?:is|has) [a-z ]+",
                                phrase), phrase
            assert topic(intent, random.Random(seed)).startswith("whether it "), name


def test_a_flag_named_is_or_has_is_said_of_the_thing() -> None:
    """"Make a recipe - no is bookmark, yes to is private" (ToolBench seed 7 #81)."""
    from toolgen.agents.offline.saying import phrase

    for label, raw in (("is private", True), ("is bookmark", False), ("has garden", False)):
        slot = Slot(name="x", label=label, value=str(raw).lower(), kind="boolean", raw=raw)
        for seed in range(20):
            said = phrase(slot, "TOK", random.Random(seed))
            assert not re.search(r"\b(?:yes,? to|no|with|the) (?:is|has)\b", said), said
            assert label.split()[1] in said


def test_a_switch_is_set_not_switched_on_with_its_number() -> None:
    """"recognize vehicle switched on (1)" (ToolBench seed 7 #260)."""
    from toolgen.agents.offline.saying import phrase

    for label in ("recognize vehicle", "red meat free"):
        slot = Slot(name="x", label=label, value="1", kind="integer", raw=1,
                    hint="1 to enable, 0 to disable")
        for seed in range(20):
            said = phrase(slot, "TOK", random.Random(seed))
            assert "switched on" not in said and "TOK" in said, said


def test_a_currency_alone_does_not_open_the_facts() -> None:
    """"I checked the total amount all members, and in USD, with income 72934.75 USD"
    (ToolBench seed 7 #38)."""
    total = Intent(verb="get", obj="the total income", phrase="get the total income")
    facts = (Fact("currency", "USD"), Fact("income", "72934.75 USD"))
    for seed in range(40):
        text = lang.assistant_report([Outcome(total, "ok", "", facts)], random.Random(seed))
        assert not re.search(r"(?:, and|:|-|,) in USD\b", text), text
        assert "72934.75 USD" in text, text


def test_a_currency_with_no_amount_is_not_said() -> None:
    """"I've checked the room availability - in EUR, with room type double" (bundled seed 7
    #21): the currency of rooms whose prices went unsaid tells nothing."""
    rooms = Intent(verb="check", obj="the room availability",
                   phrase="check the room availability")
    facts = (Fact("currency", "EUR"), Fact("room type", "double"))
    for seed in range(40):
        text = lang.assistant_report([Outcome(rooms, "ok", "", facts)], random.Random(seed))
        assert "EUR" not in text, text
        assert "double" in text, text


def test_a_yes_no_question_checked_is_reported_without_an_article() -> None:
    """"I checked the whether it's currency validatable" (ToolBench seed 8 #133)."""
    intent = intent_from_text("is_currency_validatable")
    facts = (Fact("validatable", "true"), Fact("message", "Request completed successfully."))
    for seed in range(40):
        text = lang.assistant_report([Outcome(intent, "ok", "", facts)], random.Random(seed))
        assert "the whether" not in text, text
