"""A list its key names holds members of that kind: FastYTAPI's channel details listed
its `tabs` as channel names ("Kevin Fitness", "Heather Travels"; ToolBench seed 7 #74,
#78), the endpoint's own records under a key naming another kind. The tabs a channel
page has are written here by hand."""

from __future__ import annotations

from typing import Any

import pytest
from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor.objects import objects_in

_TABS = {"Home", "Videos", "Shorts", "Live", "Playlists", "Community", "About", "Channels",
         "Podcasts", "Releases", "Store", "Courses"}


@pytest.fixture(scope="module")
def channels() -> Any:
    return corpus_endpoints(TOOLBENCH / "Data/fastytapi.json")


def test_a_channel_s_tabs_are_tabs_not_channels(channels: Any) -> None:
    eps, executor = channels
    read = 0
    for name in ("channel_details_for_fastytapi", "similar_channels_for_fastytapi"):
        ep = eps[name]
        args = {p.name: "UCJ5v_MCY6GNUBTO8-D3XoAg" for p in ep.parameters if p.required}
        for seed in range(12):
            out = executor.session(seed).call(ep, args).output
            for node in objects_in(out):
                tabs = node.get("tabs")
                if isinstance(tabs, list) and tabs:
                    read += 1
                    assert set(tabs) <= _TABS, (name, tabs)
    assert read >= 8
