"""The domain a site lookup answers about, and when that domain was registered.

`get_website_details(site="https://www.miller-myers.info/websites/9f350b")` answered
`{"domain": "horton.com", "registrar": "GoDaddy", "created_date": "2026-05-11",
"expiry_date": "2026-06-04"}` (ToolBench seed 47 #9): another site's domain, registered
for 24 days. A reviewer knows a URL's domain is its host, and that a domain is
registered for whole years, renewed on the day it was first registered.

`site_domain(output, args)`: where the call sent one web address (and no `domain` of its
own, which `echo` keeps) and the answer's top level holds a `domain`, that domain is the
address's host without `www.`. Where the answer also names a `registrar`, its creation
date moves to a year between 1996 and 2023 and its expiry to the same day of a year
after both it and the first half of 2026, the years keyed by the domain so that one
domain always reads alike. In place, deterministic.
"""

from __future__ import annotations

import re
import zlib
from typing import Any
from urllib.parse import urlsplit

from toolgen.executor.values import normalize_key

_URL = re.compile(r"^https?://", re.IGNORECASE)
_CREATED = ("created_date", "creation_date", "registered_on", "registration_date",
            "created", "registered")
_EXPIRES = ("expiry_date", "expiration_date", "expires_on", "expires", "expiry")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_FIRST_YEAR, _LAST_YEAR = 1996, 2023
_SOONEST_EXPIRY = 2026  # the generated timeline runs into 2026 (`leaves._DATES`)


def site_domain(output: Any, args: dict[str, Any]) -> None:
    if not isinstance(output, dict) or not isinstance(output.get("domain"), str):
        return
    host = _sent_host(args)
    if host is not None:
        output["domain"] = host
    if "registrar" in output:
        _registered(output, output["domain"])


def _sent_host(args: dict[str, Any]) -> str | None:
    if any(normalize_key(k) == "domain" for k in args):
        return None
    hosts = {urlsplit(v.strip()).hostname for v in args.values()
             if isinstance(v, str) and _URL.match(v.strip())}
    hosts.discard(None)
    if len(hosts) != 1:
        return None
    host = str(hosts.pop())
    return host[4:] if host.startswith("www.") else host


def _registered(output: dict[str, Any], domain: str) -> None:
    created = next((k for k in _CREATED if isinstance(output.get(k), str)), None)
    expires = next((k for k in _EXPIRES if isinstance(output.get(k), str)), None)
    if created is None or expires is None:
        return
    made, ends = _DATE.match(output[created]), _DATE.match(output[expires])
    if made is None or ends is None:
        return
    key = zlib.crc32(domain.encode())
    year = _FIRST_YEAR + key % (_LAST_YEAR - _FIRST_YEAR + 1)
    month, day = made.group(2), "28" if made.group(2, 3) == ("02", "29") else made.group(3)
    output[created] = f"{year}-{month}-{day}" + output[created][10:]
    renewed = max(year + 1, _SOONEST_EXPIRY + 1) + (key >> 8) % 3
    output[expires] = f"{renewed}-{month}-{day}" + output[expires][10:]
