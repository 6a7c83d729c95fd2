"""Values the simulated user states for arguments, drawn like the executor's outputs.

A parameter's value comes from its enum, else from what the parameter means
(`values_meaning`: a route's ends are places, a `*_lang` a language code, an option the
description lists, a sentence of the endpoint's domain...), else from the executor's
compiled generators, which read its name, description, format and default (so a `city`
is a real city, a `checkin_date` an ISO date, a `min_stars` described as "1-5" lies in
1-5, a `cpf` shaped like its default gets new digits). Candidates are checked against the
parameter schema and refused when they are no value a user states (`values_checks`:
the call's labels, the endpoint's own words); the least-used one across the run wins
when steering is on. An optional parameter with no value a user would give is left out;
`unstatable(endpoint)` names the required ones.

Provenance rules owned here: `silent_default(param)` says when a schema default may be
used without the user stating it (optional, non-identifying settings only: page size,
language, units; never an id, email, account, quantity or item list), and `settle`
makes one call's user-given values agree (check-in before check-out, origin differs from
destination, a conversion between two different currencies).
"""

from __future__ import annotations

import random
import re
from typing import Any

from toolgen.agents.planner.array_sizes import shaped
from toolgen.agents.planner.carried_text import TEXT_KEYS
from toolgen.agents.planner.code_values import coded_draw
from toolgen.agents.planner.coordinate_pairs import around_point
from toolgen.agents.planner.inert_params import inert
from toolgen.agents.planner.museum_city import museum_placed
from toolgen.agents.planner.named_ids import named_id_draw
from toolgen.agents.planner.named_values import example_value, last_resort
from toolgen.agents.planner.own_vocabulary import own_draw
from toolgen.agents.planner.stated_state import same_state
from toolgen.agents.planner.street_names import (
    HOUSE_NUMBER_KEYS,
    street_alone,
    takes_number_apart,
)
from toolgen.agents.planner.values_checks import ValueChecks
from toolgen.agents.planner.values_listed import listed_options, takes_listed
from toolgen.agents.planner.values_meaning import Draw, meant_value, plain_text
from toolgen.agents.planner.values_pairs import paired
from toolgen.agents.planner.values_param import DrawPlan, ParamFacts
from toolgen.agents.planner.values_schema import about, described
from toolgen.executor import MockExecutor, endpoint_info
from toolgen.executor.assistant_made import client_key
from toolgen.executor.controls import left_to_assistant, opaque_blob
from toolgen.executor.entities.arguments import one_entity
from toolgen.executor.entities.quantities import Spec, figure, wordy
from toolgen.executor.first_page import first_page
from toolgen.executor.gen_context import Ctx
from toolgen.executor.generate import Plan, compile_plan
from toolgen.executor.mode_switch import mode_switch
from toolgen.executor.number_codes import code_values, stated_default
from toolgen.executor.places import agree_arguments, at_place, is_place_argument
from toolgen.executor.postal import fit_given
from toolgen.executor.result_kinds import own_words_of
from toolgen.executor.rules import settle_arguments
from toolgen.executor.values import id_entity, normalize_key
from toolgen.executor.vocab import Vocab
from toolgen.graph.steering import Coverage
from toolgen.judge.realism.arguments import placeholder, repeats_label
from toolgen.judge.realism.odd_values import reads_as_text
from toolgen.records import Endpoint, Parameter, PlannedArg
from toolgen.registry.english import unsayable

_RETRIES = 4
_MORE = 8
_STREET_TRIES = 4  # draws of a street line before one is freed of its figures
# Words of a parameter name that make its value something only the user (or an earlier
# answer) can give: who they are, what they own, how many, which items.
_IDENTIFYING = frozenset({
    "id", "ids", "uuid", "email", "mail", "account", "user", "username", "customer", "phone",
    "quantity", "qty", "items", "item", "products", "address", "card", "iban", "order",
    "booking", "reservation", "password", "name", "amount", "isbn",
    "sku", "symbol", "ticker", "url", "domain", "ip", "token", "key", "cpf", "cnpj", "isin",
})


# A continuation key: the value an earlier page of results handed back (`nextMaxId`,
# `max_cursor`, `min_time` "from previous request response"); a first request has none.
_CONTINUATION_NAME = re.compile(r"cursor|continuation|next_?max|max_?id$|next_?token|"
                                r"page_?token|scroll_?id|^next$", re.I)
_CONTINUATION_HINT = re.compile(r"previous (?:request|response|call|page)|get more results|"
                                r"has_more|next page|pagination (?:token|cursor)", re.I)


def continuation(param: Parameter) -> bool:
    """Whether `param` continues an earlier page of results (a cursor, a next-page token,
    an offset "to get more results"): bookkeeping no person states in a first request."""
    return bool(_CONTINUATION_NAME.search(param.name)
                or _CONTINUATION_HINT.search(param.description or ""))


def identifying(param: Parameter) -> bool:
    """True when the value names who or what the request is about (never a silent default)."""
    if id_entity(param.name) is not None:
        return True
    words = set(normalize_key(param.name).split("_"))
    if words & _IDENTIFYING:
        return True
    return param.json_schema.get("type") == "array"


def _meaning(param: Parameter) -> str:
    """What a parameter's schema says its values are: its description, default and enum."""
    return f"{param.description} {param.default} {param.json_schema.get('enum', '')}"


class ArgumentValues(ValueChecks):
    def __init__(self, executor: MockExecutor) -> None:
        super().__init__()
        self.executor = executor
        self._plans: dict[str, Plan] = {}
        self._meanings: dict[tuple[str, str], Draw | None] = {}
        self._draws: dict[tuple[str, str], DrawPlan] = {}
        # endpoint id -> (the parameters they were worked out for, their facts)
        self._facts: dict[str, tuple[object, tuple[ParamFacts, ...]]] = {}

    def draw(
        self,
        endpoint: Endpoint,
        param: Parameter,
        rng: random.Random,
        coverage: Coverage | None = None,
        topic: str = "",
        rows: tuple[int, ...] = (),
    ) -> Any:
        """A schema-valid value for `param`; the least used of a few when steering. A
        place the generators draw (a postcode, a street) is in one of `PLACES` `rows`
        (the record's country) when given."""
        tries = 3 if coverage is not None and coverage.enabled else 1
        candidates = [self._one(endpoint, param, rng, topic, rows) for _ in range(tries)]
        valid = [c for c in candidates if self._fits(endpoint, param, c)]
        for _ in range(_RETRIES if not valid and isinstance(candidates[0], str) else 0):
            # Why: the endpoint's own words make its vocabulary, so a draw can repeat a
            # label (`channel='channel'`), and so can the topic (`name='by name'`); a
            # user names a value instead.
            again = self._one(endpoint, param, rng, "")
            if self._fits(endpoint, param, again):
                valid = [again]
                break
        if not valid:
            return self._fallback(endpoint, param, rng, candidates[0])
        if coverage is None or len(valid) == 1:
            return valid[0]
        best = max(valid, key=lambda v: coverage.value_weight(repr(v)))
        coverage.record_value(repr(best))
        return best

    def _one(self, endpoint: Endpoint, param: Parameter, rng: random.Random, topic: str,
             rows: tuple[int, ...] = ()) -> Any:
        value = self._one_drawn(endpoint, param, rng, topic, rows)
        if isinstance(value, str) and takes_number_apart(endpoint, param):
            return self._street(endpoint, param, rng, topic, rows, value)
        if isinstance(value, float) and _WHOLE.search(param.description or ""):
            # "The repayment term in months as an integer" (ToolBench seed 13 #5: 19.01)
            return round(value)
        if (isinstance(value, str) and value[:1] == "0" and value.isdigit() and len(value) > 1
                and _figure_example(param)):
            # a radius of "0204" (ToolBench seed 71): a figure shaped like its example
            # "5000" is written as people write figures; a zip code "02205" keeps its zero
            return str(int(value)) if int(value) else param.default
        return value

    def _street(self, endpoint: Endpoint, param: Parameter, rng: random.Random, topic: str,
                rows: tuple[int, ...], line: str) -> str:
        """The name of a street drawn for `param`, sent apart from its number
        (`street_names`); the line as drawn when a few draws leave figures in each."""
        for _ in range(_STREET_TRIES):
            name = street_alone(line)
            if name is not None:
                return name
            drawn = self._one_drawn(endpoint, param, rng, topic, rows)
            line = drawn if isinstance(drawn, str) else line
        return line

    def _one_drawn(self, endpoint: Endpoint, param: Parameter, rng: random.Random,
                   topic: str, rows: tuple[int, ...] = ()) -> Any:
        how = self._draw_plan(endpoint, param)
        if how.enum is not None:
            return rng.choice(how.enum)
        if how.meant is not None:
            return how.meant(rng)
        named = how.named(rng) if how.named is not None else None
        if named is not None:
            return _figure_if_quantity(how.quantity, named, rng)
        generated = self._plan(endpoint).root(
            Ctx(rng, self.executor.pools, {}, {}, action="list", rows=rows)
        )
        if isinstance(generated, dict) and param.name in generated:
            value = _figure_if_quantity(how.quantity, generated[param.name], rng)
            return shaped(param, about(endpoint), value)
        return param.default if param.has_default else "example"

    def _draw_plan(self, endpoint: Endpoint, param: Parameter) -> DrawPlan:
        key = (endpoint.id, param.name)
        how = self._draws.get(key)
        if how is None or how.param is not param:
            how = self._draws[key] = DrawPlan.of(
                param, endpoint.function_name, lambda: self._meant(endpoint, param))
        return how

    def unstatable(self, endpoint: Endpoint) -> tuple[str, ...]:
        """The required parameters of `endpoint` for which no value a user would state can
        be drawn: every draw is the endpoint's own words and nothing (a listed option, a
        default, a plain name) stands in. An endpoint with any is one offline generation
        cannot make believable (`registry/realisable.py` may use this). A required list every
        draw leaves empty is one too."""
        rng = random.Random(0)
        out: list[str] = []
        for param in endpoint.parameters:
            schema = param.json_schema
            if param.required and not param.has_default and opaque_blob(param.name):
                out.append(param.name)  # a token nobody can state ("2" is no `params`)
                continue
            if param.required and not param.has_default and self._nothing_listed(
                    endpoint, param, rng):
                out.append(param.name)  # `chess_play(moves=[])`: a list of nothing
                continue
            if (not param.required or schema.get("enum") or param.has_default
                    or schema.get("type", "string") != "string"
                    or self._meant(endpoint, param) is not None):
                continue
            if any(self._fits(endpoint, param, self._one(endpoint, param, rng, ""))
                   for _ in range(_RETRIES)):
                continue
            example = example_value(param.description or "", rng)
            plain = last_resort(param.name, rng)
            if (plain_text(param) is not None
                    or (example is not None and self._fits(endpoint, param, example))
                    or (plain is not None and self._fits(endpoint, param, plain))):
                continue
            out.append(param.name)
        return tuple(out)

    def _nothing_listed(self, endpoint: Endpoint, param: Parameter,
                        rng: random.Random) -> bool:
        """Whether every draw for array `param` is empty: its items are of no kind the
        generators know (a chess move, a table's column), so no user request fills it."""
        if param.json_schema.get("type") != "array":
            return False
        return all(self._one(endpoint, param, rng, "") == [] for _ in range(_RETRIES))

    def _meant(self, endpoint: Endpoint, param: Parameter) -> Draw | None:
        """What the parameter means, drawn (a place, a language code, a sentence...)."""
        key = (endpoint.id, param.name)
        if key not in self._meanings:
            # The API's own vocabulary before a generic meaning, and a code of the table
            # its default belongs to where no meaning is known: the default says what an
            # unexplained filter takes.
            # A state or currency id the schema shows as a code is that code
            # (`named_ids`): a made-up token is no state anyone names.
            coded = named_id_draw(param, endpoint)
            meant = coded or meant_value(param, endpoint)
            self._meanings[key] = coded or (
                own_draw(param, endpoint, self.executor.examples.pool(endpoint.tool_id), meant)
                or meant or coded_draw(param, about(endpoint)))
        return self._meanings[key]

    def silent_default(self, param: Parameter) -> bool:
        """May the schema default be used without the user stating it? Only for optional
        settings that identify nothing (page size, language, units), and for a response
        control (`format`, `full_response`) even when required: the assistant picks it."""
        return (
            param.has_default
            and param.default is not None
            and (not param.required or left_to_assistant(param.name, _meaning(param)))
            and not identifying(param)
            and not placeholder(param.default)
            # a sample message or subject is the words of what is sent: the user's to give
            and not reads_as_text(param.name, param.default)
        )

    def always_default(self, param: Parameter) -> bool:
        """A response control with a usable default: never stated by the user."""
        return left_to_assistant(param.name, _meaning(param)) and self.silent_default(param)

    def unstated(self, endpoint: Endpoint, param: Parameter) -> bool:
        """A cursor or page token (nobody states one for a first page), or an optional
        response control (nobody asks for "videos equal to json"; the assistant picks), or
        an optional setting whose name no person says (`topn`, `prewarp`): a user who
        cannot name it does not set it; nor a client's own key (`assistant_made`), nor a
        choice nobody can name a value of (`_unknown_choice`), nor one its description says
        changes nothing (`inert`)."""
        info = endpoint_info(endpoint)
        if not param.required and (left_to_assistant(param.name, _meaning(param))
                                   or continuation(param) or unsayable(param.name)
                                   or client_key(param.name, param.description)
                                   or inert(param)
                                   or self._unknown_choice(endpoint, param)):
            return True
        return param.name == info.pagination_arg and info.pagination_style == "cursor"

    def _unknown_choice(self, endpoint: Endpoint, param: Parameter) -> bool:
        """A choice whose API lists no options (a ToolBench `ENUM` with none:
        `sortByPopulation`, `isLandScape`) and whose meaning no rule knows: a draw is a
        figure or a label ("sorting by population 1315033": ToolBench seed 31 #8; "Is Land
        Scape 28"), nothing a person would set."""
        return (param.type_label.upper() == "ENUM" and not param.json_schema.get("enum")
                and not listed_options(param.description or "")
                and self._meant(endpoint, param) is None)

    def facts(self, endpoint: Endpoint) -> tuple[ParamFacts, ...]:
        """Per parameter of `endpoint`, in order: whether it is a place, a default used
        unsaid, one nobody states (`always_default`, `silent_default`, `unstated`); the
        planner asks on every call, the answers depend on the endpoint alone."""
        hit = self._facts.get(endpoint.id)
        if hit is not None and hit[0] is endpoint.parameters:
            return hit[1]
        # A mode switch (`endpoint='url'`) is sent as documented, never said by the user.
        facts = tuple(
            ParamFacts(p, is_place_argument(p.name),
                       self.always_default(p) or mode_switch(p, endpoint)
                       or coded is not None,
                       self.silent_default(p), self.unstated(endpoint, p),
                       _essential(endpoint, p), coded)
            for p in endpoint.parameters
            for coded in (_coded_default(p),))
        self._facts[endpoint.id] = (endpoint.parameters, facts)
        return facts

    def settle(self, endpoint: Endpoint, args: list[PlannedArg]) -> list[PlannedArg]:
        """One call's user-given values made to agree (date order, origin != destination,
        one place, one real airport / team / country)."""
        args = paired(endpoint, same_state(_one_place(endpoint, args)),
                      lambda p, v: self._valid(endpoint, p, v))
        given = {a.name: a.value for a in args if a.source in ("user", "clarification")}
        if given and (one := one_entity(
                endpoint, args, lambda p, v: self._valid(endpoint, p, v))) is not args:
            args = one
            given = {a.name: a.value for a in args if a.source in ("user", "clarification")}
        if not given:
            return args
        kept = {a.name: a.value for a in args if a.source not in ("user", "clarification")}
        fixed = agree_arguments(settle_arguments(given) if len(given) > 1 else given, kept)
        if fixed == given:
            return args
        return self._with_fixed(endpoint, args, given, fixed)

    def _with_fixed(self, endpoint: Endpoint, args: list[PlannedArg], given: dict[str, Any],
                    fixed: dict[str, Any]) -> list[PlannedArg]:
        """`args` with each user-given value `fixed` changed, where the schema takes it."""
        return [
            a.model_copy(update={"value": fixed[a.name]})
            if a.name in given and fixed[a.name] != a.value and self._valid(
                endpoint, _param(endpoint, a.name), fixed[a.name])
            else a
            for a in args
        ]

    def at_place(self, endpoint: Endpoint, args: list[PlannedArg], row: int,
                 strict: bool) -> list[PlannedArg]:
        """One call's user-given values moved to the record's place (`PLACES` row `row`;
        `strict`: the API serves that country, so an unknown city goes too), with postcodes
        fitting their place; a value the schema refuses stays as drawn."""
        listed = {p.name for p in endpoint.parameters if takes_listed(p)}
        given = {a.name: a.value for a in args if a.source in ("user", "clarification")
                 and a.name not in listed}  # OpenALPR's `country` is "us" or "eu"
        if not given or museum_placed(given):
            return args  # a famous museum's city is its own, wherever the record is set
        fixed = fit_given(at_place(given, row, strict))
        if fixed == given:
            return args
        # a city moved to the record's place takes its state along (`stated_state`)
        return same_state(self._with_fixed(endpoint, args, given, fixed))

    def _plan(self, endpoint: Endpoint) -> Plan:
        plan = self._plans.get(endpoint.id)
        if plan is None:
            purpose = about(endpoint)
            props = {p.name: described(p, purpose) for p in endpoint.parameters}
            entity = endpoint_info(endpoint).entity
            plan = compile_plan(
                {"type": "object", "properties": props}, entity, Vocab.of(endpoint, entity),
                self._own_ids(endpoint), request=True,
            )
            self._plans[endpoint.id] = plan
        return plan

    def _own_ids(self, endpoint: Endpoint) -> dict[str, tuple[Any, ...]]:
        """The ids of named things in the examples of `endpoint`'s tool: a movie a user
        names is `mv_512` when the service's own movies are `mv_801`, never `mvo_ab0bd3`
        (bundled seed 71 #10)."""
        pool = self.executor.examples.pool(endpoint.tool_id)
        return {k: v for k, v in pool.items() if id_entity(k)}

    def _fallback(self, endpoint: Endpoint, param: Parameter, rng: random.Random,
                  first: Any) -> Any:
        """No drawn value fits: an example the description gives, the default when it
        identifies nothing, else the first draw."""
        example = example_value(param.description or "", rng)
        if example is not None and self._fits(endpoint, param, example):
            return example
        drawn = [first]
        for _ in range(_MORE if isinstance(first, str) else 0):
            # Why: a small vocabulary can need more draws to find a word that is not the
            # endpoint's own name; rare, so the common path keeps its four.
            again = self._one(endpoint, param, rng, "")
            if self._fits(endpoint, param, again):
                return again
            drawn.append(again)
        if param.has_default and not identifying(param):
            return param.default
        generic = plain_text(param) if isinstance(first, str) else None
        if generic is not None and self._fits(endpoint, param, text := generic(rng)):
            return text
        plain = last_resort(param.name, rng) if isinstance(first, str) else None
        # A required value with nothing better: a plain name ("Q3 Budget", "Scale 12")
        # reads as the user's own even where it borrows the parameter's name.
        if plain is not None and self._valid(endpoint, param, plain) and not repeats_label(
                plain, self._labels_of(endpoint)):
            return plain
        # Nothing but the endpoint's words: at least not the parameter's own label.
        return next((d for d in drawn if self._valid(endpoint, param, d)
                     and not (isinstance(d, str) and repeats_label(d, self._labels_of(endpoint)))),
                    first)


_WHOLE = re.compile(r"\b(?:an |as an |whole )?integer\b|\bwhole number\b", re.I)


def _coded_default(param: Parameter) -> int | str | None:
    """`ParamFacts.coded_default`: a first page's start, number or size (`first_page`), or
    the code `param`'s description names as its default, typed as the schema types it,
    when the schema gives none and the field is a code."""
    if param.has_default and param.default not in (None, ""):
        return None
    page = first_page(param.name, param.json_schema.get("type"))
    if page is not None and not param.json_schema.get("enum"):
        return page  # "with nothing skipped (offset 0)" is no one's request
    description = param.description or ""
    code = stated_default(description)
    if code is None or code_values(param.name, {"description": description}) is None:
        return None
    return str(code) if param.json_schema.get("type") == "string" else code


def _essential(endpoint: Endpoint, param: Parameter) -> bool:
    """`ParamFacts.essential`: `validate_email` called with no email validated nothing
    (ToolBench seed 47 #137: "verify whether an email is valid", sent `{}`), and a search
    around a point needs its point."""
    if not param.required and around_point(endpoint, param.name):
        return True  # zips "in radius" of no point (ToolBench seed 71 #11: sent `{}`)
    if not param.required and _worked_text(param):
        return True  # key phrases of no text (ToolBench seed 71 #19: `{"language": "it"}`)
    return (not param.required and len(endpoint.parameters) == 1
            and normalize_key(param.name) in own_words_of(endpoint.function_name))


def _worked_text(param: Parameter) -> bool:
    """Whether `param` is the text a text service works on: named as a text, with a
    sentence or more as its example (the key phrases, the grammar, the sentiment of it)."""
    default = param.default
    return (normalize_key(param.name) in TEXT_KEYS and isinstance(default, str)
            and len(default.split()) >= 4)


_MEASURES = frozenset({"radius", "distance", "limit", "count", "size", "amount", "quantity",
                       "length", "width", "height", "weight", "days", "hours", "minutes",
                       "seconds", "age", "price", "max", "min", "offset", "range"})


def _figure_example(param: Parameter) -> bool:
    """Whether `param` measures or numbers something and its example is a figure written
    as one ("5000", a house's "55"): a code keeps its digits (a CPF "11144477735", a ZIP
    "02205")."""
    default, key = param.default, normalize_key(param.name)
    return (isinstance(default, str) and default.isdigit() and default[0] != "0"
            and (key in HOUSE_NUMBER_KEYS or not _MEASURES.isdisjoint(key.split("_"))))


def _figure_if_quantity(spec: Spec | None, value: Any, rng: random.Random) -> Any:
    """A quantity typed as text (`newItemQuantity`, whose range is `spec`) is a figure,
    not a word of the endpoint's topic ("almond milk"), and a count is written as people
    write it: "7", not "07" (ToolBench seed 31 #1: "up to 07 results"), never "00"."""
    if spec is None:
        return value
    if wordy(value):
        return figure(spec, rng)
    if isinstance(value, str) and len(value) > 1 and value[0] == "0" and value.isdigit():
        return str(int(value)) if int(value) > 0 else figure(spec, rng)
    return value


def _one_place(endpoint: Endpoint, args: list[PlannedArg]) -> list[PlannedArg]:
    """Beside a place carried over from an earlier result (a city), an optional place the
    user would state (a country, a time zone) is left out: nobody can know it will agree."""
    if not any(a.source == "tool_output" and is_place_argument(a.name) for a in args):
        return args
    return [a for a in args if not (a.source in ("user", "clarification")
                                    and is_place_argument(a.name)
                                    and not _param(endpoint, a.name).required)]


def _param(endpoint: Endpoint, name: str) -> Parameter:
    return next(p for p in endpoint.parameters if p.name == name)
