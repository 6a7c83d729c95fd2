"""Response controls: parameters that shape how a result comes back (its format, whether
it is the full or the summary response, how it is sorted, which content type the HTTP
header asks for), not what is asked for.

A person asks for "the videos tagged music", not "videos equal to json, include full
response"; the assistant picks these. The planner leaves an optional control out and uses
a control's schema default without the user stating it; the user's phrasing says one that
must still be given as a person would ("as JSON", "sorted by newest").
"""

from __future__ import annotations

import re

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# A "format" is a response control only when it is a data format ("json/php/xml"); a
# film's format ("IMAX") or a sequence's ("fasta") is what the person asks for.
_FORMATS = frozenset({"format", "output_format", "outputformat", "response_format",
                      "responseformat", "return_format", "data_format"})
_DATA_FORMAT = re.compile(r"\b(?:json|xml|php|csv|html|yaml|jsonp|text/plain)\b", re.IGNORECASE)
CONTROLS = frozenset({
    "full_response", "fullresponse", "summary_response",
    "summaryresponse", "pretty", "prettyprint", "pretty_print", "callback", "jsonp",
    "verbose", "raw", "indent", "sort", "sort_by", "sortby", "sort_order", "sortorder",
    "order_by", "orderby", "sort_dir", "sort_direction",
    # HTTP headers a corpus lists as parameters: plumbing, not something a person says
    "accept", "content_type", "contenttype", "cache_control", "user_agent",
    "x_requested_with", "accept_encoding", "accept_language", "connection", "pragma",
    "sec_fetch_dest", "sec_fetch_mode", "sec_fetch_site", "sec_fetch_user", "dnt",
    "upgrade_insecure_requests",
})


def control(name: str, meaning: str = "") -> bool:
    """Whether the parameter `name` is a response control (`fullResponse`, `sort_by`, a
    `format` whose `meaning` - description, default, value - names a data format)."""
    key = _CAMEL.sub("_", name).lower().replace("-", "_")
    if key in _FORMATS:
        return bool(_DATA_FORMAT.search(meaning))
    return key in CONTROLS or key.replace("_", "") in CONTROLS
