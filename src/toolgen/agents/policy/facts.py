"""Which results the assistant reports: a few salient leaves of the tool outputs, each
under a label a person would say (`named_after`: "the postcodes are...", never "the data
are...")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.agents.offline import Fact, slot_label, value_text
from toolgen.agents.offline.labels import value_label
from toolgen.agents.policy.units import measured
from toolgen.executor.field_values import BLAND
from toolgen.executor.settled_eta import TO_GO
from toolgen.executor.values import singular

_SALIENT = (
    ("translated_text", 10), ("translation", 10), ("name", 9), ("title", 9), ("subject", 9),
    ("total", 7), ("score", 6), ("price", 8), ("amount", 8), ("id", 6),
    ("status", 5), ("date", 5), ("time", 4), ("rating", 5), ("city", 4), ("rate", 6),
    # when a thing happens ("starts_at"), not when its record was made ("created_at")
    ("starts_at", 5), ("departs_at", 5), ("arrives_at", 5),
    ("code", 4), ("url", 2), ("email", 3), ("count", 3),
    # a carbon calculator's answer is its emissions, in kilograms (not the fuel unit)
    ("co2e_kg", 8), ("co2_kg", 8), ("emissions", 7),
    # a figure whose key names its unit is a measure of what was asked (a route's length)
    ("minutes", 5), ("km", 5),
    # how long a stopped timer ran (`elapsed_seconds`): what stopping it found
    ("elapsed_seconds", 5), ("duration_seconds", 5),
    # a licence plate read is the thing found: "its vehicle type is bus, in Bangkok" left
    # out LO6629 (ToolBench seed 97 #18)
    ("plate", 9),
)
_ID_WEIGHT = dict(_SALIENT)["id"]
_REFERENCE_WEIGHT = 3
# A weather reading's answer is its temperature, before its city and sky; only the
# reading's own key ("initial_temperature" is a calculator's input, echoed back).
_READINGS = frozenset({"temperature", "temp", "current_temperature", "air_temperature"})
_READING_WEIGHT = 7
_SCALARS = (str, int, float)
# A listed stock's name: "the first is GOOGL, at 86.26 USD", not "the first is for 86.26
# USD" (ToolBench seed 71 #18); after a name, when the stock has one.
TICKERS = ("symbol", "ticker_symbol", "stock_symbol")
TICKER = re.compile(r"[A-Z][A-Z0-9.]{0,9}")
_TICKER_WEIGHT = 8
# A report's own summary is said before any of its fields (a name or title's is 9).
_SUMMARY_WEIGHT = 10
# Leaf keys that only say "the figure of" the object they are in.
_MEASURED = frozenset({"amount", "value"})


def facts_from(output: Any, limit: int = 3) -> list[Fact]:
    """Up to `limit` (label, value) facts, most salient first, from the first list items."""
    scored: list[tuple[bool, int, int, str, tuple[str | int, ...]]] = []
    currencies: dict[tuple[str | int, ...], str] = {}
    for order, (parts, weight, value) in enumerate(_said_leaves(output)):
        text = value_text(value)
        if not text.strip() or len(text) > _longest(parts) or is_filler(text, parts):
            continue
        if value == 0 and str(parts[-1]).lower() in TO_GO:
            continue  # a delivered order's ETA of 0 minutes: its status says it
        if not weight:  # only a currency is kept that has no weight
            currencies[parts[:-1]] = text
        else:
            scored.append((_nested(parts), -weight, order, text, parts))
    if any(_sums_up(parts) for *_, parts in scored):
        # A report's own summary ("3 findings: 2 high, 1 low") says what it found; its
        # first finding's title said instead reads as the whole report.
        scored = [t for t in scored if not any(isinstance(p, int) for p in t[4])]
    scored = _rated_fairly(_own_money(scored))
    scored.sort(key=lambda t: (t[0], t[1], t[2]))
    seen: set[str] = set()
    kept: list[tuple[tuple[str | int, ...], str]] = []
    for _, _, _, text, parts in scored:
        # one value in two cases is one fact: "that's ADSMI:IND, with adsmi:ind name ..."
        # (ToolBench seed 7 #15: `tickerName` beside `ticker`)
        if text.lower() not in seen:
            seen.add(text.lower())
            kept.append((parts, text))
        if len(kept) == limit:
            break
    labels = [value_label(label, text) for label, (_, text) in
              zip(_labels([parts for parts, _ in kept]), kept, strict=True)]
    return [in_degrees(measured(_with_unit(Fact(label=label, value=text),
                                            currencies.get(parts[:-1]), str(parts[-1]))),
                        str(parts[-1]), output)
            for (parts, text), label in zip(kept, labels, strict=True)]


# Keys whose value may well be a setting's plain word ("a standard room", "the basic plan").
_SETTINGS = ("type", "plan", "tier", "mode", "level", "class", "category", "package",
             "edition", "priority", "option", "setting", "size", "format", "style")


def is_filler(text: str, parts: tuple[str | int, ...]) -> bool:
    """A setting word where no setting is (`counter: "default"`, `value: "general"`): no
    fact to report (ToolBench seed 97 #14 answered "general turned up; the first's counter
    is default")."""
    key = str(parts[-1]).lower() if parts else ""
    return text.lower() in BLAND and not key.endswith(_SETTINGS)


def _longest(parts: tuple[str | int, ...]) -> int:
    """How long a said value may be: a headline or title is said whole ("Adipurush Movie
    Review: Prabhas excels as Raghav but substandard VFX is a let-down" went unsaid, and
    the answer said the tag search "came back ... with nothing else": ToolBench seed 47
    #53); any other field is said only when short."""
    return 120 if str(parts[-1]).lower() in _TITLES else 60


_TITLES = frozenset({"title", "headline", "subject"})


_SCALES = (("f", "°F"), ("imperial", "°F"), ("k", "K"), ("standard", "K"))


def in_degrees(fact: Fact, key: str, output: Any) -> Fact:
    """A temperature said with its scale ("-1.7 °C"; the call's `units` say Kelvin or
    Fahrenheit, else Celsius): "its temperature is 297.0" tells a reader nothing."""
    if not key.lower().endswith(("temperature", "temp")):
        return fact
    try:
        float(fact.value)
    except ValueError:
        return fact
    top = output if isinstance(output, dict) else {}
    said = next((v.lower() for k in ("units", "unit", "temperature_unit")
                 if isinstance(v := top.get(k), str)), "c")
    scale = next((mark for start, mark in _SCALES if said.startswith(start)), "°C")
    return Fact(label=fact.label, value=f"{fact.value} {scale}")


def _rated_fairly(scored: list[tuple[bool, int, int, str, tuple[str | int, ...]]]
                  ) -> list[tuple[bool, int, int, str, tuple[str | int, ...]]]:
    """A rating of 0 is no rating yet, not one to report ("it's rated 0"); and a thing
    that is rated has no state worth saying beside it ("its status is confirmed, rated
    4.3": an Amazon answer's request status, a forest's `success`)."""
    rated = {parts[:-1] for *_, parts in scored if _rating(parts)}
    return [t for t in scored
            if not (_rating(t[4]) and (t[3] in _NO_RATING))
            and not (rated and str(t[4][-1]).lower().endswith("status") and (
                t[4][:-1] in rated or t[3].lower() in _REQUEST_DONE))]


_NO_RATING = frozenset({"0", "0.0", "0.00"})
# What an answer's envelope says of the request, not of the rated thing in it.
_REQUEST_DONE = frozenset({"success", "ok", "succeeded", "successful", "done"})


def _own_money(scored: list[tuple[bool, int, int, str, tuple[str | int, ...]]]
               ) -> list[tuple[bool, int, int, str, tuple[str | int, ...]]]:
    """An object that states its own money (an order's total, a cart's subtotal) is not
    said to cost one of its lines' ("it comes to 90.61 EUR" of a 4-item order's first
    item), nor named by its first line's product ("522.88 EUR (product ID prd_9550)"): a
    line's money and id go when the object's own money is there to say."""
    def in_list(parts: tuple[str | int, ...]) -> bool:
        return any(isinstance(p, int) for p in parts)
    if not any(-t[1] == _MONEY_WEIGHT and not in_list(t[4]) for t in scored):
        return scored
    return [t for t in scored if not in_list(t[4]) or (
        -t[1] != _MONEY_WEIGHT and not str(t[4][-1]).lower().endswith("id"))]


_MONEY_WEIGHT = 8  # a price's or an amount's (`_SALIENT`)


def _rating(parts: tuple[str | int, ...]) -> bool:
    return str(parts[-1]).lower().endswith(("rating", "stars"))


def _sums_up(parts: tuple[str | int, ...]) -> bool:
    """A top-level summary of the output (not one list item's)."""
    return len(parts) == 1 and str(parts[0]).lower().endswith("summary")


def _labels(paths: list[tuple[str | int, ...]]) -> list[str]:
    """Each fact's label; two figures that would both be "amount" (a cart's line total and
    subtotal, each `{amount, currency}`) are named by the objects they are in, when that
    tells them apart from every other fact."""
    first = [_label(parts) for parts in paths]
    labels = list(first)
    for i, parts in enumerate(paths):
        if first.count(first[i]) < 2 or str(parts[-1]).lower() not in _MEASURED:
            continue
        if len(parts) > 1 and isinstance(parts[-2], str):
            named = slot_label(parts[-2])
            if named.endswith("ed"):  # {"converted": {"amount": ...}}: the converted amount
                named = f"{named} {first[i]}"
            if named not in labels:
                labels[i] = named
    return labels


def _nested(parts: tuple[str | int, ...]) -> bool:
    """A leaf inside a list within a list item (an order's line item in a list of orders):
    said only when nothing about the item itself is, since "it comes to 392.85" of the
    first line item reads as the order's price."""
    return sum(isinstance(p, int) for p in parts) > 1


def _said_leaves(output: Any) -> list[tuple[tuple[str | int, ...], int, Any]]:
    """(path parts, weight, value) of each scalar leaf (no booleans) outside every list
    item but the first whose key is salient or a currency (weight 0), or that is the
    output's summary, in document order; gathered by one plain recursion (no generator per
    level: this runs on every result), and a leaf's path is built only when it is kept."""
    out: list[tuple[tuple[str | int, ...], int, Any]] = []
    _gather(output, (), "", out)
    return out


_SIGN_IN = frozenset({"authentication", "auth", "credentials", "credential", "login",
                      "basic_auth"})


def _gather(node: Any, parts: tuple[str | int, ...], key: str,
            out: list[tuple[tuple[str | int, ...], int, Any]]) -> None:
    if isinstance(node, dict):
        ids = 0  # an object's first id is its own; a later one points at another thing
        for k, v in node.items():
            sk = str(k)
            if isinstance(v, dict | list):
                if parts and sk.lower() in _SIGN_IN:
                    # the sign-in a file is shared under is not what the upload made
                    # ("I've uploaded a new file, and the username is carlos.wilson":
                    # ToolBench seed 31 #5); a login's own answer is read at its top
                    continue
                _gather(v, (*parts, sk), sk, out)
            elif isinstance(v, _SCALARS) and not isinstance(v, bool):
                weight = _SUMMARY_WEIGHT if not parts and _sums_up((sk,)) else (
                    _TRANSLATED_WEIGHT if _translated(parts, sk) else _kept(sk))
                if sk.lower() in TICKERS and isinstance(v, str) and TICKER.fullmatch(v):
                    weight = _TICKER_WEIGHT  # not a currency's symbol "€"
                if weight == _ID_WEIGHT and _is_id(sk):
                    # an event's venue id is no news beside when it starts: "it's Paris
                    # Comedy Festival (venue ID ven_38)" (bundled seed 71 #7)
                    weight = _REFERENCE_WEIGHT if ids else weight
                    ids += 1
                if weight is not None:
                    out.append(((*parts, sk), weight, v))
    elif isinstance(node, list):
        if node:
            _gather(node[0], (*parts, 0), key, out)
    elif parts and isinstance(node, _SCALARS) and not isinstance(node, bool):
        weight = _SUMMARY_WEIGHT if _sums_up(parts) else _kept(key)
        if weight is not None:
            out.append((parts, weight, node))


@lru_cache(maxsize=4096)
def _kept(key: str) -> int | None:
    """The weight of a leaf under `key`: 0 for a currency that has none, None when the
    leaf is not said at all."""
    weight = _weight(key)
    return weight if weight or _is_currency(key) else None


def _with_unit(fact: Fact, currency: str | None, key: str) -> Fact:
    """An amount said with the currency beside it ("565.4 EUR"): "at 565.4" alone tells
    the user nothing, and the answer keeps only a fact or two."""
    if currency is None or _weight(key) != 8:
        return fact
    try:
        float(fact.value)
    except ValueError:
        return fact
    return Fact(label=fact.label, value=f"{fact.value} {currency}")


@lru_cache(maxsize=4096)
def _is_id(key: str) -> bool:
    return key.lower() in ("id", "uuid") or key.lower().endswith("_id") or key.endswith(
        ("Id", "ID"))


@lru_cache(maxsize=4096)
def _is_currency(key: str) -> bool:
    return key.lower() == "currency"


@lru_cache(maxsize=4096)  # the same few hundred output keys come back in every conversation
def _weight(key: str) -> int:
    low = key.lower()
    if low.startswith(("error", "err_")):
        return 0  # an answer that worked has no error to report ("error code 0")
    if low in _READINGS:
        return _READING_WEIGHT
    for token, weight in _SALIENT:
        if low == token or low.endswith("_" + token) or low.endswith(token):
            return weight
    return 0


# Money objects whose `amount` is said by their own name: a cancel's `refund.amount` is
# "the refund" ("I've cancelled the order, and it comes to 103.96 EUR" read as a charge).
# A total keeps "it comes to": "total" alone is also a count of results. A cart's subtotal
# is the cart's, not what the added product "comes to" (bundled seed 59 #6).
_MONEY_HOLDERS = frozenset({"refund", "refunded", "balance", "fee", "deposit", "fare", "cost",
                            "subtotal"})


def _translated(parts: tuple[str | int, ...], key: str) -> bool:
    """A translation's text in parts (JoJ Translate's `translation.parts[0].text`): what
    the answer is, where "the auto correct is general" was said (ToolBench seed 47 #13)."""
    return key == "text" and "translation" in parts


_TRANSLATED_WEIGHT = 10


def _label(parts: tuple[str | int, ...]) -> str:
    keys = [p for p in parts if isinstance(p, str)]
    if _translated(parts[:-1], str(parts[-1])):
        return "translation"
    if len(keys) > 1 and keys[-1].lower() == "amount" and keys[-2].lower() in _MONEY_HOLDERS:
        return slot_label(keys[-2])
    label = slot_label(keys[-1])
    if len(keys) > 1 and keys[-1].lower() in ("name", "id", "title", "status") and (
            _WORDY.fullmatch(keys[-2])):
        # a key that is data ("ADSMI:IND", a ticker keying its quote) names nothing: "with
        # adsmi:ind name FTSE ADX" (ToolBench seed 7 #15)
        parent = slot_label(keys[-2])
        parent = parent[:-1] if keys[-2].endswith("s") else parent
        label = f"{parent} {label}"
    return label


_WORDY = re.compile(r"[A-Za-z][A-Za-z_ -]*")
# Labels that name a container, not a thing ("the data are 1282-390 and 8691-210").
_CONTAINERS = frozenset({"data", "items", "item", "info", "information", "result", "results",
                         "records", "record", "values", "value", "list", "response",
                         "output", "content", "contents", "payload", "entries", "details"})
_LEAD = frozenset({"a", "an", "the", "my", "some", "all", "any", "your", "to", "for", "of"})
_INPUTS = frozenset({"two", "three", "both", "several", "multiple"})
_STOP = frozenset({"by", "for", "in", "of", "from", "with", "on", "near", "at", "to", "that",
                   "and", "using", "via", "per", "about"})


def named_after(facts: list[Fact], obj: str) -> list[Fact]:
    """`facts` with a container label ("data", "items", "info") said as the thing the
    request is about: the head noun of its object ("zip codes by city" -> "zip code")."""
    if not any(f.label.lower() in _CONTAINERS for f in facts):
        return facts
    noun = _head_noun(obj)
    if not noun:
        return facts
    return [Fact(label=noun, value=f.value) if f.label.lower() in _CONTAINERS else f
            for f in facts]


def head_noun(obj: str) -> str:
    """The head noun of a request's object, singular ("zip codes by city" -> "zip
    code"); empty when it has none a person would say."""
    return _head_noun(obj)


@lru_cache(maxsize=4096)
def _head_noun(obj: str) -> str:
    words = [w for w in obj.replace("(", " ").replace(")", " ").split() if w.isalpha()]
    while words and words[0].lower() in _LEAD:
        words = words[1:]
    if words and words[0].lower() in _INPUTS:
        return ""  # "divide two numbers": they are what was given; the answer is a result
    head: list[str] = []
    for w in words:
        if w.lower() in _STOP:
            break
        head.append(w.lower())
    if not head or len(head) > 3 or head[-1] in _CONTAINERS:
        return ""
    return " ".join([*head[:-1], singular(head[-1])])
