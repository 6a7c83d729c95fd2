"""Mock executor speed: calls per second on hand-written and corpus endpoints.

Prints figures, never asserts. Usage:
    .venv/bin/python bench/executor_speed.py [--calls N] [--corpus PATH]
Defaults: the bundled corpus and, when present, ../shared/corpora/toolbench/toolenv/tools.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from toolgen.executor import Fault, MockExecutor, validator_for
from toolgen.records import Endpoint, Parameter


def _arg(schema: dict[str, Any]) -> Any:
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return enum[0]
    if "default" in schema:
        return schema["default"]
    t = schema.get("type")
    t = t[0] if isinstance(t, list) and t else t
    return {"integer": 1, "number": 1.5, "boolean": True, "array": [], "object": {}}.get(
        str(t), "2025-05-01" if schema.get("format") == "date" else "Lisbon"
    )


def arguments(endpoint: Endpoint) -> dict[str, Any]:
    return {p.name: _arg(p.json_schema) for p in endpoint.parameters if p.required}


def hotel_endpoints() -> list[Endpoint]:
    def p(name: str, t: str = "string") -> Parameter:
        return Parameter(
            name=name, raw_name=name, type_label=t, json_schema={"type": t}, required=True
        )

    hotel = {
        "type": "object",
        "properties": {
            k: {"type": t}
            for k, t in [
                ("hotel_id", "string"),
                ("name", "string"),
                ("city", "string"),
                ("country", "string"),
                ("price", "number"),
                ("currency", "string"),
                ("rating", "number"),
                ("email", "string"),
                ("available", "boolean"),
            ]
        },
    }
    search = {
        "type": "object",
        "properties": {"results": {"type": "array", "items": hotel}, "total": {"type": "integer"}},
    }
    return [
        Endpoint(
            id=f"h/{n}",
            function_name=n,
            tool_id="h",
            tool_name="Hotels",
            category="Travel",
            name=n,
            parameters=ps,
            response_schema=rs,
        )
        for n, ps, rs in [
            ("search_hotels", (p("city"),), search),
            ("get_hotel_details", (p("hotel_id"),), hotel),
            ("book_hotel", (p("hotel_id"), p("guest_name")), {}),
        ]
    ]


def bench(label: str, endpoints: list[Endpoint], calls: int, executor: MockExecutor) -> None:
    if not endpoints:
        return
    prepared = [(e, arguments(e)) for e in endpoints]
    prepared = [(e, a) for e, a in prepared if not validator_for(e)(a)] or prepared
    t0 = time.perf_counter()
    for e, _ in prepared:  # warm the per-endpoint caches (compile once)
        executor.plan_for(e)
    compile_s = time.perf_counter() - t0
    n = len(prepared)
    t0 = time.perf_counter()
    session = executor.session(0)
    statuses: dict[str, int] = {}
    for i in range(calls):
        if i % 8 == 0:
            session = executor.session(i)  # conversations are short
        e, a = prepared[i % n]
        r = session.call(e, a)
        statuses[r.status] = statuses.get(r.status, 0) + 1
    dt = time.perf_counter() - t0
    t0 = time.perf_counter()
    for i in range(calls // 10):
        executor.session(i).call(*prepared[i % n], Fault("paginate"))
    dtp = time.perf_counter() - t0
    print(
        f"{label:<28} endpoints={n:<6} compile={compile_s * 1e3:7.1f} ms "
        f"calls/s={calls / dt:>9,.0f}  paginate calls/s={(calls // 10) / dtp:>9,.0f}  "
        f"statuses={statuses}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=50_000)
    ap.add_argument("--corpus", type=Path, action="append")
    ns = ap.parse_args()
    t0 = time.perf_counter()
    executor = MockExecutor(seed=1)
    print(f"MockExecutor init (pools): {(time.perf_counter() - t0) * 1e3:.0f} ms")
    bench("hand-written hotel API", hotel_endpoints(), ns.calls, executor)
    corpora = ns.corpus or [None, Path("../shared/corpora/toolbench/toolenv/tools")]
    try:
        from toolgen.registry import load_registry
    except ImportError:
        return
    for corpus in corpora:
        if corpus is not None and not corpus.exists():
            continue
        t0 = time.perf_counter()
        try:
            registry = load_registry(corpus)
        except Exception as exc:  # the registry is someone else's; report and go on
            print(f"{corpus}: cannot load ({exc})")
            continue
        load_s = time.perf_counter() - t0
        eps = list(registry.endpoints)
        print(f"loaded {corpus or 'bundled corpus'}: {len(eps)} endpoints in {load_s:.1f} s")
        bench(str(corpus or "bundled")[-28:], eps, ns.calls, executor)


if __name__ == "__main__":
    main()
