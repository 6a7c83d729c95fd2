"""Whether a value is one a user would state for a parameter, as a reviewer would read it.

`ValueChecks` answers for the values `ArgumentValues` draws and for values given from
elsewhere: a value must fit the parameter's schema and be a value, not a repeat of the
call's labels (`channel='channel'`), a word of the endpoint's own name, the endpoint's
own words (`values_guard`), a bland filler, or a finished status on a record being
created. `sayable` also refuses the first page's own bookkeeping (`offset=0`, `page=1`).
Validators, labels, name words and each parameter's `CheckPlan` are kept per run.
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.planner.named_ids import made_up_named
from toolgen.agents.planner.values_guard import OwnWords
from toolgen.agents.planner.values_param import CheckPlan
from toolgen.agents.planner.values_schema import about, described
from toolgen.executor import endpoint_info
from toolgen.executor.field_values import BLAND
from toolgen.executor.fresh_status import TERMINAL
from toolgen.executor.validation import Validator, compile_validator
from toolgen.executor.values import normalize_key
from toolgen.judge.realism.arguments import call_labels, own_name_value, repeats_label
from toolgen.judge.realism.name_words import endpoint_words, name_word_value
from toolgen.judge.realism.odd_values import author_note
from toolgen.records import Endpoint, Parameter

# Text values whose `_fits` answer is kept per parameter (bounds the memory per run).
_ANSWERS = 64

_OFFSETS = frozenset({"offset", "skip", "start", "start_index", "from"})
_PAGES = frozenset({"page", "page_number", "pagenumber", "page_no", "pageno", "page_num",
                    "pagenum", "p"})


def _first_page(param: Parameter, value: Any) -> bool:
    """`offset=0` or `page=1`: where a list starts anyway, which nobody says."""
    key = normalize_key(param.name)
    if isinstance(value, bool) or not isinstance(value, int | str):
        return False
    return (key in _OFFSETS and str(value) == "0") or (key in _PAGES and str(value) == "1")


class ValueChecks:
    def __init__(self) -> None:
        self._checks: dict[tuple[str, str], Validator] = {}
        self._labels: dict[str, frozenset[str]] = {}
        self._name_words: dict[str, frozenset[str]] = {}
        self._schemas: dict[tuple[str, str], dict[str, Any]] = {}
        self._own: dict[str, OwnWords] = {}
        self._fit_plans: dict[tuple[str, str], CheckPlan] = {}

    def _fits(self, endpoint: Endpoint, param: Parameter, value: Any) -> bool:
        """Schema-valid and a value, not a repeat of the call's labels."""
        how = self._fit_plans.get((endpoint.id, param.name))
        if how is None or how.param is not param:
            how = self._check_plan(endpoint, param)
        if type(value) is not str:
            return self._fits_text(how, param, value)
        answer = how.answers.get(value)
        if answer is None:
            answer = self._fits_text(how, param, value)
            if len(how.answers) < _ANSWERS:
                how.answers[value] = answer
        return answer

    @staticmethod
    def _fits_text(how: CheckPlan, param: Parameter, value: Any) -> bool:
        if how.check({param.name: value}):
            return False
        if isinstance(value, list):
            # a list's texts are values too: `ccEmails: ["cc"]` sends the field's name
            return not any(isinstance(v, str) and (own_name_value(param.name, v)
                                                   or repeats_label(v, how.labels))
                           for v in value)
        if not isinstance(value, str) or value in how.enum:
            return True
        if own_name_value(param.name, value):
            return False
        if how.fresh and value.lower() in TERMINAL:
            return False  # a ticket created "completed" is no new ticket
        if value in BLAND:
            return False  # the filler of a field of no known kind: no value a user gives
        if repeats_label(value, how.labels) or name_word_value(
                param.name, value, how.schema, how.name_words):
            return False
        return not how.own.lifted(param, value)

    def _check_plan(self, endpoint: Endpoint, param: Parameter) -> CheckPlan:
        """What `_fits` reads, from the same per-run caches its pieces used one by one."""
        own = self._own.get(endpoint.id)
        if own is None:
            own = self._own[endpoint.id] = OwnWords.of(endpoint)
        how = self._fit_plans[(endpoint.id, param.name)] = CheckPlan(
            param, self._check(endpoint, param), param.json_schema.get("enum") or (),
            self._labels_of(endpoint), self._name_words_of(endpoint),
            self._schema_of(endpoint, param), own,
            endpoint_info(endpoint).action == "create" and "status" in normalize_key(param.name))
        return how

    def _labels_of(self, endpoint: Endpoint) -> frozenset[str]:
        labels = self._labels.get(endpoint.id)
        if labels is None:
            labels = self._labels[endpoint.id] = call_labels(
                [p.name for p in endpoint.parameters], endpoint.function_name)
        return labels

    def sayable(self, endpoint: Endpoint, param: Parameter, value: Any) -> bool:
        """Whether a user could state `value`: not the call's labels or the endpoint's
        own name words (a schema default or an enum choice always is), and not the first
        page's own bookkeeping (`offset=0`, `page=1`: what any first request gets)."""
        if _first_page(param, value) or made_up_named(param, endpoint, value):
            return False  # nor a token of ours for a state or a category (`named_ids`)
        if isinstance(value, list):
            return self._fits(endpoint, param, value)  # `["cc"]`: a list names no field
        if param.has_default and value == param.default and author_note(value):
            return False  # "<h1>ADD YOUR OWN HTML </h1>": the author's note, no value
        if not isinstance(value, str) or (param.has_default and value == param.default):
            return True
        return self._fits(endpoint, param, value)

    def _name_word(self, endpoint: Endpoint, param: Parameter, value: str) -> bool:
        """A word of the endpoint's own name (`ticket='openload'`): not a value."""
        return name_word_value(param.name, value, self._schema_of(endpoint, param),
                               self._name_words_of(endpoint))

    def _name_words_of(self, endpoint: Endpoint) -> frozenset[str]:
        words = self._name_words.get(endpoint.id)
        if words is None:
            words = self._name_words[endpoint.id] = endpoint_words(endpoint.function_name)
        return words

    def _schema_of(self, endpoint: Endpoint, param: Parameter) -> dict[str, Any]:
        schema = self._schemas.get((endpoint.id, param.name))
        if schema is None:
            schema = self._schemas[(endpoint.id, param.name)] = described(
                param, about(endpoint))
        return schema

    def _valid(self, endpoint: Endpoint, param: Parameter, value: Any) -> bool:
        return not self._check(endpoint, param)({param.name: value})

    def _check(self, endpoint: Endpoint, param: Parameter) -> Validator:
        key = (endpoint.id, param.name)
        check = self._checks.get(key)
        if check is None:
            schema = {"type": "object", "properties": {param.name: param.json_schema}}
            check = self._checks[key] = compile_validator(schema)
        return check
