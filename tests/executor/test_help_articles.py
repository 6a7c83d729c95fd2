"""A help desk's articles answer customers' questions: Freshdesk's solution articles came
back as news, "New metro line opens in Dublin" from "The Japan Times" (ToolBench seed
151 #37, seed 113 #7 and #25). Read from what the shared corpus's Freshdesk answers."""

from __future__ import annotations

import re
from typing import Any

import pytest
from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints

FRESHDESK = TOOLBENCH / "Business_Software/freshdesk.json"
_OUTLETS = re.compile(r"Reuters|Associated Press|BBC|Guardian|Bloomberg|CNBC|Times|Verge|"
                      r"TechCrunch|Le Monde|Al Jazeera")
_HEADLINE = re.compile(r"opens in|rise \d+%|approves|unveils|Record heat|marathon|council")


@pytest.mark.parametrize("seed", range(4))
def test_a_solution_article_is_a_help_article(seed: int) -> None:
    endpoints, executor = corpus_endpoints(FRESHDESK)
    endpoint = endpoints["get_all_solution_articles_for_freshdesk"]
    out: Any = executor.session(seed).call(endpoint, {"folderId": 29604}).output
    articles = out["articles"] if isinstance(out, dict) else out
    assert articles, out
    for article in articles:
        assert not _HEADLINE.search(str(article.get("title", ""))), article
        assert not _OUTLETS.search(str(article.get("source", ""))), article
