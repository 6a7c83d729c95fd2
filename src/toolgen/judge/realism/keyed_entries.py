"""An entry of a keyed map that is another thing than its key names.

ToolBench seed 31 #42: `market_get_cross_currencies` answered `{"result": {"MXNJPY:cur":
{"symbol": "INRKRW", "ticker": "inrkrw:cur", "baseName": "SOUTH KOREAN WON", ...}}}`, and
the answer read the rate "between the currencies" off the Indian rupee's entry. A map
keyed by a code, ticker or id files each thing under its own code. Kind
`keyed_entry_mismatch`, per answered call: an object filed under a code-like key
(`executor.keyed_rows.key_names`: "MXNJPY:cur", "AAPL", "USR001") whose naming fields
(symbol, ticker, code...) all differ from the key, one of them being a code of the
key's own form (6 letters for "MXNJPY", `aaaaaa:aaa` for "mxnjpy:cur") or the field
naming their own keys in the map's other entries ("AEX:IND" holds symbol "AEX", so
"ADSMI:IND" holding "AEX" is another index). An entry one of whose naming fields is its
key is that thing (its other codes, an exchange's, are other things).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor.keyed_rows import key_names
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import normal_key, real_steps
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "keyed_entries"

# Fields whose value names the object holding them.
_NAMING = frozenset({"symbol", "ticker", "ticker_name", "tickername", "code", "iso",
                     "iso2", "iso3", "iso_code", "currency_code", "pair", "tiny_name"})


@lru_cache(maxsize=8192)
def _form(text: str) -> str:
    """A code's form: its letters as `a`, digits as `9`, the rest kept (case-folded)."""
    return "".join("a" if c.isalpha() else "9" if c.isdigit() else c for c in text)


def reason(key: str, obj: dict[str, Any], agreed: frozenset[str] = frozenset()) -> str | None:
    """Why the entry `obj` filed under `key` is not the thing `key` names, or None.
    `agreed`: the naming fields that name their own key in the entry's siblings."""
    names = key_names(key)
    if not names:
        return None
    codes = [(k, v) for k, v in obj.items()
             if isinstance(v, str) and normal_key(k) in _NAMING and v]
    if not codes or any(v.casefold() in names for _, v in codes):
        return None
    forms = {_form(n) for n in names}
    clash = next(((k, v) for k, v in codes if k in agreed or _form(v.casefold()) in forms),
                 None)
    if clash is None:
        return None
    return f"the entry filed under {key!r} has {clash[0]} {clash[1]!r}"


def _entries(parent: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(k, v) for k, v in parent.items() if isinstance(v, dict) and key_names(k)]


def _agreed(entries: list[tuple[str, dict[str, Any]]]) -> frozenset[str]:
    """The naming fields that hold their entry's own key in some entry of a map (the
    map's convention: "AEX:IND" holds symbol "AEX", so "ADSMI:IND" holds "ADSMI")."""
    return frozenset(k for key, obj in entries for k, v in obj.items()
                     if isinstance(v, str) and normal_key(k) in _NAMING
                     and v.casefold() in key_names(key))


GATE = output_keys_gate(lambda key: normal_key(key) in _NAMING)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        why = None
        for _, parent in view.objects(step.call_id):
            entries = _entries(parent)
            agreed = _agreed(entries) if len(entries) > 1 else frozenset()
            why = next((w for k, obj in entries if (w := reason(k, obj, agreed))), None)
            if why:
                out.append(finding(NAME, "keyed_entry_mismatch", view.answer_at[step.call_id],
                                   why))
                break
    return out
