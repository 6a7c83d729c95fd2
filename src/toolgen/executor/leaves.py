"""Leaf generators: one closure per scalar schema (enum, boolean, id, name, string; numbers
are `number_leaves`).

Values are chosen by property name, format and type (see `values.py`) from the pre-drawn
pools, so a generated response reads plausibly and costs a few lookups per field.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from toolgen.executor.codes import code_gen, reshaper
from toolgen.executor.descriptions import description_gen, review_gen, text_gen
from toolgen.executor.field_values import bland_gen, category_values, field_gen, field_kind
from toolgen.executor.flags import outcome_flag
from toolgen.executor.fresh_status import FRESH, TERMINAL
from toolgen.executor.gen_context import Ctx, Gen, pick
from toolgen.executor.headlines import helps, is_news
from toolgen.executor.kind_titles import kind_title
from toolgen.executor.locales import local_phone, local_postcode, local_street
from toolgen.executor.names import is_post, names_itself, record_name_gen
from toolgen.executor.own_host import own_link
from toolgen.executor.patterns import constrained
from toolgen.executor.payment_cards import expiry_gen
from toolgen.executor.persons import (
    email_gen,
    first_name_gen,
    full_name_gen,
    last_name_gen,
    role_in,
    username_gen,
)
from toolgen.executor.pools import (
    AIRLINES,
    CURRENCIES,
    GENDERS,
    IATA,
    LANGUAGES,
    PLACES,
    PRODUCT_ADJ,
    PRODUCT_NOUN,
    ROLES,
    STATUSES,
    SYMBOLS,
)
from toolgen.executor.semantic import (
    refine_string_kind,
)
from toolgen.executor.type_words import is_type_key, type_values
from toolgen.executor.values import (
    id_entity,
    id_prefix,
    name_kind,
    normalize_key,
    plural,
    singular,
    string_kind,
    venue_suffixes,
)
from toolgen.executor.vocab import Vocab, title, word
from toolgen.executor.wallets import chain_of, wallet_gen

_PLAIN = Vocab(("record",), "record", False)
_SUBJECT_ENTITIES = frozenset({"ticket", "issue", "request", "complaint", "inquiry", "enquiry",
                               "incident", "message", "email", "mail"})

_BASE = _dt.date(2025, 1, 1)
# Pre-rendered dates: indexing a tuple is ~20x cheaper than date arithmetic per value.
_DATES = tuple((_BASE + _dt.timedelta(days=i)).isoformat() for i in range(540))
_BIRTHDATES = tuple(
    (_dt.date(1955, 1, 1) + _dt.timedelta(days=37 * i)).isoformat() for i in range(480)
)


def none_gen(ctx: Ctx) -> None:
    return None


def enum_gen(key: str, options: tuple[Any, ...]) -> Gen:
    n = len(options)
    if n == 1:
        only = options[0]
        return lambda ctx: only
    nk = normalize_key(key) if key else ""
    if "status" in nk:
        lowered = tuple(str(o).lower() for o in options)

        fresh = tuple(i for i, o in enumerate(lowered) if o in FRESH) or tuple(
            i for i, o in enumerate(lowered) if o not in TERMINAL) or tuple(range(n))

        def status(ctx: Ctx) -> Any:
            hint = ctx.status_hint
            if hint is not None:
                for i, o in enumerate(lowered):
                    if o.startswith(hint[:6]):
                        return options[i]
                if ctx.action == "create":
                    # Why: a new booking or payment is never already refunded or cancelled.
                    return options[fresh[int(ctx.rand() * len(fresh))]]
            return options[int(ctx.rand() * n)]

        return status
    return lambda ctx: options[int(ctx.rand() * n)]


def bool_gen(key: str) -> Gen:
    nk = normalize_key(key) if key else ""

    def flag(ctx: Ctx) -> bool:
        said = outcome_flag(nk, ctx.action)
        return ctx.rand() < 0.5 if said is None else said

    return flag


def id_gen(key: str, entity: str, integer: bool, fmt: str | None) -> Gen:
    ent = id_entity(key) if key else None
    ent = ent or entity or "item"
    prefix = id_prefix(ent) + "_"
    if integer:
        return lambda ctx: 1000 + ctx.bits(20)
    if fmt == "uuid" or normalize_key(key) in ("uuid", "guid") or key.endswith(("uuid", "Uuid")):

        def uuid(ctx: Ctx) -> str:
            h = f"{ctx.bits(128):032x}"
            return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

        return uuid
    return lambda ctx: f"{prefix}{ctx.bits(24):06x}"


def _pool(attr: str) -> Gen:
    def gen(ctx: Ctx) -> Any:
        pool = getattr(ctx.pools, attr)
        return pool[int(ctx.rand() * len(pool))]

    return gen


def _place(col: int) -> Gen:
    return lambda ctx: PLACES[ctx.place_index()][col]


# What a web domain or host is called is its address: `{"domain": {"name": ...}}` of an
# email check is `weiss-pena.info`, not "Maple Hour" (ToolBench seed 8307853 #3).
_ADDRESSED = frozenset({"domain", "domains", "hostname", "host"})


def _name_gen(entity: str, vocab: Vocab = _PLAIN, role: str = "") -> Gen:
    if entity in _ADDRESSED:
        return _pool("domains")
    kind = name_kind(entity)
    if kind == "person":
        return full_name_gen(role)
    if kind == "city":
        return _place(0)
    if kind == "country":
        return _place(1)
    if kind == "company":
        return _pool("companies")
    if kind == "product":
        na, nn = len(PRODUCT_ADJ), len(PRODUCT_NOUN)
        return lambda ctx: (
            f"{PRODUCT_ADJ[int(ctx.rand() * na)]} {PRODUCT_NOUN[int(ctx.rand() * nn)]}"
        )
    if entity == "dish":  # a restaurant's menu row (`menu_items`)
        return lambda ctx: kind_title(entity, ctx.rand, _city(ctx)) or entity
    if kind.startswith("venue:"):
        suffixes = venue_suffixes(kind[6:])
        ns = len(suffixes)

        def venue(ctx: Ctx) -> str:
            lasts = ctx.pools.last_names
            i = int(ctx.rand() * len(lasts))
            if lasts[i] in _MISREAD:  # "Gay Palace" reads as a word, not a family name
                i = (i + 1) % len(lasts)
            return f"{lasts[i]} {suffixes[int(ctx.rand() * ns)]}"

        return venue
    if vocab.creative and not is_post(entity):
        return lambda ctx: title(vocab, ctx.rand, PLACES[ctx.place_index()][0], entity)
    return record_name_gen(entity, vocab.entity, _city)


# Family names a venue's name reads as another word ("Gay Palace", "Cash Hotel": bundled
# seed 47 #0): the next name of the pool is taken instead, with no extra draw.
_MISREAD = frozenset({"Gay", "Love", "Poor", "Moody", "Cash", "Rich", "Best", "Bush", "Cox",
                      "Savage", "Slaughter", "Coffin", "Sexton", "Batts", "Dick", "Butts"})


_HASHTAGS = ("travel", "foodie", "fitness", "photography", "music", "tech", "books",
             "weekend", "coffee", "running", "art", "gardening")
_CHANNEL_TAILS = ("Cooks", "Travels", "Plays", "Tech", "Studio", "Music", "Vlogs", "Fitness",
                  "Reviews", "Live", "Outdoors", "Garage")
_OUTLETS = ("Reuters", "Associated Press", "BBC News", "The Guardian", "Bloomberg", "CNBC",
            "Financial Times", "Al Jazeera", "The Verge", "TechCrunch", "Le Monde",
            "The Japan Times")
_NEWS_ENTITIES = frozenset({"article", "news", "headline", "story", "post", "feed"})
_ORIGINS = ("web", "mobile app", "api", "email", "partner feed")


def string_gen(key: str, schema: dict[str, Any], entity: str, vocab: Vocab = _PLAIN) -> Gen:
    fmt = schema.get("format") if isinstance(schema.get("format"), str) else None
    kind = string_kind(key, schema) if key else ("uuid" if fmt == "uuid" else "word")
    kind = refine_string_kind(kind, schema)
    return constrained(schema, _string_kind_gen(kind, key, entity, fmt, vocab, schema))


def _city(ctx: Ctx) -> str:
    return PLACES[ctx.place_index()][0]


# Cinemas are named after an old picture palace or after their city ("Rialto Cinema",
# "Chicago Picturehouse"): every cinema of a corpus was its one example, "Le Grand Rex".
_CINEMA_WORDS = ("Rialto", "Lumiere", "Majestic", "Roxy", "Plaza", "Regent", "Paramount",
                 "Empire", "Metropole", "Capitol", "Electric", "Starlight", "Palladium",
                 "Orpheum", "Astor", "Savoy", "Gloria", "Colosseum", "Eden", "Splendid")
_CINEMA_FORMS = ("{w} Cinema", "Cine {w}", "{w} Picture House", "{c} Picturehouse",
                 "Cineplex {c}", "{c} Film Centre", "{w} Cinemas {c}")


_LODGING = frozenset({"hotel", "room", "property", "stay", "accommodation", "resort",
                      "apartment", "lodging", "hostel", "villa", "listing", "rental"})
_FACILITY_WORDS = ("Medical", "Clinical", "Diagnostic", "Community", "Central", "Regional",
                   "Health")
_FACILITY_KINDS = ("Laboratory", "Clinic", "Center", "Lab")


_SURNAME = last_name_gen("")


def _facility(ctx: Ctx) -> str:
    """A facility's name after a founder ("Moreno Clinical Laboratory"): a city in it
    would be the record's, not the one its address is in."""
    word = _FACILITY_WORDS[int(ctx.rand() * len(_FACILITY_WORDS))]
    kind = _FACILITY_KINDS[int(ctx.rand() * len(_FACILITY_KINDS))]
    return f"{_SURNAME(ctx)} {word} {kind}"


def _cinema(ctx: Ctx) -> str:
    """A cinema in the city the call asked about (else the record's place)."""
    city = PLACES[ctx.arg_place][0] if ctx.arg_place >= 0 else _city(ctx)
    form = _CINEMA_FORMS[int(ctx.rand() * len(_CINEMA_FORMS))]
    return form.format(w=_CINEMA_WORDS[int(ctx.rand() * len(_CINEMA_WORDS))], c=city)


def _string_kind_gen(
    kind: str, key: str, entity: str, fmt: str | None, vocab: Vocab, schema: dict[str, Any]
) -> Gen:
    nk = normalize_key(key) if key else ""
    if kind == "id":
        return id_gen(key, entity, False, fmt)
    if kind == "uuid":
        return id_gen("uuid", entity, False, "uuid")
    if kind == "name":
        ent = nk[: -len("_name")] if nk.endswith("_name") else entity
        return _name_gen(singular(ent.split("_")[-1]) if ent else entity, vocab,
                         role_in(nk, entity))
    if kind == "person":
        return full_name_gen(role_in(nk, entity))
    if kind == "first_name":
        return first_name_gen(role_in(nk, entity))
    if kind == "last_name":
        return last_name_gen(role_in(nk, entity))
    if kind == "username":
        return username_gen(role_in(nk, entity))
    if kind == "email":
        return email_gen(role_in(nk, entity))
    if kind == "phone":
        return local_phone
    if kind == "city":
        return _place(0)
    if kind == "country":
        return _place(1)
    if kind == "country_code":
        return _place(2)
    if kind == "state":
        return _place(7)
    if kind == "timezone":
        return _place(6)
    if kind == "currency":

        def currency(ctx: Ctx) -> str:
            if ctx.currency is None:
                ctx.currency = (
                    PLACES[ctx.place_index()][3]
                    if ctx.place >= 0
                    else CURRENCIES[int(ctx.rand() * len(CURRENCIES))]
                )
            return ctx.currency

        return currency
    if kind == "address" and (chain := chain_of(vocab.nouns)) is not None:
        return wallet_gen(chain)  # an Ethereum address is 0x..., not a street in Melbourne
    if kind == "address":

        def address(ctx: Ctx) -> str:
            place = PLACES[ctx.place_index()]
            return f"{local_street(ctx)}, {place[0]}, {place[1]}"

        return address
    if kind == "street":
        return local_street
    if kind == "postcode":
        return local_postcode
    if kind == "company":
        return _pool("companies")
    if kind == "url":
        tail = (
            "image"
            if any(w in nk for w in ("image", "photo", "avatar", "thumbnail", "logo"))
            else ""
        )
        path = plural(entity or "item")  # `/news/`, `/categories/`: not `/newss/`
        own = own_link(nk) and entity not in _NEWS_ENTITIES  # news is on its outlet's site

        def url(ctx: Ctx) -> str:
            p = ctx.pools
            dom = p.domains[int(ctx.rand() * len(p.domains))]
            if own and ctx.host is not None:
                dom = ctx.host
                if tail:
                    return f"https://cdn.{dom}/img/{ctx.bits(32):08x}.jpg"
                return f"https://{dom}/{path}/{ctx.bits(24):06x}"
            if tail:
                return f"https://cdn.{dom}/img/{ctx.bits(32):08x}.jpg"
            return f"https://www.{dom}/{path}/{ctx.bits(24):06x}"

        return url
    if kind == "hostname":
        return _pool("domains")
    if kind == "date":
        dates = _BIRTHDATES if ("birth" in nk or nk == "dob") else _DATES
        return pick(dates)
    if kind == "datetime":
        nd = len(_DATES)

        def datetime(ctx: Ctx) -> str:
            r = ctx.bits(11)
            return f"{_DATES[int(ctx.rand() * nd)]}T{r % 24:02d}:{(r >> 5) % 60:02d}:00Z"

        return datetime
    if kind == "time":
        return lambda ctx: f"{ctx.bits(5) % 24:02d}:{(ctx.bits(6) % 4) * 15:02d}"
    if kind == "iso_duration":
        return lambda ctx: f"PT{1 + ctx.bits(3)}H{(ctx.bits(2)) * 15}M"
    if kind == "ipv4":
        return lambda ctx: f"{10 + ctx.bits(6)}.{ctx.bits(8)}.{ctx.bits(8)}.{1 + ctx.bits(7)}"
    if kind == "ipv6":
        return lambda ctx: ":".join(f"{ctx.bits(16):x}" for _ in range(8))
    if kind == "language":
        return pick(LANGUAGES)
    if kind == "locale":
        return pick(("en-US", "en-GB", "fr-FR", "de-DE", "es-ES", "pt-PT", "ja-JP"))
    if kind == "status":

        def status(ctx: Ctx) -> str:
            return ctx.status_hint or STATUSES[int(ctx.rand() * len(STATUSES))]

        return status
    if kind == "mention":  # a mention is someone's handle, not a word of the API
        return lambda ctx: "@" + ctx.pools.usernames[int(ctx.rand() * len(ctx.pools.usernames))]
    if kind == "hashtag":
        return lambda ctx: "#" + _HASHTAGS[int(ctx.rand() * len(_HASHTAGS))]
    if kind == "channel":  # a video channel is a creator's name, not "vimeo" or "video"
        def channel(ctx: Ctx) -> str:
            firsts = ctx.pools.first_names
            return (f"{firsts[int(ctx.rand() * len(firsts))]} "
                    f"{_CHANNEL_TAILS[int(ctx.rand() * len(_CHANNEL_TAILS))]}")

        return channel
    if kind == "source":  # an article's source is its outlet; elsewhere, where it came from
        news = (entity in _NEWS_ENTITIES or is_news(vocab.entity, vocab.nouns)) and not (
            helps(vocab.nouns))  # a help article comes from the help desk, not The Guardian
        return pick(_OUTLETS if news else _ORIGINS)
    if kind == "category" and is_type_key(key):
        # Why: a type drawn from the tool's own words (`bureau_type: "year"`) is no type.
        return pick(type_values(key, vocab.entity or entity))
    if kind == "category":
        # Why: a category drawn from the tool's own words (`product_category: "scriper"`,
        # `category: "particle"`) classifies nothing.
        return pick(category_values(key, entity or vocab.entity))
    if kind == "color":
        return _pool("colors")
    if kind == "title":
        if entity in ("product", "item"):
            return _name_gen("product")
        if entity in _SUBJECT_ENTITIES:  # a ticket's title is its subject line
            return record_name_gen(entity, entity, _city)
        if not vocab.creative and names_itself(entity):
            # an event, a file, a plan is titled as its owner titles it ("Spring Jazz
            # Night"), not after the tool ("Stockholm Checkiday Update")
            return record_name_gen(entity, entity, _city)
        return lambda ctx: title(vocab, ctx.rand, _city(ctx), entity)
    if kind == "description":
        return description_gen(entity if entity and entity != "item" else vocab.entity)
    if kind == "text" and nk in ("message", "msg", "status_message", "detail"):
        ent = (vocab.entity or entity or "request").replace("_", " ").capitalize()
        done = {"create": "created", "update": "updated", "delete": "deleted"}

        def message(ctx: Ctx) -> str:
            verb = done.get(ctx.action)
            return f"{ent} {verb} successfully." if verb else "Request completed successfully."

        return message
    if kind == "text":
        if any(w in nk for w in ("review", "comment", "feedback", "note")):
            return review_gen()
        return text_gen(nk)
    if kind == "rating_str":
        return lambda ctx: f"{3 + ctx.rand() * 2:.1f}"
    if kind == "airline":
        return pick(AIRLINES)
    if kind == "iata":
        return lambda ctx: IATA[ctx.place_index()]
    if kind == "hex_color":
        return lambda ctx: f"#{ctx.bits(24):06x}"
    if kind == "coded":
        return reshaper(str(schema.get("default")))
    if kind == "token":
        return lambda ctx: f"tok_{ctx.bits(64):016x}"
    if kind == "secret":
        return lambda ctx: "********"
    if kind == "lat":
        return lambda ctx: f"{PLACES[ctx.place_index()][4]:.4f}"
    if kind == "lon":
        return lambda ctx: f"{PLACES[ctx.place_index()][5]:.4f}"
    if kind == "slug":

        def slug(ctx: Ctx) -> str:
            return f"{word(vocab, ctx.rand)}-{_city(ctx).lower().replace(' ', '-')}"

        return slug
    if kind == "code":
        return lambda ctx: (
            f"{chr(65 + ctx.bits(4))}{chr(65 + ctx.bits(4))}{ctx.bits(14) % 10000:04d}"
        )
    if kind == "symbol":
        return pick(SYMBOLS)
    if kind == "eticket":
        # an airline ticket's number is 13 digits, its carrier's code first: no "IB0455",
        # which reads as a flight (seed 97 #8)
        return lambda ctx: f"{pick(_CARRIER_CODES)(ctx)}{ctx.bits(34) % 10**10:010d}"
    if kind == "venue":
        return _name_gen("venue", vocab)
    if kind == "cinema":
        return _cinema
    if kind == "facility":
        # a hotel's facility is an amenity; a lab's or a clinic's is its name: CLIA labs
        # had been "Parking" and "Swimming pool" (ToolBench seed 59 #14)
        return (code_gen("amenity") or none_gen) if entity in _LODGING else _facility
    if kind == "card_expiry":
        return expiry_gen(schema)
    short_code = code_gen(kind)
    if short_code is not None:
        return short_code
    if kind == "gender":
        return pick(GENDERS)
    if kind == "job":
        return _pool("jobs")
    if kind == "role":
        return pick(ROLES)
    if kind == "money_str":
        return lambda ctx: f"{10 ** (1 + ctx.rand() * 2):.2f}"
    return _unknown_gen(key, entity, vocab)


# IATA ticketing codes of a few airlines (Lufthansa 220, British Airways 125, Delta 006,
# Emirates 176, Air France 057, United 016, KLM 074, Qantas 081).
_CARRIER_CODES = ("220", "125", "006", "176", "057", "016", "074", "081")


def _unknown_gen(key: str, entity: str, vocab: Vocab) -> Gen:
    """A string of no kind `string_kind` knows: what its key says it holds (`field_values`);
    a search term takes the endpoint's topic words; anything else a bland setting word.
    Why never the endpoint's own words: `diesel: "fuel"`, `mimetype: "file"` recite the
    tool's name where a value belongs."""
    fk = field_kind(key) if key else None
    if fk is not None and fk != "search":
        gen = field_gen(fk, key, entity)
        if gen is not None:
            return gen
    if fk == "search" and vocab is not _PLAIN:
        return lambda ctx: word(vocab, ctx.rand)
    head = _head_noun(key)
    if head and name_kind(head) != "name":  # `players`, `product_list`: their names
        return _name_gen(head, vocab)
    return bland_gen()


def _head_noun(key: str) -> str:
    """The thing a key lists or names (`product_list` -> product, `players` -> player)."""
    parts = [p for p in normalize_key(key).split("_") if p not in ("list", "names", "name")]
    return singular(parts[-1]) if parts else ""
