"""Tool outputs of one record that disagree with each other, as a careful reader finds
them. Reads records only (messages, calls, tool outputs); used by
`test_believable_records.py` and `bench/cross_call_defects.py`.

- paged_total: a paged query (a call sent the `next_cursor` an earlier call of the same
  tool returned) whose pages state different totals (`total: 37`, then `total: 33`);
- paged_size: a later page of a paged query holding more items than the first page did;
- paged_answer: the answer after a paged query says an item "heads a list" / "the first
  being" when that item is not the first of page 1, or a count no page stated;
- renamed_id: one id named differently by two outputs (a page created as "Toronto
  Telegraph Report", listed under its id as "Daily Dose of Design").
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

CLASSES = ("paged_total", "paged_size", "paged_answer", "renamed_id")
_TOTALS = ("total", "total_count", "total_results", "total_items")
_NAMES = ("name", "title", "full_name", "username")
_FIRST = re.compile(r"(?:the first being|starting with) (.+?)(?:[.,;]|$)|(.+?) heads a list")


def _calls(rec: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any, int]]:
    """(tool name, arguments, output, index of the message after it) in call order."""
    outputs: dict[str, tuple[Any, int]] = {}
    for i, m in enumerate(rec.get("messages", [])):
        if m.get("role") == "tool":
            try:
                outputs[m.get("tool_call_id", "")] = (json.loads(m.get("content") or "null"), i)
            except ValueError:
                outputs[m.get("tool_call_id", "")] = (None, i)
    out = []
    for m in rec.get("messages", []):
        for c in m.get("tool_calls") or []:
            fn = c.get("function", c)
            args = fn.get("arguments")
            if isinstance(args, str):
                try:
                    args = json.loads(args)
                except ValueError:
                    args = {}
            got, at = outputs.get(c.get("id", ""), (None, -1))
            out.append((fn.get("name", ""), args if isinstance(args, dict) else {}, got, at))
    return out


def _items(output: Any) -> list[Any]:
    """The first list of objects in an output (the page's items)."""
    if isinstance(output, list):
        return output
    if isinstance(output, dict):
        for v in output.values():
            if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
                return v
        for v in output.values():
            if isinstance(v, dict):
                inner = _items(v)
                if inner:
                    return inner
    return []


def _name(obj: dict[str, Any]) -> str | None:
    """The name a list item is listed under."""
    return next((obj[k] for k in _NAMES if isinstance(obj.get(k), str)), None)


def _answer_after(rec: dict[str, Any], at: int) -> str:
    for m in rec.get("messages", [])[at + 1:]:
        if m.get("role") == "assistant" and m.get("content") and not m.get("tool_calls"):
            return str(m["content"])
    return ""


def _paged_queries(calls: list[tuple[str, dict[str, Any], Any, int]]
                   ) -> list[list[tuple[str, dict[str, Any], Any, int]]]:
    """Runs of calls of one tool, each sent the `next_cursor` of the one before."""
    runs: list[list[tuple[str, dict[str, Any], Any, int]]] = []
    for call in calls:
        name, args, _, _ = call
        for run in runs:
            last = run[-1]
            cursor = last[2].get("next_cursor") if isinstance(last[2], dict) else None
            if last[0] == name and cursor is not None and cursor in args.values():
                run.append(call)
                break
        else:
            if isinstance(call[2], dict) and call[2].get("next_cursor") is not None:
                runs.append([call])
    return [r for r in runs if len(r) > 1]


def defects(rec: dict[str, Any]) -> Counter[str]:
    found: Counter[str] = Counter()
    calls = _calls(rec)
    for run in _paged_queries(calls):
        outs = [c[2] for c in run if isinstance(c[2], dict)]
        totals = {json.dumps(o.get(k)) for o in outs for k in _TOTALS if k in o}
        if len(totals) > 1:
            found["paged_total"] += 1
        sizes = [len(_items(o)) for o in outs]
        if any(s > sizes[0] for s in sizes[1:]):
            found["paged_size"] += 1
        answer = _answer_after(rec, run[-1][3])
        first = _items(outs[0])
        head = _name(first[0]) if first and isinstance(first[0], dict) else None
        m = _FIRST.search(answer)
        said = (m.group(1) or m.group(2) or "").strip() if m else ""
        stated = {str(o.get(k)) for o in outs for k in _TOTALS if k in o}
        numbers = set(re.findall(r"\b\d+\b", answer))
        # a title with a comma in it ("Intro to AI Safety, Remastered") is cut there
        if (said and head and head not in said and not head.startswith(said)) or (
                m and stated and not (stated & numbers)):
            found["paged_answer"] += 1
    seen: dict[str, dict[str, Any]] = {}
    flagged: set[str] = set()
    for _, args, out, _ in calls:
        sent = {str(v) for v in args.values()} if isinstance(args, dict) else set()
        for obj in _objects(out):
            ident = next((str(v) for k, v in obj.items() if _id_key(k) and _id_value(v)
                          and _id_key(k)[:-2].rstrip("_") in ("", *_own(obj))), None)
            if ident is None:
                continue
            facts = _identity(obj)
            known = seen.setdefault(ident, {})
            # a rename sends the new name: the change was asked for
            asked = {k for k, v in facts.items() if str(v) in sent}
            if ident not in flagged and any(known.get(k, v) != v for k, v in facts.items()
                                            if k not in asked):
                flagged.add(ident)
                found["renamed_id"] += 1
            for k, v in facts.items():
                if k in asked:
                    known[k] = v
                else:
                    known.setdefault(k, v)
    return found


def _id_key(key: str) -> str:
    """`recipeId` -> `recipe_id`; '' when the key names no id."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).lower()
    return snake if snake == "id" or snake.endswith("_id") else ""


def _id_value(value: Any) -> bool:
    """An id as a reader sees one: `usr_1a2b3c`, or a number sent as 940826 or "940826"."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value >= 1000
    return isinstance(value, str) and ("_" in value or (value.isdigit() and len(value) >= 4))


def _identity(obj: dict[str, Any]) -> dict[str, Any]:
    """What says which entity an object is: its name (a `name`, `title` or `<own>_name`),
    email and username; a list and a get-by-id of one id must agree on them."""
    own = tuple(o.replace("_", "") for o in _own(obj))
    out: dict[str, Any] = {}
    for k, v in obj.items():
        if not isinstance(v, str):
            continue
        low = k.lower()
        if low in ("email", "username"):
            out[low] = v
        elif low == "title" and own and own[0] in _PEOPLE:
            continue  # a video carrying its owner's `user_id`: the title is the video's
        elif low in ("name", "title", "full_name") or (
                own and low.replace("_", "") == f"{own[0]}name"):
            out.setdefault("name", v)
    return out


_PEOPLE = frozenset({"user", "person", "account", "member", "customer", "author", "owner",
                     "creator", "profile"})


def _own(obj: dict[str, Any]) -> tuple[str, ...]:
    """Entity words an object's own id may carry (the first `*_id` key is its own, but a
    person's `venueId` is the venue they liked: ToolBench seed 7 #2)."""
    first = next((_id_key(k) for k in obj if _id_key(k)), "")
    if "username" in obj and first[:-3].replace("_", "") not in _PEOPLE:
        return ()
    return (first[:-3],) if first.endswith("_id") else ()


def _objects(node: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            out.append(n)
            stack.extend(n.values())
        elif isinstance(n, list):
            stack.extend(n)
    return out
