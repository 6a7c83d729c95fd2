"""One id standing for two different things in one conversation.

Book `bko_8bf596` is reserved at one branch as "Bright Hearts" by Candice Taylor and
at the next as "Hidden Dreams" by Ann Morse; a search lists `bko_31231e` as "Velvet
City" and the details call on `bko_31231e` answers "Signals of Rome". A reviewer sees
the tool make the object up on every call. Kind `same_id_two_things`.

Read per id value: the titles (`title`, else `name`) that results give it. A result
gives a title to
- an id the call sent (alone or as a one-item list), when the result is one object
  (what the call is about);
- the one id of each object of a result (a list item `{book_id, title}`).
Two different titles for one id are flagged at the later result, unless the later
call changes records (`rename_playlist`, `update_book`: a new name is what it does).
Ids shorter than four characters (`1`, `42`) are too common to be one thing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.asked import name_words
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import is_id_key, real_steps
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "same_id"

_TITLES = ("title", "name")
# Leading or trailing verbs of calls that may give a record a new title.
_CHANGES = frozenset({"update", "rename", "edit", "set", "patch", "put", "modify", "change",
                      "create", "add", "new", "replace", "save", "upload", "copy",
                      "duplicate", "clone", "move"})


def _title(obj: dict[str, Any]) -> str | None:
    for key in _TITLES:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _id_value(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str | int) and len(str(value)) >= 4:
        return str(value)
    return None


def _id_keys(obj: dict[str, Any]) -> list[str]:
    return [str(k) for k, v in obj.items()
            if is_id_key(str(k)) and _id_value(v) is not None]


def _named(output: Any, args: Any) -> Iterator[tuple[str, str]]:
    """(id value, title) pairs a result states."""
    if isinstance(output, dict):
        title = _title(output)
        if title is not None and isinstance(args, dict):
            for key, value in args.items():
                # a one-item id list (`case_id: ["csa_6ca9ea"]`) is about that one id
                ident = _id_value(value[0] if isinstance(value, list) and len(value) == 1
                                  else value)
                if is_id_key(str(key)) and ident is not None:
                    yield ident, title
        items = [v for value in output.values() if isinstance(value, list)
                 for v in value if isinstance(v, dict)]
    elif isinstance(output, list):
        items = [v for v in output if isinstance(v, dict)]
    else:
        return
    for item in items:
        keys = _id_keys(item)
        title = _title(item)
        if len(keys) == 1 and title is not None:
            ident = _id_value(item[keys[0]])
            if ident is not None:
                yield ident, title


def _changes(function_name: str) -> bool:
    words = name_words(function_name)
    return bool(words) and (words[0] in _CHANGES or words[-1] in _CHANGES)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    seen: dict[str, tuple[str, str]] = {}  # id -> (title, the function that gave it)
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        output = view.output(step.call_id)
        if output is NOT_JSON:
            continue
        changes = _changes(step.function_name)
        for ident, title in _named(output, view.arguments(step.call_id)):
            earlier = seen.get(ident)
            if earlier is None or changes:
                seen[ident] = (title, step.function_name)
            elif earlier[0].lower() != title.lower():
                out.append(finding(NAME, "same_id_two_things", view.answer_at[step.call_id],
                                   f"{step.function_name}: {ident} is {title!r}, but "
                                   f"{earlier[1]} called it {earlier[0]!r}"))
                break
    return out
