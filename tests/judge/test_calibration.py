"""The calibration set: every defect is flagged with its kind, no clean record gets an error.

The labelled records are written by scripts/make_judge_calibration.py (clean
conversations, and the same conversations corrupted one known way each); the expected
kind is the label the corruption was made for, not something the judge computed.
"""

from __future__ import annotations

import json
import runpy
from collections import Counter
from pathlib import Path

import pytest

from toolgen.judge import JudgeContext, score, validate
from toolgen.judge.realism import SEVERITY

from .calibration.labelled import PATH, Labelled, load

CTX = JudgeContext()
RECORDS = load()


def test_the_set_is_big_enough_and_covers_every_realism_kind() -> None:
    assert len(RECORDS) >= 60
    defects = Counter(r.defect for r in RECORDS if r.defect)
    assert set(defects) == set(SEVERITY)
    assert sum(1 for r in RECORDS if r.defect is None) >= 20


@pytest.mark.parametrize("item", [r for r in RECORDS if r.defect], ids=lambda r: r.id)
def test_every_defective_record_gets_a_finding_of_its_kind(item: Labelled) -> None:
    findings = validate(item.record, CTX)
    kinds = {f.kind for f in findings}
    assert item.defect in kinds, [f.message for f in findings]
    flagged = [f for f in findings if f.kind == item.defect]
    assert all(f.message_index is not None for f in flagged)


@pytest.mark.parametrize("item", [r for r in RECORDS if not r.defect], ids=lambda r: r.id)
def test_no_clean_record_gets_an_error_finding(item: Labelled) -> None:
    errors = [f.message for f in validate(item.record, CTX) if f.severity == "error"]
    assert errors == []


def test_the_default_threshold_accepts_every_clean_record_and_no_defective_one() -> None:
    accepted = {r.id: score(r.record, validate(r.record, CTX)).overall >= CTX.threshold
                for r in RECORDS}
    assert [r.id for r in RECORDS if r.defect and accepted[r.id]] == []
    assert [r.id for r in RECORDS if not r.defect and not accepted[r.id]] == []


def test_the_committed_set_is_what_the_script_writes() -> None:
    script = Path(__file__).resolve().parents[2] / "scripts" / "make_judge_calibration.py"
    module = runpy.run_path(str(script))
    lines = [json.dumps(line, ensure_ascii=False, sort_keys=True) for line in module["lines"]()]
    assert PATH.read_text(encoding="utf-8").splitlines() == lines
