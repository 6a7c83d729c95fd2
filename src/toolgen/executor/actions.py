"""What an endpoint does, read from its name, method, URL and parameters.

Owns three simple, documented inferences (computed once per endpoint and cached):

* action: `create` (create/add/book/reserve/order/place/register/submit..., or a POST
  without a read verb), `update` (update/edit/modify/patch/change/rename, or PUT/PATCH),
  `delete` (delete/remove/cancel/unsubscribe, or DELETE), `auth` (login/signin/token/
  refresh/authenticate), `get` (one record by id: get/details/info or an id parameter),
  `list` (list/search/find/browse/all, or anything else);
* entity: the noun the endpoint is about, first from its id parameters (`hotel_id` ->
  `hotel`), then from URL path segments (`/hotels/{id}` -> `hotel`), then from the nouns
  of its name (`search_hotels` -> `hotel`); `book*`/`reserve*` endpoints create a
  `booking`, `order*` ones an `order`;
* the pagination argument (`pagination_argument`): the parameter named like a cursor
  (cursor, page_token, next, after, continuation), else a page number, else an offset.

Never touches the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from toolgen.executor.acted_once import made_after_namespace, once_action
from toolgen.executor.calc_match import confirmed_calculation
from toolgen.executor.checked_one import ONE_THINGS, checks_one_value
from toolgen.executor.glued import unglue
from toolgen.executor.result_kinds import own_words_of
from toolgen.executor.values import STOP_WORDS, id_entity, normalize_key, singular
from toolgen.records import Endpoint
from toolgen.registry.english import misspelt

# The argument name the executor accepts as a cursor when an endpoint has none of its own:
# pass `{PAGINATION_FALLBACK_ARGUMENT: next_cursor}` to fetch the rest of a paginated list.
PAGINATION_FALLBACK_ARGUMENT = "cursor"

_CREATE = frozenset(
    {
        "create",
        "add",
        "book",
        "reserve",
        "order",
        "place",
        "register",
        "submit",
        "new",
        "insert",
        "post",
        "make",
        "schedule",
        "buy",
        "purchase",
        "subscribe",
        "signup",
        "upload",
        "send",
        "save",
        "broadcast",
        "publish",
    }
)
_UPDATE = frozenset({"update", "edit", "modify", "patch", "change", "rename", "set", "reschedule"})
# Undoing a relation is removing it: `unfollow_list` is no listing of "unfollows" (it was
# answered four unfollow records for one list, ToolBench seed 151 #15).
_DELETE = frozenset({"delete", "remove", "cancel", "unsubscribe", "destroy", "drop", "revoke",
                     "unfollow", "unlike", "unsave", "unpin", "unstar", "unblock", "unmute",
                     "unbookmark", "unwatch"})
_AUTH = frozenset(
    {"login", "signin", "logon", "token", "refresh", "authenticate", "auth", "oauth", "authorize"}
)
_READ = frozenset(
    {
        "get",
        "list",
        "search",
        "find",
        "fetch",
        "retrieve",
        "lookup",
        "query",
        "check",
        "calculate",
        "convert",
        "show",
        "view",
        "read",
        "browse",
        "validate",
        "verify",
        "detect",
        "analyze",
        "analyse",
        "translate",
        "predict",
        "compare",
        "estimate",
        "recommend",
        "suggest",
        "count",
        "info",
        "details",
        "detail",
        "track",
        "filter",
    }
)
_VERBS_ALL = _CREATE | _UPDATE | _DELETE | _READ | {"view", "fetch", "confirm", "dismiss"}
VERB_WORDS = _VERBS_ALL
"""Words that may lead a glued endpoint name ("fetchamatch": fetch a match)."""
_GET = frozenset({"details", "detail", "info", "information", "profile", "by_id", "byid"})
_LIST = frozenset({"list", "search", "find", "browse", "all", "query", "filter", "explore"})
# Singular nouns that hold many: a schedule of games, a collection of records.
_MANY = frozenset({"schedule", "collection", "recommend", "timeline"})

_CURSOR_NAMES = (
    "cursor",
    "next_cursor",
    "page_token",
    "next_page_token",
    "continuation",
    "continuation_token",
    "next_token",
    "after",
    "next",
    "starting_after",
    "start_cursor",
)
_PAGE_NAMES = ("page", "page_number", "page_no", "page_num", "pagenum", "pageno", "p")
_OFFSET_NAMES = ("offset", "skip", "start", "start_index", "from")

_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class EndpointInfo:
    """The inferences for one endpoint."""

    action: str
    entity: str
    id_params: tuple[tuple[str, str], ...]  # (argument name, entity; '' for a bare id)
    pagination_arg: str | None
    pagination_style: str | None  # "cursor", "page" or "offset"
    pagination_type: str | None  # JSON type of the pagination argument


_INFO: dict[str, tuple[Endpoint, EndpointInfo]] = {}


def endpoint_info(endpoint: Endpoint) -> EndpointInfo:
    """The cached inferences for `endpoint` (keyed by id, checked by identity)."""
    hit = _INFO.get(endpoint.id)
    if hit is not None and hit[0] is endpoint:
        return hit[1]
    info = _infer(endpoint)
    _INFO[endpoint.id] = (endpoint, info)
    return info


def pagination_argument(endpoint: Endpoint) -> str | None:
    """The endpoint's page / cursor / offset parameter, or None.

    When None, a paginated response is continued by passing
    `PAGINATION_FALLBACK_ARGUMENT` ("cursor") with the response's `next_cursor`.
    """
    return endpoint_info(endpoint).pagination_arg


def changes_data(endpoint: Endpoint) -> bool:
    """True when the endpoint's action or any word of its name creates, edits or deletes."""
    if endpoint_info(endpoint).action in ("create", "update", "delete", "auth"):
        return True
    return bool(set(_split_words(endpoint.name or endpoint.function_name))
                & (_CREATE | _UPDATE | _DELETE))


def is_auth_endpoint(endpoint: Endpoint) -> bool:
    """True for login / token / refresh endpoints: calling one clears an expired session."""
    return endpoint_info(endpoint).action == "auth"


def name_words(endpoint: Endpoint) -> list[str]:
    text = " ".join((endpoint.function_name, endpoint.name))
    return _WORD.findall(normalize_key(text))


_VERB_PREFIX = re.compile(
    r"^(get|list|search|find|create|add|update|delete|remove|cancel|fetch|retrieve|book)"
    r"([a-z]{3,})$"
)


def _split_words(text: str) -> list[str]:
    """Snake words, with a glued leading verb split off (`createcontact` -> create contact)."""
    return list(_split(text))


# A corpus repeats endpoint names ("Get User", "search"): each is split once.
@lru_cache(maxsize=1 << 15)
def _split(text: str) -> tuple[str, ...]:
    words = [part for w in _WORD.findall(normalize_key(text)) for part in unglue(w, _VERBS_ALL)]
    if words and (m := _VERB_PREFIX.match(words[0])):
        words = [m.group(1), m.group(2), *words[1:]]
    return tuple(words)


def endpoint_action(endpoint: Endpoint) -> str:
    """`endpoint_info(endpoint).action` alone (a scan of a whole corpus for state pairs
    needs the entity of few endpoints: the rest of the inferences is not worked out)."""
    hit = _INFO.get(endpoint.id)
    if hit is not None and hit[0] is endpoint:
        return hit[1].action
    return _words_and_action(endpoint)[2]


ActionFacts = tuple[list[str], tuple[tuple[str, str], ...], str]
"""(name words, id parameters with their entities, action): what the action is read from."""


def action_facts(endpoint: Endpoint) -> ActionFacts:
    """The facts `endpoint_info` reads the action from (`facts[2]` is the action), for a
    scan of a whole corpus that needs the entity of few endpoints (`entity_from`); the
    pagination inferences are not worked out."""
    return _words_and_action(endpoint)


def entity_from(endpoint: Endpoint, facts: ActionFacts) -> str:
    """`endpoint_info(endpoint).entity`, from the endpoint's `action_facts`."""
    return _entity(endpoint, *facts)


def _words_and_action(endpoint: Endpoint) -> ActionFacts:
    words = _split_words(endpoint.name or endpoint.function_name)
    if not words:
        words = _split_words(endpoint.function_name)
    id_params = tuple(
        (p.name, ent) for p in endpoint.parameters if (ent := id_entity(p.name)) is not None
    )
    action = _action(words, endpoint.method.upper(), id_params,
                     endpoint.description.split(":", 1)[-1])
    if action == "list" and checks_one_value(endpoint, list(words), _VERBS_ALL):
        action = "get"  # `verify_email`: one address's verdict (`checked_one`)
    if action == "create" and confirmed_calculation(endpoint, own_words_of(
            endpoint.function_name)):
        # `add(a, b)` adds two numbers: it reads a sum, it stores no record.
        action = "get"
    if action == "list" and (once := once_action(own_words_of(endpoint.function_name))):
        # `walmart_purchase`, `exchange_currency`, `claim_venue`: one result of doing it
        # (`acted_once`), not a listing of other purchases
        action = once
    return words, id_params, action


def _infer(endpoint: Endpoint) -> EndpointInfo:
    words, id_params, action = _words_and_action(endpoint)
    entity = _entity(endpoint, words, id_params, action)
    arg, style, jtype = _pagination(endpoint)
    return EndpointInfo(action, entity, id_params, arg, style, jtype)


def _new_things(words: list[str], method: str) -> bool:
    """`new_releases` (GET) lists what is new; `new_user`, `NewRequest` and `New Send SMS`
    make one."""
    rest = words[1:]
    return (method == "GET" and words[:1] == ["new"] and bool(rest)
            and not set(rest) & _VERBS_ALL and singular(rest[-1]) != rest[-1])


def _action(words: list[str], method: str, id_params: tuple[tuple[str, str], ...],
            description: str = "") -> str:
    if words in (["post"], ["get"]):
        # An endpoint named after its HTTP method ("Post": "Detect mental disorders in a
        # text") does what its description says.
        said = _split_words(description)[:1] or words
        if said[0] not in _CREATE | _UPDATE | _DELETE:
            return "get"
        words = said
    if method == "CALL":
        # A function's description is a sentence that opens with what it does ("Books a
        # hotel room ...", "Creates a query ..."); its name is often a noun phrase.
        opening = _opening(description)
        # "Sends a GET request to retrieve ...", "Makes an API call to ...": a read
        generic = opening in ("send", "make", "post", "submit") and bool(
            {"request", "call"} & set(_WORD.findall(description.lower())[:6]))
        for verbs, act in ((_CREATE, "create"), (_UPDATE, "update"), (_DELETE, "delete")):
            if opening in verbs and not generic:
                return act
    first = words[0] if words else ""
    wset = set(words)
    if wset & _AUTH or "sign_in" in "_".join(words) or "log_in" in "_".join(words):
        return "auth"
    if first in _DELETE or (method == "DELETE"):
        return "delete"
    if first in _UPDATE or method in ("PUT", "PATCH"):
        return "update"
    if first in _CREATE and not _new_things(words, method):
        return "create"
    if first in _READ or wset & _READ:
        if wset & _LIST:
            return "list"
        if wset & _GET or id_params:
            return "get"
        # Why: `get_weather_forecast` answers one thing, `get_hotels` a list of them; the
        # words after "by" are the lookup's key (`get_weather_by_coordinates`: one reading).
        asked = words[:words.index("by")] if "by" in words else words
        if first not in _READ:
            # BFCL's namespace comes before the verb: `sports_ranking_get_team_position`
            # reads one team's position, not a list of "sports" (BFCL seed 71 #11)
            verb = next((i for i, w in enumerate(asked) if w in _READ), len(asked))
            asked = asked[verb + 1:] or asked
        nouns = [w for w in asked if w not in STOP_WORDS and not w.isdigit()]
        return "list" if any((singular(w) != w and w not in ONE_THINGS) or w in _MANY
                             for w in nouns) else "get"
    if wset & _DELETE:
        return "delete"
    # A function (no HTTP method) names its verb after a namespace: `flight_book`,
    # `painting_create`, `concert_booking_book_ticket` make something.
    if wset & _CREATE and (method == "POST" or (method == "CALL" and not _reads(description))):
        return "create"
    if wset & _UPDATE and (method == "POST" or (method == "CALL" and not _reads(description))):
        return "update"  # `/polls/update` (POST), `thermostat_settings_set`
    if method == "POST" and _opening(description) in ("create", "add"):
        return "create"  # "Message Creation": "Create a new message."
    if wset & _GET or id_params:
        return "get"
    return "list"


def _opening(description: str) -> str:
    """The verb a description opens with, as a base form ("Retrieves" -> "retrieve")."""
    words = _WORD.findall(description.lower())[:4]
    if words[:1] == ["this"]:  # "This function creates a new ChartSeries ..."
        words = [w for w in words[2:] if w != "will"]
    first = words[0] if words else ""
    for cut in ("es", "s"):
        if first.endswith(cut) and first[: -len(cut)] in _VERBS_ALL:
            return first[: -len(cut)]
    return first


def _reads(description: str) -> bool:
    """The description opens with a read verb ("Retrieves the schedule of ...")."""
    return _opening(description) in _READ


def _entity(
    endpoint: Endpoint, words: list[str], id_params: tuple[tuple[str, str], ...], action: str
) -> str:
    first = words[0] if words else ""
    made = made_after_namespace(words) if first not in _VERBS_ALL else None
    if made is not None:
        return made  # `walmart_purchase` answers a purchase, not a Walmart (`acted_once`)
    # `hotel_booking`, `create_reservation`: what a booking endpoint makes is the booking
    # (its id is what a later "cancel the booking" needs), not the hotel booked
    if action == "create" and (first in ("book", "reserve") or _BOOKING_WORDS & set(words)):
        return "booking"
    if action == "create" and (first in ("order", "buy", "purchase") or words[1:2] == ["order"]):
        return "order"
    verbs = _VERBS_OF.get(action, frozenset())
    # The action's own verb is not the object: `place_order` is about an order.
    body = words[1:] if first in verbs and len(words) > 1 else words
    if first not in verbs and action in ("get", "list"):
        # past a namespace: `sports_ranking_get_team_position` is about a team's position,
        # not a sport (BFCL seed 71 #11)
        head = _object_head(words, verbs)
        body = [head] if head else body
    nouns = [singular(w) for w in body if w not in STOP_WORDS and not w.isdigit() and len(w) > 1]
    if action in ("get", "update", "delete"):
        for _, ent in id_params:
            if ent:
                return ent
    for seg in reversed(_path_segments(endpoint.url)):
        # A misspelt path (`/check_cecurity`) names nothing: the endpoint's name does.
        if seg not in STOP_WORDS and (not misspelt(seg) or singular(seg) in nouns):
            return singular(seg)
    if nouns:
        # Why the first noun: names read `search_hotels_by_city`, `get_user_posts_count`;
        # the object comes right after the verb.
        return nouns[0]
    for _, ent in id_params:
        if ent:
            return ent
    return normalize_key(endpoint.tool_name).split("_")[0] or "item"


def _object_head(words: list[str], verbs: frozenset[str]) -> str | None:
    """The noun a namespaced name reads past its namespace: the last noun of the phrase
    after the verb, before what it is looked up by (`sports_ranking_get_team_position`:
    position; `history_get_important_figures`: figures; `sculpture_locator_find_by_artist`
    and `parking_lot_find_nearest`: none, the namespace names it)."""
    verb = next((i for i, w in enumerate(words) if w in verbs and w not in _NOT_LEADS), None)
    if verb is None:
        return None
    phrase = []
    for w in words[verb + 1:]:
        if w in _LOOKED_UP_BY:
            break
        phrase.append(w)
    nouns = [w for w in phrase if w not in STOP_WORDS and w not in _QUALIFIERS
             and not w.isdigit() and len(w) > 1 and not w.endswith("est")]
    return nouns[-1] if nouns else None


_LOOKED_UP_BY = frozenset({"by", "in", "for", "per", "from", "with", "at", "on", "near", "of",
                           "under"})
_BOOKING_WORDS = frozenset({"book", "reserve", "booking", "reservation"})
# Read words that follow their object (`movie_details_brief`), and words after a verb that
# qualify what is found rather than name it (`grocery_store_find_best`,
# `restaurant_find_group`): the namespace names the thing then.
_NOT_LEADS = frozenset({"info", "details", "detail"})
_QUALIFIERS = frozenset({"best", "top", "nearby", "group", "brief", "recent", "new",
                         "popular", "all", "local", "upcoming", "current", "paged"})
_VERBS_OF: dict[str, frozenset[str]] = {
    "create": _CREATE, "update": _UPDATE, "delete": _DELETE, "get": _READ, "list": _READ}


_HOST = re.compile(r"^[A-Za-z]+://[^/]+")
_SNAKE_WORD = re.compile(r"[a-z_]+")
_VERSION_OR_API = re.compile(r"v\d+|api")


def _path_segments(url: str) -> list[str]:
    if not url:
        return []
    # Case is kept until normalize_key: `/createCompany` must read create_company.
    path = _HOST.sub("", url).split("?")[0]
    out = []
    for seg in path.split("/"):
        if not seg or "{" in seg or ":" in seg or seg.isdigit() or "." in seg:
            continue
        norm = normalize_key(seg)
        if norm and _SNAKE_WORD.fullmatch(norm) and not _VERSION_OR_API.fullmatch(norm):
            out.append(unglue(norm.split("_")[-1], _VERBS_ALL)[-1])  # /cancelreservation
    return out


def _pagination(endpoint: Endpoint) -> tuple[str | None, str | None, str | None]:
    by_norm: dict[str, tuple[str, Any]] = {}
    for p in endpoint.parameters:
        by_norm.setdefault(normalize_key(p.name), (p.name, p.json_schema))
    for style, names in (
        ("cursor", _CURSOR_NAMES),
        ("page", _PAGE_NAMES),
        ("offset", _OFFSET_NAMES),
    ):
        for n in names:
            if n in by_norm:
                name, schema = by_norm[n]
                jtype = schema.get("type") if isinstance(schema, dict) else None
                if isinstance(jtype, list):
                    jtype = next((t for t in jtype if t != "null"), None)
                if style == "offset" and jtype not in ("integer", "number"):
                    continue
                if style == "page" and n == "p" and jtype not in ("integer", "number"):
                    continue
                return name, style, jtype if isinstance(jtype, str) else None
    return None, None, None
