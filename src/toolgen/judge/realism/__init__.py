"""Realism validators: defects a careful reviewer catches that the rule validators do not.

One module per criterion (outputs, arguments, chains, honesty, actions, parallel,
language); each `check_view(view, ctx)` returns typed `Finding`s whose `validator` is
the criterion, with the message index and a reason. Severities and the kinds that gate
generation live in `policy` (one place to tune). A criterion's module may define `GATE`,
what its check can possibly fire on (`judge.gates`): records that cannot make it fire
skip it.
"""

from __future__ import annotations

from collections.abc import Callable

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import Gate, gate_of
from toolgen.judge.realism import (
    absent,
    acted_result,
    actions,
    airline_codes,
    arguments,
    asides,
    asked,
    asked_place,
    boilerplate,
    booked_late,
    bought,
    calculations,
    cart_checkout,
    cell_facts,
    chains,
    city_fit,
    city_titles,
    deferred,
    domains,
    echo_cited,
    echoed_asks,
    entities,
    error_results,
    event_kinds,
    events,
    field_scales,
    filters,
    flight_fares,
    flight_rows,
    flown_routes,
    fuel_price,
    garbled,
    hollow,
    honesty,
    id_forms,
    identity,
    ids_only,
    invented_names,
    kept_state,
    keyed_entries,
    known_kinds,
    language,
    last_page,
    listed_pick,
    local_money,
    made_status,
    misfit,
    money_scale,
    named_by_id,
    naming,
    notes,
    odd_values,
    off_subject,
    omitted,
    one_currency,
    outputs,
    own_words,
    padding,
    paged_totals,
    parallel,
    part_whole,
    past_dates,
    placeholder_values,
    player_heights,
    postcodes,
    promised,
    quotes,
    reasked,
    recited_keys,
    reconciled,
    request_words,
    returned_entity,
    said_counts,
    same_id,
    shapes,
    shared_codes,
    situation,
    spans,
    stale,
    state_order,
    stated_text,
    status_time,
    stay_prices,
    stocks,
    sums,
    titles,
    twins,
    type_fields,
    units,
    value_kinds,
    values,
    verdicts,
    weather,
    whole_lists,
    wording,
    world_facts,
)
from toolgen.judge.realism.policy import CRITERIA, GATING_KINDS, SEVERITY, gates, is_realism
from toolgen.judge.view import RecordView, build_view
from toolgen.records import Finding, Record

CHECKS: dict[str, Callable[[RecordView, JudgeContext], list[Finding]]] = {
    outputs.NAME: outputs.check_view,
    arguments.NAME: arguments.check_view,
    chains.NAME: chains.check_view,
    honesty.NAME: honesty.check_view,
    actions.NAME: actions.check_view,
    parallel.NAME: parallel.check_view,
    language.NAME: language.check_view,
    values.NAME: values.check_view,
    naming.NAME: naming.check_view,
    entities.NAME: entities.check_view,
    own_words.NAME: own_words.check_view,
    garbled.NAME: garbled.check_view,
    invented_names.NAME: invented_names.check_view,
    type_fields.NAME: type_fields.check_view,
    boilerplate.NAME: boilerplate.check_view,
    field_scales.NAME: field_scales.check_view,
    deferred.NAME: deferred.check_view,
    paged_totals.NAME: paged_totals.check_view,
    returned_entity.NAME: returned_entity.check_view,
    postcodes.NAME: postcodes.check_view,
    asked_place.NAME: asked_place.check_view,
    error_results.NAME: error_results.check_view,
    sums.NAME: sums.check_view,
    identity.NAME: identity.check_view,
    asked.NAME: asked.check_view,
    request_words.NAME: request_words.check_view,
    reasked.NAME: reasked.check_view,
    hollow.NAME: hollow.check_view,
    promised.NAME: promised.check_view,
    weather.NAME: weather.check_view,
    same_id.NAME: same_id.check_view,
    kept_state.NAME: kept_state.check_view,
    id_forms.NAME: id_forms.check_view,
    stated_text.NAME: stated_text.check_view,
    echoed_asks.NAME: echoed_asks.check_view,
    titles.NAME: titles.check_view,
    filters.NAME: filters.check_view,
    omitted.NAME: omitted.check_view,
    units.NAME: units.check_view,
    value_kinds.NAME: value_kinds.check_view,
    shapes.NAME: shapes.check_view,
    ids_only.NAME: ids_only.check_view,
    absent.NAME: absent.check_view,
    stale.NAME: stale.check_view,
    misfit.NAME: misfit.check_view,
    calculations.NAME: calculations.check_view,
    world_facts.NAME: world_facts.check_view,
    notes.NAME: notes.check_view,
    events.NAME: events.check_view,
    wording.NAME: wording.check_view,
    state_order.NAME: state_order.check_view,
    bought.NAME: bought.check_view,
    city_fit.NAME: city_fit.check_view,
    local_money.NAME: local_money.check_view,
    stocks.NAME: stocks.check_view,
    airline_codes.NAME: airline_codes.check_view,
    booked_late.NAME: booked_late.check_view,
    status_time.NAME: status_time.check_view,
    verdicts.NAME: verdicts.check_view,
    twins.NAME: twins.check_view,
    domains.NAME: domains.check_view,
    flown_routes.NAME: flown_routes.check_view,
    event_kinds.NAME: event_kinds.check_view,
    city_titles.NAME: city_titles.check_view,
    player_heights.NAME: player_heights.check_view,
    padding.NAME: padding.check_view,
    placeholder_values.NAME: placeholder_values.check_view,
    odd_values.NAME: odd_values.check_view,
    known_kinds.NAME: known_kinds.check_view,
    reconciled.NAME: reconciled.check_view,
    quotes.NAME: quotes.check_view,
    off_subject.NAME: off_subject.check_view,
    cell_facts.NAME: cell_facts.check_view,
    said_counts.NAME: said_counts.check_view,
    made_status.NAME: made_status.check_view,
    listed_pick.NAME: listed_pick.check_view,
    last_page.NAME: last_page.check_view,
    money_scale.NAME: money_scale.check_view,
    stay_prices.NAME: stay_prices.check_view,
    flight_rows.NAME: flight_rows.check_view,
    shared_codes.NAME: shared_codes.check_view,
    part_whole.NAME: part_whole.check_view,
    fuel_price.NAME: fuel_price.check_view,
    flight_fares.NAME: flight_fares.check_view,
    situation.NAME: situation.check_view,
    past_dates.NAME: past_dates.check_view,
    recited_keys.NAME: recited_keys.check_view,
    named_by_id.NAME: named_by_id.check_view,
    keyed_entries.NAME: keyed_entries.check_view,
    one_currency.NAME: one_currency.check_view,
    cart_checkout.NAME: cart_checkout.check_view,
    whole_lists.NAME: whole_lists.check_view,
    echo_cited.NAME: echo_cited.check_view,
    asides.NAME: asides.check_view,
    spans.NAME: spans.check_view,
    acted_result.NAME: acted_result.check_view,
}


GATES: dict[str, Gate | None] = {name: gate_of(check) for name, check in CHECKS.items()}
"""Each criterion's gate (its module's `GATE`, see `judge.gates`), read once here so that
a caller wrapping a check in `CHECKS` keeps its gate."""


def on_record(name: str) -> Callable[[Record, JudgeContext], list[Finding]]:
    """Criterion `name` as a `(record, ctx)` validator (builds the record's view)."""
    check = CHECKS[name]

    def run(record: Record, ctx: JudgeContext) -> list[Finding]:
        return check(build_view(record), ctx)

    return run


def check_view(view: RecordView, ctx: JudgeContext, gated: bool = True) -> list[Finding]:
    """Every realism finding for the record behind `view`, in criterion order. A criterion
    whose gate is shut cannot fire and is skipped (`gated=False` runs every one)."""
    out: list[Finding] = []
    for name, check in CHECKS.items():
        gate = GATES.get(name) if gated else None
        if gate is None or gate(view):
            out += check(view, ctx)
    return out


__all__ = ["CHECKS", "CRITERIA", "GATES", "GATING_KINDS", "SEVERITY", "check_view", "gates",
           "is_realism", "on_record"]
