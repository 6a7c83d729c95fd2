"""The offline participants' shared helpers: what a call came to, how calls relate, and
what the assistant says before a retry (how a planned value is said: `slot_said`).

All wording comes from `toolgen.agents.offline`; this module decides what to say.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import Any, Literal

from toolgen.agents import offline as lang
from toolgen.agents.offline import Fact, Intent, Outcome
from toolgen.agents.offline.clauses import role_of
from toolgen.agents.offline.goal_phrases import SOCIAL_ACTS
from toolgen.agents.offline.spoken_slots import spoken_slot
from toolgen.agents.offline.undone import turned, undoing
from toolgen.agents.policy.asked_figure import asked_figure
from toolgen.agents.policy.asked_first import asked_first, prices_asked
from toolgen.agents.policy.asked_id import asked_id
from toolgen.agents.policy.asked_text import asked_text
from toolgen.agents.policy.asked_token import asked_token
from toolgen.agents.policy.bare_facts import any_facts, empty_result, said_text, short_facts
from toolgen.agents.policy.comma_text import comma_counted
from toolgen.agents.policy.confirmed import confirmed
from toolgen.agents.policy.content_first import content_first
from toolgen.agents.policy.echo_block import unechoed, unit_figure
from toolgen.agents.policy.facts import facts_from, in_degrees, is_filler, named_after
from toolgen.agents.policy.found_count import counted_list
from toolgen.agents.policy.fuel_said import fuel_priced
from toolgen.agents.policy.grouped import grouped_texts
from toolgen.agents.policy.listed import listed_facts, listing_of
from toolgen.agents.policy.nearest import nearest_facts
from toolgen.agents.policy.pair_facts import pair_facts
from toolgen.agents.policy.points import whole_points
from toolgen.agents.policy.quoted_price import quoted_price
from toolgen.agents.policy.scalar_list import whole_list
from toolgen.agents.policy.thing_name import thing_id, thing_named
from toolgen.agents.policy.unasked_end import unasked_end
from toolgen.agents.policy.units import measured
from toolgen.agents.policy.verdicts import asked_verdict
from toolgen.agents.policy.world import world_facts
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor import endpoint_info
from toolgen.executor.notes import is_note, said_words
from toolgen.executor.result_kinds import own_words
from toolgen.records import PlannedCall
from toolgen.records.paths import walk_leaves
from toolgen.registry.secrets import is_credential_name

SYSTEM_PROMPTS = (
    "You are a helpful assistant with access to tools. Call them when they help, and "
    "answer from their results.",
    "You are an assistant that can call functions. Ask for missing details before calling "
    "a tool.",
    "Use the available tools to help the user. Base every answer on tool results.",
    "You help users by calling the provided APIs and summarising what they return.",
)


_EFFECTS: dict[str, Literal["create", "update", "delete"]] = {
    "create": "create", "update": "update", "delete": "delete"}


_FAILED = {"failed", "declined", "rejected", "denied", "error"}
_ID_LIKE = re.compile(r"[A-Za-z]\w*[_\d]|\d\w*[A-Za-z]")
_LETTERS = re.compile(r"[a-z]+")
_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?: \S+)?")


# A control worked is a thing done ("I released the brake pedal"), never a thing found
# ("I found the brake pedal", BFCL seed 13 #287), whatever the mock reads the call as.
# Verbs that change a thing's state: "I stopped the timer", never "I pulled up the timer"
# (ToolBench seed 59 #2).
# Verbs whose call makes a thing (a refund, a payment, a booking), read by the mock as a
# lookup or not: "I found the payment - it is refunded" for a refund (bundled seed 59 #7).
# "Here's what I found on the memory: it is confirmed" for an append (BFCL seed 59 #17).
_MADE = frozenset({"check out", "refund", "pay", "book", "buy", "purchase", "reserve",
                   "order", "submit", "transfer", "charge", "append", "save", "store",
                   "insert", "upload", "send", "post", "publish", "register", "subscribe",
                   "schedule"})
_CONTROLS = frozenset({"release", "press", "engage", "activate", "lock", "unlock", "stop",
                       "start", "pause", "resume", "restart", "reset", "enable", "disable",
                       "mute", "unmute",
                       # "I found all key-value pairs - it's cleared" (BFCL seed 71 #36)
                       "clear", "empty", "wipe", "purge", "flush"})


def outcome_of(r: Executed, intent: Intent) -> Outcome:
    """What the call the user asked for came to, read from its final attempt's result.

    A login's token or key is the assistant's to use: it is read out only when it is what
    the user asked for ("get the page's access token")."""
    outcome = _outcome_of(r, intent)
    priced = tuple(fuel_priced(list(outcome.facts), r.call.endpoint.function_name,
                               r.call.arguments))
    if priced != outcome.facts:  # "₹95.17 a litre", not a bare 95.17
        outcome = replace(outcome, facts=priced)
    if any(w in outcome.intent.obj.lower() for w in _CREDENTIAL_WORDS):
        return outcome
    kept = tuple(f for f in outcome.facts if not is_credential_name(f.label))
    return outcome if len(kept) == len(outcome.facts) else replace(outcome, facts=kept)


_CREDENTIAL_WORDS = ("token", "key", "password", "credential", "secret")


def _outcome_of(r: Executed, intent: Intent) -> Outcome:
    intent = _said_about(intent, r)
    undone = undoing(intent.verb, r.call.arguments.items())
    if undone is not None and undone[0] != intent.verb:  # `unlock=True`: "I unlocked"
        intent = Intent(verb=undone[0], obj=intent.obj,
                        phrase=turned(intent.phrase, intent.verb, undone[0]))
    action = endpoint_info(r.call.endpoint).action
    # a retweet is made, a login signs the user in and a checkout places the order,
    # whatever the mock reads them as; none is a thing found ("I found your account")
    action = action if action in _EFFECTS else (
        "create" if intent.verb in SOCIAL_ACTS or intent.verb in _MADE or action == "auth"
        else "update" if intent.verb in _CONTROLS else "")
    status = r.result.status
    output = unechoed(r.result.output)  # what came back, not the request it says back
    if status == "http_404":
        return Outcome(intent, "not_found", action)
    if status != "ok" and status != "empty":
        return Outcome(intent, "error", action, reason=_plain_reason(status))
    if status == "empty" or empty_result(output):
        return Outcome(intent, "empty", action)
    verdict = asked_verdict(intent.obj, output, r.call.arguments,
                            own_words(r.call.endpoint)) if not action else None
    if verdict is not None:  # "439 is prime": the yes or no asked for, not its echo
        return Outcome(intent, "ok", action, verdict=verdict)
    pairs = pair_facts(output) if not action else None
    if pairs:  # "cases 96824331, deaths 1181330": the pairs, not "the first's counter"
        return Outcome(intent, "ok", action, facts=tuple(pairs), listed=len(pairs))
    facts = facts_from(output, limit=5) or any_facts(output)  # said_once keeps two
    facts = unit_figure(facts, intent.obj)  # `{"wh": 0}`: "the solar estimation is 0 Wh"
    # "its description is For internal use only": a remark or placeholder says nothing
    called = said_words(r.call.endpoint.function_name, r.call.arguments)
    facts = [f for f in facts if not is_note(f.value, f.label, called)
             and not is_filler(f.value, (f.label.split()[-1] if f.label else "",))]
    if not action:  # a lookup reports what came back, not the id the user gave it
        given = {v for v in r.call.arguments.values()
                 if isinstance(v, str) and _ID_LIKE.search(v)}
        fresh = [f for f in facts if f.value not in given]
        facts = fresh if len(fresh) >= 2 else facts
    facts = named_after(news_first(facts, r.call.arguments, action), intent.obj)
    if action == "create":  # a flight booked from Bangkok: to where (`unasked_end`)
        facts = unasked_end(facts, output, _sent(r.call.arguments))
    # the publishers' "publisher name" is the name; the companies' "data ID" a company's
    facts = thing_id(thing_named(facts, intent.obj), intent.obj)
    if not action:  # "the rate is 15.9515", not the quote's ticker name
        facts = quoted_price(facts, output, intent.obj)
    token = asked_token(output, intent.obj)
    if token is not None:  # "the security token": the token, not the user ID
        facts = [token, *[f for f in facts if f.value != token.value]]
    asked = asked_figure(output, intent) if not action else None
    if asked is not None:  # "297.0 K": the scale the facts say it in, on this path too
        asked = measured(in_degrees(asked[0], asked[0].label, output)), asked[1]
    if asked is not None and asked[1].lower() not in _sent(r.call.arguments):
        # "up-to-date temperature: its city is Toronto": the figure asked for comes first,
        # unless it is the one the user sent ("convert the amount": not the 285.3 given)
        # the names the user gave are no news beside it ("it's Kylian Mbappe, with 294")
        facts = news_first([asked[0], *[f for f in facts
                                            if f.value not in (asked[1], asked[0].value)]],
                           r.call.arguments, action)
    world = world_facts(output, r.call.endpoint) if not action else []
    if world:  # "the capital of France is Paris", not "its capital is Paris"
        facts = _led_by(world, facts)
    valid = _verdict(output) if not action else None
    # "confirm the case - yes, closed": the state sent and found (`confirmed`)
    valid = valid or confirmed(intent.verb, output, r.call.arguments)
    if valid is not None:
        # "I validated the email: the email ID is eml_480c8e" leaves out what was found
        sent = _sent(r.call.arguments)
        facts = [valid, *[f for f in facts
                            if f.label != "status" and f.value.lower() not in sent]]
    # or messages by receiver
    text = asked_text(output, r.call.endpoint, action) or grouped_texts(output)
    if text is not None:  # the summary / reply / fact asked for, not "the URL is ...";
        # after the verdict, so a count the text states ("192 valid") is not said again
        facts = [text, *[f for f in facts if f.value not in text.value]]
    if not action and facts and _only_echoes(facts, r.call.arguments):
        # "the dimensions of the building - that's Burj Khalifa": the name the user gave,
        # while the height and width it came back with go unsaid
        facts = _unsent_facts(output, r.call.arguments) or facts
    # what the request's noun asks for first (show times, a status); no unasked price
    words = frozenset(own_words(r.call.endpoint))
    facts = asked_first(facts, output, intent, set(words), action)
    listed = 0
    if not action and facts:  # what was found, not only the id or count pointing at it
        counted = next((f for f in facts if role_of(f) == "count"), None)
        facts = content_first(facts, output, r.call.arguments, words)
        if world:  # its fill-in is not the country fact again ("with population 66987244")
            facts = _led_by(world, facts)
        if not facts:  # only ids came back: nothing to quote, but how many there are
            # ("19 turned up", not "came through, with nothing worth quoting": ToolBench
            # seed 7 #332, a listing of 19 templates)
            if counted is not None and listing_of(output) is not None:
                return Outcome(intent, "ok", action, facts=(counted,), listed=1)
            return Outcome(intent, "ok", action)
        # a search's answer names what its first result is, when and where, not one field
        facts, listed = listed_facts(
            facts, output, r.call.arguments,
            prices_asked(intent, words) or _price_filtered(r.call.arguments))
        facts, lead = counted_list(facts, output)  # "2 came back, the first being ..."
        listed = max(listed, lead)
        if not listed:  # "8 cities, among them Auckland, ...", not two of them as all
            facts, listed = comma_counted(facts, output)
        if not listed:  # "the zip codes are A, B and C", not two of the three
            facts, listed = whole_list(facts, output, intent.obj)
        facts = nearest_facts(facts, output)  # "the nearest airport to Gilroy is ..."
        wanted = asked_id(output, intent)
        if wanted is not None and not listed:  # "the user's id": usr_709cb0 first
            facts = [wanted, *[f for f in facts if f.value != wanted.value]]
    if valid is not None:  # the check's verdict is its status, not the envelope's "ok" too
        facts = [f for f in facts if f.label != "status" or f == valid]
    state = str(output.get("status", "")).lower() if isinstance(output, dict) else ""
    if state in _FAILED and not action:
        # a lookup of a message the carrier rejected worked: the rejection is what it
        # found ("its status is REJECTED"), not a failed attempt (ToolBench seed 31 #10)
        said = Fact(label="status", value=str(output["status"]))
        facts = [said, *[f for f in facts if f.label != "status"]]
    elif state in _FAILED or (action == "create" and state in ("cancelled", "canceled")):
        said = Fact(label="status", value=str(output["status"]))
        return Outcome(intent, "failed", action, (said, *[f for f in facts if f != said][:1]))
    if action and isinstance(output, dict) and isinstance(output.get("status"), str) and (
            output["status"] and all(f.label != "status" for f in facts)):
        facts = [*facts[:1], Fact(label="status", value=output["status"]), *facts[1:]]
    elif action:  # a state change reports its status second ("the payment is pending")
        facts = [*facts[:1], *[f for f in facts[1:] if f.label == "status"],
                 *[f for f in facts[1:] if f.label != "status"]]
    if not facts:
        flags = [v for _, v in walk_leaves(output) if isinstance(v, bool)]
        if flags and not all(flags):  # {"cancel_status": false}: it did not happen
            return Outcome(intent, "error", action,
                           reason="the service reported it did not succeed")
        if flags:
            return Outcome(intent, "ok", action or "update")
        return Outcome(intent, "ok" if said_text(output) else "empty", action)
    facts = whole_points(facts, output)  # "at 43.7792, 11.2463", not a latitude alone
    # a figure equal to the one sent is still an answer (a conversion at par)
    echoed = not action and all(f.value.lower() in _sent(r.call.arguments)
                                and not _NUMBER.fullmatch(f.value) for f in facts)
    return Outcome(intent, "ok", action, tuple(map(_worded, facts)),
                   spare=partial(_later_items, output), echoed=echoed, listed=listed)


_SNAKE_CODE = re.compile(r"[a-z]+(?:_[a-z]+)+")


_CODED = frozenset({"type", "status", "category", "method", "mode", "kind", "plan", "level",
                    "class", "tier", "state", "stage", "reason", "channel"})


def _worded(fact: Fact) -> Fact:
    """A code of the results said in words: "of the bank transfer type", never "of the
    bank_transfer type" (an enum literal a reviewer refuses; bundled seed 7, live run). A
    key or a name stays as written ("project_deadline" is what the user asks for again)."""
    if fact.label.rsplit(" ", 1)[-1] in _CODED and _SNAKE_CODE.fullmatch(fact.value):
        return Fact(label=fact.label, value=lang.spoken(fact.value))
    return fact


_VALID_KEYS = frozenset({"valid", "isvalid", "is_valid"})


def _verdict(output: Any) -> Fact | None:
    """What a check found, when the output says it (`isValid: false` -> "not valid"), at
    its top or in the envelope the answer comes in (`{"status": "ok", "data": {"valid":
    true}}` was said "it's ok, with reason smtp": the envelope's status, not the check's)."""
    if not isinstance(output, dict):
        return None
    inner = [v for k, v in output.items() if k.lower() in _ENVELOPES and isinstance(v, dict)]
    for obj in (output, *inner):
        for key, value in obj.items():
            if isinstance(value, bool) and key.lower() in _VALID_KEYS:
                said = "valid" if value else "not valid"
                if value and any(obj.get(k) is True for k in _DISPOSABLE):
                    # a valid address that is a throwaway one says so (ToolBench seed 59
                    # #9, #22 left `"disposable": true` out)
                    said = "valid but disposable"
                return Fact(label="status", value=said)
    return None


_DISPOSABLE = ("disposable", "is_disposable", "isDisposable", "temporary", "is_temporary")


_ENVELOPES = frozenset({"data", "result", "response", "payload"})


def _said_about(intent: Intent, r: Executed) -> Intent:
    """The intent the answer names. An object that is only the tool's title ("verify
    Email Verification info") recites the API, not what was done: the answer names what
    the call was given ("I verified the email ann@example.com"), else what came back
    ("the flights")."""
    obj = intent.obj
    if not obj.endswith(" info") or not _words_of(obj[:-5]) <= _words_of(
            r.call.endpoint.tool_name):
        return intent
    noun = next((_given(name, value) for name, value in r.call.arguments.items()
                 if isinstance(value, str) and value.strip() and name not in _NOT_ABOUT), "")
    output = r.result.output
    if not noun and isinstance(output, dict):
        noun = next((lang.slot_label(str(k)) for k, v in output.items()
                     if isinstance(v, list) and v), "")
    if not noun:
        return intent
    return Intent(verb=intent.verb, obj=noun, phrase=f"{intent.verb} the {noun}")


# Arguments that say how to ask, not what about.
_NOT_ABOUT = frozenset({"format", "lang", "language", "locale", "token", "api_key", "apikey",
                        "key", "callback", "output", "mode", "type"})


def _given(name: str, value: str) -> str:
    """What an argument names, with its value when it is short enough to say ("email
    ann@example.com", "checkin chc_e78509"; a text to translate is "text")."""
    label = lang.slot_label(name)
    if label.endswith(" ID"):
        label = label[:-3]  # the checkin chc_e78509, not the checkin ID chc_e78509
    short = len(value) <= 40 and not any(c in value for c in "\"\n")
    return f"{label} {value}" if short and " " not in value.strip() else label


def _words_of(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower())}


def _later_items(output: Any) -> tuple[Fact, ...]:
    """Facts of the second item of the output's first list of several (its first item is
    what `facts_from` reads): said when that first item repeats an earlier result."""
    found = output if isinstance(output, list) else next(
        (v for v in output.values() if isinstance(v, list) and len(v) > 1), None) \
        if isinstance(output, dict) else None
    if not isinstance(found, list) or len(found) < 2:
        return ()
    facts = [*facts_from(found[1], limit=3), *short_facts(found[1])]
    # what the item is (a name, a text, a figure) before the id that only points at it
    named = [f for f in facts if not f.label.lower().endswith("id")]
    return tuple(dict.fromkeys([*named, *facts]))


_COUNTS = frozenset({"total", "count", "total count", "total results"})


def news_first(facts: list[Fact], arguments: Mapping[str, Any], action: str) -> list[Fact]:
    """The facts the user does not know yet: not a value the call was sent (the passenger
    name they gave, the quantity they asked for), and for a booking or an update not the
    size of some result list. Unchanged when nothing would be left."""
    sent = _sent(arguments)
    fresh = [f for f in facts if f.value.lower() not in sent
             and not (action and f.label.lower() in _COUNTS)]
    return fresh if fresh else facts


def _led_by(world: list[Fact], facts: list[Fact]) -> list[Fact]:
    """The world facts first; no other fact restates the country, its capital or its
    population ("France has 66,987,244 people", not "..., with country France")."""
    return [*world, *[f for f in facts if f not in world
                      and f.label not in ("capital", "population", "country")]]


_PRICE_FILTERS = re.compile(r"(?:^|_)(?:max|min)_?price|price_?(?:max|min)|budget", re.I)


def _price_filtered(arguments: Mapping[str, Any]) -> bool:
    """A search the call narrowed by price: the price of what it found is news."""
    return any(_PRICE_FILTERS.search(k) for k in arguments)


def _sent(arguments: Mapping[str, Any]) -> set[str]:
    return {lang.value_text(v).lower() for v in arguments.values()
            if isinstance(v, str | int | float) and not isinstance(v, bool)}


def _only_echoes(facts: list[Fact], arguments: Mapping[str, Any]) -> bool:
    sent = _sent(arguments)
    return all(f.value.lower() in sent for f in facts)


def _unsent_facts(output: Any, arguments: Mapping[str, Any]) -> list[Fact]:
    """The first two short values of `output` the call was not sent (a building's height
    and width beside the name the user gave)."""
    return short_facts(output, _sent(arguments))


def _plain_reason(status: str) -> str:
    return {"http_401": "the service refused my credentials",
            "http_429": "the service is rate-limiting requests",
            "http_500": "the service had an internal error",
            "http_400": "the service rejected the request",
            "invalid_arguments": "the service rejected the request"}.get(
        status, "the service returned an error")


def recovery_text(attempt: MadeCall, previous: Executed, rng: random.Random) -> str | None:
    """What the assistant says before a retry: it reads what it just got back."""
    kind = attempt.recovery
    if kind is None:
        return None
    if kind == "pagination":
        return lang.assistant_pagination(rng)
    if kind == "wrong_tool":
        return lang.assistant_wrong_tool(lang.intent_of(previous.call.endpoint),
                                         lang.intent_of(attempt.endpoint), rng)
    error = previous.result.error or ""
    if kind == "validation" and previous.result.status in ("http_500", "http_429", "http_401"):
        kind = previous.result.status
    endpoint = attempt.endpoint
    return lang.assistant_error_recovery(kind, error, rng,
                                         lambda name: spoken_slot(name, endpoint))


def links_of(turn_calls: Sequence[PlannedCall], step_of: Mapping[str, int]) -> list[str]:
    """How each call relates to the one before it: in the same step ("with", made in
    parallel, so said as independent), using an earlier result ("then_it"), or later."""
    links = ["first"]
    for prev, c in itertools.pairwise(turn_calls):
        if step_of.get(c.call_id, -1) == step_of.get(prev.call_id, -2):
            links.append("with")
        elif c.depends_on:
            links.append("then_it")
        else:
            links.append("then")
    return links
