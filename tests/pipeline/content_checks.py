"""Believable-content checks over generated records, as a careful reader would make them.

Issue 12's "Done when" shares, each computed from the JSONL records alone (tool outputs,
call arguments, the offered tool schemas, the step trace and the user's words). This module
does not import toolgen: it only knows the record format and uses Faker's own word lists to
recognise Faker filler. Run it as a script to print the shares of one or more files:

    python tests/pipeline/content_checks.py out.jsonl [more.jsonl ...]
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from toolgen.executor.assistant_made import client_key
from toolgen.io.jsonl import full_dict

Rec = dict[str, Any]

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _faker_lists() -> tuple[frozenset[str], tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
    from faker.providers.company.en_US import Provider as Company
    from faker.providers.lorem.en_US import Provider as Lorem

    lorem = frozenset(w.lower() for w in Lorem.word_list)
    catch = tuple(frozenset(w.lower() for w in part) for part in Company.catch_phrase_words)
    bs = tuple(frozenset(w.lower() for w in part) for part in Company.bsWords)
    return lorem, catch, bs


LOREM, CATCH, BS = _faker_lists()


def norm(key: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", _CAMEL.sub("_", key).lower()).strip("_")


def strings(value: Any) -> Iterator[tuple[str, str]]:
    """(key, string) for every string leaf of a JSON value."""
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        key, node = stack.pop()
        if isinstance(node, dict):
            stack.extend((str(k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((key, v) for v in node)
        elif isinstance(node, str):
            yield key, node


def dicts(value: Any) -> Iterator[dict[str, Any]]:
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


# -- records --------------------------------------------------------------------------


def offered(record: Rec) -> dict[str, dict[str, Any]]:
    return {t["function"]["name"]: t["function"] for t in record.get("tools", [])}


def tool_messages(record: Rec) -> Iterator[tuple[str, Any]]:
    """(function name, parsed output) of every tool message."""
    for m in record["messages"]:
        if m["role"] == "tool":
            try:
                out = json.loads(m["content"])
            except (TypeError, ValueError):
                out = m["content"]
            yield m.get("name") or "", out


def calls(record: Rec) -> Iterator[tuple[dict[str, Any], str, dict[str, Any]]]:
    """(assistant message, function name, arguments) of every call, in order."""
    for m in record["messages"]:
        for tc in m.get("tool_calls") or ():
            try:
                args = json.loads(tc["function"]["arguments"])
            except ValueError:
                args = {}
            yield m, tc["function"]["name"], args if isinstance(args, dict) else {}


def user_text(record: Rec) -> str:
    return "\n".join(m["content"] or "" for m in record["messages"] if m["role"] == "user")


def is_error(output: Any) -> bool:
    return isinstance(output, dict) and "error" in output and len(output) <= 2


# -- 1. Faker filler ------------------------------------------------------------------


_LOREM_SHAPE = re.compile(r"^[A-Z][a-z]*(?: [a-z]+)+\.$")


def is_lorem_sentence(text: str) -> bool:
    """Faker's `sentence()`: capitalised lower-case words from its word list, one period."""
    if not _LOREM_SHAPE.match(text.strip()):
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    return len(words) >= 4 and all(w in LOREM for w in words) and text.rstrip().endswith(".")


def is_catch_phrase(text: str) -> bool:
    """Three words drawn in order from Faker's catch-phrase (or `bs`) word lists."""
    words = [w.lower() for w in text.split()]
    if len(words) != 3:
        return False
    return any(all(words[i] in lists[i] for i in range(3)) for lists in (CATCH, BS))


def filler_in_outputs(record: Rec) -> list[str]:
    found = []
    for _, out in tool_messages(record):
        for key, s in strings(out):
            if is_lorem_sentence(s) or is_catch_phrase(s):
                found.append(f"{key}={s!r}")
    return found


# -- 2. generic shapes ----------------------------------------------------------------

_PAGE_KEYS = frozenset({"page", "next_cursor", "has_more"})


def shape_of(output: Any) -> str:
    """Top-level keys (ids normalised) plus the keys of the first list of objects."""
    if isinstance(output, list):
        output = {"[]": output}
    if not isinstance(output, dict):
        return f"<{type(output).__name__}>"
    keys = []
    inner = ""
    for k, v in output.items():
        if k in _PAGE_KEYS:
            continue
        nk = norm(k)
        keys.append("ID" if nk.endswith("_id") or nk == "id" else nk)
        if not inner and isinstance(v, list) and v and isinstance(v[0], dict):
            inner = ",".join(sorted("ID" if norm(x).endswith("_id") else norm(x) for x in v[0]))
    return ",".join(sorted(keys)) + "|" + inner


def generic_shape_share(records: list[Rec]) -> tuple[float, str]:
    """Share of ok outputs whose shape is shared by 5+ different APIs (tool names)."""
    apis: dict[str, set[str]] = defaultdict(set)
    outs: list[str] = []
    for r in records:
        tools = offered(r)
        for name, out in tool_messages(r):
            if is_error(out):
                continue
            shape = shape_of(out)
            desc = tools.get(name, {}).get("description", "")
            # BFCL lists one function under several names (`flight_book_952378bb`): one API
            apis[shape].add(desc.split(":", 1)[0] if ":" in desc
                            else re.sub(r"_[0-9a-f]{8}$", "", name))
            outs.append(shape)
    generic = {s for s, a in apis.items() if len(a) >= 5}
    n = sum(1 for s in outs if s in generic)
    worst = max(generic, key=lambda s: len(apis[s]), default="")
    return (n / len(outs) if outs else 0.0), worst


# -- 3. date pairs ----------------------------------------------------------------------

_PAIRS = (
    ("start", "end"), ("check_in", "check_out"), ("checkin", "checkout"),
    ("departure", "arrival"), ("depart", "arrive"), ("from", "to"), ("begin", "end"),
    ("valid_from", "valid_to"), ("pickup", "dropoff"), ("arrival", "departure"),
    ("created", "updated"), ("since", "until"), ("min", "max"),
)


def _as_time(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        if len(value) == 10:
            return dt.datetime.fromisoformat(value)
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def _pair_key(nk: str, first: str, second: str) -> str | None:
    """The rest of a key once the pair word is removed (`check_in_date` -> `_date`)."""
    for word in (first,):
        if nk.startswith(word + "_") or nk == word:
            return "S" + nk[len(word):]
        if nk.endswith("_" + word):
            return nk[: -len(word)] + "E"
        if f"_{word}_" in nk:
            return nk.replace(f"_{word}_", "_X_", 1)
    return None


def date_pair_violations(obj: dict[str, Any]) -> list[str]:
    """Pairs like start/end or check_in/check_out where the second is before the first."""
    found = []
    keys = {norm(k): v for k, v in obj.items()}
    for first, second in _PAIRS:
        if (first, second) == ("arrival", "departure"):
            continue
        for nk, v in keys.items():
            rest = _pair_key(nk, first, second)
            if rest is None:
                continue
            for nk2, v2 in keys.items():
                if nk2 == nk or _pair_key(nk2, second, first) != rest:
                    continue
                a, b = _as_time(v), _as_time(v2)
                if a is not None and b is not None and b < a:
                    found.append(f"{nk}={v} after {nk2}={v2}")
    return found


def dates_out_of_order(record: Rec) -> list[str]:
    found = []
    for _, out in tool_messages(record):
        for d in dicts(out):
            found += date_pair_violations(d)
    for m, _, args in calls(record):
        if m.get("weight") == 0:
            continue
        found += date_pair_violations(args)
    return found


# -- 4. same-currency rates -------------------------------------------------------------

_FROM = ("from", "base", "source", "from_currency", "base_currency", "source_currency", "have")
_TO = ("to", "target", "to_currency", "target_currency", "quote", "quote_currency", "want")
_RATE = ("rate", "exchange_rate", "conversion_rate", "fx_rate")


def _currency(value: Any) -> str | None:
    return value.upper() if isinstance(value, str) and re.fullmatch(r"[A-Za-z]{3}", value) else None


def same_currency_rates(record: Rec) -> list[str]:
    found = []
    pending: dict[str, tuple[str, str]] = {}
    for m, name, args in calls(record):
        low = {norm(k): v for k, v in args.items()}
        a = next((_currency(low[k]) for k in _FROM if k in low), None)
        b = next((_currency(low[k]) for k in _TO if k in low), None)
        for tc in m.get("tool_calls") or ():
            if tc["function"]["name"] == name and a and b and a == b:
                pending[tc["id"]] = (a, b)
    for msg in record["messages"]:
        if msg["role"] != "tool":
            continue
        try:
            out = json.loads(msg["content"])
        except ValueError:
            continue
        for d in dicts(out):
            low = {norm(k): v for k, v in d.items()}
            a = next((_currency(low[k]) for k in _FROM if k in low), None)
            b = next((_currency(low[k]) for k in _TO if k in low), None)
            same = (a and b and a == b) or msg.get("tool_call_id") in pending
            if not same:
                continue
            for k in _RATE:
                v = low.get(k)
                if isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v - 1) > 1e-9:
                    found.append(f"{k}={v} for {a}->{b}")
    return found


# -- 5. stated ranges ----------------------------------------------------------------------

_RANGE = re.compile(
    r"(?:between|from|range(?:s)?(?: of| from)?|\()\s*(-?\d+(?:\.\d+)?)\s*(?:-|–|to|and)\s*"
    r"(-?\d+(?:\.\d+)?)\b|\b(-?\d+(?:\.\d+)?)\s*(?:-|–)\s*(\d+(?:\.\d+)?)\b(?![-/:])"
)


def stated_range(description: str) -> tuple[float, float] | None:
    """A numeric range the description states ("1-5", "between 0 and 100")."""
    if not description or re.search(r"\d{4}-\d{2}", description):
        return None
    m = _RANGE.search(description)
    if m is None:
        return None
    lo, hi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    a, b = float(lo), float(hi)
    return (a, b) if a < b else None


def out_of_range(record: Rec) -> list[str]:
    tools = offered(record)
    found = []
    for m, name, args in calls(record):
        if m.get("weight") == 0:
            continue
        props = tools.get(name, {}).get("parameters", {}).get("properties", {})
        for k, v in args.items():
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                continue
            spec = props.get(k, {})
            lo, hi = spec.get("minimum"), spec.get("maximum")
            below = isinstance(lo, (int, float)) and v < lo
            if below or (isinstance(hi, (int, float)) and v > hi):
                found.append(f"{name}.{k}={v} outside schema [{lo}, {hi}]")
                continue
            rng = stated_range(str(spec.get("description", "")))
            if rng is not None and not rng[0] <= v <= rng[1]:
                found.append(f"{name}.{k}={v} outside stated {rng}")
    return found


# -- 6. fresh entities --------------------------------------------------------------------

_CREATE_VERBS = ("create", "add", "book", "reserve", "place", "order", "submit", "register",
                 "new", "make", "schedule", "purchase", "buy", "open", "start", "post", "insert")
TERMINAL = frozenset({"refunded", "cancelled", "canceled", "completed", "delivered", "deleted",
                      "expired", "failed", "closed", "returned", "rejected", "declined",
                      "archived", "finished", "voided", "shipped", "done", "resolved"})


def _verb(name: str) -> str:
    return norm(name).split("_")[0]


def terminal_after_create(record: Rec) -> list[str]:
    found = []
    names = {}
    for m in record["messages"]:
        for tc in m.get("tool_calls") or ():
            names[tc["id"]] = tc["function"]["name"]
    for msg in record["messages"]:
        if msg["role"] != "tool":
            continue
        name = names.get(msg.get("tool_call_id") or "", msg.get("name") or "")
        if _verb(name) not in _CREATE_VERBS:
            continue
        try:
            out = json.loads(msg["content"])
        except ValueError:
            continue
        if isinstance(out, dict):
            for k, v in out.items():
                if "status" in norm(k) and isinstance(v, str) and v.lower() in TERMINAL:
                    found.append(f"{name}: {k}={v}")
    return found


_FROM_CURRENCY = ("from_currency", "base_currency", "source_currency")
_TO_CURRENCY = ("to_currency", "target_currency", "quote_currency")


def same_currency_conversions(record: Rec) -> list[str]:
    """A conversion or rate asked from a currency into the same one (22.5 EUR -> EUR)."""
    found = []
    for m in record["messages"]:
        for tc in m.get("tool_calls") or ():
            try:
                args = json.loads(tc["function"]["arguments"])
            except ValueError:
                continue
            if not isinstance(args, dict):
                continue
            lower = {norm(k): v for k, v in args.items()}
            a = next((lower[k] for k in _FROM_CURRENCY if isinstance(lower.get(k), str)), None)
            b = next((lower[k] for k in _TO_CURRENCY if isinstance(lower.get(k), str)), None)
            if a is not None and b is not None and a.upper() == b.upper():
                found.append(f"{tc['function']['name']}: {a} -> {b}")
    return found


# -- 7. identifying values from defaults --------------------------------------------------


def identifying(name: str, spec: dict[str, Any]) -> bool:
    nk = norm(name)
    if nk in ("id", "ids", "email", "account", "quantity", "qty") or nk.endswith(
            ("_id", "_ids", "_email", "email_address", "_account", "account_id", "_uuid")):
        return True
    if "email" in nk:
        return True
    return spec.get("type") == "array" and any(w in nk for w in ("item", "ids", "product"))


def _text_forms(value: Any) -> list[str]:
    if isinstance(value, list):
        return [f for v in value for f in _text_forms(v)]
    if isinstance(value, bool) or value is None:
        return [json.dumps(value)]
    return [str(value)]


def defaults_passed_off(record: Rec) -> list[str]:
    tools = offered(record)
    said = user_text(record).lower()
    found = []
    for step in record.get("step_trace", []):
        props = tools.get(step["function_name"], {}).get("parameters", {}).get("properties", {})
        for name, arg in step["arguments"].items():
            spec = props.get(name, {})
            if not identifying(name, spec) or arg["source"] in ("tool_output", "injected"):
                continue
            if client_key(name, str(spec.get("description", ""))):
                continue  # a client's request id: the assistant makes it (`assistant_made`)
            value = arg["value"]
            from_default = arg["source"] == "default" or (
                "default" in spec and spec["default"] == value)
            if not from_default:
                continue
            forms = _text_forms(value)
            if not forms or not all(f.lower() in said for f in forms):
                found.append(f"{step['function_name']}.{name}={value!r} ({arg['source']})")
    return found


# -- 8. pagination --------------------------------------------------------------------------

MUTATING_VERBS = ("create", "add", "book", "reserve", "place", "order", "submit", "register",
                  "update", "edit", "modify", "patch", "change", "delete", "remove", "cancel",
                  "set", "send", "post", "insert", "upload", "buy", "purchase", "pay", "put")


def pagination_problems(record: Rec) -> tuple[int, list[str]]:
    """(paginated answers, problems): the follow-up must pass the cursor through a declared
    parameter, and calls that change data are never paginated."""
    tools = offered(record)
    seq: list[tuple[str, str, dict[str, Any]]] = []
    outputs: dict[str, Any] = {}
    for m in record["messages"]:
        for tc in m.get("tool_calls") or ():
            try:
                args = json.loads(tc["function"]["arguments"])
            except ValueError:
                args = {}
            seq.append((tc["id"], tc["function"]["name"], args if isinstance(args, dict) else {}))
        if m["role"] == "tool":
            with contextlib.suppress(ValueError):
                outputs[m["tool_call_id"]] = json.loads(m["content"])
    n, found = 0, []
    for i, (cid, name, _) in enumerate(seq):
        out = outputs.get(cid)
        if not (isinstance(out, dict) and out.get("has_more") is True and "next_cursor" in out):
            continue
        n += 1
        cursor = out["next_cursor"]
        if _verb(name) in MUTATING_VERBS:
            found.append(f"{name} (changes data) is paginated")
        found.extend(f"{name}: {p}" for p in _page_contradictions(seq[i][2], out))
        declared = tools.get(name, {}).get("parameters", {}).get("properties", {})
        nxt = next((a for c, nm, a in seq[i + 1:] if nm == name), None)
        if nxt is None:
            continue
        used = [k for k, v in nxt.items() if v == cursor or str(v) == str(cursor)]
        if not used:
            found.append(f"{name}: follow-up does not pass the cursor {cursor!r}")
        elif not any(k in declared for k in used):
            found.append(f"{name}: cursor passed as undeclared {used}")
    return n, found


_ASKED_SIZE = ("limit", "per_page", "perPage", "page_size", "pageSize", "max_results",
               "maxResults", "count")
_SAYS_PAGE = ("current_page", "currentPage", "page_number", "pageNumber")


def _page_contradictions(args: dict[str, Any], out: dict[str, Any]) -> list[str]:
    """What a reviewer sees on a page that says more follows: fewer items than the call
    asked for, or a page-info object that puts the page elsewhere."""
    shown = max((len(v) for v in out.values() if isinstance(v, list)), default=0)
    found = []
    for key in _ASKED_SIZE:
        asked = args.get(key)
        if isinstance(asked, str) and asked.isdigit():
            asked = int(asked)
        if isinstance(asked, int) and not isinstance(asked, bool) and shown < asked:
            found.append(f"asked for {key}={asked}, shown {shown} with more to come")
    infos = [out, *(v for v in out.values() if isinstance(v, dict))]
    for info in infos:
        for key in _SAYS_PAGE:
            said = info.get(key)
            if said is not None and str(said) != str(out.get("page")):
                found.append(f"{key}={said} on page {out.get('page')}")
    return found


# -- 9. cross-tool links --------------------------------------------------------------------

_VALUE_KINDS = frozenset({
    "city", "country", "country_code", "currency", "email", "language", "lang", "timezone",
    "date", "postcode", "zip", "zip_code", "latitude", "longitude", "lat", "lng", "lon",
    "locale", "symbol", "ticker", "address", "phone", "url", "query", "keyword", "name",
    "amount",  # a price paid or converted elsewhere: the reservation's total, the refund
})
_STOP = frozenset(
    [
        "api", "apis", "the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "by", "with",
        "from", "get", "data", "info", "information", "service", "services", "free", "simple",
        "easy", "fast", "best", "all", "your", "you", "this", "that", "is", "are", "it", "its",
        "provides", "provide", "using", "use", "used", "real", "time", "realtime", "search", "find",
        "list", "json", "rest", "more", "any", "about", "over", "than", "via", "into", "can",
        "will", "be", "as", "at", "we", "our", "us", "app", "tool", "tools", "access", "query",
        "lookup", "details", "detail", "id", "ids", "new", "v1", "v2", "v3", "endpoint", "endpoints"
    ])


def _words(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(_CAMEL.sub(" ", text)):
        w = w.lower()
        if len(w) > 2 and w not in _STOP:
            out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return out


_REF_WORDS = frozenset({"id", "ids", "uuid", "code", "number", "key", "ref", "no"})


def _category(endpoint_id: str) -> str | None:
    """The corpus category of an endpoint id; BFCL ids carry a file name, not a category."""
    first = endpoint_id.split("/", 1)[0]
    return None if first.upper().startswith("BFCL") else first


def _same_kind(src: dict[str, Any], dst: dict[str, Any], path: str, pname: str,
               tools: dict[str, dict[str, Any]]) -> bool:
    """Both tools deal in the entity the argument names, in the same domain."""
    da = _words(tools.get(src["function_name"], {}).get("description", "")) | _words(
        src["function_name"]) | _words(path)
    db = _words(tools.get(dst["function_name"], {}).get("description", "")) | _words(
        dst["function_name"]) | _words(pname)
    ent = _words(pname) - _REF_WORDS
    if not ent or not (ent & da and ent & db):
        return False
    ca, cb = _category(src["endpoint_id"]), _category(dst["endpoint_id"])
    if ca is not None and cb is not None:
        return ca == cb
    both_named = ent & _words(src["function_name"]) and ent & _words(dst["function_name"])
    return bool(both_named) or bool((da & db) - ent)


def cross_tool_links(record: Rec) -> list[tuple[str, str, str, str, bool]]:
    """(source endpoint, target endpoint, source path, target param, related?) per link
    between two different tools. Related: a value kind anyone can pass on (city,
    currency...), or the same category and a shared word in the two tools' descriptions."""
    tools = offered(record)
    steps = {s["call_id"]: s for s in record.get("step_trace", [])}
    links = []
    for s in record.get("step_trace", []):
        for pname, arg in s["arguments"].items():
            if arg["source"] != "tool_output" or arg.get("call_id") not in steps:
                continue
            src = steps[arg["call_id"]]
            a_tool = src["endpoint_id"].rsplit("/", 1)[0]
            b_tool = s["endpoint_id"].rsplit("/", 1)[0]
            if a_tool == b_tool:
                continue
            leaf = norm(re.sub(r"\[\d+\]", "", arg.get("path") or "").rsplit(".", 1)[-1])
            related = norm(pname) in _VALUE_KINDS or leaf in _VALUE_KINDS or _same_kind(
                src, s, arg.get("path") or "", pname, tools)
            links.append((src["endpoint_id"], s["endpoint_id"], arg.get("path") or "",
                          pname, related))
    return links


# -- summary ----------------------------------------------------------------------------------


def shares(records: list[Rec]) -> dict[str, float]:
    n = len(records) or 1

    def share(check: Any) -> float:
        return sum(1 for r in records if check(r)) / n

    pages = [pagination_problems(r) for r in records]
    paged = sum(p[0] for p in pages)
    links = [link for r in records for link in cross_tool_links(r)][:100]
    generic, _ = generic_shape_share(records)
    return {
        "records with Faker filler in outputs": share(filler_in_outputs),
        "outputs of a generic shape shared by 5+ APIs": generic,
        "records with a date pair out of order": share(dates_out_of_order),
        "records with a same-currency rate != 1": share(same_currency_rates),
        "records with a numeric argument outside its stated range": share(out_of_range),
        "records with a terminal status on a new entity": share(terminal_after_create),
        "records with an id/email/item list from a schema default": share(defaults_passed_off),
        "paginated answers": float(paged),
        "paginated answers with a bad follow-up or on a mutating call": (
            sum(len(p[1]) for p in pages) / paged if paged else 0.0),
        "cross-tool links sampled": float(len(links)),
        "sampled cross-tool links between unrelated kinds": (
            sum(1 for x in links if not x[4]) / len(links) if links else 0.0),
    }


def load(path: str) -> list[Rec]:
    with open(path, encoding="utf-8") as f:
        return [full_dict(json.loads(line)) for line in f if line.strip()]


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(p)
        for k, v in shares(load(p)).items():
            print(f"  {k:62s} {v:8.3f}")


# -- outputs that contradict their call ----------------------------------------------------

# A reader's synonyms: an argument under any of these names and an output field under any
# other name of the same group state the same thing.
SAME_THING = (
    frozenset({"origin", "from_city", "departure_city", "departure_location", "origin_city",
               "from_location", "from_airport", "origin_airport", "departure_airport"}),
    frozenset({"destination", "to_city", "arrival_city", "destination_location",
               "destination_city", "to_location", "arrival_location", "to_airport",
               "destination_airport", "arrival_airport"}),
    frozenset({"currency", "currency_code"}),
    frozenset({"passenger_name", "passenger", "traveler_name"}),
    frozenset({"customer_name", "customer"}),
    frozenset({"quantity", "qty"}),
)
_DAY_ARGS = frozenset({"date", "departure_date", "travel_date", "flight_date"})
_DAY_FIELDS = frozenset({"departure_time", "departure_date", "departure", "date"})


def _form(value: Any) -> str:
    if isinstance(value, str):
        return "code" if len(value) == 3 and value.isupper() else "text"
    return type(value).__name__


def outputs_contradicting_arguments(record: Rec) -> list[str]:
    """Output fields that restate an argument (same name or a synonym) with another value:
    a flight booked Warsaw -> Sao Paulo answered by a Warsaw -> Barcelona flight, or a
    departure on another day than the one asked. Search results are checked item by item;
    only fields of the same form are compared (an airport code is not a city)."""
    outs = {m.get("tool_call_id"): m for m in record["messages"] if m["role"] == "tool"}
    problems = []
    for m in record["messages"]:
        for tc in m.get("tool_calls") or ():
            tool = outs.get(tc["id"])
            try:
                args = json.loads(tc["function"]["arguments"])
                out = json.loads(tool["content"]) if tool else None
            except (TypeError, ValueError):
                continue
            if not isinstance(args, dict) or out is None or is_error(out):
                continue
            given = {norm(k): v for k, v in args.items()
                     if isinstance(v, (str, int, float)) and not isinstance(v, bool)}
            day = next((v[:10] for k, v in given.items() if k in _DAY_ARGS
                        and isinstance(v, str) and re.match(r"\d{4}-\d{2}-\d{2}", v)), None)
            ids = {k: v for k, v in given.items() if k == "id" or k.endswith("_id")}
            for obj in dicts(out):
                if any(ids.get(norm(k), v) != v for k, v in obj.items()):
                    continue  # another item beside the one asked for (a cart's other line)
                for key, value in obj.items():
                    nk = norm(key)
                    for group in SAME_THING:
                        asked = [v for k, v in given.items() if k in group]
                        if (nk in group and asked and _form(value) == _form(asked[0])
                                and value not in asked):
                            problems.append(f"{tc['function']['name']}: {key}={value!r} "
                                            f"but the call asked {asked[0]!r}")
                    if (day and nk in _DAY_FIELDS and isinstance(value, str)
                            and re.match(r"\d{4}-\d{2}-\d{2}", value) and value[:10] != day
                            and not any(k in _DAY_FIELDS - _DAY_ARGS for k in given)):
                        problems.append(f"{tc['function']['name']}: {key}={value!r} "
                                        f"but the call asked for {day}")
    return problems


# -- arguments drawn from the endpoint's own name ---------------------------------------------

_SEARCHED = frozenset({"q", "query", "keyword", "keywords", "search", "term", "topic", "text",
                       "searchterm", "search_term", "tag", "tags", "prompt", "input", "phrase"})


def _name_stems(function_name: str) -> set[str]:
    words = re.findall(r"[a-z]+", _CAMEL.sub(" ", function_name).lower().replace("_", " "))
    return {w[:5] for w in words if len(w) >= 3}


def endpoint_words_as_values(record: Rec) -> list[str]:
    """Values the user stated (trace source user or clarification) that are one lowercase word
    of the called function's own name, tool part included (`ticket="openload"` for
    `get_download_link_for_openload`, `bucket="upload"`), outside search parameters and not
    offered by the parameter's own description or enum."""
    tools = offered(record)
    problems = []
    for s in record.get("step_trace", []):
        fn = s["function_name"]
        props = tools.get(fn, {}).get("parameters", {}).get("properties", {})
        stems = _name_stems(fn)
        for pname, arg in s["arguments"].items():
            v = arg["value"]
            if arg["source"] not in ("user", "clarification") or not isinstance(v, str):
                continue
            if norm(pname) in _SEARCHED or not re.fullmatch(r"[a-z]{3,}", v):
                continue
            spec = props.get(pname, {})
            own = (str(spec.get("description", "")) + " " + " ".join(
                map(str, spec.get("enum", [])))).lower()
            if v[:5] in stems and v not in own:
                problems.append(f"{fn}.{pname}={v!r}")
    return problems


# -- ids of generic entities carried between two services ------------------------------------

_GENERIC = frozenset({"user", "file", "item", "account", "profile", "member", "customer",
                      "owner", "author", "folder", "collection", "list", "document", "post",
                      "comment", "message", "media", "image", "photo", "object", "id"})
_NOT_A_SERVICE = frozenset({"free", "api", "simple", "unofficial", "official", "the", "v1", "v2",
                            "data", "real", "time", "bfcl", "get", "open"})


def _service(endpoint_id: str) -> str:
    parts = endpoint_id.split("/")
    tool = parts[-2] if len(parts) >= 3 else parts[0]
    words = [w for w in re.split(r"[^a-z0-9]+", tool.lower())
             if w and w not in _NOT_A_SERVICE and not re.fullmatch(r"[0-9a-f]{6,}", w)]
    return words[0] if words else tool.lower()


def _said(tools: dict[str, dict[str, Any]], step: Rec, param: str) -> list[str]:
    """The words of the offered description of `step`'s argument `param`."""
    props = (tools.get(step.get("function_name", ""), {}).get("parameters") or {}).get(
        "properties") or {}
    said = (props.get(param) or {}).get("description") or ""
    return re.findall(r"[a-z0-9]+", str(said).lower())


def _id_entity(key: str) -> str | None:
    words = norm(key).split("_")
    if words[-1] not in ("id", "ids", "uuid"):
        return None
    return words[-2].rstrip("s") if len(words) > 1 else "id"


def generic_ids_across_services(record: Rec) -> list[str]:
    """Links (trace source tool_output) that carry the id of a generic entity (a user, a
    file, an item, a bare id) from one service to another: a Foursquare user id is no
    TikTok user id. An argument whose offered description names the source's service
    ("ShopLine user id") says it takes that service's ids."""
    steps = {s["call_id"]: s for s in record.get("step_trace", [])}
    tools = offered(record)
    problems = []
    for s in record.get("step_trace", []):
        for pname, arg in s["arguments"].items():
            src = steps.get(arg.get("call_id") or "")
            if arg["source"] != "tool_output" or src is None:
                continue
            service = _service(src["endpoint_id"])
            if service == _service(s["endpoint_id"]) or service in _said(tools, s, pname):
                continue
            leaf = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", arg.get("path") or "")
            kinds = {_id_entity(pname), _id_entity(leaf[-1]) if leaf else None}
            if kinds & _GENERIC:
                problems.append(f"{src['function_name']} {arg.get('path')} -> "
                                f"{s['function_name']}.{pname}")
    return problems


# -- values worded as dependent but not derived -------------------------------------------------

_AMOUNTS = ("amount", "total", "total_amount", "total_price", "price", "value")
_AMOUNT_ARGS = frozenset({*_AMOUNTS, "payment_amount"})


def _object_at(output: Any, path: str) -> Any:
    node = output
    for name, index in re.findall(r"\.([A-Za-z_]\w*)|\[(\d+)\]", path.lstrip("$")):
        if name and isinstance(node, dict):
            node = node.get(name)
        elif index and isinstance(node, list) and int(index) < len(node):
            node = node[int(index)]
        else:
            return None
    return node


def amounts_not_derived(record: Rec) -> list[str]:
    """Calls that take their currency from an earlier result but an amount the user made up,
    while that result states its own amount beside the currency ("pay for it" after a
    39.90 delivery, paying 17.41)."""
    outputs = {}
    for m in record["messages"]:
        if m["role"] == "tool":
            with contextlib.suppress(TypeError, ValueError):
                outputs[m.get("tool_call_id")] = json.loads(m["content"])
    problems = []
    for s in record.get("step_trace", []):
        args = s["arguments"]
        cur = next((a for k, a in args.items() if a["source"] == "tool_output"
                    and "currency" in norm(k)), None)
        amount = next(((k, a) for k, a in args.items() if norm(k) in _AMOUNT_ARGS
                       and a["source"] in ("user", "clarification")), None)
        if cur is None or amount is None:
            continue
        parent = (cur.get("path") or "").rsplit(".", 1)[0]
        obj = _object_at(outputs.get(cur.get("call_id")), parent)
        stated = [obj[f] for f in _AMOUNTS if isinstance(obj, dict)
                  and isinstance(obj.get(f), (int, float))]
        if stated and amount[1]["value"] not in stated:
            problems.append(f"{s['function_name']}.{amount[0]}={amount[1]['value']} while "
                            f"its currency comes from a result of {stated[0]}")
    return problems


# -- names glued from a city and a noun; seats booked twice --------------------------------------

CITIES = frozenset(re.findall(r"\S+", """
Amsterdam Athens Auckland Austin Bangkok Barcelona Berlin Bogota Boston
Brussels Budapest Buenos_Aires Cairo Cape_Town Chicago Copenhagen Dallas Denver Dubai Dublin
Edinburgh Helsinki Hong_Kong Istanbul Jakarta Johannesburg Kyoto Lagos Lima Lisbon London
Los_Angeles Madrid Manila Melbourne Mexico_City Miami Milan Montreal Moscow Mumbai Munich Nairobi
New_York Osaka Oslo Paris Porto Prague Rio_de_Janeiro Rome San_Francisco Santiago Sao_Paulo Seattle
Seoul Shanghai Singapore Stockholm Sydney Taipei Tokyo Toronto Vancouver Vienna Warsaw Zurich
Delhi Bangalore Hamburg Lyon Marseille Seville Valencia Krakow Florence Venice Naples"""))
_CITY_NAMED_NOUNS = frozenset({"station", "airport", "stop", "port", "terminal", "branch",
                               "region", "district", "route", "area", "zone", "office", "fc",
                               "united", "city", "marathon", "chess",
                               "derby"})  # the Manchester Derby is named after its city
_NAME_KEYS = frozenset({"name", "title", "label", "display_name"})
# `passenger_name="Sydney Freeman"` is a person; `city_name="New York"` is the city itself.
_PEOPLE_AND_PLACES = frozenset({"full", "team", "passenger", "customer", "guest", "user",
                                "player", "author", "first", "last", "person", "city", "country",
                                "place", "location", "holder", "owner", "contact"})


def city_glued_names(record: Rec) -> list[str]:
    """Output names that are a city pool entry glued to a noun ("Copenhagen Request", "Milan
    Event", "New York Clinic"), except places named after their city (a station, a branch)
    and a name the user gave (BFCL's `update_user_info` for "Sydney Burns")."""
    cities = {c.replace("_", " ") for c in CITIES}
    given = user_text(record)
    problems = []
    for fn, out in tool_messages(record):
        for obj in dicts(out):
            for key, value in obj.items():
                nk = norm(key)
                if (nk.rsplit("_", 1)[-1] not in _NAME_KEYS or not isinstance(value, str)
                        or nk.split("_")[0] in _PEOPLE_AND_PLACES or value in given):
                    continue
                words = value.split()
                for n in (1, 2, 3):
                    head, rest = " ".join(words[:n]), words[n:]
                    if (head in cities and len(rest) == 1 and rest[0][:1].isupper()
                            and rest[0].lower() not in _CITY_NAMED_NOUNS):
                        problems.append(f"{fn}: {key}={value!r}")
    return problems


def repeated_seats(record: Rec) -> list[str]:
    """One answer listing the same seat twice (a seat map or a booking with 14C, 14C)."""
    problems = []
    for fn, out in tool_messages(record):
        for obj in dicts(out):
            for key, value in obj.items():
                if not isinstance(value, list):
                    continue
                if "seat" in norm(key) and all(isinstance(v, str) for v in value):
                    seats = value
                else:
                    seats = [v.get(k) for v in value if isinstance(v, dict) for k in v
                             if norm(k) in ("seat", "seat_number") and isinstance(v.get(k), str)]
                if len(seats) != len(set(seats)):
                    problems.append(f"{fn}: {key} lists {sorted(seats)}")
    return problems


# -- values a reader does not believe: scales, repeats, places, placeholders --------------------

def _numbers(value: Any, key: str = "") -> Iterator[tuple[str, float]]:
    """(snake key, number) for every numeric leaf (booleans are not numbers)."""
    stack: list[tuple[str, Any]] = [(key, value)]
    while stack:
        k, node = stack.pop()
        if isinstance(node, dict):
            stack.extend((norm(str(kk)), v) for kk, v in node.items())
        elif isinstance(node, list):
            stack.extend((k, v) for v in node)
        elif isinstance(node, (int, float)) and not isinstance(node, bool):
            yield k, float(node)


# (test on the snake key's parts, lowest and highest believable value), first match wins.
# A careful reader's common sense, not a generator's table: a rating is out of 5 or 10, a
# share is out of 100, nobody is 140 years old, a recipe does not serve 980.
_SCALES: tuple[tuple[Any, float, float, str], ...] = (
    (lambda p: p[-1] in ("latitude", "lat"), -90, 90, "latitude"),
    (lambda p: p[-1] in ("longitude", "lng", "lon", "long"), -180, 180, "longitude"),
    (lambda p: p[-1] in ("servings", "serves", "portions", "yield") and "recipe" not in p,
     1, 50, "servings"),
    (lambda p: ("rating" in p or "stars" in p)
     and not set(p) & {"count", "counts", "total", "num", "number", "votes", "reviews"},
     0, 10, "rating"),
    (lambda p: set(p) & {"percent", "percentage", "pct", "efficiency", "humidity",
                          "occupancy", "utilization", "utilisation", "accuracy"}
     and not set(p) & {"change", "growth", "diff", "delta", "return", "gain", "loss"},
     0, 100, "percentage"),
    (lambda p: p[-1] in ("probability", "confidence", "likelihood"), 0, 100, "probability"),
    (lambda p: p[-1] == "age" or p[-2:] == ["age", "years"], 0, 120, "age"),
    (lambda p: "temperature" in p or p[-1] in ("temp", "temp_c", "temp_f"), -90, 140,
     "temperature"),
    (lambda p: p[-1] == "month", 1, 12, "month"),
    (lambda p: p[-1] in ("hour", "hours_of_day"), 0, 23, "hour"),
)


def _scale(key: str) -> tuple[float, float, str] | None:
    parts = key.split("_") if key else [""]
    for test, lo, hi, label in _SCALES:
        if test(parts):
            return lo, hi, label
    return None


def out_of_scale_numbers(record: Rec) -> list[str]:
    """Numbers outside the scale their field's name implies (a rating of 37, efficiency 514%,
    a meal for 980, latitude 120), in tool outputs and in call arguments."""
    problems = []
    sources: list[tuple[str, Any]] = [(f"{fn} output", out) for fn, out in tool_messages(record)]
    sources += [(f"{fn} arguments", args) for _, fn, args in calls(record)]
    for where, value in sources:
        for key, number in _numbers(value):
            scale = _scale(key)
            if scale is not None and not scale[0] <= number <= scale[1]:
                problems.append(f"{where}: {scale[2]} {key}={number:g}")
    return problems


_NARROW_ARGS = frozenset({"name", "full_name", "first_name", "last_name", "email", "username",
                          "phone", "person", "individual", "entity_name", "passport", "ssn",
                          "tax_id", "cpf", "cnpj", "cep", "vin", "isbn", "imei", "domain",
                          "ip", "ip_address", "url", "barcode", "upc", "ean", "tracking_number"})
_TOTAL_KEYS = frozenset({"total", "total_count", "total_results", "count", "num_results",
                         "results_count", "total_items", "found", "matches", "hits"})
_PAGING = frozenset({"page", "offset", "cursor", "next_cursor", "next_page", "has_more",
                     "next_page_token", "page_token", "skip", "start"})


def totals_dwarfing_the_page(record: Rec) -> list[str]:
    """A list answer whose total dwarfs what one lookup can match: a sanctions scan of one
    name (or email, phone, document number, URL) with "602 matches" over 3 items, 381 results
    for an unpaginated page that was not full (fewer items than the limit), or any
    unpaginated list of 3 "out of 989" (more than 25 times what it shows)."""
    problems = []
    asked = [(fn, args) for _, fn, args in calls(record)]
    outputs = list(tool_messages(record))
    for (fn, out), (_, args) in zip(outputs, asked, strict=False):
        if not isinstance(out, dict):
            continue
        nargs = {norm(k): v for k, v in args.items()}
        narrow = any(k in _NARROW_ARGS for k in nargs)
        limit = next((v for k, v in nargs.items() if k in ("limit", "page_size", "per_page",
                                                             "size", "max_results", "count")
                      and isinstance(v, int) and not isinstance(v, bool)), None)
        paged = bool(_PAGING & set(nargs)) or bool(_PAGING & {norm(k) for k in out})
        lists = [v for v in out.values() if isinstance(v, list) and v
                 and all(isinstance(x, dict) for x in v)]
        if len(lists) != 1:
            continue
        n = len(lists[0])
        for key, total in out.items():
            if norm(key) not in _TOTAL_KEYS or not isinstance(total, int) or isinstance(
                    total, bool):
                continue
            if narrow and not paged and total > max(20, 5 * n):
                problems.append(f"{fn}: {key}={total} for {n} item(s) of a narrow lookup")
            elif not paged and limit is not None and n < limit and total > n:
                problems.append(f"{fn}: {key}={total} but the page of {limit} holds {n}")
            elif not paged and total > max(50, 25 * n):
                problems.append(f"{fn}: {key}={total} for an unpaginated list of {n}")
    return problems


_LIST_NAME_KEYS = frozenset({"name", "title", "full_name", "display_name", "username",
                             "email", "label"})


def duplicate_names_in_lists(record: Rec) -> list[str]:
    """One list naming two of its items alike ("Hotel Lumiere" twice among two hotels)."""
    problems = []
    for fn, out in tool_messages(record):
        for node in _lists(out):
            items = [x for x in node if isinstance(x, dict)]
            if len(items) < 2:
                continue
            for key in items[0]:
                if norm(key) not in _LIST_NAME_KEYS:
                    continue
                values = [x.get(key) for x in items if isinstance(x.get(key), str)]
                seen = {v for v in values if values.count(v) > 1}
                if seen:
                    problems.append(f"{fn}: {key} {sorted(seen)[0]!r} twice in one list")
    return problems


def _lists(value: Any) -> Iterator[list[Any]]:
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            yield node
            stack.extend(node)


# Well-known cities and the country they are in; country names, ISO codes and dial codes.
_CITY_COUNTRY = {
    "lisbon": "PT", "porto": "PT", "madrid": "ES", "barcelona": "ES", "seville": "ES",
    "valencia": "ES", "paris": "FR", "lyon": "FR", "marseille": "FR", "berlin": "DE",
    "munich": "DE", "hamburg": "DE", "amsterdam": "NL", "rome": "IT", "milan": "IT",
    "florence": "IT", "venice": "IT", "naples": "IT", "vienna": "AT", "dublin": "IE",
    "london": "GB", "edinburgh": "GB", "manchester": "GB", "zurich": "CH", "geneva": "CH",
    "stockholm": "SE", "copenhagen": "DK", "oslo": "NO", "helsinki": "FI", "warsaw": "PL",
    "krakow": "PL", "prague": "CZ", "budapest": "HU", "athens": "GR", "brussels": "BE",
    "istanbul": "TR", "moscow": "RU", "new york": "US", "san francisco": "US",
    "los angeles": "US", "chicago": "US", "austin": "US", "seattle": "US", "boston": "US",
    "miami": "US", "dallas": "US", "denver": "US", "toronto": "CA", "vancouver": "CA",
    "montreal": "CA", "mexico city": "MX", "sao paulo": "BR", "rio de janeiro": "BR",
    "buenos aires": "AR", "bogota": "CO", "lima": "PE", "santiago": "CL", "tokyo": "JP",
    "osaka": "JP", "kyoto": "JP", "seoul": "KR", "singapore": "SG", "bangkok": "TH",
    "mumbai": "IN", "bengaluru": "IN", "bangalore": "IN", "delhi": "IN", "dubai": "AE",
    "sydney": "AU", "melbourne": "AU", "auckland": "NZ", "cape town": "ZA",
    "johannesburg": "ZA", "nairobi": "KE", "cairo": "EG", "lagos": "NG", "shanghai": "CN",
    "beijing": "CN", "hong kong": "HK", "taipei": "TW", "jakarta": "ID", "manila": "PH",
}
_COUNTRY_CODE = {
    "portugal": "PT", "spain": "ES", "france": "FR", "germany": "DE", "netherlands": "NL",
    "italy": "IT", "austria": "AT", "ireland": "IE", "united kingdom": "GB", "uk": "GB",
    "great britain": "GB", "england": "GB", "switzerland": "CH", "sweden": "SE",
    "denmark": "DK", "norway": "NO", "finland": "FI", "poland": "PL", "czechia": "CZ",
    "czech republic": "CZ", "hungary": "HU", "greece": "GR", "belgium": "BE", "turkey": "TR",
    "russia": "RU", "united states": "US", "usa": "US", "united states of america": "US",
    "canada": "CA", "mexico": "MX", "brazil": "BR", "argentina": "AR", "colombia": "CO",
    "peru": "PE", "chile": "CL", "japan": "JP", "south korea": "KR", "korea": "KR",
    "singapore": "SG", "thailand": "TH", "india": "IN", "united arab emirates": "AE",
    "uae": "AE", "australia": "AU", "new zealand": "NZ", "south africa": "ZA", "kenya": "KE",
    "egypt": "EG", "nigeria": "NG", "china": "CN", "hong kong": "HK", "taiwan": "TW",
    "indonesia": "ID", "philippines": "PH",
}
_DIAL = {
    "PT": "351", "ES": "34", "FR": "33", "DE": "49", "NL": "31", "IT": "39", "AT": "43",
    "IE": "353", "GB": "44", "CH": "41", "SE": "46", "DK": "45", "NO": "47", "FI": "358",
    "PL": "48", "CZ": "420", "HU": "36", "GR": "30", "BE": "32", "TR": "90", "RU": "7",
    "US": "1", "CA": "1", "MX": "52", "BR": "55", "AR": "54", "CO": "57", "PE": "51",
    "CL": "56", "JP": "81", "KR": "82", "SG": "65", "TH": "66", "IN": "91", "AE": "971",
    "AU": "61", "NZ": "64", "ZA": "27", "KE": "254", "EG": "20", "NG": "234", "CN": "86",
    "HK": "852", "TW": "886", "ID": "62", "PH": "63",
}
_COUNTRY_KEYS = frozenset({"country", "country_name", "country_code", "countrycode", "nation",
                           "iso_country", "country_iso", "iso2", "iso_code"})
_CITY_KEYS = frozenset({"city", "city_name", "town"})


def _country_of(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    v = value.strip().lower()
    if len(v) == 2 and v.upper() in _DIAL:
        return v.upper()
    return _COUNTRY_CODE.get(v)


def _place_claims(obj: dict[str, Any]) -> list[tuple[str, str]]:
    """(what, country code) an object states about where it is."""
    claims = []
    for key, value in obj.items():
        nk = norm(key)
        if nk in _COUNTRY_KEYS:
            code = _country_of(value)
            if code:
                claims.append((f"{key}={value!r}", code))
        elif nk in _CITY_KEYS and isinstance(value, str) and value.lower() in _CITY_COUNTRY:
            claims.append((f"{key}={value!r}", _CITY_COUNTRY[value.lower()]))
        elif nk in ("address", "full_address", "formatted_address") and isinstance(value, str):
            parts = [p.strip().lower() for p in value.split(",")]
            for p in parts[1:]:
                code = _CITY_COUNTRY.get(p) or _COUNTRY_CODE.get(p)
                if code:
                    claims.append((f"{key}={value!r}", code))
    return claims


def _phone_code(obj: dict[str, Any]) -> tuple[str, str] | None:
    for key, value in obj.items():
        if "phone" in norm(key) and isinstance(value, str) and value.startswith("+"):
            return key, re.sub(r"\D", "", value)
    return None


def place_contradictions(record: Rec) -> list[str]:
    """An object whose city, country, address and phone prefix name different countries, or
    that sits in another country than the call asked about (validated for Australia, answered
    from San Francisco)."""
    problems = []
    asked = [args for _, _, args in calls(record)]
    for i, (fn, out) in enumerate(tool_messages(record)):
        args = asked[i] if i < len(asked) else {}
        wanted = next((c for k, v in args.items() if norm(k) in _COUNTRY_KEYS
                       for c in [_country_of(v)] if c), None)
        for obj in dicts(out):
            claims = _place_claims(obj)
            codes = {c for _, c in claims}
            if len(codes) > 1:
                problems.append(f"{fn}: {' / '.join(w for w, _ in claims)}")
            elif codes and wanted and wanted not in codes:
                problems.append(f"{fn}: asked for {wanted}, answered {claims[0][0]}")
            phone = _phone_code(obj)
            if phone and len(codes) == 1:
                dial = _DIAL.get(next(iter(codes)))
                if dial and not phone[1].startswith(dial):
                    problems.append(f"{fn}: {phone[0]} +{phone[1][:3]}.. in {claims[0][0]}")
    return problems


_PLACEHOLDER = re.compile(r"^[A-Z][\w'&.-]*(?: [\w'&.-]+)* (?:#|No\. ?)\d+$")


def placeholder_names(record: Rec) -> list[str]:
    """Names that are a noun and a number ("Publisher #697", "Genre #576"): a system label,
    not what anyone calls a publisher or a genre."""
    problems = []
    sources: list[tuple[str, Any]] = [(fn, out) for fn, out in tool_messages(record)]
    sources += [(fn, args) for _, fn, args in calls(record)]
    for fn, value in sources:
        for key, s in strings(value):
            if _PLACEHOLDER.match(s.strip()):
                problems.append(f"{fn}: {key}={s!r}")
    return problems


VALUE_CHECKS = {
    "out-of-scale numbers": out_of_scale_numbers,
    "totals dwarfing the page": totals_dwarfing_the_page,
    "duplicate names in a list": duplicate_names_in_lists,
    "place contradictions": place_contradictions,
    "placeholder '#123' names": placeholder_names,
}


def value_counts(records: list[Rec]) -> dict[str, tuple[int, int]]:
    """check -> (records with a problem, problems)."""
    out = {}
    for label, check in VALUE_CHECKS.items():
        found = [len(check(r)) for r in records]
        out[label] = (sum(1 for f in found if f), sum(found))
    return out


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(f"{p}: records with each value problem (records, problems)")
        for label, (nrec, nprob) in value_counts(load(p)).items():
            print(f"  {label:30s} {nrec:5d} {nprob:6d}")
