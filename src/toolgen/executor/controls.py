"""Request controls: arguments that say how to answer, not what to answer.

`format=json`, `sort=newest`, `page=2`, `per_page=25`, `full_response=true`,
`callback=cb`, `lang=fr`, `api_key=...` shape the response of Vimeo's
`get_videos_by_tag`; none of them is a property of a video. A result item that carries
`format: "json"` or `full_response: true` reads as the request pasted into the answer.
`is_control(name, about)` says whether an argument is one (`about`: its description,
enum, default or value, which tells a serialisation `format=json` from a conversion's
`format=pdf` and a sort `order=desc` from an `order` to fetch); `is_paging(name)` whether
it is the paging kind a list's envelope may restate (`page: 2`); `left_to_assistant`
whether a person leaves it unsaid: a user asks for "the videos tagged music", not "videos
equal to json, include full response" (the planner leaves such an optional control out,
and the user's phrasing says a required one as a person would). Names only, no network.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.executor.values import normalize_key
from toolgen.records import Parameter

PAGING = frozenset({
    "page", "page_number", "pagenumber", "page_no", "pageno", "pagenum", "per_page",
    "perpage", "page_size", "pagesize", "limit", "offset", "skip", "cursor", "page_token",
    "pagetoken", "next_token", "start_index", "max_results", "maxresults", "results_per_page",
    "items_per_page", "num_results"})
# How the answer is written out, sorted or detailed: a person leaves these to the assistant.
_RESPONSE = frozenset({
    "sort", "sort_by", "sortby", "sort_order", "sortorder", "sort_direction", "sort_dir",
    "order_by", "orderby", "order_direction", "full_response", "summary_response",
    "fullresponse", "summaryresponse", "verbose", "pretty", "pretty_print", "prettyprint",
    "raw", "indent", "minify", "compact", "fields", "field_list", "callback", "jsonp",
    "json_callback", "nojsoncallback"})
# HTTP headers a corpus lists as parameters: plumbing, neither said nor answered.
_HEADERS = frozenset({
    "accept", "cache_control", "user_agent", "x_requested_with",
    "accept_encoding", "accept_language", "connection", "pragma", "sec_fetch_dest",
    "sec_fetch_mode", "sec_fetch_site", "sec_fetch_user", "dnt", "upgrade_insecure_requests"})
# Who asks and in which language: controls of the answer, but a person may say a language.
_CREDENTIALS = frozenset({"api_key", "apikey", "access_token", "accesstoken", "app_key",
                          "appkey", "api_token", "apitoken"})
_LOCALES = frozenset({"lang", "hl", "locale", "ui_lang"})
# A request's opaque blob (YouTube Music's `params` token "6gPgAUdx...", obtained from an
# earlier answer): plumbing the assistant passes on, never a thing a person says.
_OPAQUE = frozenset({"params", "param"})
_ALWAYS = _RESPONSE | _HEADERS | _CREDENTIALS | _LOCALES | _OPAQUE
# Controls only when their text names a serialisation or a sort: `format=pdf` converts a
# file, `order=ord_881` names an order. (`output_format` is what a conversion makes.)
_FORMATS = frozenset({"format", "fmt", "response_format", "responseformat", "return_format",
                      "data_format", "output", "response_type", "responsetype",
                      "content_type", "type"})
_ORDERS = frozenset({"order", "direction", "dir"})
# `key` is a credential when said so or when it reads as one; a song's key is "A minor".
_KEYS = frozenset({"key"})
_SERIALISATION = re.compile(r"\b(?:json|jsonp|xml|php|yaml|rss|atom)\b", re.I)
_SORTING = re.compile(r"\b(?:asc|desc|ascending|descending|sort|sorted|sorting|newest|oldest|"
                      r"relevance)\b", re.I)
_CREDENTIAL = re.compile(r"\b(?:api|access|auth|authentication|subscription|secret|token)\b"
                         r"|^(?=[^ ]*\d)[A-Za-z0-9_-]{12,}$", re.I)


def is_control(name: str, about: str = "") -> bool:
    """True when the argument `name` says how to answer rather than what (module doc).
    `about` is what is known of it besides its name: description, enum, default, value."""
    test = _test_of(name)
    return test if isinstance(test, bool) else test.search(about) is not None


@lru_cache(maxsize=16384)
def _test_of(name: str) -> bool | re.Pattern[str]:
    """What `is_control` needs of `name`: a verdict, or the pattern `about` must match.
    Cached by name alone: `about` often holds the sent value, and a cache keyed by values
    grows with the run (42,546 entries after 20,000 bundled records)."""
    nk = normalize_key(name)
    if nk in PAGING or nk in _ALWAYS:
        return True
    if nk in _FORMATS:
        return _SERIALISATION
    if nk in _ORDERS:
        return _SORTING
    if nk in _KEYS:
        return _CREDENTIAL
    return nk.endswith("_response") and nk.split("_")[0] in ("full", "summary", "raw", "short")


# What a search is for, and the bounds of a range: the request's, not each item's (a news
# article has no `q` and no `to`; a flight's `from` and `to` are its route).
_SEARCH_TEXT = frozenset({"q", "query", "search", "search_query", "searchquery", "keyword",
                          "keywords", "term", "search_term", "searchterm", "text_query"})
_BOUNDS = frozenset({"from_date", "to_date", "date_from", "date_to", "start_date",
                     "end_date", "since", "until", "min_date", "max_date", "before", "after"})
# Leading words of a filter's name: `includeIngredients`, `excludeCategoryId`,
# `searchInTitleByKeyword`, `filter`, `max_price`, `minimum_rating` choose items and
# `number_of_players` counts them; no item holds them.
_REQUEST_LEADS = ("min_", "max_", "minimum_", "maximum_", "number_of_", "include",
                  "exclude", "search", "filter", "boost", "only_", "hide_", "show_", "expand")
_DATED = re.compile(r"\b(?:date|dates|time|datetime|timestamp|iso ?8601|yyyy)\b", re.I)


def not_an_item_field(param: Parameter) -> bool:
    """`param` says what to search or how to answer, and no item of a list restates it:
    a control, the search text, a date bound (`from` only when a date), a `min_`/`max_`
    limit (`max_price` bounds the products, none has it), a count of them
    (`number_of_players`), a filter (`include...`, `exclude...`, `filter`)."""
    nk = normalize_key(param.name)
    if nk in _SEARCH_TEXT or nk in _BOUNDS or nk.startswith(_REQUEST_LEADS) or (
            "keyword" in nk):
        return True
    if nk in ("from", "to"):
        return _DATED.search(param.description) is not None
    return is_control_parameter(param)


def left_to_assistant(name: str, about: str = "") -> bool:
    """A control a person leaves unsaid (the assistant picks it): how the answer is written
    out, sorted or detailed, or an HTTP header; not a page, a language or a credential,
    which a person may say or which is never theirs to say."""
    nk = normalize_key(name)
    if nk in PAGING or nk in _LOCALES or nk in _CREDENTIALS or nk in _KEYS:
        return False
    return is_control(name, about)


def opaque_blob(name: str) -> bool:
    """A request's opaque blob (`params`): only an earlier answer or a default knows it."""
    return normalize_key(name) in _OPAQUE


def controlled_by_value(name: str) -> bool:
    """A name that is a control only for some values (`format`: json, not pdf; `order`:
    desc, not an order's id): what was sent decides."""
    nk = normalize_key(name)
    return nk in _FORMATS or nk in _ORDERS or nk in _KEYS


def is_paging(name: str) -> bool:
    """A page, a page size, an offset or a cursor: what a list's envelope may restate."""
    return normalize_key(name) in PAGING


def is_control_parameter(param: Parameter) -> bool:
    """`is_control` for an endpoint's parameter, read with its description, enum and
    default."""
    schema = param.json_schema if isinstance(param.json_schema, dict) else {}
    parts = [param.description, str(schema.get("description", ""))]
    parts.extend(str(v) for v in schema.get("enum") or ())
    if param.default is not None:
        parts.append(str(param.default))
    return is_control(param.name, " ".join(parts))
