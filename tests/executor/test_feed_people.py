"""An Instagram follower list lists people, not `{"name": "Morning Garden", "value":
17.98}`; a feed's `nextMaxId` is where the next page starts, not a "max" record
(ToolBench seed 59 #11)."""

from __future__ import annotations

from corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor.actions import endpoint_info
from toolgen.executor.values import id_entity


def test_a_page_cursor_names_no_record() -> None:
    assert id_entity("nextMaxId") is None and id_entity("since_id") is None
    assert id_entity("hotel_id") == "hotel" and id_entity("page_id") == "page"


def test_followers_are_people() -> None:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Social/instagram_pro.json")
    followers = endpoints["followers_by_username_for_instagram_pro"]
    assert endpoint_info(followers).entity == "follower"
    listed = [f for s in range(4) for f in executor.session(s).call(
        followers, {"username": "robert_richardson16"}).output["data"]]
    assert len(listed) >= 4
    for person in listed:
        assert "value" not in person, person
        first, _, last = str(person["full_name"]).partition(" ")
        assert first.istitle() and last[:1].isupper(), person
