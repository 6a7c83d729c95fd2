"""The web host a service's own links are on.

An Openload file's download link was `https://www.rodriguez.com/files/893091` and its
thumbnail `https://cdn.butler.com/img/7dc148fa.jpg` (seed 71 review, tb #10): every url
leaf drew a made-up company's domain, so a service's own pages sat on strangers' sites.
A link to what the service holds (an item's `url`, a `download_url`, a `thumbnail`) is on
the service's host: its well-known domain (`twitch.tv`) or its tool name made a domain
(`comfyfood.com`). A link to somewhere else (a company's `website`, a `homepage`) keeps
a domain of its own; a function that names no service (BFCL's) has no host. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.graph.families import service_of
from toolgen.records import Endpoint

_KNOWN = {
    "twitch": "twitch.tv", "vimeo": "vimeo.com", "youtube": "youtube.com",
    "spotify": "open.spotify.com", "tiktok": "tiktok.com", "instagram": "instagram.com",
    "twitter": "twitter.com", "foursquare": "foursquare.com", "imgur": "imgur.com",
    "reddit": "reddit.com", "amazon": "amazon.com", "aliexpress": "aliexpress.com",
    "ebay": "ebay.com", "shein": "shein.com", "netflix": "netflix.com",
    "openload": "openload.co", "bigoven": "bigoven.com", "freshdesk": "freshdesk.com",
    "github": "github.com", "linkedin": "linkedin.com", "pinterest": "pinterest.com",
    "soundcloud": "soundcloud.com", "deezer": "deezer.com", "airbnb": "airbnb.com",
    "yelp": "yelp.com", "walmart": "walmart.com", "etsy": "etsy.com",
    "zillow": "zillow.com", "vinted": "vinted.com", "webtoon": "webtoons.com",
    "shazam": "shazam.com", "tunein": "tunein.com", "genius": "genius.com",
}
# Tool-name words no domain spells ("twitch_api", "free_nba", "real_time_amazon_data").
_NOISE = frozenset({"api", "apis", "free", "the", "v1", "v2", "v3", "unofficial", "official",
                    "data", "service", "services"})
# Url keys that point away from the service: another site's pages.
_ELSEWHERE = re.compile(r"website|homepage|home_page|site|domain|company|external|source"
                        r"|official|social|facebook|twitter|instagram|linkedin")


@lru_cache(maxsize=1 << 14)
def _host_of(tool_id: str, family: str) -> str | None:
    if not family:
        return None
    known = _KNOWN.get(family)
    if known is not None:
        return known
    words = [w for w in re.split(r"[^a-z0-9]+", tool_id.rsplit("/", 1)[-1].lower())
             if w and w not in _NOISE and not re.fullmatch(r"[0-9a-f]{6,}", w)]
    name = "".join(words)
    return f"{name}.com" if name.isascii() and 3 <= len(name) <= 30 else None


def service_host(endpoint: Endpoint) -> str | None:
    """The host of the service `endpoint` belongs to, None when it names none."""
    return _host_of(endpoint.tool_id, service_of(endpoint))


def own_link(key: str) -> bool:
    """Whether a url key links to the service's own page of a thing, not elsewhere."""
    return _ELSEWHERE.search(key.lower()) is None
