"""The judge reads a yes/no question's answer for its yes or no, catches one thing done
twice in a row by twin functions, and a web domain named like a shop.

- "I checked whether it's prime: its number is 439" of `{"is_prime": true}` says no
  verdict (ToolBench seed 7 #85): `unsaid_verdict`; "439 is not prime" of `true`:
  `wrong_verdict`; "Yes - 439 is prime" is fine, and it counts as a cited result.
- `fetch_dna_sequence_e7901ea3` then `fetch_dna_sequence` on one DNA id (BFCL seed 7
  #245), one email verified by two checkers in a row (ToolBench seed 8307853 #3):
  `redundant_call`; two different lookups on one id are not.
- An email check's `{"domain": {"name": "Maple Hour"}}` (ToolBench seed 8307853 #3):
  `domain_misnamed`; `weiss-pena.info` is fine, and so is a field of knowledge.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.heuristic import score
from toolgen.judge.realism import domains, twins, verdicts
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import calls_record


def _record(calls: list[tuple[str, dict[str, Any], Any]], answer: str) -> Record:
    return calls_record(calls, user="Please check it for me.", answer=answer,
                        conversation_id="t-verdicts")


_PRIME = ("is_prime_for_random_utilities", {"number": 439}, {"is_prime": True, "number": 439})


def _kinds(record: Record, module: Any) -> list[str]:
    return [f.kind for f in module.check_view(build_view(record), JudgeContext())]


def test_an_answer_without_the_yes_or_no_is_flagged() -> None:
    for answer in ("I checked whether it's prime: its number is 439.",
                   "Whether it is prime came through, with nothing worth quoting in it."):
        assert _kinds(_record([_PRIME], answer), verdicts) == ["unsaid_verdict"], answer


def test_the_opposite_verdict_is_flagged() -> None:
    assert _kinds(_record([_PRIME], "I checked, and 439 is not prime."),
                  verdicts) == ["wrong_verdict"]


def test_a_stated_verdict_passes_and_counts_as_a_result() -> None:
    for answer in ("Yes - 439 is prime.", "As for whether it's prime: 439 is prime."):
        assert _kinds(_record([_PRIME], answer), verdicts) == [], answer
    bare = ("isPrime", {"n": 439}, {"isPrime": False})
    record = _record([bare], "No - it is not prime.")
    assert _kinds(record, verdicts) == []
    assert "answer cites no tool result" not in score(record, []).rationale


def test_twin_functions_on_one_value_back_to_back_are_flagged() -> None:
    dna = {"DNA_id": "dna_4ec086"}
    out = {"DNA_id": "dna_4ec086", "sequence": "ATGCCGTTAGACCTG"}
    record = _record([("fetch_dna_sequence_e7901ea3", dna, out),
                      ("fetch_dna_sequence", dna, out)], "The sequence is ATGCCGTTAGACCTG.")
    assert _kinds(record, twins) == ["redundant_call"]
    email = {"email": "alex.clark9@weiss-pena.info"}
    record = _record([("verify_email_for_bouncer_email_verification", email,
                       {"status": "deliverable"}),
                      ("email_for_debounce_email_validation", email, {"is_valid": True})],
                     "It is deliverable and valid.")
    assert _kinds(record, twins) == ["redundant_call"]


def test_different_lookups_or_values_are_not_twins() -> None:
    dna = ("fetch_dna_sequence", {"DNA_id": "dna_4ec086"}, {"sequence": "ATG"})
    other = ("fetch_dna_sequence_e7901ea3", {"DNA_id": "dna_99aa01"}, {"sequence": "GGC"})
    mutation = ("mutation_type_find", {"DNA_id": "dna_4ec086"}, {"type": "missense"})
    assert _kinds(_record([dna, other], "ATG and GGC."), twins) == []
    assert _kinds(_record([dna, mutation], "ATG, a missense."), twins) == []


def test_a_web_domain_named_like_a_shop_is_flagged() -> None:
    email = {"email": "alex.clark9@weiss-pena.info"}
    def checked(name: str) -> Record:
        return _record([("verify_email_for_bouncer_email_verification", email,
                         {"email": email["email"], "status": "deliverable",
                          "domain": {"name": name, "disposable": "no"}})], "Deliverable.")
    assert _kinds(checked("Maple Hour"), domains) == ["domain_misnamed"]
    assert _kinds(checked("weiss-pena.info"), domains) == []
    field = _record([("get_journal", {"journal": "Nature"},
                      {"domain": {"name": "Life Sciences", "papers": 12}})], "Life Sciences.")
    assert _kinds(field, domains) == []


def test_the_last_statement_is_the_verdict() -> None:
    """The topic named first is no verdict: "As for NFI library is member readable: it is
    not member readable." of `false` (BFCL seed 7 #107) says no."""
    call = ("nfilibrary_is_member_readable", {"symbol": "TSLA"},
            {"is_member_readable": False, "symbol": "TSLA"})
    answer = "As for NFI library is member readable: it is not member readable."
    assert _kinds(_record([call], answer), verdicts) == []
    assert _kinds(_record([call], "NFI library is member readable came back for TSLA."),
                  verdicts) == ["wrong_verdict"]
