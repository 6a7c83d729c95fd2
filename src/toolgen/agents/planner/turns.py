"""Planner stage two: the turn-level plan, with a source for every argument.

An argument is `tool_output` when a data-flow edge from an earlier call can fill it (the
path is the edge's source field, first list item), `default` when the schema gives one
the user need not state, `clarification` for the one value a clarification dialogue
withholds, and `user` otherwise. Parallel calls never feed each other.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from toolgen.agents.offline import intent_of
from toolgen.agents.offline.goal_phrases import subject
from toolgen.agents.planner.ask_turns import one_subject_turns
from toolgen.agents.planner.carried_text import derive_texts
from toolgen.agents.planner.changed_mind import undo_step
from toolgen.agents.planner.city_districts import districts_in_city
from toolgen.agents.planner.coordinate_pairs import (
    alone,
    coordinate_partners,
    second_centre,
)
from toolgen.agents.planner.default_flags import asked_flag, at_default, off_unsaid
from toolgen.agents.planner.derived import derive_amounts
from toolgen.agents.planner.goal import make_goal
from toolgen.agents.planner.home_places import at_home, served_here
from toolgen.agents.planner.own_account import Accounts, own_name, same_account
from toolgen.agents.planner.own_id import same_own_id
from toolgen.agents.planner.paged_calls import unsized
from toolgen.agents.planner.paid_nights import one_paid_night
from toolgen.agents.planner.payable_filters import payable_filters
from toolgen.agents.planner.route_ends import one_end_linked
from toolgen.agents.planner.scoped_places import in_scope
from toolgen.agents.planner.session_values import held_by_session, reference, same_session
from toolgen.agents.planner.stated_cities import stated_cities
from toolgen.agents.planner.stated_money import in_stated_currency
from toolgen.agents.planner.target_currency import other_target
from toolgen.agents.planner.text_values import fit_texts
from toolgen.agents.planner.trip_dates import follow_trip_dates
from toolgen.agents.planner.values import ArgumentValues
from toolgen.agents.planner.values_listed import takes_listed
from toolgen.agents.planner.values_pairs import translated_from, translates
from toolgen.executor import endpoint_info
from toolgen.executor.assistant_made import assistant_made, client_key, described_by, picked
from toolgen.executor.places import is_place_argument
from toolgen.executor.pools import PLACES
from toolgen.executor.served import country_rows, record_home, record_place, served_country
from toolgen.executor.shapes import response_shape
from toolgen.graph.build import EndpointGraph
from toolgen.graph.goals import ties
from toolgen.graph.steering import Coverage
from toolgen.judge.realism.api_links import crosses_apis
from toolgen.records import (
    Chain,
    Edge,
    Endpoint,
    Parameter,
    PlannedArg,
    PlannedCall,
    PlannedTurn,
    Scenario,
)
from toolgen.records.plan import UserAct

_OPTIONAL_SHARE = 0.3
# A person asking for one thing states a setting or two beyond what it needs, not the
# form's every field: a Freshdesk ticket had been opened "for requester 73655, for group
# 702996, dated 2025-01-07, copying in ..., the phone ..., the attachments ..." (nine
# optional values; ToolBench seed 61 #0).
_OPTIONAL_MAX = 2


@dataclass(frozen=True)
class PlanContext:
    graph: EndpointGraph
    values: ArgumentValues
    coverage: Coverage | None = None
    # endpoint id -> the data-flow edges into it that can fill a parameter (`_flows_into`)
    inflow: dict[str, tuple[Edge, ...]] = field(default_factory=dict, compare=False,
                                                repr=False)


def plan_scenario(chain: Chain, ctx: PlanContext, rng: random.Random,
                  seed: int | None = None) -> Scenario:
    """The blueprint of `chain`. `seed`, the record's: its place (`served.record_place`),
    which the record's session also opens in; without it, the place the first call that
    states one names."""
    endpoints = [ctx.graph.endpoints[e] for e in chain.endpoint_ids]
    goal = make_goal(endpoints, rng)
    topic = subject(intent_of(endpoints[0])) if endpoints else ""
    home = record_place((e.function_name for e in endpoints), seed) if seed is not None else -1
    calls = one_paid_night(follow_trip_dates(payable_filters(fit_texts(districts_in_city(
        in_scope(_plan_calls(chain, ctx, rng, topic, home), ctx.graph.endpoints, rng),
        ctx.graph.endpoints), ctx.graph.endpoints), ctx.graph.endpoints)))
    if "pagination" in chain.overlays:
        calls = unsized(calls, ctx.graph.endpoints)  # the page size is the service's
    withheld = _withheld(chain, calls, ctx, rng) if chain.pattern == "clarification" else None
    if withheld is not None:
        calls = [_as_clarification(c, withheld) for c in calls]
    undo = undo_step(chain, calls, ctx.graph.endpoints)
    if undo is not None:
        # a booking is cancelled after it is made, in a turn of its own (`changed_mind`)
        chain = chain.model_copy(update={"split": undo})
    turns = _turns(chain, calls, withheld, ctx.graph.endpoints)
    return Scenario(
        goal=goal, calls=tuple(calls), turns=tuple(turns),
        pattern=chain.pattern, patterns=(chain.pattern, *chain.overlays),
    )


@lru_cache(maxsize=4096)  # a chain's links name the same few fields again and again
def path_of(source_field: str) -> str:
    """`results[].id` -> `$.results[0].id` (the first item of every list)."""
    path = "$"
    for part in source_field.split("."):
        if not part:
            continue
        lists = part.count("[]")
        name = part.replace("[]", "")
        if name:
            path += f".{name}" if name.replace("_", "").isalnum() else f'["{name}"]'
        path += "[0]" * lists
    return path


def _plan_calls(
    chain: Chain, ctx: PlanContext, rng: random.Random, topic: str, place: int = -1
) -> list[PlannedCall]:
    calls: list[PlannedCall] = []
    earlier: dict[str, str] = {}  # endpoint id -> call id, for calls in earlier steps
    home = PLACES[place][2] if place >= 0 else record_home(
        ctx.graph.endpoints[e].function_name for e in chain.endpoint_ids)
    served_by: dict[str, str] = {}  # call id -> the country its API serves ("" none)
    accounts: Accounts = {}
    held: dict[str, str] = {}  # what the session holds, by kind (`session_values`)
    for step in chain.steps:
        made: list[tuple[str, str]] = []
        for endpoint_id in step:
            endpoint = ctx.graph.endpoints[endpoint_id]
            call_id = f"call_{rng.getrandbits(40):010x}"
            feeds = _feeds(ctx, chain, endpoint_id, earlier)
            sampled = {p for p, e in feeds.items() if e in chain.links}
            served = served_here(endpoint)
            scope = served_country(endpoint.function_name) or ""  # rows known or not
            code = served or home
            elsewhere = {p for p, e in feeds.items() if is_place_argument(p) and _elsewhere(
                served_by.get(earlier.get(e.source, ""), ""), scope, code)}
            args = same_session(tuple(same_own_id(own_name(same_account(
                _plan_args(endpoint, feeds, sampled, earlier, ctx, rng, topic,
                           Place(country_rows(code), elsewhere)), endpoint.tool_id, accounts),
                endpoint, accounts), endpoint, accounts)), held)
            args = stated_cities(args, {c.call_id: c for c in calls})
            depends = tuple(dict.fromkeys(a.call_id for a in args if a.call_id))
            calls.append(PlannedCall(call_id=call_id, endpoint_id=endpoint_id,
                                     function_name=endpoint.function_name,
                                     arguments=args, depends_on=depends))
            served_by[call_id] = scope
            made.append((endpoint_id, call_id))
        earlier.update(made)
    return at_home(calls, ctx.graph.endpoints, ctx.values, rng, place)


def _elsewhere(source: str, served: str, code: str) -> bool:
    """May a place an earlier call returned not feed this call? An API serving a country
    takes only a place another API serving it returned (any other result may be anywhere:
    a team's home city, an example's address); any call refuses one from an API serving
    another country than its own (`code`)."""
    if served:
        return source != served
    return bool(source) and source != code


@dataclass(frozen=True)
class Place:
    """Where one call's places are: the `PLACES` rows of its country (empty: not known
    yet), and the place arguments an earlier call of another country must not fill."""

    rows: tuple[int, ...] = ()
    elsewhere: frozenset[str] | set[str] = frozenset()


def _feeds(
    ctx: PlanContext, chain: Chain, target: str, earlier: dict[str, str]
) -> dict[str, Edge]:
    """Per target parameter, the data-flow edge from an earlier call that fills it and
    ties the two calls into one errand (`goals.ties`)."""
    feeds: dict[str, Edge] = {}
    for edge in chain.links:
        if (edge.target == target and edge.source in earlier and edge.target_param
                and ties(edge, ctx.graph.endpoints)):
            feeds.setdefault(edge.target_param, edge)
    for edge in _flows_into(ctx, target):
        if edge.source in earlier and ties(edge, ctx.graph.endpoints):
            feeds.setdefault(edge.target_param or "", edge)
    return feeds


def _flows_into(ctx: PlanContext, target: str) -> tuple[Edge, ...]:
    """The data-flow edges into `target` naming a source field and a parameter, in the
    graph's order; kept per run (the graph never changes, and a target of a big corpus
    has hundreds of in-edges of every kind to sift)."""
    edges = ctx.inflow.get(target)
    if edges is None:
        edges = ctx.inflow[target] = tuple(
            e for e in ctx.graph.in_edges(target, "data_flow")
            if e.target_param and e.source_field)
    return edges


def _plan_args(
    endpoint: Endpoint,
    feeds: dict[str, Edge],
    sampled: set[str],
    earlier: dict[str, str],
    ctx: PlanContext,
    rng: random.Random,
    topic: str,
    place: Place | None = None,
) -> list[PlannedArg]:
    """Arguments and their sources; a link the chain was sampled for is always kept (the
    chain's pattern depends on it), other links into optional parameters usually. A
    place an earlier call of another country returned is stated by the user instead, and
    so is one beside a place the user must state (an address): nobody can know a carried
    country will agree with it."""
    place = place or Place()
    facts = ctx.values.facts(endpoint)
    feeds = one_end_linked(feeds, sampled)
    states_place = any(f.param.required and f.place and f.param.name not in feeds
                       for f in facts)
    args: list[PlannedArg] = []
    optional_said = 0
    partners = coordinate_partners(endpoint)
    for fact in facts:
        param = fact.param
        edge = feeds.get(param.name)
        # the second coordinate of a point follows the first: in or out, said or not
        partner = next((a for a in args if a.name == partners.get(param.name)), None
                       ) if partners else None
        beside = states_place and fact.place and param.name not in sampled
        if edge is not None and (beside or param.name in place.elsewhere or _foreign_id(
                param.name, edge.source_field or "", edge.source, endpoint.id,
                param.description)):
            edge = None  # a user or file id of another service: the user states it instead
        if edge is not None and client_key(param.name, param.description):
            edge = None  # a unique request id is made afresh, never one sent before
        if edge is not None and _listed_elsewhere(edge, endpoint, param):
            # a setting whose options the description lists ("“us” analyzes North-American
            # style plates"): a publisher's country is none of them (ToolBench seed 71 #0)
            edge = None
        if edge is not None and (translated_from(endpoint, param.name) or translated_from(
                endpoint, edge.source_field or "", param.name)):
            # a text is translated from its own language, not from the one an earlier
            # call translated into ("nl" to "nl": ToolBench seed 7 #37), nor into the
            # language an earlier text was in (English into English)
            edge = None
        if edge is not None and edge.source_field and (
                param.required or param.name in sampled or rng.random() < 0.7):
            args.append(PlannedArg(name=param.name, source="tool_output",
                                   call_id=earlier[edge.source], path=path_of(edge.source_field)))
            continue
        if not param.required and asked_flag(endpoint, param):
            # "book a direct flight" sends `direct_flight: true` (BFCL seed 59 #18)
            args.append(PlannedArg(name=param.name, source="user", value=True))
            continue
        if not param.required and not fact.essential and partner is None and (
                rng.random() >= _OPTIONAL_SHARE or fact.unstated
                or optional_said >= _OPTIONAL_MAX):
            continue
        follows = partner is not None and param.default is not None
        if (partner.source == "default" if follows and partner is not None else
                fact.always_default or (fact.silent_default and not fact.essential
                                        and rng.random() < 0.5)):
            value = param.default if fact.coded_default is None else fact.coded_default
            args.append(PlannedArg(name=param.name, source="default", value=value))
            continue
        value = ctx.values.draw(endpoint, param, rng, ctx.coverage, topic, place.rows)
        if at_default(param, value):
            continue  # "and yes, visible only" for a `visible` true by default
        if off_unsaid(param, value):  # "and no need to get children"
            args.append(PlannedArg(name=param.name, source="default", value=False))
            continue
        if held_by_session(param.name):
            # a credential the signed-in session holds: the runtime supplies it behind a
            # reference the system message names; the user never recites it
            args.append(PlannedArg(name=param.name, source="context",
                                   value=reference(param.name)))
            continue
        if param.required and assistant_made(param.name, about := described_by(param)):
            # a client-made request id, a required `format`: the assistant's to send
            args.append(PlannedArg(name=param.name, source="default",
                                   value=picked(param.name, about, value)))
            continue
        if not param.required and not ctx.values.sayable(endpoint, param, value):
            continue  # no value a person would give (only the endpoint's own words): omit it
        optional_said += not param.required
        args.append(PlannedArg(name=param.name, source="user", value=value))
    if partners:
        kept = {f.param.name for f in facts if f.param.required} | sampled
        lone = alone(args, partners, kept) | second_centre(endpoint, args, kept)
        args = [a for a in args if a.name not in lone]
    args = other_target(_derived(endpoint, args, earlier, ctx),
                        lambda call_id: _likely_currencies(call_id, earlier, ctx, place), rng)
    return ctx.values.settle(endpoint, in_stated_currency(args))


def _likely_currencies(call_id: str, earlier: dict[str, str], ctx: PlanContext,
                       place: Place | None) -> frozenset[str]:
    """The currencies an earlier call's money is likely in: its tool's examples' and the
    record's place's (what the executor prices in)."""
    eid = next((e for e, c in earlier.items() if c == call_id), None)
    found: set[str] = {PLACES[r][3] for r in (place.rows if place else ())}
    if eid is not None:
        pool = ctx.values.executor.examples.pool(ctx.graph.endpoints[eid].tool_id)
        for key in ("currency", "currency_code"):
            found.update(str(v).upper() for v in pool.get(key, ()) if isinstance(v, str))
    return frozenset(found)


def _listed_elsewhere(edge: Edge, endpoint: Endpoint, param: Parameter) -> bool:
    """Whether `edge` carries another tool's value into a parameter whose description
    lists the options it takes (not examples of them: "a city, e.g. 'Paris'" takes any)."""
    return edge.source.split("/")[:-1] != endpoint.id.split("/")[:-1] and takes_listed(param)


@lru_cache(maxsize=16384)  # the answer depends on the link's texts alone; links recur
def _foreign_id(param: str, source_field: str, source: str, target: str,
                described: str) -> bool:
    """`crosses_apis` for a link from `source`'s `source_field` into `target`'s `param`."""
    return crosses_apis(param, path_of(source_field), source, target, described)


def _derived(endpoint: Endpoint, args: list[PlannedArg], earlier: dict[str, str],
             ctx: PlanContext) -> list[PlannedArg]:
    """An amount beside a currency taken from an earlier result is that result's amount,
    and a text beside a language taken from a translation is the translation."""
    if not any(a.source == "tool_output" for a in args):
        return args
    by_call = {cid: eid for eid, cid in earlier.items()}

    def schema_of(call_id: str) -> dict[str, Any] | None:
        eid = by_call.get(call_id)
        return ctx.graph.endpoints[eid].response_schema if eid is not None else None

    def shape_of(call_id: str) -> dict[str, Any] | None:
        # what the call will answer: a translation answers its `translated_text` whatever
        # its corpus schema lists
        eid = by_call.get(call_id)
        source = ctx.graph.endpoints[eid] if eid is not None else None
        return response_shape(source, endpoint_info(source)) if source else None

    amounts = derive_amounts(args, schema_of)
    # a translation translates its text from another language than the one it writes
    return amounts if translates(endpoint) else derive_texts(amounts, shape_of)


def _withheld(
    chain: Chain, calls: list[PlannedCall], ctx: PlanContext, rng: random.Random
) -> tuple[str, str] | None:
    """The required (call id, argument) a clarification leaves out of the first request.
    Never one whose value the request states for another call: asked "Which city should
    I use?" after "see up-to-date petrol for Bengaluru", the user has already said it;
    nor half of a point (ToolBench seed 7 #111)."""
    first_step = set(chain.steps[0])
    stated = Counter(_said_value(a.value) for c in calls for a in c.arguments
                     if a.source == "user")
    options = [
        (c.call_id, a.name)
        for c in calls
        if c.endpoint_id in first_step
        for a in c.arguments
        if a.source == "user" and _required(ctx.graph.endpoints[c.endpoint_id], a.name)
        and not isinstance(a.value, bool)  # "closed status?" "true": no one is asked a flag
        and stated[_said_value(a.value)] == 1
        # a point is said whole: not "at longitude 18.4241", then "What's the latitude?"
        and a.name not in coordinate_partners(ctx.graph.endpoints[c.endpoint_id])
    ]
    return rng.choice(options) if options else None


def _said_value(value: object) -> str:
    return str(value).strip().lower()


def _as_clarification(call: PlannedCall, withheld: tuple[str, str]) -> PlannedCall:
    if call.call_id != withheld[0]:
        return call
    args = tuple(
        a.model_copy(update={"source": "clarification"}) if a.name == withheld[1] else a
        for a in call.arguments
    )
    return call.model_copy(update={"arguments": args})


def _mentions(calls: list[PlannedCall], ids: set[str], source: str = "user") -> tuple[str, ...]:
    return tuple(
        f"{c.call_id}.{a.name}"
        for c in calls
        if c.call_id in ids
        for a in c.arguments
        if a.source == source
    )


def _turns(
    chain: Chain, calls: list[PlannedCall], withheld: tuple[str, str] | None,
    endpoints: Mapping[str, Endpoint],
) -> list[PlannedTurn]:
    by_endpoint: dict[str, list[str]] = {}
    for c in calls:
        by_endpoint.setdefault(c.endpoint_id, []).append(c.call_id)
    cursor = {k: 0 for k in by_endpoint}
    steps: list[tuple[str, ...]] = []
    for step in chain.steps:
        ids: list[str] = []
        for endpoint_id in step:
            ids.append(by_endpoint[endpoint_id][cursor[endpoint_id]])
            cursor[endpoint_id] += 1
        steps.append(tuple(ids))
    parts = [steps]
    if chain.split is not None and 0 < chain.split < len(steps):
        parts = [steps[: chain.split], steps[chain.split :]]
    by_id = {c.call_id: c for c in calls}
    turns: list[PlannedTurn] = []
    for part in parts:
        for group in one_subject_turns(part, by_id, endpoints):
            members = {i for s in group for i in s}
            act: UserAct = "follow_up" if turns else "request"
            if withheld is not None and withheld[0] in members:
                # the message asks for these calls but one value, which it is asked for
                turns += [
                    PlannedTurn(user_act=act, mentions=_mentions(calls, members),
                                clarify=(f"{withheld[0]}.{withheld[1]}",)),
                    PlannedTurn(user_act="clarification_answer", steps=group,
                                mentions=_mentions(calls, members, "clarification")),
                ]
            else:
                turns.append(PlannedTurn(user_act=act, mentions=_mentions(calls, members),
                                         steps=group))
    return turns


def _required(endpoint: Endpoint, name: str) -> bool:
    return any(p.name == name and p.required for p in endpoint.parameters)
