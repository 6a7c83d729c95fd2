"""Orders, carts and conversions in generated bundled records add up, checked as a
reviewer would: the sums are worked out again from each tool output's JSON, without
toolgen's executor code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

pytestmark = pytest.mark.slow

_LISTS = ("items", "line_items", "lines", "products", "order_items", "cart_items")
_ADDED = ("tax", "tax_amount", "shipping", "shipping_cost", "shipping_fee", "fees")


def _money(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("amount")
    return float(value) if isinstance(value, int | float) and not isinstance(
        value, bool) else None


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from _objects(v)
    elif isinstance(value, list):
        for v in value:
            yield from _objects(v)


def _items_sum(items: list[Any]) -> float | None:
    total = 0.0
    for item in items:
        price = _money(item.get("price", item.get("unit_price"))) if isinstance(
            item, dict) else None
        qty = item.get("quantity", 1) if isinstance(item, dict) else None
        line = _money(item.get("line_total")) if isinstance(item, dict) else None
        if price is not None and isinstance(qty, int | float):
            if line is not None and abs(line - price * qty) > 0.011:
                return None  # reported by the line check below
            total += price * qty
        elif line is not None:
            total += line
        else:
            return None
    return total


def _problems(obj: dict[str, Any]) -> Iterator[str]:
    for item in next((v for k in _LISTS if isinstance(v := obj.get(k), list)), []):
        price = _money(item.get("price")) if isinstance(item, dict) else None
        line = _money(item.get("line_total")) if isinstance(item, dict) else None
        if price is not None and line is not None and \
                abs(line - price * item.get("quantity", 1)) > 0.011:
            yield f"line_total {line} is not {item.get('quantity')} x {price}"
    items = next((v for k in _LISTS if isinstance(v := obj.get(k), list) and v), None)
    lines = _items_sum(items) if items is not None else None
    if lines is not None:
        sub = _money(obj.get("subtotal"))
        if sub is not None and abs(sub - lines) > 0.011:
            yield f"subtotal {sub} but the items come to {lines:.2f}"
        total = obj.get("total")
        extra = sum(_money(obj.get(k)) or 0.0 for k in _ADDED) - (
            _money(obj.get("discount")) or 0.0)
        if isinstance(total, dict | float) and (t := _money(total)) is not None and \
                abs(t - (lines + extra)) > 0.011:
            yield f"total {t} but the items and charges come to {lines + extra:.2f}"
    amount, rate = _money(obj.get("amount")), obj.get("rate")
    converted = _money(obj.get("converted_amount", obj.get("converted")))
    if amount is not None and converted is not None and isinstance(rate, float) and \
            abs(converted - amount * rate) > max(0.011, 0.005 * converted):
        yield f"{amount} at {rate} is not {converted}"


@pytest.mark.parametrize(("seed", "n"), [(7, 120), (42, 60)])
def test_every_order_cart_and_conversion_adds_up(seed: int, n: int, tmp_path: Path) -> None:
    config = RunConfig(n=n, seed=seed)
    out = tmp_path / "bundled.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    found, orders = [], 0
    for line in out.read_bytes().splitlines():
        rec = orjson.loads(line)
        for msg in rec["messages"]:
            if msg["role"] != "tool" or not msg["content"].startswith(("{", "[")):
                continue
            for obj in _objects(orjson.loads(msg["content"])):
                orders += any(isinstance(obj.get(k), list) and obj[k] for k in _LISTS) and (
                    "total" in obj or "subtotal" in obj)
                found += [f"{rec['conversation_id']} {msg['name']}: {p}"
                          for p in _problems(obj)]
    assert orders >= 10  # the run has orders and carts to check
    assert not found, found[:5]
