"""One user signs in with one account name in every call of a tool (ToolBench bigoven at
seed 11: three usernames for one user, the third reading back the review the second
wrote)."""

from __future__ import annotations

from toolgen.agents.planner.own_account import Accounts, same_account
from toolgen.records import PlannedArg


def _user(name: str, value: str) -> PlannedArg:
    return PlannedArg(name=name, source="user", value=value)


def test_a_tools_account_name_is_the_first_one_the_user_gave() -> None:
    seen: Accounts = {}
    first = same_account([_user("bigovenUsername", "david.bryant51"),
                          _user("recipeId", "rcp_c8a8a5")], "bigoven", seen)
    second = same_account([_user("bigovenUsername", "gwendolyn_ferguson54"),
                           _user("reviewId", "rvw_d3682d")], "bigoven", seen)
    assert [a.value for a in first] == ["david.bryant51", "rcp_c8a8a5"]
    assert [a.value for a in second] == ["david.bryant51", "rvw_d3682d"]


def test_other_tools_and_looked_up_values_are_left_alone() -> None:
    seen: Accounts = {}
    same_account([_user("username", "ann_lee")], "github", seen)
    other_tool = same_account([_user("username", "bo.chan")], "gitlab", seen)
    looked_up = same_account([_user("query", "bo.chan")], "github", seen)
    carried = same_account([PlannedArg(name="username", source="tool_output",
                                       call_id="call_1", path="items[0].login")], "github", seen)
    assert other_tool[0].value == "bo.chan"
    assert looked_up[0].value == "bo.chan"
    assert carried[0].source == "tool_output" and carried[0].value is None
