"""One product across a record, read as a reviewer reads it.

Each check takes one record (a plain dict, as read from JSONL) and returns what it found
(empty when clean); nothing here imports toolgen, so the tables below are the reader's,
not the generator's.

- `misfit_text`: a product whose description, material, category or generic name is of
  another kind of thing (headphones "made from organic cotton", a smart watch in "Beauty
  & Personal Care", a camera whose generic name is "Running Shoe").
- `price_drift`: one product (one id) priced two ways in one record (132.82 GBP, then
  77.46), after conversion at rough reference rates.
- `brand_misfit`: a brand or manufacturer known for another kind of thing (Nike making
  headphones), or one product (one id) named with two brands.
- `rating_talk`: an answer reading a rating of 0 as a rating ("it's rated 0": no ratings
  yet) or gluing a status to a rating ("its status is confirmed, rated 4.3").
- `foreign_id`: an id one tool returned passed to another tool whose own ids look
  otherwise (`prd_814b9a` as the Amazon `productId`, whose example is `B08N5KWB9H`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

# kind -> words of a product name that say it (first match wins: "gaming laptop" is a
# computer, a "watch" a wearable).
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"\b(?:{words})\b", re.I)) for kind, words in (
        ("audio", "headphones?|earbuds|earphones|headset|speakers?|soundbar"),
        ("computer", "laptop|notebook computer|macbook|chromebook|monitor|keyboard|mouse|"
                     "tablet|ipad|printer|router"),
        ("phone", "smartphone|iphone|phone|charger|power bank"),
        ("camera", "camera|drone|webcam"),
        ("wearable", "smart ?watch|watch|fitness tracker"),
        ("appliance", "blender|kettle|toaster|coffee maker|air fryer|microwave|vacuum|"
                      "espresso machine|mixer"),
        ("lamp", "lamp|light bulb"),
        ("footwear", "shoes?|sneakers?|boots?|sandals?|trainers"),
        ("apparel", "t-?shirt|shirt|jacket|hoodie|socks|dress|jeans|sweater|hat"),
        ("drinkware", "mug|water bottle|bottle|tumbler"),
        ("bag", "backpack|bag|suitcase"),
    ))
_ELECTRIC = frozenset({"audio", "computer", "phone", "camera", "wearable", "appliance", "lamp"})
_WORN = frozenset({"footwear", "apparel", "bag"})
# What a text says about what a thing is made of, and the kinds it can be said of.
_TEXTILE = re.compile(r"\b(?:cotton|wool|linen|polyester|fabric|silk|machine[- ]washable|"
                      r"knit)\b", re.I)
_BATTERY = re.compile(r"\b(?:rechargeable|battery|batteries|usb-c|bluetooth)\b", re.I)
_METAL = re.compile(r"^(?:aluminium|aluminum|stainless steel|steel|glass|ceramic)$", re.I)
# Category words -> the kinds they hold.
_CATEGORY_KINDS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple(
    (re.compile(rf"\b(?:{words})\b", re.I), kinds) for words, kinds in (
        ("shoes?|footwear", frozenset({"footwear"})),
        ("clothing|apparel|fashion", _WORN),
        ("beauty|personal care|grocery|pet supplies|baby|books?|toys?", frozenset()),
        ("electronics|computers?|cell phones|camera", _ELECTRIC),
        ("home & kitchen|kitchen|appliances?", frozenset({"appliance", "lamp", "drinkware"})),
    ))
# Brands a reader knows, and the kinds they make.
_BRANDS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple(
    (re.compile(rf"\b(?:{words})\b", re.I), kinds) for words, kinds in (
        ("nike|adidas|puma|reebok|asics|new balance|skechers|converse|vans",
         _WORN | {"drinkware", "wearable"}),
        ("levi's|uniqlo|zara|h&m", _WORN),
        ("sony|bose|jbl|sennheiser|beats|anker|audio-technica", frozenset(
            {"audio", "phone", "camera", "computer"})),
        ("canon|nikon|gopro|dji|fujifilm", frozenset({"camera"})),
        ("dell|lenovo|asus|acer|logitech|hp", frozenset({"computer", "audio"})),
        ("kitchenaid|ninja|breville|cuisinart|nespresso|dyson|delonghi",
         frozenset({"appliance", "lamp"})),
    ))
_NAMES = ("name", "title", "product_name", "product_title")
_PRICES = ("price", "pricing", "sale_price", "current_price", "final_price", "offer_price",
           "price_amount", "unit_price", "product_price")
# Rough US dollars per unit: enough to tell one price from another.
_USD = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "INR": 0.012, "JPY": 0.0067, "KRW": 0.00075,
        "CAD": 0.73, "AUD": 0.66, "CHF": 1.13, "CNY": 0.14, "BRL": 0.2, "MXN": 0.058,
        "SEK": 0.095, "SGD": 0.74, "HKD": 0.13, "TRY": 0.031, "PLN": 0.25, "ZAR": 0.054}
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "¥": "JPY", "₩": "KRW"}


def _kind(name: str) -> str | None:
    """The kind of the thing `name` says: its last product word is the head ("Gaming
    Console ... T-Shirt" is a shirt)."""
    best: tuple[int, str] | None = None
    for kind, rx in _KINDS:
        for m in rx.finditer(name):
            if best is None or m.start() > best[0]:
                best = (m.start(), kind)
    return best[1] if best else None


def _tool_outputs(record: dict[str, Any]) -> Iterator[tuple[int, Any]]:
    for i, m in enumerate(record.get("messages") or []):
        if m.get("role") != "tool":
            continue
        try:
            yield i, json.loads(m.get("content") or "")
        except ValueError:
            continue


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            yield n
            stack.extend(v for v in n.values() if isinstance(v, (dict, list)))
        elif isinstance(n, list):
            stack.extend(v for v in n if isinstance(v, (dict, list)))


def _key(k: str) -> str:
    """A key as a reader reads it (`Generic Name\\n‏` -> `generic_name`)."""
    return re.sub(r"[^a-z0-9]+", "_", k.lower()).strip("_")


def _products(output: Any) -> Iterator[tuple[dict[str, Any], str, str]]:
    """(object, its name, its kind) for every object naming a product of a known kind."""
    for obj in _objects(output):
        name = next((obj[k] for k in _NAMES if isinstance(obj.get(k), str)), None)
        kind = _kind(name) if name else None
        if name and kind:
            yield obj, name, kind


def _fields(obj: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(reader key, text) of the object's strings and those of its nested detail
    objects (`product_information`), not of listed things."""
    for k, v in obj.items():
        if isinstance(v, str):
            yield _key(k), v
        elif isinstance(v, dict) and not any(n in v for n in _NAMES):
            yield from ((_key(k2), v2) for k2, v2 in v.items() if isinstance(v2, str))


def _made_otherwise(kind: str, key: str, text: str) -> bool:
    """Whether a description or material says a thing of `kind` is what it cannot be."""
    textile = (kind in _ELECTRIC or kind == "drinkware") and bool(_TEXTILE.search(text))
    powered = kind in _WORN | {"drinkware"} and bool(_BATTERY.search(text))
    metal = key == "material" and kind in _WORN and bool(_METAL.match(text.strip()))
    return textile or powered or metal


def misfit_text(record: dict[str, Any]) -> list[str]:
    found: list[str] = []
    for _, output in _tool_outputs(record):
        for obj, name, kind in _products(output):
            for key, text in _fields(obj):
                if "description" in key or key in ("material", "about"):
                    if _made_otherwise(kind, key, text):
                        found.append(f"{name}: {key}={text!r}")
                elif "generic" in key:
                    other = _kind(text)
                    if other is not None and other != kind:
                        found.append(f"{name}: {key}={text!r}")
                elif "category" in key:
                    held = [ks for rx, ks in _CATEGORY_KINDS if rx.search(text)]
                    if held and kind not in frozenset().union(*held):
                        found.append(f"{name}: {key}={text!r}")
    return found


def brand_misfit(record: dict[str, Any]) -> list[str]:
    found: list[str] = []
    brands: dict[str, str] = {}
    for _, output in _tool_outputs(record):
        for obj, name, kind in _products(output):
            for key, text in _fields(obj):
                if not any(w in key for w in ("brand", "manufacturer", "packer")):
                    continue
                if key == "brand_url":
                    continue
                makes = next((ks for rx, ks in _BRANDS if rx.search(text)), None)
                if makes is not None and kind not in makes:
                    found.append(f"{name}: {key}={text!r}")
                if key == "brand":
                    ident = _own_id(obj)
                    said = re.sub(r"^(?:brand:\s*|visit the\s+)|\s+store$", "", text.strip(),
                                  flags=re.I)
                    if ident is not None and brands.setdefault(ident, said) != said:
                        found.append(f"{ident}: brand {brands[ident]!r} then {said!r}")
    return found


def _own_id(obj: dict[str, Any]) -> str | None:
    for k, v in obj.items():
        if isinstance(v, str) and re.search(r"(?:^|_)id$|Id$|^asin$", k):
            return v
    return None


def _price(obj: dict[str, Any]) -> tuple[float, str | None] | None:
    """The object's price as (amount, currency or None when it states none)."""
    for key in _PRICES:
        v = obj.get(key)
        currency = obj.get("currency")
        if isinstance(v, dict):
            v, currency = v.get("amount", v.get("value")), v.get("currency", currency)
        if isinstance(v, bool):
            continue
        if isinstance(v, str):
            m = re.search(r"(\D{0,3}?)\s*(\d[\d,]*(?:\.\d+)?)", v)
            if m is None:
                continue
            sym = m.group(1).strip()
            currency = _SYMBOLS.get(sym[-1:], currency) if sym else currency
            v = float(m.group(2).replace(",", ""))
        if isinstance(v, (int, float)) and v > 0:
            return float(v), currency.upper() if isinstance(currency, str) else None
    return None


def _called_id(record: dict[str, Any], message_index: int) -> str | None:
    """The one id argument the call answered at `message_index` was sent."""
    for step in record.get("step_trace") or []:
        if step.get("message_index") != message_index - 1 and step.get(
                "message_index") != message_index:
            continue
        ids = [a.get("value") for k, a in (step.get("arguments") or {}).items()
               if re.search(r"(?:^|_)id$|Id$|^asin$", k) and isinstance(a.get("value"), str)]
        if len(ids) == 1:
            return str(ids[0])
    return None


def price_drift(record: dict[str, Any]) -> list[str]:
    seen: dict[str, tuple[float, str | None]] = {}
    found: list[str] = []
    for i, output in _tool_outputs(record):
        top = output if isinstance(output, dict) else None
        for obj in _objects(output):
            price = _price(obj)
            if price is None:
                continue
            ident = _own_id(obj)
            if ident is None and obj is top:
                ident = _called_id(record, i)
            if ident is None:
                continue
            first = seen.setdefault(ident, price)
            if first is price:
                continue
            (a, ca), (b, cb) = first, price
            if ca and cb and ca in _USD and cb in _USD:
                a, b = a * _USD[ca], b * _USD[cb]
            elif ca and cb and ca != cb:
                continue
            if abs(a - b) > 0.1 * max(a, b):
                found.append(f"{ident}: {first} then {price}")
    return found


_RATED_ZERO = re.compile(r"\b(?:rated|rating(?: is| of)?|stars?:?) 0(?:\.0)?(?![.\d])"
                         r"|\b0(?:\.0)? (?:out of \d )?stars\b", re.I)
_STATUS_RATED = re.compile(r"\bstatus is \w+, rated\b|\bwith status \w+, rated\b", re.I)


def rating_talk(record: dict[str, Any]) -> list[str]:
    found: list[str] = []
    for m in record.get("messages") or []:
        if m.get("role") != "assistant" or m.get("tool_calls"):
            continue
        text = str(m.get("content") or "")
        for rx in (_RATED_ZERO, _STATUS_RATED):
            hit = rx.search(text)
            if hit:
                found.append(text[max(0, hit.start() - 40):hit.end() + 10])
    return found


def _shape(value: str) -> frozenset[str]:
    return frozenset("A" if c.isupper() else "a" if c.islower() else "9" if c.isdigit()
                     else c for c in value)


def _defaults(record: dict[str, Any]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for tool in record.get("tools") or []:
        fn = tool.get("function") or {}
        props = (fn.get("parameters") or {}).get("properties") or {}
        for p, schema in props.items():
            d = schema.get("default") if isinstance(schema, dict) else None
            if isinstance(d, str) and len(d) >= 6 and re.fullmatch(r"[A-Za-z0-9_-]+", d):
                out[(fn.get("name", ""), p)] = d
    return out


def _tool(step: dict[str, Any]) -> str:
    return str(step.get("endpoint_id", "")).rsplit("/", 1)[0]


def foreign_id(record: dict[str, Any]) -> list[str]:
    defaults = _defaults(record)
    steps = {s.get("call_id"): s for s in record.get("step_trace") or []}
    found: list[str] = []
    for step in steps.values():
        fn = step.get("function_name", "")
        for p, arg in (step.get("arguments") or {}).items():
            if not re.search(r"(?:^|_)id$|Id$|ID$|^asin$", p) or arg.get(
                    "source") != "tool_output":
                continue
            source = steps.get(arg.get("call_id"))
            value, default = arg.get("value"), defaults.get((fn, p))
            if (source is None or _tool(source) == _tool(step)
                    or not isinstance(value, str) or default is None):
                continue
            if not _shape(value) <= _shape(default) | {"9"}:
                found.append(f"{fn}({p}={value!r}), its ids like {default!r}")
    return found


CHECKS = {"misfit_text": misfit_text, "price_drift": price_drift,
          "brand_misfit": brand_misfit, "rating_talk": rating_talk, "foreign_id": foreign_id}
