"""Different items that share the one product code a call sent.

`add_to_cart(product_id="prd_fbd009", sku="NG0158", quantity=5)` answered a cart whose
three lines, three different products, all had SKU "NG0158" and quantity 5: the sent
values were copied onto every line (bundled seed 21 #111). A SKU, UPC, EAN, ISBN, GTIN,
ASIN, MPN, serial or barcode names one product; two items with different ids never
share one. Kind `shared_product_code`, per answered call: a list of two or more objects
with distinct ids in which every object holds the same product code, and that code is
a value the call sent.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "shared_codes"

_CODES = frozenset({"sku", "upc", "ean", "isbn", "isbn13", "isbn_13", "gtin", "asin", "mpn",
                    "serial", "serial_number", "barcode", "product_code"})


def _ids(item: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(v for k, v in item.items()
                 if (k.lower() == "id" or k.lower().endswith("_id")) and isinstance(v, str | int))


def _shared(items: list[dict[str, Any]], sent: set[str]) -> str | None:
    ids = [_ids(item) for item in items]
    if not all(ids) or len(set(ids)) < len(ids):
        return None
    for key, value in items[0].items():
        if key.lower() not in _CODES or not isinstance(value, str) or value not in sent:
            continue
        if all(item.get(key) == value for item in items[1:]):
            return f"{len(items)} different items all have {key} {value}, the one sent"
    return None


GATE = output_keys_gate(lambda key: key.lower() in _CODES)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, args, at in answered_calls(view):
        sent = {v for v in args.values() if isinstance(v, str)}
        if not sent:
            continue
        for _, node in view.objects(step.call_id):
            lists = [v for v in node.values() if isinstance(v, list) and len(v) >= 2
                     and all(isinstance(x, dict) for x in v)]
            why = next((w for w in (_shared(v, sent) for v in lists) if w), None)
            if why:
                out.append(finding(NAME, "shared_product_code", at,
                                   f"{step.function_name}: {why}"))
                break
    return out
