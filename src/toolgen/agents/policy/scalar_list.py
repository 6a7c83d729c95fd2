"""A list of plain values is said whole, or by its size and some of its items.

`{"data": ["02-636", "00-826", "03-992"]}` was answered "the zip codes are 02-636 and
00-826" (ToolBench seed 31 #188), `{"roots": [-1.2071, 0.2071]}` "the roots are -1.2071"
(BFCL seed 31 #80): some of a list said as if they were all of it. `whole_list(facts,
output)` finds facts that are items of one list of scalars in the output and says that
list as a person would: every item when it holds up to `SHOWN`, else how many it holds
(`COMMA_COUNT_LABEL`, worded "there are 8 zip codes, among them A, B and C" by
`toolgen.agents.offline.among`) before its first `SHOWN`. A list of one value is said
as one thing ("its key is project_deadline", not "its keys are"), and the values of a
list named in the singular as its values ("8 vector values", not "8 vectors"); beside another
headline, a long list's first item is left out rather than said as all of it, unless
the request names the list ("the key phrases"): then it is the headline.

Decides only which facts lead and how many are kept; the wording is `offline`'s.
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.offline import Fact, slot_label, value_text
from toolgen.agents.offline.among import COMMA_COUNT_LABEL
from toolgen.agents.offline.clauses import role_of
from toolgen.agents.policy.comma_text import SHOWN
from toolgen.agents.policy.facts import head_noun
from toolgen.executor.values import singular

_SCALARS = (str, int, float)


def whole_list(facts: list[Fact], output: Any, obj: str = "") -> tuple[list[Fact], int]:
    """`facts` with the list of scalars their first item belongs to said whole, or
    counted with its first `SHOWN` items (module doc), and how many facts lead (0 when
    no fact is an item of such a list: `facts` unchanged)."""
    for at, fact in enumerate(facts):
        found = _scalar_list(output, fact)
        if found is None:
            continue
        key, items = found
        members = set(items)
        label = _parts_label(fact.label, key) if len(items) > 1 else fact.label
        shown = [Fact(label=label, value=v) for v in dict.fromkeys(items)]
        before = facts[:at]
        rest = [f for f in facts[at:] if not (f.label == fact.label and f.value in members)]
        if _asked(key, obj):  # "the key phrases": the list asked for, not "it's success"
            rest = [f for f in [*before, *rest] if not (
                role_of(f) == "status" and f.value.lower() in _ENVELOPE)]
            before = []
        if any(_number(f) == 0 for f in before):  # another headline leads the answer
            if len(shown) < 2:
                return [*before, _one(fact), *rest], 0
            if len(shown) <= SHOWN:
                return [*before, *shown, *rest], len(before) + len(shown)
            # "with members Brian Duffy" passes one of four for all; the count leads
            # only an answer the list heads, so beside another headline it is left out
            return [*before, *rest], 0
        # a count the result states is how many there are: "there are 89844, among them
        # Eco Watch and Portable Headphones", not the two said as all of them
        total = max(len(items), *(_number(f) for f in facts))
        rest = [f for f in rest if _number(f) == 0]
        if len(shown) < 2 and total == 1:  # "its key is project_deadline", not "keys are"
            return [_one(fact), *rest], 0
        if len(shown) <= SHOWN and total == len(items):
            return [*shown, *rest], len(shown)
        count = Fact(label=COMMA_COUNT_LABEL, value=str(total))
        return [count, *shown[:SHOWN], *rest], 1 + len(shown[:SHOWN])
    return facts, 0


# What a result's envelope says of the request, no news beside the list asked for.
_ENVELOPE = frozenset({"success", "ok", "succeeded", "successful", "done"})


def _asked(key: str, obj: str) -> bool:
    """Whether the request's object (`obj`, "the key phrases") names list `key`."""
    noun = head_noun(obj) if obj else ""
    words = slot_label(key).lower().split()
    return bool(noun and words) and noun.split() == [*words[:-1], singular(words[-1])]


def _number(fact: Fact) -> int:
    """How many a count fact says there are (0 for any other fact)."""
    if role_of(fact) != "count":
        return 0
    try:
        return int(fact.value.replace(",", ""))
    except ValueError:
        return 0


def _parts_label(label: str, key: str) -> str:
    """The label of one value of a list its key names in the singular: a `vector` of 8
    numbers is one vector ("8 vector values", not "8 vectors")."""
    last = slot_label(key).rpartition(" ")[2]
    if key.lower() in _HOLDERS or not last.islower() or singular(last) != last or (
            last.endswith("s")):
        return label
    return f"{label} value"


def _one(fact: Fact) -> Fact:
    """`fact`, the one value of its list, under its label in the singular."""
    head, _, last = fact.label.rpartition(" ")
    one = singular(last) if last.islower() else last
    return Fact(label=f"{head} {one}".strip(), value=fact.value)


def _scalar_list(output: Any, fact: Fact) -> tuple[str, list[str]] | None:
    """The key and texts of the first list of plain values in `output` (walked through
    objects and the first item of each list, as `facts_from` reads it) that holds
    `fact`'s value under a key its label names (or a container's: `data`, `results`);
    None when there is none."""
    stack: list[tuple[str, Any]] = [("", output)]
    while stack:
        key, node = stack.pop()
        if isinstance(node, dict):
            stack.extend(reversed([(str(k), v) for k, v in node.items()]))
        elif isinstance(node, list) and node:
            if all(isinstance(v, _SCALARS) and not isinstance(v, bool) for v in node):
                texts = [value_text(v) for v in node]
                if fact.value in texts and _named(fact.label, key):
                    return key, texts
            stack.append((key, node[0]))
    return None


# Keys that hold a list without naming what is in it (`facts.named_after` says their
# values as the request's thing).
_HOLDERS = frozenset({"", "data", "items", "results", "result", "list", "values", "response",
                      "output", "payload", "records", "entries"})


def _named(label: str, key: str) -> bool:
    """Whether a fact's `label` is what list `key` holds ("zip code" of `data`, "key
    phrases" of `key_phrases`), not another field that happens to hold one of its values."""
    words = slot_label(key).lower().split()
    if key.lower() in _HOLDERS or not words:
        return True
    said = label.lower().split()
    return bool(said) and singular(said[-1]) == singular(words[-1])
