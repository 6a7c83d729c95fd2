"""Which words of an endpoint's text can stand alone as a field's value.

An endpoint's description is prose: "This endpoint takes a list of individuals and
returns itself the specified ones." Its nouns name the domain; its function words
("itself", "whether", "should"), its verbs ("takes", "returns", "specified") and its
vague adjectives and adverbs ("particular", "currently") mean nothing as a `category`,
a `tag` or a `sort` of a record. `is_function_word(word)` is the closed-class test
(pronouns, determiners, prepositions, conjunctions, auxiliaries and modals, adverbs);
`verbs_in(text)` the words a text uses as verbs, read from where they stand (before an
article or a pronoun, after a modal, `to` or a subject, a third-person form of a verb
API prose uses); `value_word(word, verbs)` whether a word can be a value. Stems are
checked against the English word list (`registry/english.py`). Deterministic, no network.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.registry.english import is_known


def _listed(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` (word lists written as prose)."""
    return frozenset(text.split())


# Closed classes: words that carry grammar, not a domain.
FUNCTION_WORDS = _listed("""
a an the this that these those some any each every either neither both all no none such
other others another own same certain various several many much more most less least few
fewer enough whole entire
i me my mine myself you your yours yourself yourselves he him his himself she her hers
herself it its itself we us our ours ourselves they them their theirs themselves oneself
who whom whose which what whoever whatever whichever someone somebody something anyone
anybody anything everyone everybody everything nobody nothing
about above across after against along alongside amid among amongst around before behind
below beneath beside besides between beyond despite during except inside instead into
near onto outside over past per regarding since than through throughout till toward
towards under underneath unlike until upon versus within without according via whether
including excluding concerning considering following upon off out from with for of to in
on at by as up down
and but or nor yet so because although though unless whereas while whilst when whenever
where wherever whereby wherein once therefore thus hence however moreover furthermore
otherwise also if then
is are was were be been being am have has had having do does did doing done shall should
will would can could may might must ought cannot
only just very quite rather really already still even ever never always often sometimes
usually again here there now soon later away together almost maybe perhaps else further
anyway too well especially simply currently eg ie etc
particular relevant possible different corresponding respective specific given next
previous following multiple additional certain unique valid appropriate desired single
full first last similar better greater larger largest longer longest smaller smallest
extra important actual overall mandatory convenient correct common regular main
necessary good great easy able exact proper related long short back brief prior empty
""")

# Verbs API prose uses, as written in their base form: their other forms are verbs too
# ("returns", "returned", "returning"). Not the ones that are as often things: a store,
# a match, a show, a list, a search, a sort.
_PROSE_VERBS = _listed("""
return take get fetch retrieve generate provide allow accept contain support receive send
create give let enable perform pull respond calculate convert detect extract remove render
represent refresh rephrase initiate consolidate require include specify indicate describe
use make mean belong enter choose pass obtain determine explain verify submit satisfy
compare analyze analyse handle save upload download apply add delete find select define
identify translate recognize recognise integrate ensure visit want try wait learn read
write know see keep start sell feel
""")
# Their irregular past forms.
_IRREGULAR = frozenset({"sent", "made", "given", "found", "taken", "done", "written", "built",
                        "known", "shown", "seen", "held", "kept", "told", "brought",
                        "bought", "paid", "sold", "chosen", "gotten", "begun", "took",
                        "gave", "got", "wrote", "knew"})

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[.;:!?]")
# Words after which the next word is a verb: modals, `to`, a subject pronoun.
_BEFORE_VERB = frozenset({"to", "can", "will", "should", "must", "may", "might", "would",
                          "could", "shall", "cannot", "please", "you", "we", "they", "also",
                          "simply", "then"})
# Subjects after which a word in -s is a verb ("it returns", "which takes").
_SUBJECTS = frozenset({"it", "which", "that", "who", "this", "endpoint", "api", "service",
                       "function", "method", "tool", "call", "request", "he", "she"})
# Objects that follow a verb: an article, a possessive, an object pronoun (not `you`:
# "the people you follow").
_AFTER_VERB = frozenset({"a", "an", "the", "all", "any", "your", "its", "their", "these",
                         "those", "each", "every", "our", "my", "his", "her", "them",
                         "us", "me", "this"})
# Words in -ly that are no adverb of a word (a family, a supply, July, daily figures, a
# dividend paid annually, a friendly match).
_LY_NOUNS = frozenset({"daily", "weekly", "monthly", "yearly", "quarterly", "hourly",
                       "nightly", "family", "supply", "reply", "assembly", "italy", "july",
                       "rally", "belly", "jelly", "bully", "ally", "fly", "lily", "holly",
                       "annually", "biannually", "semiannually", "fortnightly", "bimonthly",
                       "biweekly", "friendly"})


# Function words a field does take as its value: a filter's `all`, a severity's `none`, a
# gender's `other`, a switch's `on`, a trend's `up`, a git branch `main`, a room `single`,
# a task `done`, an operator `and`.
_SAYABLE = _listed("""
a all any none no other others on off in out up down over under first last next previous
long short single full main back done and or not both either neither same new old good
great correct common regular extra better best higher lower here to from by per each
every some few many more most less least enough whole entire able easy exact proper
related valid unique multiple additional certain i it this that brief empty
""")
NEVER_VALUES = (FUNCTION_WORDS - _SAYABLE) | frozenset(
    {"specified", "supplied", "provided", "desired", "aforementioned", "respectively"})
"""Words no field of a record holds as its whole value: pronouns ("itself"), prepositions
("within", "whether"), conjunctions ("although"), modals ("should") and the vague words
of prose ("particular", "specified"); with -ly adverbs, the judge's test."""


def never_a_value(word: str) -> bool:
    """`word` is no field's whole value: a word of `NEVER_VALUES` or a prose adverb. Not
    a word of two letters: "us", "be", "it" and "no" are country and language codes."""
    low = word.lower()
    return len(low) > 2 and (low in NEVER_VALUES or _adverb(low))


def is_function_word(word: str) -> bool:
    """A closed-class word: pronoun, determiner, preposition, conjunction, auxiliary,
    modal, or a vague adjective or adverb of prose ("particular", "currently")."""
    low = word.lower()
    return low in FUNCTION_WORDS or _adverb(low)


@lru_cache(maxsize=65536)
def _adverb(low: str) -> bool:
    """An adverb made of a known word with -ly ("optionally", "newly", "automatically")."""
    if not low.endswith("ly") or len(low) < 5 or low in _LY_NOUNS:
        return False
    stem = low[:-2]
    return any(is_known(s) and len(s) >= 4 for s in (
        stem, stem[:-1] + "le" if stem.endswith("b") or stem.endswith("p") else stem,
        stem[:-1] + "y" if stem.endswith("i") else stem,
        stem[:-2] if stem.endswith("al") else stem))


@lru_cache(maxsize=65536)
def verb_form(low: str) -> bool:
    """A form of a verb API prose uses: "returns", "specified", "taking", "generates"."""
    return low in _IRREGULAR or any(base in _PROSE_VERBS for base in _bases(low))


def _bases(low: str) -> tuple[str, ...]:
    """The base forms `low` may be inflected from (-s, -es, -ies, -ed, -ied, -ing, with a
    doubled consonant or a dropped e)."""
    out = [low]
    for suffix in ("s", "es", "ed", "d", "ing"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "setting", "stopped"
    for suffix in ("ies", "ied"):
        if low.endswith(suffix):
            out.append(low[: -len(suffix)] + "y")  # "specifies", "specified"
    return tuple(out)


@lru_cache(maxsize=16384)
def verbs_in(text: str) -> frozenset[str]:
    """The words `text` uses as verbs: before an object ("takes a", "returns the"), after a
    modal, `to` or a subject pronoun ("can take", "you want"), a word in -s after a subject
    ("it returns", "which takes"), and any form of a verb API prose uses."""
    tokens = _WORD.findall(text.lower())
    found: set[str] = set()
    for i, w in enumerate(tokens):
        if not w.isalpha() or w in FUNCTION_WORDS:
            continue
        prev = tokens[i - 1] if i else "."
        nxt = tokens[i + 1] if i + 1 < len(tokens) else "."
        if (nxt in _AFTER_VERB or prev in _BEFORE_VERB or verb_form(w)
                or (prev in _SUBJECTS and w.endswith("s") and not w.endswith("ss"))
                or _participle(w) or _progressive(w)):
            found.add(w)
    return frozenset(found)


def _participle(low: str) -> bool:
    """A past participle of a known verb ("supplied", "logged", "truncated"), or a
    superlative of a known adjective ("largest")."""
    if low.endswith("est") and len(low) >= 6:
        return is_known(low[:-3]) or is_known(low[:-2])
    if not low.endswith("ed") or len(low) < 5:
        return False
    if low.endswith(("ated", "ized", "ised", "ified")):
        return True
    return any(is_known(b) and len(b) >= 3 for b in _bases(low)[1:])


def _progressive(low: str) -> bool:
    """A form in -ing of a known verb ("existing", "resulting", "acting"): in prose, an
    action or a participle; the things named so ("pricing", "shipping") are in a name."""
    return low.endswith("ing") and len(low) >= 6 and any(
        is_known(b) and len(b) >= 3 for b in _bases(low)[1:])


def value_word(word: str, verbs: frozenset[str] = frozenset()) -> bool:
    """`word` can stand alone as a field's value: no function word, no vague adverb, not
    a word its text uses as a verb (`verbs`, from `verbs_in`)."""
    low = word.lower()
    return not (is_function_word(low) or low in verbs)
