"""An answer does not report a setting word where no setting is ("its directory is basic",
"their diff lines are standard"; ToolBench seed 97 #14: "general turned up; the first's
counter is default"), while a plan or a room type that is "basic" or "standard" is said."""

from __future__ import annotations

from toolgen.agents.policy.facts import facts_from, is_filler


def test_a_setting_word_where_no_setting_is_no_fact() -> None:
    said = facts_from({"name": "standard", "status": "general", "city": "Oslo"})
    assert [(f.label, f.value) for f in said] == [("city", "Oslo")], said
    assert is_filler("standard", ("diff_lines",)) and is_filler("default", ("counter",))
    assert not is_filler("standard", ("room_type",)) and not is_filler("basic", ("plan",))
