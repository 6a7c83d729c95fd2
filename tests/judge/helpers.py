"""Small assertions shared by the judge tests."""

from __future__ import annotations

from toolgen.records import Finding


def kinds(findings: list[Finding]) -> set[str]:
    return {f.kind for f in findings if f.severity == "error"}
