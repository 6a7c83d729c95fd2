"""A result that contradicts the filters its own call was given.

`list_deliveries(status="delivered")` answering with deliveries `"status": "placed"`, a
film search in French (`lang="fr"`) answering in English, a download of `trailer.mp4`
handing back `invoice-2025-031.pdf`, a law-case search for 2024 answering with a case
decided in 1995: a reviewer reads the request's filter, then the result, and sees the
tool answer for something else. Kind `filter_contradiction`.

Two readings, both of a call's result records only (the output object, the items of a
list it is or holds at its top level; deeper objects are other things: an origin's city):

- a filter echoed under its own name with another value: the argument and the record
  share a key naming a kind of thing (status, language, format, mode, category, genre,
  topic, country, city, file name, a date...), both hold a short text, and they differ
  (dates compared by day);
- a year filter (`year`, `year_range`, `from_year`/`to_year`, `start_year`/`end_year`)
  and a year field of a record (`year`, `decided_year`, `release_year`) outside it;
- a US president asked for by year (an endpoint or office naming the United States) and
  a president of the record who was not in office in any year asked (Joe Biden for 2007),
  read against the presidents' terms since 1901 by surname (any year of a Bush or a
  Roosevelt counts);
- an autocomplete (its own name completes or suggests: `market_auto_complete`) sent a
  typed text, one of whose result lists has no item whose name, title or symbol has a
  word starting with that text (`query="Tesla"` completed to Apple Inc);
- a sent id whose listed children belong to another record (`parent_ids`);
- a match listed for a known team the call names (`team_name="Boston Celtics"`) that
  the team plays on neither side (West Ham United v AFC Bournemouth);
- a search whose own category names another department than the product it searches for
  (`query="gaming laptop", category="fashion"`: `executor.query_category`), read in the
  arguments alone, whatever the call answered.

Left alone: calls that make or change something (an update answers with the new state),
ids other than a listed child's parent (a cart lists other products than the one added),
free text (a note's content, a query), names and usernames, years of birth, founding or
building (no filter targets them), failed calls.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.executor.autocompleted import TYPED_KEYS, completes, typed_text, unmatched
from toolgen.executor.entities.asked_team import SIDE_KEYS, asked_team
from toolgen.executor.query_category import CATEGORY_KEYS, QUERY_KEYS, misfiled
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import argument_keys_gate
from toolgen.judge.realism.asked import name_words
from toolgen.judge.realism.hollow import _WRITES
from toolgen.judge.realism.nearest import labelled_nearest
from toolgen.judge.realism.parent_ids import other_parent
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, normal_key, real_steps
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "filters"

# Last key words of a filter that names a kind of thing (compared as short texts).
_KINDS = frozenset({"status", "state", "language", "lang", "locale", "format", "mode",
                    "category", "genre", "topic", "subject", "cuisine", "country", "city",
                    "region", "currency", "sport", "league", "season", "gender", "level",
                    "difficulty", "color", "colour", "platform", "filename", "date"})
# Two-word filter names read as one kind (`file_name`, `file_type`).
_PAIRS = frozenset({("file", "name"), ("file", "type"), ("room", "type"),
                    ("departure", "time"), ("arrival", "time")})
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
# Years of a thing's own history, which no search filter targets.
_OWN_YEARS = frozenset({"birth", "born", "founded", "founding", "built", "established",
                        "since", "start", "from", "end", "to", "min", "max", "inception"})
_SHORT = 40
"""Longest text compared as a kind (longer ones are descriptions or content)."""


@lru_cache(maxsize=4096)
def _filter_kind(key: str) -> bool:
    """Whether argument `key` names a kind of thing a result echoes back as such."""
    tokens = key_tokens(key)
    if not tokens:
        return False
    return tokens[-1] in _KINDS or tuple(tokens[-2:]) in _PAIRS


@lru_cache(maxsize=4096)
def _reads(function_name: str) -> bool:
    """Whether the endpoint reads (its name leads with no verb that makes or changes)."""
    words = name_words(function_name)
    return bool(words) and words[0] not in _WRITES and words[-1] not in _WRITES


def _records(output: Any) -> list[dict[str, Any]]:
    """The output object and the objects of a top-level list (or of one it holds)."""
    if isinstance(output, list):
        return [x for x in output if isinstance(x, dict)]
    if not isinstance(output, dict):
        return []
    out = [output]
    for value in output.values():
        if isinstance(value, list):
            out += [x for x in value if isinstance(x, dict)]
    return out


def _differs(asked: str, found: str) -> bool:
    a, f = asked.strip().lower(), found.strip().lower()
    if not a or not f or a == f or len(a) > _SHORT or len(f) > _SHORT:
        return False
    day_a, day_f = _DATE.match(a), _DATE.match(f)
    if day_a is not None and day_f is not None:
        return day_a.group(1) != day_f.group(1)
    if day_a is not None or day_f is not None:
        return False  # a date against a text: another reading, not a contradiction
    if a in f or f in a:
        return False  # "en" and "en-US", "Paris" and "Paris, France"
    return set(re.findall(r"[a-z0-9]+", a)) != set(re.findall(r"[a-z0-9]+", f))


def _echoed(args: dict[str, Any], records: list[dict[str, Any]]) -> str | None:
    for key, asked in args.items():
        if not isinstance(asked, str) or not _filter_kind(key):
            continue
        for record in records:
            found = record.get(key)
            if isinstance(found, str) and _differs(asked, found) and not labelled_nearest(
                    record, asked):
                return f"asked for {key}={asked!r}, the result has {key}={found!r}"
    return None


def _years(value: Any) -> list[int]:
    values = value if isinstance(value, list) else [value]
    out = []
    for v in values:
        if isinstance(v, bool):
            continue
        if isinstance(v, int) or (isinstance(v, str) and _YEAR.fullmatch(v.strip())):
            year = int(v)
            if 1500 <= year <= 2100:
                out.append(year)
    return out


def _year_span(args: dict[str, Any]) -> tuple[int, int, str] | None:
    """(first, last, how it was asked) of the call's year filter, or None."""
    low: int | None = None
    high: int | None = None
    said = ""
    for key, value in args.items():
        tokens = key_tokens(key)
        if "year" not in tokens and "years" not in tokens:
            continue
        years = _years(value)
        if not years:
            continue
        said = said or f"{key}={value}"
        if tokens[0] in ("from", "start", "min", "since", "after"):
            low = min(years)
        elif tokens[0] in ("to", "end", "max", "until", "before"):
            high = max(years)
        elif len(tokens) == 1 or tokens[-1] in ("range", "year"):
            low, high = min(years), max(years)
    if low is None and high is None:
        return None
    return (low if low is not None else 1500), (high if high is not None else 2100), said


def _out_of_years(args: dict[str, Any], records: list[dict[str, Any]]) -> str | None:
    span = _year_span(args)
    if span is None:
        return None
    low, high, said = span
    for record in records:
        for key, value in record.items():
            tokens = key_tokens(str(key))
            if not tokens or tokens[-1] != "year" or _OWN_YEARS & set(tokens) or key in args:
                continue
            years = _years(value)
            if len(years) == 1 and not low <= years[0] <= high:
                return f"asked for {said}, the result has {key}={value}"
    return None


# Surname -> the years its presidents held office (a term's first and last year both count).
_PRESIDENTS: dict[str, tuple[tuple[int, int], ...]] = {
    "roosevelt": ((1901, 1909), (1933, 1945)), "taft": ((1909, 1913),),
    "wilson": ((1913, 1921),), "harding": ((1921, 1923),), "coolidge": ((1923, 1929),),
    "hoover": ((1929, 1933),), "truman": ((1945, 1953),), "eisenhower": ((1953, 1961),),
    "kennedy": ((1961, 1963),), "johnson": ((1963, 1969),), "nixon": ((1969, 1974),),
    "ford": ((1974, 1977),), "carter": ((1977, 1981),), "reagan": ((1981, 1989),),
    "bush": ((1989, 1993), (2001, 2009)), "clinton": ((1993, 2001),),
    "obama": ((2009, 2017),), "trump": ((2017, 2021), (2025, 2029)), "biden": ((2021, 2025),),
}
_US = frozenset({"us", "usa", "united", "american", "america"})


def _surname(value: str) -> str | None:
    words = re.findall(r"[a-z]+", value.lower())
    return next((w for w in reversed(words) if w in _PRESIDENTS), None)


def _wrong_president(function_name: str, args: dict[str, Any],
                     records: list[dict[str, Any]]) -> str | None:
    if "president" not in key_tokens(function_name):
        return None
    span = _year_span(args)
    if span is None:
        return None
    low, high, said = span
    for record in records:
        office = str(record.get("office", "")).lower()
        if not (_US & set(key_tokens(function_name)) or "united states" in office):
            continue
        value = record.get("president")
        name = _surname(value) if isinstance(value, str) else None
        if name is None or low < 1901:
            continue
        if not any(a <= high and low <= b for a, b in _PRESIDENTS[name]):
            return f"asked for {said}, the result's president {value!r} was not in office"
    return None


def reason(function_name: str, args: dict[str, Any], output: Any) -> str | None:
    """Why the output of `function_name(args)` contradicts the call's filters, or None."""
    if not _reads(function_name):
        return None
    records = _records(output)
    if not records:
        return None
    return (_echoed(args, records) or _out_of_years(args, records)
            or _wrong_president(function_name, args, records)
            or _uncompleted(function_name, args, output)
            or other_parent(function_name, args, output))


def _uncompleted(function_name: str, args: dict[str, Any], output: Any) -> str | None:
    typed = typed_text(args) if completes(function_name) else None
    stray = unmatched(output, typed) if typed is not None else None
    if stray is None:
        return None
    return f"{typed!r} was typed; the completions ({stray!r}...) do not start with it"


def _other_teams(args: dict[str, Any], records: list[dict[str, Any]]) -> str | None:
    asked = asked_team(args)
    if asked is None:
        return None
    for record in records:
        sides = [v for k, v in record.items() if isinstance(v, str)
                 and normal_key(k) in SIDE_KEYS]
        if len(sides) == 2 and all(s.lower() != asked[0].lower() for s in sides):
            return f"asked for {asked[0]}, the result's match is {sides[0]} v {sides[1]}"
    return None


def _misfiled(args: dict[str, Any]) -> str | None:
    """Why the call's category contradicts what it searches for, or None."""
    said = {normal_key(k): v for k, v in args.items() if isinstance(v, str)}
    query = next((v for k, v in said.items() if k in QUERY_KEYS), None)
    category = next((v for k, v in said.items() if k in CATEGORY_KEYS), None)
    if query is None or category is None or not misfiled(query, category):
        return None
    return f"a search for {query!r} filed under category {category!r}"


def _gated_key(key: str) -> bool:
    tokens = key_tokens(key)
    return (_filter_kind(key) or "year" in tokens or "years" in tokens or "team" in tokens
            or normal_key(key) in TYPED_KEYS or tokens[-1:] == ["id"])


# A filter is an argument: a call sending no kind or year argument cannot be contradicted.
GATE = argument_keys_gate(_gated_key)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        args = view.arguments(step.call_id)
        output = view.output(step.call_id)
        if not isinstance(args, dict) or not args or output is NOT_JSON:
            continue
        # a match schedule is read whatever its name's verb ("schedule")
        why = (_misfiled(args) or _other_teams(args, _records(output))
               or reason(step.function_name, args, output))
        if why:
            out.append(finding(NAME, "filter_contradiction", view.answer_at[step.call_id],
                               f"{step.function_name}: {why}"))
    return out
