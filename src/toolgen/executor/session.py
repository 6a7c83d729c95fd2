"""One conversation's mock API: validate, realise faults, apply state, generate, list refs.

`ExecutionSession.call(endpoint, arguments, fault)` runs in this order:

1. arguments are validated against the parameters schema -> `invalid_arguments`;
2. a requested fault other than paginate / empty_result is returned (no state change);
   `auth_expired` (sticky) also makes every later non-auth call fail with 401 until an
   auth endpoint is called, whose token later calls must carry in any token argument;
3. the target id (the id parameter of the endpoint's entity, else any argument whose
   value is a known id) is checked: deleted -> 404; unknown in strict mode -> 404;
4. an update writes its arguments into the remembered record;
5. the response is generated (echoing arguments, overlaying remembered records), then:
   a create gets and remembers a new id; a delete forgets its target; a list shows the
   entities created earlier; a cursor from an earlier paginated answer returns the rest;
   a paginate fault cuts the list and adds `page` / `next_cursor` / `has_more`;
   a key-value store's call answers from the pairs written to it (`kv_store`).

A call asking for a language sees each record that states another one through its view
in the asked language (`views`). The listing steps (paging, showing created entities, an
empty answer) live in `listing`; what depends on the endpoint alone in `compiled_call`.

Each call draws from its own `random.Random` seeded by (executor seed, session seed,
call index), so replaying the same calls in a fresh session returns identical outputs.
Never touches the network.
"""

from __future__ import annotations

import copy
import random
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from toolgen.executor import faults as F
from toolgen.executor.actions import EndpointInfo
from toolgen.executor.add_up import add_up
from toolgen.executor.asked_clock import echo_clock
from toolgen.executor.asked_years import within_years
from toolgen.executor.asset_prices import fit_asset_prices
from toolgen.executor.booked import known_flight, name_booked_flight
from toolgen.executor.call_country import call_country
from toolgen.executor.cart_lines import learn_lines, priced_lines
from toolgen.executor.cart_total import cart_total, learn_cart
from toolgen.executor.cleared_errors import clear_errors
from toolgen.executor.company_ticker import company_ticker
from toolgen.executor.compiled_call import compiled_call
from toolgen.executor.created_status import fit_made_status
from toolgen.executor.credentials import drop_sent_credentials
from toolgen.executor.detected import fill_detected_language
from toolgen.executor.distinct import distinct_seats
from toolgen.executor.distinct_items import one_row_per_zip
from toolgen.executor.echo import echo_for
from toolgen.executor.entities import cohere
from toolgen.executor.final_places import follow_places
from toolgen.executor.flight_length import no_nonstop
from toolgen.executor.flight_numbered import numbered_flight
from toolgen.executor.gen_context import Ctx
from toolgen.executor.glossary import fill_glossary
from toolgen.executor.id_twins import share_twins
from toolgen.executor.kept_status import kept_status
from toolgen.executor.kept_total import keep_total, learn_totals
from toolgen.executor.known_places import with_known_place
from toolgen.executor.league_teams import fit_teams
from toolgen.executor.linking import same_product
from toolgen.executor.list_again import listed_again, query_key
from toolgen.executor.listed_places import cities_of_asked_country
from toolgen.executor.listing import (
    continuation,
    empty,
    page_fields,
    paginate,
    same_listing,
    set_list,
    show_created,
    whole_list,
)
from toolgen.executor.lowest_price import lowest_listed
from toolgen.executor.money_text import stated_figures
from toolgen.executor.named_subject import asked_person, named_subject
from toolgen.executor.nearest_airport import nearest_airport
from toolgen.executor.objects import objects_in
from toolgen.executor.one_instant import same_instant
from toolgen.executor.own_host import service_host
from toolgen.executor.page_meta import PagePlace, single_page, state_page
from toolgen.executor.paid_prices import (
    learn_prices,
    paid_tiers,
    purchase_total,
    read_at_known_price,
)
from toolgen.executor.people import same_person
from toolgen.executor.place_currency import call_currency, local_money
from toolgen.executor.places import believable_places
from toolgen.executor.postal import fit_postcode
from toolgen.executor.refs import output_refs
from toolgen.executor.refunds import refund_paid, refunds
from toolgen.executor.region_countries import countries_of_asked_region
from toolgen.executor.remembered import (
    find_id,
    is_kept,
    is_scalar,
    known_objects,
    learn_settled,
    overlay_known,
    remember_read,
    sole_id,
)
from toolgen.executor.results import ExecutionResult, Fault
from toolgen.executor.rules import settle
from toolgen.executor.said_shapes import echo_sent_objects, remember_sent
from toolgen.executor.scoped_cities import listed_cities
from toolgen.executor.scoped_output import in_scoped_country
from toolgen.executor.sent_log import store_answer
from toolgen.executor.sent_names import sent_names
from toolgen.executor.served import country_rows
from toolgen.executor.settle_ahead import Settle, fit_status
from toolgen.executor.settled_eta import settled_eta
from toolgen.executor.signed_in import TOKEN_ARGS, signed_in
from toolgen.executor.site_domain import site_domain
from toolgen.executor.state import EntityRecord, SessionState, canon
from toolgen.executor.stated_fields import stated_fields
from toolgen.executor.status_time import created_now, fit_times, status_words
from toolgen.executor.thesaurus import fill_word_lists
from toolgen.executor.totals import believable_totals
from toolgen.executor.values import id_entity, id_prefix, names_many, normalize_key
from toolgen.executor.variants import fit_variants
from toolgen.executor.views import asked_view, enter_view, leave_view
from toolgen.executor.wildcards import asked_args
from toolgen.executor.withdrawn import mark_status, remember_status, withdraws
from toolgen.records import Endpoint
from toolgen.seeds import derive_seed

if TYPE_CHECKING:
    from toolgen.executor.executor import MockExecutor


class ExecutionSession:
    """The mock API for one conversation; deterministic for (executor seed, session seed)."""

    def __init__(self, executor: MockExecutor, seed: int, strict: bool = False) -> None:
        self.executor = executor
        self.seed = seed
        self.strict = strict
        self.state = SessionState()
        self.calls = 0
        self._base = derive_seed(executor.seed, "session", seed)
        # read endpoint id -> what a later call of the plan does to it (`settle_ahead`)
        self.ahead: dict[str, Settle] = {}
        self.now: datetime | None = None  # when the latest create was made (`status_time`)

    def fork(self) -> ExecutionSession:
        """An independent copy, to look ahead at calls without changing this session."""
        other = ExecutionSession(self.executor, self.seed, self.strict)
        other.state = copy.deepcopy(self.state)
        other.calls = self.calls
        other.ahead = dict(self.ahead)
        other.now = self.now
        return other

    @property
    def token(self) -> str | None:
        """The token the last auth call returned (None before any)."""
        return self.state.token

    def call(
        self, endpoint: Endpoint, arguments: dict[str, Any], fault: Fault | None = None
    ) -> ExecutionResult:
        view = asked_view(arguments) if self.state.store else None
        if view is None:
            return self._call(endpoint, arguments, fault)
        # A call in another language than a record states sees (and writes) that
        # language's view of it, never the record itself.
        swapped = enter_view(self.state, view)
        try:
            return self._call(endpoint, arguments, fault)
        finally:
            leave_view(self.state, swapped)

    def _call(
        self, endpoint: Endpoint, arguments: dict[str, Any], fault: Fault | None
    ) -> ExecutionResult:
        index = self.calls
        self.calls += 1
        rng = random.Random(self._base + index)
        compiled = compiled_call(self.executor, endpoint)
        info = compiled.info
        errors = compiled.validate(arguments)
        if errors:
            return F.invalid_arguments(errors)
        state = self.state
        share_twins(arguments, state)
        target, target_entity = self._target(info, arguments)

        kind = fault.kind if fault is not None else None
        if fault is not None and kind not in ("paginate", "empty_result"):
            if kind == "validation_error":
                return F.validation_fault(endpoint, arguments, fault)
            if kind == "server_error":
                return F.server_error()
            if kind == "rate_limited":
                return F.rate_limited(fault, rng)
            if kind == "not_found":
                return F.not_found(target_entity or info.entity, target)
            if fault.sticky:
                state.auth_expired = True
                state.token_required = True
            return F.auth_expired()

        if kind in (None, "paginate") and info.action == "list" and no_nonstop(arguments):
            kind = "empty_result"  # a nonstop asked for where none flies: none is found

        if info.action != "auth":
            if state.auth_expired:
                return F.auth_expired()
            if state.token_required and state.token is not None and not self._token_ok(arguments):
                return F.token_invalid()

        if (
            target is not None
            and info.action in ("get", "update", "delete")
            and (target in state.deleted or (self.strict and target not in state.store))
        ):
            return F.not_found(target_entity or info.entity, target)

        if info.action == "update" and target is not None:
            rec = state.store.get(target)
            if rec is None:
                rec = state.store[target] = EntityRecord(target_entity or info.entity)
            for name, value in arguments.items():
                if is_scalar(value) and id_entity(name) is None:
                    rec.remember(normalize_key(name), value, overwrite=True)
            remember_sent(rec, arguments)

        plan = compiled.plan
        # A read of a record an earlier call showed (not one this answer introduces).
        seen = state.store.get(target) if info.action == "get" and target is not None else None
        args_norm = asked_args(arguments)  # a 'dontcare' is no filter to echo
        root_id = target if info.action in ("get", "update", "delete") else None
        ctx = Ctx(
            rng,
            self.executor.pools,
            args_norm,
            state.store,
            info.action,
            empty=kind == "empty_result",
            root_id=root_id,
            root_entity=target_entity or info.entity,
            writes=compiled.writes,
        )
        if info.action == "delete" and compiled.delete_mark is not None:
            ctx.status_hint = compiled.delete_mark  # a removed filter is removed
        ctx.host = service_host(endpoint)
        ctx.rows = country_rows(call_country(endpoint, ctx, state))
        output = plan.root(ctx)
        if info.action == "get" and isinstance(output, dict) and target is not None:
            known = state.store.get(target)
            if known is not None and target not in output.values():
                # A read whose answer does not restate the id (so no object links to
                # it) still describes the known record: a second details endpoint of
                # `prd_d4baab` names the "Smart Watch" the first did, not a new product.
                overlay_known(output, known, arguments)
        if seen is not None:
            kept_status(output, seen, endpoint.response_schema, arguments)
        # before a created record is remembered: the session keeps the money it shows
        about = state.store.get(target) if target is not None else None
        money = call_currency(args_norm, about.fields if about is not None else {},
                              state.money_country, endpoint.tool_id)
        local_money(output, args_norm, money, state.store)
        if compiled.kv is not None and kind is None:
            # A key-value store or a message log answers from what this conversation wrote.
            output = store_answer(compiled.kv, state.kv, arguments, output, compiled.fields)
            return ExecutionResult("ok", output, None, ())

        if info.action == "create":
            output = self._created(info, arguments, output, rng)
        elif info.action == "delete" and target is not None:
            if compiled.delete_mark is not None:
                mark_status(output, compiled.delete_mark)
            if withdraws(endpoint) and "status" in compiled.fields and isinstance(
                    output, dict) and isinstance(output.get("status"), str):
                # A cancel whose schema answers the booking's new status leaves the
                # booking to look up: it reads back as cancelled, not as "not found".
                remember_status(state, target, target_entity or info.entity, output)
            else:
                state.delete(target)
        elif info.action == "auth":
            output = signed_in(state, output, rng)

        page = continuation(state, endpoint, info, arguments)
        place: PagePlace | None = None
        if page is not None:
            output = set_list(plan, output, page.items)
            output = page_fields(output, page.page, None)
            place = PagePlace(page.page, page.size or len(page.items), page.total)
        elif kind == "paginate":
            output, place = paginate(state, endpoint, info, plan, ctx, arguments, output, fault)
        elif info.action == "list" and kind != "empty_result":
            show_created(state, info, plan, ctx, output)

        local_money(output, args_norm, money, state.store)  # a page's items drawn earlier
        before = known_objects(output, self.state.store) if self.state.store else []
        echo = echo_for(args_norm)
        echo(output)  # before the rules: a total or rate uses the asked amount
        settle(output, args_norm, info.action)
        echo(output)  # after them: a pair put in order keeps the asked day
        echo_clock(output, args_norm)
        if compiled.writes:
            echo_sent_objects(output, args_norm)
        fill_word_lists(output, args_norm)
        fill_glossary(output, args_norm, rng)
        if compiled.detects_language:
            fill_detected_language(output, args_norm)
        cities_of_asked_country(output, args_norm)
        countries_of_asked_region(output, args_norm)
        distinct_seats(output, args_norm)
        believable_places(output, with_known_place(
            args_norm, output, state.store.get(target) if info.action == "get" else None))
        in_scoped_country(output, args_norm, endpoint.function_name)
        listed_cities(output, endpoint.function_name)  # Vietnam's cities are Vietnamese
        _each_object(output, args_norm)
        same_person(output, args_norm)
        sent_names(output, args_norm)  # lyrics asked of Velvet Roads are Velvet Roads'
        named_subject(output, args_norm)
        company_ticker(output, args_norm)
        asked_person(output, args_norm)
        drop_sent_credentials(output, args_norm)
        clear_errors(output)  # an example response that failed still answers a success
        cohere(output, args_norm, endpoint, rng)  # one real airport / team / country per object
        fit_teams(output, args_norm)  # the team asked about, else one of the asked league
        shown = nearest_airport(output, args_norm)  # after cohere: a town's own airports
        if shown and place is not None:
            place = whole_list(state, endpoint, output, place, shown)
        follow_places(output, args_norm, endpoint, rng)  # after cohere and the airports
        site_domain(output, args_norm)  # a site's domain is its address's host
        within_years(output, args_norm)  # what was asked of 2007-2013 is dated then
        if plan.finish is not None:
            # a computed figure, a done action's status; a known flight keeps its carrier
            plan.finish(output, {**known_flight(seen), **args_norm}, rng)
        if self.ahead:
            self._settle_ahead(endpoint, output, args_norm)
        self._in_time(endpoint, output, info.action == "create")
        settled_eta(output)  # after every status is final: a delivered order is due now
        # after finish: symbols echoed, bars ordered; a known record's figures stay
        fit_asset_prices(output, {**(seen.fields if seen is not None else {}), **args_norm},
                         rng)
        if info.action == "create":
            name_booked_flight(output, state.store, rng)
            purchase_total(state, args_norm, output)  # the known price times what it bought
        cart_total(state, args_norm, output)  # a known cart's checkout charges its subtotal
        lowest_listed(output)  # a "from" price is the cheapest section's
        paid_tiers(state, output)  # distinct tiers; a bought one at the price paid
        priced_lines(state, output)  # a product read earlier costs its price on a line
        if info.action == "get":
            read_at_known_price(state, output, target)  # and a line's product, read later
        add_up(output)  # last: totals and conversions follow from the figures shown
        if info.action == "get":
            keep_total(state, output, target)  # an order read again costs what it was made for
        refund_paid(state, output, target, args_norm, refunds(endpoint.function_name))
        stated_figures(output)  # and a price's text states the figure it stands beside
        stated_fields(output, args_norm)  # a recipe's text serves the servings it has
        fit_variants(output)  # a blender comes in one size, under its own SKU
        learn_totals(state, output, info.action in ("create", "update"))
        learn_settled(before, self.state.store)
        if info.action == "get" and target is not None and kind is None:
            remember_read(state.store, target, target_entity or info.entity, output)
        if seen is not None and isinstance(output, dict):
            same_product(output, seen)  # one product, one price, in any shop's words
        same_listing(state, endpoint, plan, output, page, kind)
        learn_prices(state, output)
        learn_lines(state, output)  # a line's product, read later, costs its unit price
        learn_cart(state, output)
        if place is None and kind != "empty_result":
            place = single_page(output, plan.list_path, args_norm)
        if place is not None:
            state_page(output, plan.list_path, place)
        if info.action == "list" and kind != "empty_result" and page is None:
            alive = len(state.alive_ids(info.entity))
            moved = listed_again(state, query_key(endpoint.id, args_norm), output,
                                 plan.list_path, alive, place)
            rest = state.pages.get((endpoint.id, str(output.get("next_cursor")))) if (
                isinstance(output, dict)) else None
            if rest is not None and moved is not None:  # its later pages say the same total
                rest.total = moved
        one_row_per_zip(output)  # a ZIP names one area: one row of a listing
        believable_totals(output, args_norm)  # last: a list's final length is its total
        if kind == "empty_result":
            output = empty(plan, output)
            return ExecutionResult("empty", output, None, output_refs(output, info.entity))
        return ExecutionResult("ok", output, None, output_refs(output, info.entity))

    # -- steps ------------------------------------------------------------------------------

    def _in_time(self, endpoint: Endpoint, output: Any, creates: bool) -> None:
        """Stamps and flight statuses fit the session's now; a create moves the now."""
        if creates and (made := created_now(output)) is not None:
            self.now = made if self.now is None else max(self.now, made)
        fit_times(output, self.now, lambda: status_words(endpoint.response_schema), creates)

    def _settle_ahead(self, endpoint: Endpoint, output: Any, args: dict[str, Any]) -> None:
        """A read a later planned call pays, cancels or refunds shows a status it can act
        on; once that call runs, its hint is spent."""
        hint = self.ahead.get(endpoint.id)
        if hint is not None:
            fit_status(output, hint, endpoint.response_schema, args)
        if any(h.by == endpoint.id for h in self.ahead.values()):
            self.ahead = {k: h for k, h in self.ahead.items() if h.by != endpoint.id}

    def _target(self, info: EndpointInfo, arguments: dict[str, Any]) -> tuple[Any, str]:
        """The id the call is about, and its entity ('' when unknown)."""
        store = self.state.store
        best: tuple[Any, str] | None = None
        # An id naming one record (`id`) before one naming several (`ids`: what is added).
        for name, ent in _one_first(info.id_params):
            value = sole_id(arguments.get(name))
            if not is_scalar(value) or isinstance(value, float):
                continue
            value = numbered_flight(store, value)  # "TG1723" is the flight booked as TG1723
            rec = store.get(value)
            entity = rec.entity if rec is not None else (ent or info.entity)
            if canon(ent or info.entity) == canon(info.entity) or ent == "":
                return value, entity
            if best is None:
                best = (value, entity)
        if best is not None and len(info.id_params) == 1:
            return best
        for value in arguments.values():
            if is_scalar(value) and not isinstance(value, float):
                rec = store.get(value)
                if rec is not None:
                    return value, rec.entity
        return best if best is not None else (None, "")

    def _token_ok(self, arguments: dict[str, Any]) -> bool:
        token = self.state.token or ""
        for name, value in arguments.items():
            if normalize_key(name) in TOKEN_ARGS and isinstance(value, str) and token not in value:
                return False
        return True

    def _created(
        self, info: EndpointInfo, arguments: dict[str, Any], output: Any, rng: random.Random
    ) -> Any:
        entity = info.entity or "item"
        ident = find_id(output, entity)
        if ident is None and isinstance(output, dict):
            # The shape names its record by a noun (`file_id` where the path said `/f`).
            own = next((k for k, v in output.items() if id_entity(k) and is_scalar(v)), None)
            if own is not None:
                entity, ident = id_entity(own) or entity, output[own]
        fit_made_status(output, canon(entity), arguments)
        if ident is None:
            ident = f"{id_prefix(entity)}_{rng.getrandbits(24):06x}"
            if isinstance(output, dict):
                output[f"{entity}_id"] = ident
            else:
                output = {f"{entity}_id": ident, "status": "confirmed", "result": output}
        store = self.state.store
        rec = store.get(ident)
        if rec is not None and any(v == ident for v in arguments.values()):
            # Adding to an existing entity (`add_to_order(order_id)`): it answers as known,
            # and what this call sends becomes its state.
            overlay_known(output, rec, arguments)
            for name, value in arguments.items():
                if is_scalar(value) and id_entity(name) is None:
                    rec.remember(normalize_key(name), value, overwrite=True)
            return output
        if rec is None or canon(rec.entity) != canon(entity):
            rec = store[ident] = EntityRecord(entity)
            if isinstance(output, dict):
                for k, v in output.items():
                    if is_kept(v) and id_entity(k) != "":
                        rec.remember(normalize_key(k), v)
        for name, value in arguments.items():
            if is_scalar(value):
                rec.remember(normalize_key(name), value)
        self.state.created(entity, ident)
        return output


def _each_object(output: Any, sent: dict[str, Any]) -> None:
    """Every object of an output: its postcode fits its place and its timestamps name one
    instant (one walk for both: this runs on every call)."""
    for node in objects_in(output):
        fit_postcode(node, sent)
        same_instant(node, sent)


@lru_cache(maxsize=4096)
def _one_first(id_params: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """Id parameters naming one record before those naming several (once per endpoint)."""
    return tuple(sorted(id_params, key=lambda p: names_many(p[0])))
