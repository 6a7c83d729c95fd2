"""An endpoint's own domain vocabulary, and titles and sentences written with it.

Free-text fields (titles, descriptions, comments, unknown words) used to be Faker lorem and
catch-phrases. Here they are built from the nouns of the endpoint's own name, its tool's
name and its description ("covid", "vaccination", "country" for a Covid statistics API),
combined by a few sentence shapes with the session's place. `Vocab.of(endpoint)` is
computed once per endpoint; the generators index into its tuples with the call's random
stream. No Faker, no lorem, never touches the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from toolgen.executor.kind_titles import kind_title
from toolgen.executor.value_words import is_function_word, value_word, verb_form, verbs_in

_WORD = re.compile(r"[A-Za-z][a-z]{3,}")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

# Words that carry no domain: API plumbing, verbs and vague adjectives of descriptions.
_STOP = frozenset(
    [
        "this", "that", "with", "from", "your", "have", "will", "been", "were", "which", "their",
        "there", "these", "those", "about", "into", "than", "then", "them", "they", "when", "what",
        "where", "while", "also", "more", "most", "some", "such", "only", "very", "just", "like",
        "each", "other", "over", "under", "using", "used", "uses", "user", "users", "provide",
        "provides", "provided", "providing", "return", "returns", "returned", "allow", "allows",
        "allowed", "allowing", "get", "gets", "getting", "give", "gives", "given", "make", "makes",
        "made", "find", "finds", "found", "search", "searches", "list", "lists", "fetch", "fetches",
        "retrieve", "retrieves", "retrieving", "create", "creates", "update", "updates", "delete",
        "deletes", "check", "checks", "show", "shows", "view", "views", "based", "specific",
        "specified", "information", "info", "data", "details", "detail", "endpoint", "endpoints",
        "request", "requests", "response", "responses", "result", "results", "api", "apis", "rest",
        "json", "http", "https", "www", "com", "free", "simple", "easy", "fast", "best", "real",
        "time", "realtime", "service", "services", "tool", "tools", "access", "query", "queries",
        "value", "values", "parameter", "parameters", "optional", "required", "default", "string",
        "number", "integer", "boolean", "object", "array", "field", "fields", "format", "type",
        "types", "name", "names", "example", "examples", "sample", "test", "testing", "demo",
        "version", "page", "pages", "limit", "offset", "item", "items", "record", "records",
        "entry", "entries", "available", "current", "latest", "various", "many", "much", "need",
        "needs", "want", "wants", "well", "help", "helps", "able", "including", "include",
        "includes", "within", "without", "across", "along", "around", "v1", "v2", "v3", "call",
        "calls", "method", "methods", "app", "apps", "application", "applications", "developer",
        "developers", "rapidapi", "please", "note", "make", "sure", "here", "used", "useful",
        "every", "always", "other", "another"
    ]
)

_ADJ = ("popular", "recent", "detailed", "official", "updated", "verified", "local",
        "complete", "daily", "weekly")
_TITLE_ADJ = ("Midnight", "Golden", "Silent", "Electric", "Northern", "Hidden", "Wild",
              "Blue", "Last", "Summer", "Paper", "Velvet", "Distant", "Bright", "Broken",
              "Secret", "Winter", "Open")
_TITLE_NOUN = ("Hearts", "Roads", "Skies", "City", "Tides", "Echoes", "Letters", "Garden",
               "River", "Lights", "Signals", "Horizon", "Dreams", "Harbor", "Stories", "Waves")
# What "The <Noun> of ..." is of: a creative work is about anything, not the record's
# city (a user's collections "The Roads of Cairo", "The Harbor of Cairo", "The River of
# Cairo", ToolBench seed 7 #33, all named after one place).
_TITLE_OF = ("Memory", "Silence", "Salt", "Glass", "Morning", "Distance", "Home", "Rain",
             "Strangers", "Tomorrow", "Small Hours", "the Sea", "the North", "Light",
             "Winter", "Summer")
_SUFFIX = ("Report", "Overview", "Guide", "Summary", "Update", "Highlights", "Index",
           "Insights")
_CREATIVE = frozenset({"video", "song", "track", "movie", "film", "book", "album", "episode",
                       "podcast", "show", "article", "post", "story", "playlist", "game",
                       "series", "channel", "news", "headline", "novel", "poem", "recipe",
                       "music", "artist", "anime", "manga", "comic", "lyric", "chapter"})

# Sentence shapes; {e} entity, {n}/{m} domain nouns, {c} city, {a} adjective.
_DESCRIPTIONS = (
    "{A} {e} covering {n} and {m}.",
    "{E} data for {c}, including {n} and {m}.",
    "Includes {n}, {m} and related {e} information.",
    "{A} {n} {e} for {c}.",
    "Official {n} listing with {m} details.",
    "Covers the latest {n} figures for {c}.",
    "{E} with {n} and {m}, updated regularly.",
    "Summary of {n} for {c}.",
)
_TEXTS = (
    "Great {n}, would recommend.",
    "The {n} was better than expected.",
    "Accurate {n} and quick updates.",
    "Please confirm the {n} for {c}.",
    "Everything about the {n} looks right.",
    "Good value, the {m} could be clearer.",
    "Thanks, the {n} details were helpful.",
    "{N} in {c} matched what I needed.",
)


def is_creative(noun: str) -> bool:
    """A song, film, book, episode...: titled creative work."""
    return noun in _CREATIVE


def _words(text: str) -> list[str]:
    spaced = _CAMEL.sub(" ", text)
    return [w.lower() for w in _WORD.findall(spaced)]


@dataclass(frozen=True, slots=True)
class Vocab:
    """Domain nouns of one endpoint (never empty) and whether its entity is creative work."""

    nouns: tuple[str, ...]
    entity: str
    creative: bool

    @staticmethod
    @lru_cache(maxsize=1 << 14)  # the mock API and the planner ask for one endpoint's alike
    def build(texts: tuple[str, ...], entity: str, prose: str = "") -> Vocab:
        """The nouns of `texts` (names: only function words and verb forms are left out)
        and of `prose` (a description: also the words it uses as verbs)."""
        seen: dict[str, None] = {}
        for text in texts:
            for w in _words(text):
                if w not in _STOP and len(w) <= 16 and not (
                        is_function_word(w) or verb_form(w)):
                    seen.setdefault(w, None)
        verbs = verbs_in(prose) if prose else frozenset()
        for w in _words(prose):
            if w not in _STOP and len(w) <= 16 and value_word(w, verbs):
                seen.setdefault(w, None)
        ent = entity if entity and entity not in ("item", "") else ""
        nouns = tuple(seen)[:16] or ((ent,) if ent else ("record",))
        creative = ent in _CREATIVE or bool(_CREATIVE & set(nouns[:6]))
        return Vocab(nouns, ent or nouns[0], creative)

    @staticmethod
    def of(endpoint: Any, entity: str) -> Vocab:
        return Vocab.build((endpoint.name, endpoint.tool_name), entity,
                           endpoint.description[:400])


def _pick(seq: tuple[str, ...], r: float) -> str:
    return seq[int(r * len(seq))]


def title(vocab: Vocab, rand: Any, city: str, entity: str = "") -> str:
    """A title in the endpoint's domain: creative work gets a creative title, a dish, an
    event or a video one of its kind (`kind_titles`); `entity` is the titled record's own
    kind when it is not the endpoint's (a channel's videos)."""
    own = kind_title(entity, rand, city, vocab.nouns) if entity and entity != vocab.entity \
        else None
    fitting = own or kind_title(vocab.entity, rand, city, vocab.nouns)
    if fitting is not None:
        return fitting
    r = rand()
    if vocab.creative:
        if r < 0.7:
            return f"{_pick(_TITLE_ADJ, rand())} {_pick(_TITLE_NOUN, rand())}"
        # r is in [0.7, 1): what is left of it picks the "of", so no draw is added
        return f"The {_pick(_TITLE_NOUN, rand())} of {_pick(_TITLE_OF, min((r - 0.7) / 0.3, 0.99))}"
    noun = _pick(vocab.nouns, rand()).capitalize()
    if r < 0.5:
        return f"{city} {noun} {_pick(_SUFFIX, rand())}"
    return f"{noun} {_pick(_SUFFIX, rand())}"


def entity_name(vocab: Vocab, entity: str, rand: Any, city: str) -> str:
    """A name for an entity of no known kind (a station, a plan): '<City> <Noun>'."""
    noun = (entity or _pick(vocab.nouns, rand())).replace("_", " ")
    return f"{city} {noun.title()}"


def sentence(vocab: Vocab, rand: Any, city: str, review: bool = False) -> str:
    shapes = _TEXTS if review else _DESCRIPTIONS
    shape = _pick(shapes, rand())
    n = _pick(vocab.nouns, rand())
    m = _pick(vocab.nouns, rand())
    if m == n and len(vocab.nouns) > 1:
        m = vocab.nouns[(vocab.nouns.index(n) + 1) % len(vocab.nouns)]
    a = _pick(_ADJ, rand())
    e = vocab.entity.replace("_", " ")
    return shape.format(e=e, E=e.capitalize(), n=n, N=n.capitalize(), m=m, c=city, a=a,
                        A=a.capitalize())


def word(vocab: Vocab, rand: Any) -> str:
    return _pick(vocab.nouns, rand())
