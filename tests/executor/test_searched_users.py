"""A user search sent a handle finds that handle's account first (ToolBench seed 83 #15:
a search for "mkbhd" answered samuel_morales and christine_bradley)."""

from __future__ import annotations

from corpus_endpoints import TOOLBENCH, corpus_endpoints

SEARCH = "search_users_data_for_tiktok_video_feature_summary"


def test_the_handle_searched_is_the_first_account_found() -> None:
    endpoints, executor = corpus_endpoints(
        TOOLBENCH / "Social/tiktok_video_feature_summary.json")
    for seed in range(4):
        out = executor.session(seed).call(endpoints[SEARCH], {"keywords": "mkbhd"}).output
        users = out["users"]
        assert users[0]["username"] == "mkbhd", out
        assert users[0]["full_name"] == "Marques Brownlee", out
        person = executor.session(seed).call(endpoints[SEARCH],
                                             {"keywords": "john_doe92"}).output["users"][0]
        assert (person["username"], person["full_name"]) == ("john_doe92", "John Doe")
        for word in ("travel", "travel vlog ideas"):
            plain = executor.session(seed).call(endpoints[SEARCH], {"keywords": word}).output
            assert not any(u["username"].startswith("travel") for u in plain["users"]), plain


def test_a_later_page_does_not_find_the_handle_again() -> None:
    """ToolBench seed 71 #73: 'mkbhd' listed first on both pages of one search."""
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Social/tiktok_video_feature_summary.json")
    out = executor.session(2).call(endpoints[SEARCH], {"keywords": "mkbhd", "cursor": 2}).output
    assert all(u["username"] != "mkbhd" for u in out["users"]), out
