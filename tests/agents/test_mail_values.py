"""An email the user sends is headed by its own subject: a mass email "related to Package
arrived, with the words "Running ten minutes late, see you at the cafe."" (ToolBench seed
7 #170) paired a subject and a body drawn one by one."""

from __future__ import annotations

from executor.corpus_endpoints import TOOLBENCH, corpus_endpoints
from toolgen.agents.planner.values_pairs import paired
from toolgen.records import PlannedArg


def _mass_email():  # type: ignore[no-untyped-def]
    endpoints, _ = corpus_endpoints(TOOLBENCH / "Email/mass_email_sending_api.json")
    return next(e for n, e in sorted(endpoints.items()) if "subject" in
                {p.name for p in e.parameters})


def test_the_subject_heads_the_body_the_user_writes() -> None:
    mail = _mass_email()
    body = next(p.name for p in mail.parameters if p.name in ("body", "text", "message"))
    args = [PlannedArg(name="subject", source="user", value="Package arrived"),
            PlannedArg(name=body, source="user",
                       value="Running ten minutes late, see you at the cafe.")]
    fixed = {a.name: a.value for a in paired(mail, args, lambda p, v: True)}
    assert fixed[body] == "Running ten minutes late, see you at the cafe."
    assert "package" not in str(fixed["subject"]).lower()
    assert any(w in str(fixed["subject"]).lower() for w in ("late", "cafe")), fixed


def test_a_subject_of_its_own_keeps_a_body_of_its_own() -> None:
    mail = _mass_email()
    body = next(p.name for p in mail.parameters if p.name in ("body", "text", "message"))
    args = [PlannedArg(name="subject", source="user", value="Quarterly numbers"),
            PlannedArg(name=body, source="user", value="Attached are the Q3 figures.")]
    fixed = {a.name: a.value for a in paired(mail, args, lambda p, v: True)}
    assert fixed == {"subject": "Quarterly numbers", body: "Attached are the Q3 figures."}
