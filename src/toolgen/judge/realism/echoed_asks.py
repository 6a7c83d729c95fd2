"""What a result says was asked contradicts what was asked.

`solar_estimation(lat=25.2048, lon=55.2708)` answered `{"inputs": {"lat": "49.3418836",
...}}` (ToolBench seed 31 #271: the API's example inputs, not the sent ones);
`get_zips_in_county(county="Los Angeles County")` answered San Jose ZIPs in "Santa Clara
County" and a Woonsocket, RI ZIP "in Los Angeles County" (#233). A reviewer reads the
request the result restates, or the place the listing was filtered by, and sees another.
Two kinds:

- `echo_contradiction`: an echo block (an object under `inputs`, `params`, `parameters`,
  `query`, `request`, `search`, `arguments`...) holds a field named as a sent argument
  with another value (numbers compared as numbers, "25.2048" as 25.2048; short texts
  without case; a date against a timestamp by its day);
- `place_filter_contradiction`: a call filtered by a US state (`state`, `stateId`... a
  state's code or name) or county (`executor.us_counties` resolves it) answers a record
  whose state field names another state, whose county field another county, or whose
  large city (`counties.COUNTIES`, `postal.US_CITIES`) lies in another county or state.
  A state compared under its own key is `filters`' (`filter_contradiction`), not here;
  a city the call sent is the user's own, whatever state they gave beside it.

Left alone: failed calls, free text longer than a short value, lists and objects inside
an echo block, filters this module cannot place (an opaque `stt_3b4709`, an unknown county).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.executor.counties import COUNTIES
from toolgen.executor.postal import US_CITIES
from toolgen.executor.us_counties import County, county, state_code
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import any_of, argument_keys_gate, output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls, normal_key
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "echoed_asks"

# Keys of an object restating the request (normalised: `requestParams` -> request_params).
_BLOCKS = frozenset({"inputs", "input", "params", "parameters", "query", "request",
                     "search", "arguments", "args", "request_params", "query_params",
                     "search_params", "search_parameters", "request_parameters",
                     "query_parameters", "search_criteria", "requested"})
_STATE_ARGS = frozenset({"state", "state_id", "state_code", "state_abbr", "state_name",
                         "us_state", "stateid"})
_COUNTY_ARGS = frozenset({"county", "county_name"})
_STATE = frozenset({"state", "state_code", "state_abbr", "state_name", "state_id"})
_COUNTY = frozenset({"county", "county_name"})
_CITY = frozenset({"city", "city_name", "town"})
_SHORT = 60
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=4096)
def _key(key: str) -> str:
    return normal_key(key)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        return float(value)
    return None


def _differs(sent: Any, said: Any) -> bool:
    """Whether an echoed scalar `said` restates `sent` as something else."""
    a, b = _number(sent), _number(said)
    if a is not None and b is not None:
        return abs(a - b) > 1e-9 * max(1.0, abs(a))
    if not isinstance(sent, str) or not isinstance(said, str):
        return False
    x, y = sent.strip().lower(), said.strip().lower()
    if not x or not y or len(x) > _SHORT or len(y) > _SHORT or x == y:
        return False
    if _DAY.match(x) and _DAY.match(y):
        return x[:10] != y[:10]
    return True


def _echo_reason(args: dict[str, Any], objects: list[tuple[str, dict[str, Any]]]) -> str | None:
    sent = {_key(k): v for k, v in args.items() if isinstance(k, str)}
    for held_by, obj in objects:
        if _key(held_by) not in _BLOCKS:
            continue
        for k, said in obj.items():
            nk = _key(k)
            if nk in sent and _differs(sent[nk], said):
                return f"the result's {held_by}.{k} is {said!r}, the call sent {sent[nk]!r}"
    return None


def _asked(args: dict[str, Any]) -> tuple[str, County | None, str] | None:
    """(state code, county or None, how it was asked) of the call's place filter."""
    said = {_key(k): (k, v) for k, v in args.items() if isinstance(k, str)}
    state: tuple[str, str] | None = None
    for nk in sorted(_STATE_ARGS & said.keys()):
        code = state_code(said[nk][1])
        if code is not None:
            state = (code, said[nk][0])
            break
    for nk in sorted(_COUNTY_ARGS & said.keys()):
        name = said[nk][1]
        found = county(name, state[0] if state else None) if isinstance(name, str) else None
        if found is not None:
            return found.state, found, f"{said[nk][0]}={name!r}"
    if state is None:
        return None
    return state[0], None, f"{state[1]}={args[state[1]]!r}"


def _records(output: Any) -> list[dict[str, Any]]:
    if isinstance(output, list):
        return [x for x in output if isinstance(x, dict)]
    if not isinstance(output, dict):
        return []
    found = [output]
    for value in output.values():
        for part in (value.values() if isinstance(value, dict) else (value,)):
            if isinstance(part, list):
                found += [x for x in part if isinstance(x, dict)]
    return found


def _bare(name: str) -> str:
    return name.lower().replace(" county", "").replace(" parish", "").strip()


def _place_reason(args: dict[str, Any], output: Any) -> str | None:
    asked = _asked(args)
    if asked is None:
        return None
    state, found, how = asked
    sent_keys = {_key(k) for k in args}
    for record in _records(output):
        fields = {_key(k): v for k, v in record.items() if isinstance(v, str)}
        for nk in sorted(_STATE & fields.keys()):
            code = state_code(fields[nk])
            if code is not None and code != state and (found is not None or nk not in sent_keys):
                return f"asked for {how}, a result is in {fields[nk]}"
        city = next((fields[nk] for nk in sorted(_CITY & fields.keys())
                     if nk not in sent_keys), "").strip().lower()  # a sent city is the user's
        if found is not None:
            said = next((fields[nk] for nk in sorted(_COUNTY & fields.keys())), None)
            if said is not None and said.strip() and _bare(said) != _bare(found.name):
                return f"asked for {how}, a result is in {said}"
            home = COUNTIES.get(city)
            if home is not None and _bare(home) != _bare(found.name):
                return f"asked for {how}, a result's city {city.title()} is in {home}"
        elif city in US_CITIES and US_CITIES[city] != state:
            return f"asked for {how}, a result's city {city.title()} is in {US_CITIES[city]}"
    return None


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, args, at in answered_calls(view):
        output = view.output(step.call_id)
        if output is NOT_JSON:
            continue
        echo = _echo_reason(args, view.objects(step.call_id))
        if echo:
            out.append(finding(NAME, "echo_contradiction", at, f"{step.function_name}: {echo}"))
        place = _place_reason(args, output)
        if place:
            out.append(finding(NAME, "place_filter_contradiction", at,
                               f"{step.function_name}: {place}"))
    return out


GATE = any_of(output_keys_gate(lambda key: _key(key) in _BLOCKS),
              argument_keys_gate(lambda key: _key(key) in _STATE_ARGS | _COUNTY_ARGS))
