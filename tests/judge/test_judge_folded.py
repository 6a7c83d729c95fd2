"""Case-insensitive patterns the judge runs on lower-cased ASCII text find what
`re.IGNORECASE` finds in the text itself, spelled as the text spells it.

The oracles are the patterns as they were written before folding (below, verbatim),
compiled with `re.IGNORECASE` and run with `finditer`.
"""

from __future__ import annotations

import random
import re

from toolgen.judge.phrases import Phrases
from toolgen.judge.realism import wording

CLASH = re.compile(
    r"\b(?:can|could) you mind\b|\bable to mind\b"
    r"|\bmany thanks (?:so much|a bunch|a ton|a lot|very much|kindly)\b"
    r"|\bthank you (?:a bunch|a ton)\b|\bwith thank you\b|\bi please (?:ask|request)\b"
    r"|\bthank(?:s| you) please\b|\(\s*(?:yes|no),? kindly\s*\)"
    r"|\b(?:fast|brief) one\s*[:\-–]"
    r"|\bthe (?:today's|tomorrow's|yesterday's|my|your|our)\b"
    r"|\b(?:pull|look|dig|set|put) up up\b"
    r"|\b(?:can|could) you be able\b|\bable to (?:please|be able)\b"
    r"|\bhi (?:hi there|hello|hey)\b"
    r"|\b(?:can|could|would) you and (?:then|after that|afterwards)\b"
    r"|\bable to and (?:then|after that|afterwards)\b"
    r"|\byes,? to (?:is|has) [a-z]|\bno (?:is|has) [a-z]|\bthe (?:is|has|whether) [a-z]"
    r"|\bswitched on \((?:x0|[01])\)",
    re.IGNORECASE)
FLAG_WORDS = re.compile(
    r"\bno need to (?:ignore|skip|exclude|hide|disable|omit|suppress)\b"
    r"|\b(?:yes,? (?:to|include)|no|with no) (?:with|want|wants)\b"
    r"|(?<![\w.])x[1-9]\d?(?![\w.])",
    re.IGNORECASE)
IMPERATIVE_Q = re.compile(
    r"(?:^|[.!?]\s+|\s-\s)(?:(?:quick|fast|brief|random) one\s*[:\-–]\s*|help me |assist me to )"
    r"(?=\S)(?!(?:can|could|would|will|is|are|do|does|did|any|what|how|where|when|who|which"
    r"|mind|u|you)\b)[^.!?\"]*\?",
    re.IGNORECASE)
MONEY_WORDS = re.compile(r"\b(?:convert\w*|conversion|rate|exchange|amount|currenc\w*|price)\b",
                         re.IGNORECASE)

PIECES = [
    "can you mind", "Could You Mind", "able to mind", "many thanks so much", "MANY THANKS kindly",
    "thank you a ton", "with thank you", "I please ask", "thanks please", "thank you please",
    "(yes, kindly)", "( No kindly )", "(yes kindly", "fast one:", "Brief one –", "brief one -",
    "the today's", "The my", "the your", "pull up up", "Put Up Up", "can you be able",
    "able to please", "able to be able", "hi hello", "Hi hey", "hi hi there", "yes, to is x",
    "could you and then", "Able To And Afterwards", "you and after that",
    "yes to has Y", "no is a", "no has b", "the whether c", "The Is d", "switched on (1)",
    "Switched On (X0)", "switched on (2)", "no need to skip", "No Need To Ignore",
    "yes, include want",
    "with no with", "no wants", "x6", "X12", "x0", "ax6", "x6.5", ".x6", "help me add it?",
    "Quick one: upload a file?", "help me can I?", "assist me to go?", "random one - what?",
    "convert", "Conversion", "the RATE", "exchanges", "amount", "Currency", "priced", "PRICE",
    "İ", "ſ", "\u212a", "ı", "é", "kindly", "mind", "able", "thanks", "the", "is", "to", "on",
]
GLUE = [" ", "", ". ", "? ", " - ", ", ", "_", "x", "(", ")", "\n", "9"]


def _texts(n: int) -> list[str]:
    rng = random.Random(20261204)
    out = [" ".join(PIECES), "".join(PIECES)]
    for _ in range(n):
        parts = rng.choices(PIECES, k=rng.randint(1, 6))
        out.append("".join(p + rng.choice(GLUE) for p in parts))
    return out


def _found(pattern: re.Pattern[str], text: str) -> list[str]:
    return [m.group(0) for m in pattern.finditer(text)]


def test_folded_matches_are_the_ignorecase_matches() -> None:
    pairs = [(wording._CLASH, CLASH), (wording._FLAG_WORDS, FLAG_WORDS),
             (wording._IMPERATIVE_Q, IMPERATIVE_Q), (wording._MONEY_WORDS, MONEY_WORDS)]
    hits = 0
    for text in _texts(4000):
        for fast, oracle in pairs:
            want = _found(oracle, text)
            assert fast.matches(text) == want, (oracle.pattern[:30], text)
            assert fast.search(text) == bool(want), (oracle.pattern[:30], text)
            hits += len(want)
    assert hits > 1000  # the texts do hold the phrases


def test_a_pattern_with_an_upper_case_escape_is_not_folded() -> None:
    for pattern in (r"\S+x", r"[A-Z]k"):
        phrases = Phrases(pattern)
        oracle = re.compile(pattern, re.IGNORECASE)
        for text in ("AX by", "aXb X", "Ak ak aK", "b\u212a ok"):
            assert phrases.matches(text) == _found(oracle, text), (pattern, text)


def test_broken_runs_reads_the_words_as_written() -> None:
    runs = wording.broken_runs("Can You Mind the MY files? (Yes, kindly) x6", "user")
    assert runs == ["Can You Mind", "the MY", "(Yes, kindly)", "x6"]


SCANNED = ["I've gonna the", "gonna x0", "Gonna Paris", "(hotel x0) (room x0)", "(a)(b)",
           " - 7 of them - (payment", "(that) - aside -", "and (the suite room)",
           "and - late arrival -", "and - late.", "I uploaded my files", "I have booked my seat",
           "I bought tickets; its status", "I booked the rooms, and it's done",
           "I made holds: it was", "help me add it?", "quick one: go?"]


def test_each_skipped_pattern_holds_its_literal_in_every_match() -> None:
    hits = 0
    for text in _texts(3000) + SCANNED:
        for pattern, needs in wording._NEEDS.items():
            for m in pattern.finditer(text):
                assert any(n in m.group(0) for n in needs), (pattern.pattern[:30], text)
                hits += 1
        for run in IMPERATIVE_Q.finditer(text):
            assert run.group(0).endswith("?")
    assert hits >= len(SCANNED) - 2


def test_broken_runs_scans_where_its_literals_stand() -> None:
    assert wording.broken_runs("I bought tickets; its status is reserved", "assistant") == [
        "I bought tickets; its"]
    assert wording.broken_runs("I've uploaded my files", "assistant") == ["I've uploaded my files"]
    assert wording.broken_runs("convert CHF gonna SEK", "user") == ["gonna SEK"]
    assert wording.broken_runs("for (hotel x0) (room x0)", "user") == ["(hotel x0) (room x0)"]
