"""News is titled as news: a headline about the feed's subject, not a novel's title, and a
news item's source is an outlet (`executor.headlines`)."""

from __future__ import annotations

import random
import re

from toolgen.executor import MockExecutor
from toolgen.executor.gen_context import Ctx
from toolgen.executor.generate import compile_plan
from toolgen.executor.vocab import Vocab

_NEWS = {"type": "object", "properties": {"news": {"type": "array", "minItems": 3,
                                                    "maxItems": 3, "items": {
    "type": "object", "properties": {"news_id": {"type": "string"},
                                     "title": {"type": "string"},
                                     "source": {"type": "string"},
                                     "url": {"type": "string", "format": "uri"}}}}}}
# The words of a novel's title the generator writes for creative work.
_NOVEL = re.compile(r"^(?:The \w+ of \w+|\w+ (?:Hearts|Roads|Skies|City|Tides|Echoes|Letters|"
                    r"Garden|River|Lights|Signals|Horizon|Dreams|Harbor|Stories|Waves))$")
_MARKETS = re.compile(r"stock|rate|bourse|euro|dollar|sales|market", re.I)


def _items(name: str, tool: str, seed: int) -> list[dict[str, str]]:
    vocab = Vocab.build((name, tool), "news")
    plan = compile_plan(_NEWS, "news", vocab)
    out = plan.root(Ctx(random.Random(seed), MockExecutor(1).pools, {}, {}))
    return list(out["news"])


def test_market_news_is_titled_with_market_headlines() -> None:
    titles = [i["title"] for s in range(6) for i in _items("Latest news", "Investing", s)]
    assert not [t for t in titles if _NOVEL.match(t)], titles
    assert all(_MARKETS.search(t) for t in titles), titles
    assert all(len(t.split()) >= 5 for t in titles), titles


def test_news_comes_from_an_outlet_under_a_news_path() -> None:
    items = [i for s in range(4) for i in _items("Latest news", "Investing", s)]
    assert not {i["source"] for i in items} & {"web", "mobile app", "api", "email",
                                              "partner feed"}
    assert all("/news/" in i["url"] and "/newss/" not in i["url"] for i in items)
