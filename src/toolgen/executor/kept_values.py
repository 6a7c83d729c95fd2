"""The values a promised answer holds that no table of records gives: tag names on the
asked topic, a made image's link, format and size, a price history that walks day to
day at the asked asset's level, and a password reset's message.

- `tags(context)`: the tags of the first topic the sent words (else the endpoint's
  context) name, three to six of them, no tag twice;
- `image(square)`: the link ends in the image's format; a QR code, an identicon or an
  avatar is square, a barcode or a chart wide;
- `prices`: one row a day back from the latest drawn date, each day closing about where
  the next opened, at the level a commodity (gold ~2,300 USD), a listed share or a coin
  (`asset_prices`) trades at;
- `reset`: a reset link was sent, to the address the call sent when it sent one;
- `hashed`: a SHA-256 digest of 64 hex digits; `code_sent`: a one-time code went to
  the sent number or address.

In place, deterministic for the call's random stream; never touches the network.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.asset_prices import asset_price_range, listed_company

Finish = Callable[[Any, dict[str, Any], random.Random], None]


_TOPIC_TAGS: dict[str, tuple[str, ...]] = {
    "gaming": ("gameplay", "walkthrough", "speedrun", "lets play", "esports", "retro games",
               "game review", "indie games", "minecraft", "pc gaming"),
    "music": ("live music", "acoustic", "music video", "cover song", "indie", "hip hop",
              "jazz", "electronic", "concert", "songwriting"),
    "travel": ("travel vlog", "backpacking", "road trip", "city guide", "beach", "hiking",
               "drone footage", "travel tips", "europe", "street food"),
    "food": ("recipe", "cooking", "baking", "street food", "vegan", "healthy eating",
             "meal prep", "dessert", "restaurant review", "bbq"),
    "sports": ("football", "highlights", "basketball", "training", "soccer", "tennis",
               "workout", "match analysis", "extreme sports", "running"),
    "fitness": ("workout", "yoga", "hiit", "strength training", "running", "home workout",
                "stretching", "weight loss", "pilates", "cardio"),
    "tech": ("gadgets", "unboxing", "tech review", "smartphone", "programming", "ai",
             "coding tutorial", "pc build", "linux", "web development"),
    "art": ("animation", "illustration", "digital art", "painting", "drawing",
            "motion graphics", "short film", "stop motion", "sketchbook", "3d"),
    "nature": ("wildlife", "landscape", "timelapse", "birds", "ocean", "forest",
               "national park", "macro", "sunset", "mountains"),
    "business": ("marketing", "startup", "entrepreneur", "finance", "productivity",
                 "investing", "leadership", "small business", "sales", "branding"),
    "education": ("tutorial", "how to", "science", "history", "lecture", "math",
                  "language learning", "explainer", "study tips", "documentary"),
    "comedy": ("sketch comedy", "standup", "parody", "funny", "prank", "bloopers",
               "satire", "improv", "memes", "sitcom"),
}
_TOPIC_WORDS: dict[str, str] = {
    "game": "gaming", "games": "gaming", "gamer": "gaming", "esports": "gaming",
    "song": "music", "songs": "music", "band": "music", "audio": "music",
    "trip": "travel", "tourism": "travel", "hotel": "travel", "destination": "travel",
    "recipe": "food", "recipes": "food", "cooking": "food", "restaurant": "food",
    "sport": "sports", "football": "sports", "soccer": "sports", "basketball": "sports",
    "workout": "fitness", "gym": "fitness", "yoga": "fitness", "health": "fitness",
    "technology": "tech", "software": "tech", "programming": "tech", "gadgets": "tech",
    "animation": "art", "design": "art", "film": "art", "photography": "art",
    "wildlife": "nature", "animals": "nature", "outdoors": "nature",
    "marketing": "business", "finance": "business", "startup": "business",
    "learning": "education", "science": "education", "tutorial": "education",
    "funny": "comedy", "humor": "comedy", "humour": "comedy",
}
_ANY_TAGS = ("tutorial", "review", "how to", "tips", "beginner", "vlog", "guide",
             "behind the scenes", "highlights", "top 10")


def topic_tags(words: frozenset[str] | set[str]) -> tuple[str, ...]:
    """Tag names of the first topic the words name (sorted, so the set's order is no
    input), else tags any subject carries."""
    for w in sorted(words):
        topic = w if w in _TOPIC_TAGS else _TOPIC_WORDS.get(w)
        if topic is not None:
            return _TOPIC_TAGS[topic]
    return _ANY_TAGS


def tags(context: set[str] | frozenset[str]) -> Finish:
    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        items = output.get("tags") if isinstance(output, dict) else None
        if not isinstance(items, list) or not items:
            return
        sent = {w for v in args.values() if isinstance(v, str)
                for w in re.findall(r"[a-z]+", v.lower())}
        pool = topic_tags(sent)
        if pool is _ANY_TAGS:
            pool = topic_tags(context)
        # related tags come several at a time: one tag is no list of them
        names = rng.sample(pool, min(max(len(items), 3 + int(rng.random() * 4)), len(pool)))
        output["tags"] = [{"name": name} for name in names]

    return step


# The image finish: a link in its format, a size of its kind.

_SQUARE = (150, 200, 256, 300, 400, 512)
_WIDE = ((400, 150), (600, 200), (800, 600), (1280, 720), (1024, 768), (1920, 1080))


def image(square: bool) -> Finish:

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if not isinstance(output, dict):
            return
        fmt = output.get("format")
        fmt = fmt.lower() if isinstance(fmt, str) and fmt.isalpha() else "png"
        url = output.get("image_url")
        if isinstance(url, str) and "://" in url:
            base = url.rsplit(".", 1)[0] if url.rsplit("/", 1)[-1].count(".") else url
            output["image_url"] = f"{base}.{fmt}"
        if square:
            side = _SQUARE[int(rng.random() * len(_SQUARE))]
            output["width_px"], output["height_px"] = side, side
        else:
            output["width_px"], output["height_px"] = _WIDE[int(rng.random() * len(_WIDE))]

    return step


# The price finish: a walk back from the latest day, at the asset's level.

# What a commodity traded at over 2023-2025, in its usual unit (USD).
_COMMODITY_USD = {
    "gold": (1800.0, 2700.0), "silver": (21.0, 33.0), "platinum": (850.0, 1100.0),
    "palladium": (900.0, 1600.0), "copper": (3.6, 4.9), "oil": (65.0, 92.0),
    "crude": (65.0, 92.0), "brent": (70.0, 95.0), "wti": (65.0, 90.0),
    "gas": (1.8, 3.6), "wheat": (5.2, 7.4), "corn": (4.0, 5.4), "soybeans": (9.6, 13.5),
    "soybean": (9.6, 13.5), "coffee": (1.5, 3.4), "sugar": (0.18, 0.28),
    "cotton": (0.66, 0.9), "cocoa": (3000.0, 9500.0), "aluminum": (2100.0, 2700.0),
}


def _level(args: dict[str, Any], rng: random.Random) -> float:
    """A price the asked asset trades at: a commodity's, a listed share's or coin's,
    else a figure a share may cost."""
    for v in args.values():
        if not isinstance(v, str):
            continue
        for w in re.findall(r"[a-z]+", v.lower()):
            if w in _COMMODITY_USD:
                lo, hi = _COMMODITY_USD[w]
                return lo + rng.random() * (hi - lo)
        span = asset_price_range(v.strip().upper())
        if span is not None:
            return span[0] + rng.random() * (span[1] - span[0])
    row = listed_company(args)
    span = asset_price_range(str(row["symbol"])) if row is not None else None
    lo, hi = span if span is not None else (20.0, 200.0)
    return lo + rng.random() * (hi - lo)


def prices(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    rows = output.get("prices") if isinstance(output, dict) else None
    if not isinstance(rows, list) or not rows:
        return
    rows[:] = [r for r in rows if isinstance(r, dict)]
    latest = next((d for r in rows if (d := _day(r.get("date"))) is not None),
                  _dt.date(2025, 6, 2))
    price = _level(args, rng)
    places = 2 if price >= 10 else 4
    for i, row in enumerate(rows):
        row["date"] = (latest - _dt.timedelta(days=i)).isoformat()
        opened = price * (1 + 0.015 * (2 * rng.random() - 1))
        moves = [opened, price, opened * (1 + 0.01 * rng.random()),
                 opened * (1 - 0.01 * rng.random())]
        row["open"], row["close"] = round(opened, places), round(price, places)
        row["high"], row["low"] = round(max(moves), places), round(min(moves), places)
        price = opened  # the day before closed about where this one opened


def _day(value: Any) -> _dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# The reset finish.

def reset(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    if not isinstance(output, dict):
        return
    address = next((v for v in args.values() if isinstance(v, str) and "@" in v
                    and "." in v.split("@")[-1]), None)
    output["status"] = "sent"
    output["message"] = (f"A password reset link has been sent to {address}."
                         if address is not None else
                         "A password reset link has been sent to the email address on "
                         "the account.")


def hashed(fingerprint: bool) -> Finish:
    """A SHA-256 digest is 64 hex digits (a certificate's written as its fingerprint,
    "F2:D0:40:..."), and one thing asked twice has one digest: the digest of what was
    sent."""
    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if not isinstance(output, dict) or "hash" not in output:
            return
        sent = "|".join(f"{k}={args[k]}" for k in sorted(args))
        digest = hashlib.sha256(sent.encode("utf-8")).hexdigest()
        output["hash"] = ":".join(digest[i:i + 2] for i in range(0, 64, 2)).upper() \
            if fingerprint else digest

    return step


def code_sent(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """A one-time code went to the number or address the call sent."""
    if not isinstance(output, dict):
        return
    to = next((v for v in args.values() if isinstance(v, str) and (
        "@" in v or sum(ch.isdigit() for ch in v) >= 7)), None)
    output["status"] = "sent"
    output["message"] = (f"A one-time code has been sent to {to}." if to is not None
                         else "A one-time code has been sent.")
