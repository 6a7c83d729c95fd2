"""Deterministic dashboard datasets: valid `Record`s and matching graph artifacts.

Stands in for `toolgen generate` output until the pipeline lands, and covers what the
dashboard must show: every conversation pattern, argument sources of all four kinds
(user, tool_output with call id and path, default, clarification), parallel calls,
error statuses, judge findings, repairs, and a tool whose name is an XSS payload.
Every record goes through the pydantic model, so the fixtures cannot drift from it.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolgen.records import Edge, Record

XSS_PAYLOAD = "'\"/>><img src=x onerror=prompt(document.domain);>"
XSS_ENDPOINT = "Business/img_src_x_onerror_prompt_document_domain/test"

# id -> (function_name, tool_name, category, params, output builder key)
ENDPOINTS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "Travel/hotels/search_hotels": ("search_hotels", "Hotels", "Travel", ("city", "checkin")),
    "Travel/hotels/get_hotel_details": ("get_hotel_details", "Hotels", "Travel", ("hotel_id",)),
    "Travel/hotels/book_hotel": ("book_hotel", "Hotels", "Travel", ("hotel_id", "guests")),
    "Travel/flights/search_flights": (
        "search_flights", "Flights", "Travel", ("origin", "destination", "date")
    ),
    "Travel/flights/get_flight_status": ("get_flight_status", "Flights", "Travel", ("flight_id",)),
    "Weather/forecast/get_forecast": ("get_forecast", "Forecast", "Weather", ("city", "days")),
    "Finance/fx/convert_currency": (
        "convert_currency", "FX Rates", "Finance", ("amount", "from", "to")
    ),
    "Finance/fx/list_currencies": ("list_currencies", "FX Rates", "Finance", ()),
    XSS_ENDPOINT: (XSS_PAYLOAD, XSS_PAYLOAD, "Business", ("dsfdsf",)),
}

CITIES = ("Lisbon", "Osaka", "Nairobi", "Lima", "Oslo", "Hanoi", "Quito", "Perth")
PATTERNS = ("sequential", "parallel", "clarification", "error_recovery", "single")


def openai_tool(endpoint_id: str) -> dict[str, Any]:
    fn, tool, _category, params = ENDPOINTS[endpoint_id]
    return {
        "type": "function",
        "function": {
            "name": fn,
            "description": f"{tool}: {fn.replace('_', ' ')}",
            "parameters": {
                "type": "object",
                "properties": {p: {"type": "string"} for p in params},
                "required": list(params[:1]),
            },
        },
    }


@dataclass
class _Builder:
    """Accumulates one conversation's messages and step trace, assigning call ids."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    trace: list[dict[str, Any]] = field(default_factory=list)
    endpoints: list[str] = field(default_factory=list)

    def say(self, role: str, content: str, **extra: Any) -> int:
        self.messages.append({"role": role, "content": content, **extra})
        return len(self.messages) - 1

    def calls(
        self,
        batch: list[tuple[str, dict[str, dict[str, Any]], Any, str]],
        weight: int | None = None,
    ) -> list[str]:
        """One assistant turn making every call in `batch` (several = parallel calls).

        Each item: (endpoint id, {arg: argument trace}, output, status).
        """
        ids = [f"call_{len(self.trace) + k + 1}" for k in range(len(batch))]
        msg: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": []}
        if weight is not None:
            msg["weight"] = weight
        self.messages.append(msg)
        index = len(self.messages) - 1
        for call_id, (endpoint, args, output, status) in zip(ids, batch, strict=True):
            fn = ENDPOINTS[endpoint][0]
            values = {name: a["value"] for name, a in args.items()}
            msg["tool_calls"].append(
                {"id": call_id, "type": "function",
                 "function": {"name": fn, "arguments": json.dumps(values)}}
            )
            depends = sorted({a["call_id"] for a in args.values() if a.get("call_id")})
            self.trace.append({
                "step": len(self.trace) + 1, "call_id": call_id, "endpoint_id": endpoint,
                "function_name": fn, "depends_on": depends, "arguments": args,
                "output_refs": _refs(output), "status": status,
                "intended": weight == 0, "message_index": index,
            })
            self.endpoints.append(endpoint)
        for call_id, (_e, _a, output, _s) in zip(ids, batch, strict=True):
            self.say("tool", json.dumps(output), tool_call_id=call_id)
        return ids


def _refs(output: Any) -> list[dict[str, Any]]:
    if isinstance(output, dict):
        for key in ("hotels", "flights"):
            if output.get(key):
                return [{"path": f"$.{key}[0].id", "value": output[key][0]["id"],
                         "entity": key[:-1]}]
        if "booking_id" in output:
            return [{"path": "$.booking_id", "value": output["booking_id"], "entity": "booking"}]
    return []


def _user(value: Any, index: int) -> dict[str, Any]:
    return {"value": value, "source": "user", "message_index": index}


def _from(call_id: str, path: str, value: Any) -> dict[str, Any]:
    return {"value": value, "source": "tool_output", "call_id": call_id, "path": path}


def _default(value: Any) -> dict[str, Any]:
    return {"value": value, "source": "default"}


def _sequential(b: _Builder, rng: random.Random, i: int) -> str:
    city, day = rng.choice(CITIES), f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
    u = b.say("user", f"Find me a hotel in {city} from {day} and tell me about the best one.")
    hotel = f"H{1000 + i}"
    (c1,) = b.calls([("Travel/hotels/search_hotels",
                      {"city": _user(city, u), "checkin": _user(day, u)},
                      {"hotels": [{"id": hotel, "name": f"Casa {city}", "stars": 4}]}, "ok")])
    b.calls([("Travel/hotels/get_hotel_details",
              {"hotel_id": _from(c1, "$.hotels[0].id", hotel)},
              {"id": hotel, "name": f"Casa {city}", "rating": 8.7}, "ok")])
    b.say("assistant", f"Casa {city} ({hotel}) is rated 8.7 and has rooms from {day}.")
    return f"Find a well-rated hotel in {city}"


def _parallel(b: _Builder, rng: random.Random, i: int) -> str:
    a, c = rng.sample(CITIES, 2)
    u = b.say("user", f"What's the weather like in {a} and in {c} this week?")
    b.calls([
        ("Weather/forecast/get_forecast", {"city": _user(a, u), "days": _default(3)},
         {"city": a, "days": [{"high": 21 + i % 5}]}, "ok"),
        ("Weather/forecast/get_forecast", {"city": _user(c, u), "days": _default(3)},
         {"city": c, "days": [{"high": 14 + i % 7}]}, "ok"),
    ])
    b.say("assistant", f"{a} peaks at {21 + i % 5}°C and {c} at {14 + i % 7}°C.")
    return f"Compare the weather in {a} and {c}"


def _clarification(b: _Builder, rng: random.Random, i: int) -> str:
    city = rng.choice(CITIES)
    b.say("user", "Please book a hotel room for me.")
    b.say("assistant", "Sure, which city should I look in?")
    answer = b.say("user", f"{city}, please.")
    hotel, booking = f"H{2000 + i}", f"B{9000 + i}"
    clar = {"value": city, "source": "clarification", "message_index": answer}
    (c1,) = b.calls([("Travel/hotels/search_hotels", {"city": clar},
                      {"hotels": [{"id": hotel, "name": f"Hotel {city}"}]}, "ok")])
    b.calls([("Travel/hotels/book_hotel",
              {"hotel_id": _from(c1, "$.hotels[0].id", hotel), "guests": _default(2)},
              {"booking_id": booking, "status": "confirmed"}, "ok")])
    b.say("assistant", f"Booked Hotel {city} for 2 guests, booking {booking}.")
    return f"Book a hotel room in {city}"


def _error_recovery(b: _Builder, rng: random.Random, i: int) -> str:
    origin, dest = rng.sample(CITIES, 2)
    u = b.say("user", f"Is my flight from {origin} to {dest} tomorrow on time?")
    b.calls([("Travel/flights/get_flight_status", {"flight_id": _user("UNKNOWN", u)},
              {"error": "flight not found"}, "http_404")], weight=0)
    (c2,) = b.calls([("Travel/flights/search_flights",
                      {"origin": _user(origin, u), "destination": _user(dest, u),
                       "date": _user("tomorrow", u)},
                      {"flights": [{"id": f"TG{300 + i}", "departs": "09:10"}]}, "ok")])
    b.calls([("Travel/flights/get_flight_status",
              {"flight_id": _from(c2, "$.flights[0].id", f"TG{300 + i}")},
              {"id": f"TG{300 + i}", "status": "on time"}, "ok")])
    b.say("assistant", f"Flight TG{300 + i} from {origin} departs 09:10 and is on time.")
    return f"Check a flight from {origin} to {dest}"


def _single(b: _Builder, rng: random.Random, i: int) -> str:
    amount = rng.randint(10, 900)
    u = b.say("user", f"How much is {amount} EUR in JPY?")
    b.calls([("Finance/fx/convert_currency",
              {"amount": _user(amount, u), "from": _user("EUR", u), "to": _user("JPY", u)},
              {"result": amount * 161}, "ok")])
    b.say("assistant", f"{amount} EUR is about {amount * 161} JPY.")
    return "Convert euros to yen"


def _xss(b: _Builder, rng: random.Random, i: int) -> str:
    u = b.say("user", f"Run the {XSS_PAYLOAD} tool with dsfdsf=1.")
    b.calls([(XSS_ENDPOINT, {"dsfdsf": _user(1, u)}, {"echo": XSS_PAYLOAD}, "ok")])
    b.say("assistant", f"The tool {XSS_PAYLOAD} answered.")
    return f"Call {XSS_PAYLOAD}"


_SCENARIOS = {
    "sequential": _sequential, "parallel": _parallel, "clarification": _clarification,
    "error_recovery": _error_recovery, "single": _single, "xss": _xss,
}


def make_record(i: int, seed: int = 7, pattern: str | None = None) -> Record:
    rng = random.Random(f"{seed}:{i}")
    pattern = pattern or PATTERNS[i % len(PATTERNS)]
    b = _Builder()
    b.say("system", "You are a helpful assistant with tools.")
    summary = _SCENARIOS[pattern](b, rng, i)
    used = list(dict.fromkeys(b.endpoints))
    offered = [*used, "Finance/fx/list_currencies"]
    findings: list[dict[str, Any]] = []
    if i % 7 == 3:
        findings.append({"validator": "grounding", "kind": "value_not_in_source",
                         "message": "checkin not found in message 1", "severity": "warning"})
    if i % 11 == 5:
        findings.append({"validator": "format", "kind": "unknown_tool",
                         "message": "called name not offered", "severity": "error"})
    repaired = i % 5 == 4
    overall = 5.0 - (i % 9) * 0.45
    record = {
        "conversation_id": f"conv-{seed}-{i:05d}",
        "tools": [openai_tool(e) for e in offered],
        "messages": b.messages,
        "step_trace": b.trace,
        "judge_scores": {
            "tool_correctness": max(1.0, overall - 0.3 * (len(findings))),
            "naturalness": 1.0 + (i * 7 % 40) / 10,
            "task_completion": max(1.0, min(5.0, overall + 0.2)),
            "overall": overall,
            "judge": "heuristic",
            "rationale": f"{len(b.trace)} calls, all arguments grounded" if not findings
            else "some arguments are weakly grounded",
            "findings": findings,
        },
        "metadata": {
            "seed": seed, "index": i,
            "tools": list(dict.fromkeys(ENDPOINTS[e][1] for e in used)),
            "domains": list(dict.fromkeys(ENDPOINTS[e][2] for e in used)),
            "pattern": pattern if pattern != "xss" else "single",
            "patterns": [pattern if pattern != "xss" else "single"]
            + (["sequential"] if pattern == "clarification" else []),
            "repair_attempts": 1 if repaired else 0,
            "repairs": [{"attempt": 1, "kind": "regenerate_turn",
                         "note": "final answer cited an id no tool returned"}] if repaired else [],
            "planner_scenario": {
                "goal": {"persona": "traveller", "style": "casual",
                         "domain": ENDPOINTS[used[0]][2], "summary": summary},
                "turns": [{"user_act": "request", "steps": [[s["call_id"]] for s in b.trace]}],
            },
            "sampled_path": used,
            "faults": ["http_404"] if pattern == "error_recovery" else [],
            "toolgen_version": "0.1.0",
        },
    }
    return Record.model_validate(record)


def make_records(n: int, seed: int = 7, xss: bool = False) -> list[Record]:
    """`n` records cycling through the patterns; with `xss`, record 1 calls the payload tool."""
    return [
        make_record(i, seed, "xss" if xss and i == 1 else None) for i in range(n)
    ]


def write_dataset(path: Path, records: list[Record]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(record.model_dump_json() + "\n")
    return path


GRAPH_EDGES = (
    Edge(source="Travel/hotels/search_hotels", target="Travel/hotels/get_hotel_details",
         kind="data_flow", weight=1.0, source_field="hotels[].id", target_param="hotel_id"),
    Edge(source="Travel/hotels/search_hotels", target="Travel/hotels/book_hotel",
         kind="data_flow", weight=1.0, source_field="hotels[].id", target_param="hotel_id"),
    Edge(source="Travel/flights/search_flights", target="Travel/flights/get_flight_status",
         kind="data_flow", weight=1.0, source_field="flights[].id", target_param="flight_id"),
    Edge(source="Travel/hotels/get_hotel_details", target="Travel/hotels/book_hotel",
         kind="same_tool", weight=0.5),
    Edge(source="Travel/flights/get_flight_status", target="Travel/flights/search_flights",
         kind="same_tool", weight=0.5),
    Edge(source="Finance/fx/convert_currency", target="Finance/fx/list_currencies",
         kind="same_tool", weight=0.5),
    Edge(source="Travel/hotels/search_hotels", target="Travel/flights/search_flights",
         kind="same_category", weight=0.2),
)


def write_artifacts(directory: Path) -> Path:
    """nodes.jsonl / edges.jsonl / stats.json in the shape `toolgen build` writes."""
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / "nodes.jsonl").open("w", encoding="utf-8") as fh:
        for endpoint_id, (fn, tool, category, _params) in ENDPOINTS.items():
            node = {"id": endpoint_id, "function_name": fn, "tool_name": tool,
                    "category": category, "name": fn, "method": "GET", "parameters": []}
            fh.write(json.dumps(node) + "\n")
    with (directory / "edges.jsonl").open("w", encoding="utf-8") as fh:
        for edge in GRAPH_EDGES:
            fh.write(edge.model_dump_json(exclude_none=True) + "\n")
    stats = {"nodes": len(ENDPOINTS), "edges": len(GRAPH_EDGES)}
    (directory / "stats.json").write_text(json.dumps(stats), encoding="utf-8")
    return directory
