"""A misspelt URL path names nothing: the endpoint's own name says what it answers
(ToolBench seed 47 #9: `/check_cecurity` gave a `cecurity_id` and a site URL under
`/cecurities/`)."""

from __future__ import annotations

import pytest

from toolgen.executor import endpoint_info
from toolgen.records import Endpoint
from toolgen.registry.english import misspelt


def _endpoint(name: str, url: str) -> Endpoint:
    return Endpoint(id=f"t/{name}", function_name=name.lower().replace(" ", "_"),
                    tool_id="t", tool_name="T", category="Monitoring", name=name, url=url)


def test_a_misspelt_path_gives_way_to_the_name() -> None:
    info = endpoint_info(_endpoint("Get Website Details", "https://x.p.rapidapi.com/check_cecurity"))
    assert info.entity == "website"


@pytest.mark.parametrize(("name", "url", "entity"), [
    ("Price", "https://s.p.rapidapi.com/tickers/{ticker}/price", "price"),
    ("Get User Checkins", "https://f.p.rapidapi.com/getUserCheckins", "checkin"),
    ("Gerar Ebook", "https://e.p.rapidapi.com/generateEbook", "ebook"),
])
def test_real_words_of_paths_are_kept(name: str, url: str, entity: str) -> None:
    assert endpoint_info(_endpoint(name, url)).entity == entity


def test_misspelt_reads_near_misses_only() -> None:
    assert misspelt("cecurity") and misspelt("uesrs") and misspelt("defenition")
    assert not any(misspelt(w) for w in ("security", "ebook", "userinfo", "tickers",
                                         "influencer", "api", "segmentation"))
