"""The simulated user's turns, offline: first request, clarification answers, follow-ups,
closings, off-topic questions and requests no tool can serve.

Goals are said in the user's words (`goal_phrases`), values woven in by meaning (`saying`).
Slot values are placed in the text as opaque tokens (`masking.Vault`) while phrases are
chosen, tidied and styled, then restored, so each value appears exactly as given.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from toolgen.agents.offline import saying, smalltalk, spans
from toolgen.agents.offline.conditions_said import conditions_said
from toolgen.agents.offline.goal_phrases import goal_phrase
from toolgen.agents.offline.grammar import tidy
from toolgen.agents.offline.masking import TOKEN_RE, Vault
from toolgen.agents.offline.object_fields import object_fields
from toolgen.agents.offline.place_nouns import placed, within_address
from toolgen.agents.offline.situation import any_request, fits_places, fits_request
from toolgen.agents.offline.types import Fact, Intent, Slot
from toolgen.agents.offline.typos import casualize
from toolgen.agents.offline.undone import turned, undoing
from toolgen.agents.offline.user_phrases import CONNECTOR_RULES, GRAMMAR
from toolgen.agents.offline.value_roles import folded
from toolgen.agents.offline.which_ones import which_ones
from toolgen.records.plan import Goal, Style


def user_request(
    goal: Goal,
    intents: Sequence[Intent],
    slots: Sequence[Slot],
    rng: random.Random,
    slot_intents: Sequence[int] = (),
    links: Sequence[str] = (),
    later: bool = False,
    refs: Sequence[str] = (),
    said: Sequence[str] | None = None,
) -> str:
    """The first user turn: states the goal in the user's words, every slot value woven in.
    `later`: the chat is already open (the assistant turned down an earlier ask), so the
    request greets no one and tells no situation again.

    `slot_intents[k]` is the index of the intent slot k belongs to (default: the first);
    `links[i]` says how intent i relates to the one before: "with" (alongside it), "then"
    (after it) or "then_it" (using its result). A person's situation may open the turn;
    who they are is never announced. `refs[i]` names the earlier result intent i uses
    ("using the first showtime's price", `referents`), "" where none is known.
    """
    vault = Vault()
    groups: list[list[Slot]] = [[] for _ in intents] or [[]]
    for k, slot in enumerate(slots):
        at = slot_intents[k] if k < len(slot_intents) else 0
        groups[min(at, len(groups) - 1)].append(slot)
    phrases = [goal_phrase(i, rng) for i in intents] or ["help me with " + goal.domain]
    clauses = [_clause(p, g, vault, rng, _writes(i), i.verb in _CHECK_VERBS)
               for p, g, i in zip(phrases, groups, intents, strict=False)]
    core, after = _chain(clauses, links, rng, refs)
    style = goal.style
    if later:
        text = _stop_before(GRAMMAR.say("request_later", rng, {"core": core, "after": after}),
                            after)
        return _finish(text, vault, style, rng)
    context = context_of(goal.persona, rng)
    values = said if said is not None else [s.value for s in slots if s.kind in ("", "string")]
    if context and not fits_places(context, values):
        context = ""  # no "trip to Lisbon" opening a hotel booked in Zurich
    asked = " ".join([*phrases, *values])
    if context and not fits_request(context, asked):
        # no "I'm covering the playoffs." opening a search of airports
        context = any_request(asked)
    env = {"core": core, "after": after, "context": context}
    text = _stop_before(GRAMMAR.say("request_" + style, rng, env), after)
    return _finish(text, vault, style, rng)


def _stop_before(text: str, after: str) -> str:
    """A full stop where the ask ends and the later asks begin: a casual ask carries no
    punctuation of its own ("pls track my delivery"), and the next sentence must not run
    on into it ("... dlv_1 When that's done, make a payment")."""
    at = text.find(after) if after else -1
    if at > 0 and text[at - 1] not in ".?!":
        return text[:at] + "." + text[at:]
    return text


def context_of(persona: str, rng: random.Random, share: float = 0.4) -> str:
    """The person's situation in their own words ("I'm planning a shoot in Porto."), taken
    from the persona's -ing clause; empty most of the time or when there is none."""
    if rng.random() >= share:
        return ""
    words = persona.split()
    # an -ing word right after the article names the person ("a hiking guide"), not what
    # they are doing: "I'm hiking guide planning routes" was said
    at = next((i for i, w in enumerate(words) if i and w.endswith("ing") and len(w) > 4
               and words[i - 1].lower() not in ("a", "an", "the")), None)
    if at is None:
        return ""
    return "I'm " + " ".join(words[at:]) + "."


def user_clarification_answer(
    slots: Sequence[Slot], rng: random.Random, style: Style = "chatty"
) -> str:
    """Answer to the assistant's question for missing values; states every slot."""
    vault = Vault()
    if len(slots) == 1:
        rule = "clar_formal" if style == "formal" else "clar_one"
        tok = vault.put(slots[0].value)
        # a sentence given on its own is quoted: 'The meeting has been moved to Thursday
        # afternoon., please.' ran the text into the reply (an address is not quoted)
        said = slots[0].value
        quoted = said[-1:] in (".", "?", "!") and saying.is_sentence(said)
        env = {"value": f'"{tok}"' if quoted else tok}
    else:
        rule = "clar_formal_many" if style == "formal" else "clar_many"
        env = {"slots": _join(_said(slots, vault, rng), rng)}
    return _finish(GRAMMAR.say(rule, rng, env), vault, style, rng)


def user_follow_up(
    goal: Goal,
    intent: Intent,
    slots: Sequence[Slot],
    previous_facts: Sequence[Fact],
    rng: random.Random,
    builds_on: bool = True,
    more: Sequence[Intent] = (),
    slot_intents: Sequence[int] = (),
    links: Sequence[str] = (),
    carried: Sequence[str] = (),
    refs: Sequence[str] = (),
    changed_mind: bool = False,
) -> str:
    """A second request after the first answer; refers back to it only when it `builds_on`
    an earlier result ("great, can you also ... for it"). It names a reported fact ("About
    Boston, can you also ...") only when the request uses that very value (`carried`, the
    values it takes from earlier results): "About MarShon, can you also see the airports?"
    joined a player's first name to airports found by his team's city. `refs[i]` names
    the earlier result intent i uses (`referents`), said after its own clause. A request
    that `changed_mind` takes back what the first made ("Actually, my plans have changed -
    could you cancel that booking?", `planner.changed_mind`)."""
    vault = Vault()
    intents = [intent, *more]
    groups: list[list[Slot]] = [[] for _ in intents]
    for k, slot in enumerate(slots):
        at = slot_intents[k] if k < len(slot_intents) else 0
        groups[min(at, len(groups) - 1)].append(slot)
    clauses = [_clause(goal_phrase(i, rng), g, vault, rng, _writes(i),
                       i.verb in _CHECK_VERBS)
               for i, g in zip(intents, groups, strict=True)]
    # "check the rate into CHF using the order's currency", not "... for that one"
    named = bool(refs) and bool(refs[0])
    core, after = _chain(clauses, links, rng, refs)
    # a name or a key, not a bare figure or code ("About 32, ...", "For EUR, ...")
    fact = next((f.value for f in previous_facts
                 if 3 < len(f.value) <= 40 and f.value in carried
                 and any(c.isalpha() for c in f.value)), None)
    if changed_mind:
        rule = "follow_up_closed" if intent.verb == "close" else "follow_up_undo"
        text = GRAMMAR.say(rule, rng, {"core": core, "after": after})
    elif builds_on and not named and fact and rng.random() < 0.4:
        env = {"core": core, "after": after, "fact": vault.put(fact)}
        text = GRAMMAR.say("follow_up_on", rng, env)
    else:
        # one "using that result" per request: a chained ask already says its own
        ref = (" " + GRAMMAR.say("ref", rng) if builds_on and not named and not _refers(core)
               else "")
        text = GRAMMAR.say("follow_up", rng, {"core": core, "after": after, "ref": ref})
    return _finish(text, vault, goal.style, rng)


def user_closing(rng: random.Random, style: Style = "chatty") -> str | None:
    """A thank-you turn, or None (many users just stop)."""
    if rng.random() < 0.25:
        return None
    rule = "closing" if style == "chatty" else "closing_" + style
    return _finish(GRAMMAR.say(rule, rng), Vault(), style, rng)


def user_irrelevant(rng: random.Random) -> str:
    """A question that needs no tool: small talk or general knowledge."""
    return smalltalk.question(rng)


def user_request_missing_capability(capability: str, rng: random.Random) -> str:
    """Opens a conversation asking for something (`capability`, a verb phrase) that no
    offered tool can do."""
    return tidy(GRAMMAR.say("missing", rng, {"capability": capability}))


# Verbs of a request that sets values on what it makes or edits: its values are the
# fields it fills ("with the job title Ecologist"), not filters of a search.
_WRITE_VERBS = frozenset({"create", "add", "update", "edit", "change", "set", "submit",
                          "register", "save", "replace", "assign", "make", "open", "file",
                          "post", "publish"})


# Verbs of a request whose value is what is checked: "verify the email ann@x.com", never
# "check the email - email me at ann@x.com -" (ToolBench seed 5766738 #5).
_CHECK_VERBS = frozenset({"check", "verify", "validate"})
# Verbs of a request whose number or address is where it goes: "send an SMS to +48 ...",
# never "(my number is +48 ...)" (ToolBench seed 4270842 #7).
_SEND_VERBS = frozenset({"send", "text", "message", "forward", "deliver"})


def _writes(intent: Intent) -> bool:
    return intent.verb in _WRITE_VERBS


def _clause(phrase: str, slots: Sequence[Slot], vault: Vault, rng: random.Random,
            writes: bool = False, checks: bool = False) -> str:
    """The goal phrase with its values woven in ("find hotels in Porto for 2 adults";
    "update contact 898066 with the job title Ecologist" for a request that `writes`)."""
    verb = phrase.partition(" ")[0]
    undone = undoing(verb, [(s.name, s.raw) for s in slots])
    if undone is not None:  # `unlock=True`: "unlock the doors", not "lock ... with unlock"
        phrase, slots = turned(phrase, verb, undone[0]), [s for s in slots
                                                          if s.name != undone[1]]
    phrase, left = which_ones(phrase, slots, vault.put)  # "lock the driver door"
    # "book a direct flight" says `direct_flight: true`: not again "and yes, direct flight
    # only" (BFCL seed 61 #7)
    left = [s for s in left if not (s.raw is True and f" {s.label.lower()} " in f" {phrase} ")]
    parts = _said(within_address(left), vault, rng, writes, checks,
                  sends=verb in _SEND_VERBS)
    phrase, parts = _fold_key(phrase, parts)
    phrase, parts = placed(phrase, parts)  # "the zips in North Dakota", not "in the state in"
    phrase, parts = folded(phrase, parts)  # "of the numbers 487 ...", one "with" for many
    if parts and _OPEN_END.search(phrase):
        # "the area under" + "for the polynomial ...": the phrase's own preposition
        # takes the thing, never "the area under for the polynomial"
        parts[0] = _LEADING.sub("", parts[0], count=1)
    parts = _one_aside(parts, vault.restore)
    if len(parts) <= 3:
        return _abutting(" ".join([phrase, *parts]))
    listed = parts[2:]
    asides: list[str] = []
    while listed and _set_off(listed[-1]):
        asides.insert(0, listed.pop())  # "..., for Angela Arnold (that is late arrival)"
    said = " ".join([phrase, *parts[:2]]) + (", " + _join(listed, rng) if listed else "")
    return _abutting(" ".join([said, *asides]))


# A goal phrase ending on a preposition ("work out the area under"), and the preposition a
# part opens with that would follow it.
_OPEN_END = re.compile(r" (?:under|of|about|on|over|between|from|for|in|into|to|with)$")
_LEADING = re.compile(r"^(?:for|of|on|about|in) (?=the |my |a |an )")


def _set_off(part: str) -> bool:
    """An aside ("(late arrival)", "- 14C -"): said beside what it follows, never listed
    after "and" ("for Andrea Lane and - late arrival", "and (the suite room)")."""
    return _inside(part) is not None


# A part said wholly in brackets ("(hotel htl_1)", "(that's Munich)").
_ASIDE = re.compile(r"\(([^()]+)\)")
_THATS = re.compile(r"^(?:that's|that is) ")


def _one_aside(parts: Sequence[str], restore: Callable[[str], str]) -> list[str]:
    """Asides side by side said as one: "(hotel htl_1, room rmo_2)", "(that's Munich,
    Dubai)", "(7 of them, payment method mth_1)"; a person never writes "(hotel htl_1)
    (room rmo_2)", "(event evn_1) (8 in total)" nor "- 7 of them - (payment method
    mth_1)"."""
    out: list[str] = []
    for part in parts:
        inner = _inside(part)
        before = _inside(out[-1]) if out else None
        if inner is None or before is None:
            out.append(part)
            continue
        # "(that's Munich, Dubai)", "(hotel htl_1, Dubai)": "that's" said at most once; a
        # value of its own commas ("Piazza Camiscione, 37") is kept apart by a semicolon
        said = _THATS.sub("", inner)
        sep = "; " if "," in restore(before + said) else ", "
        out[-1] = f"({before}{sep}{said})"
    return out


def _inside(part: str) -> str | None:
    """What an aside says, set off by brackets or by dashes ("- 7 of them -"); None for a
    part that is no aside."""
    if (m := _ASIDE.fullmatch(part)) is not None:
        return m.group(1)
    if part.startswith("- ") and part.endswith(" -") and len(part) > 4:
        return part[2:-2]
    return None


_TWO_VALUES = re.compile(f"({TOKEN_RE.pattern}) (?={TOKEN_RE.pattern})")


def _abutting(text: str) -> str:
    """"the initial sum at 541.72 11 years": two values side by side read as one; a
    comma keeps them apart ("541.72, 11 years")."""
    return _TWO_VALUES.sub(r"\1, ", text)


def _said(slots: Sequence[Slot], vault: Vault, rng: random.Random,
          writes: bool = False, checks: bool = False, sends: bool = False) -> list[str]:
    """Each slot as a phrase, in order; a latitude and its longitude are one point ("at
    40.4168, -3.7038"), said once, and a setting the user leaves to the assistant says
    nothing. In a request that `checks` a value, an address is what is checked, not the
    user's own; in one that `sends`, a number or address is the recipient's."""
    out: list[str] = []
    fields: list[str] = []
    # the fields a request sets are listed by name ("with the start date ..."), no span
    span = spans.pairs(slots) if len(slots) > 1 and not writes else {}
    trip = spans.route(slots) if len(slots) > 3 and not writes else None
    # every point, not only the first: a second one's parts said alone read as the first
    # said again ("at 52.2297, 21.0122 at latitude 52.2297 at longitude 21.0122")
    # a part a span says ("between 10 and 20") is no part of a point left half unsaid
    free = [i for i in range(len(slots)) if i not in span and i not in span.values()]
    lats = [i for i in free if saying.is_latitude(slots[i])]
    lons = [i for i in free if saying.is_longitude(slots[i])]
    point_of: dict[int, tuple[int, int]] = {} if trip is not None else {
        i: p for p in spans.points(slots, lats, lons) for i in p}
    said_points: set[tuple[str, str]] = set()
    for i, s in enumerate(slots):
        if trip is not None and i in trip:
            if i == min(trip):
                out.append(spans.said_route(slots, trip, vault.put))
            continue
        if i in span or i in span.values():
            # "from Mumbai to Delhi": a start and an end said as one span, in its order
            if i in span:
                out.append(spans.said_pair(s, slots[span[i]], vault.put, rng))
            continue
        if (bounds := spans.said_bounds(s, vault.put, rng)) is not None:
            out.append(bounds)  # "limits": [10, 20] said "from 10 to 20"
            continue
        if i in point_of:
            lat, lon = point_of[i]
            a, b = slots[lat].value, slots[lon].value
            # two ends at the one place (`dep_*` and `arr_*` both Warsaw) are one point said
            if i == min(lat, lon) and (a, b) not in said_points:
                said_points.add((a, b))
                said = f"{vault.put(a)}, {vault.put(b)}"
                out.append(saying.coordinates(said, a, b, rng))
            continue
        if (where := conditions_said(s, vault.put)) is not None:
            out.append(where)  # "where the age is under 30"
            continue
        named = object_fields(s, vault.put)
        if named is not None:
            fields.extend(named)  # "with the name Robert Ford and the email ..."
            continue
        tok = vault.put(s.value)
        filled = saying.field(s, tok) if writes else None
        if filled is not None:
            fields.append(filled)
        else:
            out.append(saying.phrase(s, tok, rng, checked=checks, sent_to=sends))
    out = [p for p in out if p]
    if fields:
        # the fields a request sets, listed after "with": "with the subject "...", the
        # priority 2 and the job title set to Ecologist"
        out.append("with " + _join(fields, rng).removeprefix("and "))
    return out


_OBJECT_END = re.compile(r"\b(?:the|my)((?: [a-z]+){0,3}?) ([a-z]+)$")


def _fold_key(phrase: str, parts: list[str]) -> tuple[str, list[str]]:
    """"stop the timer" + "for my timer tmr_1" -> "stop my timer tmr_1", "the previously
    uploaded file" + "on file fli_1" -> "the previously uploaded file fli_1": the key that
    names the object the goal ends on is said with it, not as the same noun again."""
    end = _OBJECT_END.search(phrase) if parts else None
    if end is None:
        return phrase, parts
    noun = end.group(2)
    for i, part in enumerate(parts):
        m = _KEY_SAID.fullmatch(part)
        if m is not None and (m.group(2) or m.group(4)) == noun:
            owner = "my" if m.group(1) == "my " else "the"
            key = m.group(3) or m.group(5)
            # "the previously uploaded file" + "on file fli_1": the file fli_1, said once
            return (f"{phrase[:end.start()]}{owner}{end.group(1)} {noun} {key}",
                    parts[:i] + parts[i + 1:])
    return phrase, parts


# A part that names the key of an object noun ("for my timer tmr_1", "(timer tmr_1)"); the
# noun is compared after matching: a pattern compiled per noun cost more than the record.
_KEY_SAID = re.compile(r"(?:for|on) (my |the )?([a-z]+) (\S+)|\(([a-z]+) (\S+)\)")


def _chain(clauses: Sequence[str], links: Sequence[str], rng: random.Random,
           refs: Sequence[str] = ()) -> tuple[str, str]:
    """The first clause plus (at most) one more inline, the rest as sentences; each joined
    by what it is to the one before: alongside, after, or using its result (named by
    `refs[i]` when known, else a generic "using what you find")."""
    # each clause names the earlier result it uses right after itself, so a chained
    # "then_it" says no second, vaguer "using what you find"
    named = [bool(refs[i]) if i < len(refs) else False for i in range(len(clauses))]
    clauses = [_referred(c, refs[i]) if named[i] else c for i, c in enumerate(clauses)]
    core = clauses[0] if clauses else ""
    sentences: list[str] = []
    for i, clause in enumerate(clauses[1:], start=1):
        link = links[i] if i < len(links) else "then"
        link = link if link in ("with", "then", "then_it") else "then"
        link = "then" if named[i] and link == "then_it" else link
        env = {"phrase": clause, "ref": GRAMMAR.say("ref", rng)}
        if i == 1 and len(clauses) <= 3 and rng.random() < 0.6:
            core += GRAMMAR.say(link + "_in", rng, env)
        else:
            sentences.append(GRAMMAR.say(link + "_s", rng, env))
    return core, (" " + " ".join(sentences)) if sentences else ""


def _referred(clause: str, ref: str) -> str:
    """`clause` naming the earlier result it uses: "that booking" (`referents`) in place
    of the clause's own "the booking", any other referent after it."""
    if ref.startswith("that "):
        # "the legal case" is "that legal case": the words before the thing stay
        own = re.compile(rf"\b(?:the|a|an|my|your)((?: [\w-]+){{0,2}}?) ({re.escape(ref[5:])})\b"
                         r"(?= (\w+))?")
        if (m := own.search(clause)) is not None:
            # a compound ("the order details") is that thing's: "that order's details"
            held = "'s" if m.group(3) in _HELD else ""
            return f"{clause[:m.start()]}that{m.group(1)} {m.group(2)}{held}{clause[m.end():]}"
        return f"{clause} for {ref}"
    return f"{clause} {ref}"


# What a thing has, said after it as its own ("that order's details").
_HELD = frozenset({"details", "detail", "info", "information", "status", "summary", "history",
                   "items", "friends", "followers", "following", "reviews", "comments",
                   "price", "prices", "contents", "messages", "settings", "profile", "data",
                   "stats", "statistics", "lists", "posts", "videos", "tracks", "members",
                   "results", "report", "score", "tickets", "orders", "documents", "files",
                   "photos", "images", "notes", "tasks", "events", "balance", "location",
                   "address", "schedule", "seats", "fees", "metadata", "properties"})
_REFS = tuple(CONNECTOR_RULES["ref"])


def _refers(text: str) -> bool:
    """Whether `text` already points back at an earlier result ("... for it")."""
    return any(text.endswith(r) or f" {r} " in text or f" {r}," in text for r in _REFS)


def _join(items: Sequence[str], rng: random.Random) -> str:
    if len(items) <= 1:
        return "".join(items)
    joiner = " and " if rng.random() < 0.7 else ", and "
    if items[-1].startswith(("and ", "but ")):  # a carrier with its own "and" or "but"
        joiner = ", "
    return ", ".join(items[:-1]) + joiner + items[-1]


# A dash aside ("- premium grant, please -") ends where the sentence or clause does: its
# closing dash gives way to the sentence's own punctuation, two asides in a row are one,
# and a comma before an opening dash is dropped ("for daniel, - no x -," reads as a stutter).
_ASIDE_FIXES = (
    (re.compile(r" - - "), ", "),
    (re.compile(r" -(?=[.?!,;:])"), ""),
    (re.compile(r", - "), " - "),
)
# A greeting set off by a comma runs on into the ask: "Oh hi there, is it possible ...",
# not "..., Is it possible" (the ask's capital belongs to a sentence of its own).
_AFTER_GREETING = re.compile(
    r"^(\W*(?i:(?:oh |well )?(?:hi|hello|hey|hiya|heya|morning|afternoon|dear assistant|to "
    r"whom it may concern)(?: there| hi| hey)?), )([A-Z])(?=[a-z])")


def _punctuate(text: str) -> str:
    if " -" in text or ", -" in text:
        for pattern, repl in _ASIDE_FIXES:
            text = pattern.sub(repl, text)
    return _AFTER_GREETING.sub(lambda m: m.group(1) + m.group(2).lower(), text)


def _finish(text: str, vault: Vault, style: Style, rng: random.Random) -> str:
    text = _punctuate(tidy(text))
    if style == "casual":
        text = casualize(text, rng)
    return vault.restore(vault.closed(text))
