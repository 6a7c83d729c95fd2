"""Undoing a relation removes it: Foursquare's `unfollow_list` was read as a listing of
"unfollows" and answered four unfollow records for one list (ToolBench seed 151 #15)."""

from __future__ import annotations

import pytest
from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor import endpoint_info

FOURSQUARE = TOOLBENCH / "Social/foursquare.json"


@pytest.mark.parametrize("name", ["unfollow_list_for_foursquare",
                                  "unlike_venue_for_foursquare"])
def test_an_undoing_answers_one_done_thing(name: str) -> None:
    endpoints, executor = corpus_endpoints(FOURSQUARE)
    endpoint = endpoints[name]
    assert endpoint_info(endpoint).action == "delete"
    args = {p.name: "lst_542a39" for p in endpoint.parameters if p.required}
    out = executor.session(0).call(endpoint, args).output
    assert isinstance(out, dict) and not any(isinstance(v, list) for v in out.values()), out
