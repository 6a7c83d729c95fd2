"""A description that asks a question is asked as one, and its answer says the yes or no.

ToolBench seed 47 #9 asked "could you dig up the valid on example-store.co.uk?" of
`valid_from` ("Retrieve the valid from date of the certificate."), and the SSL tool's
`self_signed` ("Retrieve if the certificate is self-signed.") was asked as "get the self
signed", `check_validate_email` ("Checks whether email is valid or not.") as "check the
whether email". A reviewer reads those as broken requests.
"""

from __future__ import annotations

import random

import pytest

from toolgen.agents import offline as lang
from toolgen.agents.offline.intents import intent_from_text
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


@pytest.mark.parametrize(("name", "description", "phrase"), [
    ("Self-signed", "Retrieve if the certificate is self-signed.",
     "check whether the certificate is self-signed"),
    ("Expired", "Retrieve if the current certificate is expired.",
     "check whether the current certificate is expired"),
    ("check_validate_email", "Checks whether email is valid or not.",
     "check whether the email is valid"),
    ("Is Address Valid", "Check if address is valid", "check whether the address is valid"),
    ("api_queue", "Returns whether a site is currently being scanned and the queue size.",
     "check whether a site is currently being scanned"),
    ("Valid from", "Retrieve the valid from date of the certificate.",
     "get the valid from date"),
    ("Expires in Days", "Retrieve in how many days from now the certificate will expire.",
     "find out in how many days from now the certificate will expire"),
    # ToolBench seed 6649765 #8 asked "compare the images of a between for this page"
    ("Face comparison from url v2", "Compare between images of two people to see if they "
     "are the same person or not, with Input is URL", "compare images of two people"),
])
def test_a_described_question_is_asked_whole(name: str, description: str,
                                             phrase: str) -> None:
    assert intent_from_text(name, description).phrase == phrase


def test_a_long_or_foreign_question_is_not_asked_whole() -> None:
    long = ("Checks if the given domain name is currently listed on any of the many spam "
            "block lists that we track every day")
    assert not intent_from_text("check", long).phrase.startswith("check whether the given")


def test_the_answer_says_whether_the_certificate_is_self_signed() -> None:
    intent = intent_from_text("Self-signed", "Retrieve if the certificate is self-signed.")
    endpoint = Endpoint(id="t/e", function_name="self_signed", tool_id="t", tool_name="T",
                        category="Data", name="Self-signed")
    for flag, said in ((True, "the certificate is self-signed"),
                       (False, "the certificate is not self-signed")):
        done = Executed(MadeCall("c1", endpoint, {"domain": "example.com"}),
                        ExecutionResult("ok", {"self_signed": flag}, None, ()), None)
        outcomes = lang.said_once([outcome_of(done, intent)])
        for seed in range(12):
            text = lang.assistant_report(outcomes, random.Random(seed))
            assert said in text, text


def test_a_can_answer_is_said_not_reported_as_a_failure() -> None:
    # BFCL seed 47 #12: `{"canDrive": false}` was said "the service reported it did
    # not succeed"
    endpoint = Endpoint(id="t/e", function_name="estimate_drive_feasibility_by_mileage",
                        tool_id="t", tool_name="T", category="Data",
                        name="estimate_drive_feasibility_by_mileage")
    intent = intent_from_text("estimate_drive_feasibility_by_mileage")
    for flag, said in ((False, "you cannot drive"), (True, "you can drive")):
        done = Executed(MadeCall("c1", endpoint, {"distance": 28.0}),
                        ExecutionResult("ok", {"canDrive": flag}, None, ()), None)
        outcomes = lang.said_once([outcome_of(done, intent)])
        for seed in range(12):
            text = lang.assistant_report(outcomes, random.Random(seed))
            assert said in text and "not succeed" not in text, text
