"""A fake LLM HTTP server for tests and benchmarks: OpenAI chat completions and Gemini.

Starts on 127.0.0.1 with a free port in a background thread (stdlib only, no network)
and speaks:
- OpenAI  `POST /v1/chat/completions`            -> use `server.openai_base_url`
- Gemini  `POST /v1beta/models/{model}:generateContent` -> use `server.gemini_base_url`

Each request is parsed into a protocol-neutral `FakeRequest` (OpenAI-style messages,
tools, tool choice, response schema, headers, raw body) and recorded in
`server.requests`. The answer comes from, in order: the queued script (`push(...)`),
the `responder` callable, or the built-in `smart_reply` (a plausible tool call built
from the tool's JSON Schema, a minimal valid object for a response schema, else short
text) so whole pipelines can run live against it.

Replies: `Text`, `ToolCalls`/`Call`, `JSONReply`, `Malformed`, `Truncated`,
`HTTPError` (e.g. 429 with Retry-After, 500), `Slow(reply, delay_s)`, `RawBody`.
`SeededMistakes(oracle, rate=...)` is a responder that answers like an imperfect open
model: its oracle's reply, with seeded mistakes in a share of tool calls.

    with FakeLLMServer(latency_s=0.3) as server:
        server.push(HTTPError(429, retry_after=1), Text("hi"))
        ... OpenAI client with base_url=server.openai_base_url ...
        assert server.requests[0].headers["x-goog-api-key"] == KEY
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

# ---------------------------------------------------------------- reply specs


@dataclass(frozen=True)
class Text:
    text: str
    finish_reason: str = "stop"


@dataclass(frozen=True)
class Call:
    name: str
    arguments: dict[str, Any] | str = field(default_factory=dict)
    id: str | None = None
    signature: str | None = None  # Gemini thoughtSignature to attach


@dataclass(frozen=True)
class ToolCalls:
    calls: tuple[Call, ...]
    text: str | None = None


@dataclass(frozen=True)
class JSONReply:
    value: Any
    fenced: bool = False  # wrap in ```json fences with prose around


@dataclass(frozen=True)
class Malformed:
    text: str = '{"answer": "oops",, }'


@dataclass(frozen=True)
class Truncated:
    value: Any
    keep: float = 0.5  # fraction of the JSON text that survives


@dataclass(frozen=True)
class HTTPError:
    status: int
    retry_after: float | str | None = None
    message: str = "fake error"


@dataclass(frozen=True)
class RawBody:
    status: int
    body: str
    content_type: str = "application/json"


@dataclass(frozen=True)
class Slow:
    reply: Reply
    delay_s: float


Reply = Text | ToolCalls | JSONReply | Malformed | Truncated | HTTPError | RawBody | Slow


@dataclass(frozen=True)
class FakeRequest:
    protocol: Literal["openai", "gemini"]
    path: str
    headers: dict[str, str]  # lower-case names
    body: dict[str, Any]
    model: str
    messages: list[dict[str, Any]]  # OpenAI format, also for Gemini requests
    tools: list[dict[str, Any]]  # [{name, description, parameters}]
    tool_choice: str | None  # "auto" | "none" | "required" | None
    forced_tool: str | None
    response_schema: dict[str, Any] | None
    max_tokens: int | None
    received_at: float

    @property
    def url(self) -> str:
        return self.path


Responder = Callable[[FakeRequest], Reply]

# ------------------------------------------------------------ request parsing


def _parse_openai(path: str, headers: dict[str, str], body: dict[str, Any]) -> FakeRequest:
    tools = [
        {
            "name": t["function"]["name"],
            "description": t["function"].get("description", ""),
            "parameters": t["function"].get("parameters") or {"type": "object"},
        }
        for t in body.get("tools") or []
    ]
    choice = body.get("tool_choice")
    forced = None
    if isinstance(choice, dict):
        forced = (choice.get("function") or {}).get("name")
        choice = "required"
    fmt = body.get("response_format") or {}
    schema = (
        (fmt.get("json_schema") or {}).get("schema") if fmt.get("type") == "json_schema" else None
    )
    return FakeRequest(
        protocol="openai",
        path=path,
        headers=headers,
        body=body,
        model=body.get("model", ""),
        messages=list(body.get("messages") or []),
        tools=tools,
        tool_choice=choice,
        forced_tool=forced,
        response_schema=schema,
        max_tokens=body.get("max_tokens") or body.get("max_completion_tokens"),
        received_at=time.monotonic(),
    )


def _gemini_messages(body: dict[str, Any]) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    system = body.get("systemInstruction")
    if system:
        messages.append(
            {"role": "system", "content": "".join(p.get("text", "") for p in system["parts"])}
        )
    for content in body.get("contents") or []:
        texts = [p["text"] for p in content.get("parts", []) if "text" in p]
        calls = [p["functionCall"] for p in content.get("parts", []) if "functionCall" in p]
        results = [
            p["functionResponse"] for p in content.get("parts", []) if "functionResponse" in p
        ]
        if content.get("role") == "model":
            message: dict[str, Any] = {"role": "assistant", "content": "".join(texts) or None}
            if calls:
                message["tool_calls"] = [
                    {
                        "id": c.get("id", f"gemini_{i}"),
                        "type": "function",
                        "function": {"name": c["name"], "arguments": json.dumps(c.get("args", {}))},
                    }
                    for i, c in enumerate(calls)
                ]
            messages.append(message)
        elif results:
            for r in results:
                messages.append(
                    {
                        "role": "tool",
                        "name": r.get("name"),
                        "content": json.dumps(r.get("response")),
                    }
                )
        else:
            messages.append({"role": "user", "content": "".join(texts)})
    return messages


def _parse_gemini(
    path: str, model: str, headers: dict[str, str], body: dict[str, Any]
) -> FakeRequest:
    tools = [
        {
            "name": d["name"],
            "description": d.get("description", ""),
            "parameters": d.get("parametersJsonSchema")
            or d.get("parameters")
            or {"type": "object"},
        }
        for group in body.get("tools") or []
        for d in group.get("functionDeclarations") or []
    ]
    config = (body.get("toolConfig") or {}).get("functionCallingConfig") or {}
    mode = config.get("mode")
    choice = {"AUTO": "auto", "ANY": "required", "NONE": "none"}.get(mode) if mode else None
    allowed = config.get("allowedFunctionNames") or []
    generation = body.get("generationConfig") or {}
    return FakeRequest(
        protocol="gemini",
        path=path,
        headers=headers,
        body=body,
        model=model,
        messages=_gemini_messages(body),
        tools=tools,
        tool_choice=choice,
        forced_tool=allowed[0] if len(allowed) == 1 else None,
        response_schema=generation.get("responseJsonSchema") or generation.get("responseSchema"),
        max_tokens=generation.get("maxOutputTokens"),
        received_at=time.monotonic(),
    )


# ------------------------------------------------------------- smart replies

_FORMATS = {
    "date": "2025-01-15",
    "date-time": "2025-01-15T10:00:00Z",
    "time": "10:00:00",
    "email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
}


def _resolve(schema: Any, root: dict[str, Any]) -> dict[str, Any]:
    for _ in range(20):
        if not isinstance(schema, dict) or "$ref" not in schema:
            break
        ref = schema["$ref"]
        target: Any = root
        for part in ref.lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        schema = target
    return schema if isinstance(schema, dict) else {}


def example_for_schema(
    schema: dict[str, Any], root: dict[str, Any] | None = None, depth: int = 0
) -> Any:
    """A small value valid for `schema` (JSON Schema with $ref/$defs, anyOf, enums, bounds).

    Integers and numbers with both bounds take the upper bound, so rubric-style scores
    (1-5) come out as passing grades in end-to-end runs.
    """
    root = root if root is not None else schema
    schema = _resolve(schema, root)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            options = [_resolve(o, root) for o in schema[key]]
            non_null = [o for o in options if o.get("type") != "null"] or options
            return example_for_schema(non_null[0], root, depth)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            for k, v in _resolve(part, root).items():
                if k in ("properties",) and k in merged:
                    merged[k] = {**merged[k], **v}
                elif k == "required" and k in merged:
                    merged[k] = [*merged[k], *v]
                else:
                    merged[k] = v
        return example_for_schema(merged, root, depth)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "array" if "items" in schema else "string"
    if kind == "object":
        props: dict[str, Any] = schema.get("properties") or {}
        required = schema.get("required") or []
        names = list(props) if depth < 4 else [n for n in props if n in required]
        return {name: example_for_schema(props[name], root, depth + 1) for name in names}
    if kind == "array":
        count = max(int(schema.get("minItems", 0)), 1)
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        item = schema.get("items") or {}
        if depth >= 6:
            count = min(count, int(schema.get("minItems", 0)))
        return [example_for_schema(item, root, depth + 1) for _ in range(count)]
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum"))
        high = schema.get("maximum", schema.get("exclusiveMaximum"))
        if high is not None:
            value = high - (1 if "exclusiveMaximum" in schema and "maximum" not in schema else 0)
        elif low is not None:
            value = low + (1 if "exclusiveMinimum" in schema and "minimum" not in schema else 0)
        else:
            value = 1
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    text = _FORMATS.get(schema.get("format", ""), "example")
    text = text.ljust(int(schema.get("minLength", 0)), "x")
    return text[: int(schema["maxLength"])] if "maxLength" in schema else text


def _find_key(value: Any, key: str) -> Any:
    if isinstance(value, dict):
        if key in value and not isinstance(value[key], dict | list):
            return value[key]
        for child in value.values():
            found = _find_key(child, key)
            if found is not None:
                return found
    elif isinstance(value, list):
        for child in value:
            found = _find_key(child, key)
            if found is not None:
                return found
    return None


def _coerce(raw: Any, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(raw)
        if kind == "number":
            return float(raw)
        if kind == "boolean":
            return str(raw).lower() in ("true", "1", "yes")
        if kind == "string":
            return str(raw)
    except (TypeError, ValueError):
        return None
    return raw


def _from_conversation(name: str, schema: dict[str, Any], req: FakeRequest) -> Any:
    for message in reversed(req.messages):
        if message.get("role") == "tool":
            try:
                data = json.loads(message.get("content") or "null")
            except (TypeError, ValueError):
                continue
            found = _find_key(data, name)
            if found is not None:
                return _coerce(found, schema)
    texts = " ".join(
        str(m.get("content") or "") for m in req.messages if m.get("role") in ("user", "system")
    )
    quoted = re.search(rf"\b{re.escape(name)}\s*[:=]\s*\"([^\"]+)\"", texts)
    bare = quoted or re.search(rf"\b{re.escape(name)}\s*[:=]\s*([^\s,;\"]+)", texts)
    if bare:
        return _coerce(bare.group(1), schema)
    for option in schema.get("enum") or []:
        if str(option).lower() in texts.lower():
            return option
    return None


def _arguments_for(tool: dict[str, Any], req: FakeRequest) -> dict[str, Any]:
    schema = tool.get("parameters") or {}
    props: dict[str, Any] = schema.get("properties") or {}
    required = set(schema.get("required") or [])
    arguments: dict[str, Any] = {}
    for name, prop in props.items():
        prop = _resolve(prop, schema)
        value = _from_conversation(name, prop, req)
        if value is None and name in required:
            value = example_for_schema(prop, schema)
        if value is not None:
            arguments[name] = value
    return arguments


def _called(req: FakeRequest) -> set[str]:
    return {
        call["function"]["name"]
        for m in req.messages
        if m.get("role") == "assistant"
        for call in m.get("tool_calls") or []
    }


def _choose_tool(req: FakeRequest) -> dict[str, Any] | None:
    by_name = {t["name"]: t for t in req.tools}
    if req.forced_tool in by_name:
        return by_name[req.forced_tool]
    called = _called(req)
    texts = " ".join(
        str(m.get("content") or "") for m in req.messages if m.get("role") in ("user", "system")
    )
    uncalled = [t for t in req.tools if t["name"] not in called]
    mentioned = [t for t in uncalled if t["name"] in texts]
    if mentioned:
        return mentioned[0]
    after_result = bool(req.messages) and req.messages[-1].get("role") == "tool"
    if req.tool_choice == "required":
        return (uncalled or req.tools)[0]
    if not after_result and uncalled:
        return uncalled[0]
    return None


def smart_reply(req: FakeRequest) -> Reply:
    """A plausible answer: tool call from the schema, JSON for a response schema, or text."""
    if req.response_schema:
        return JSONReply(example_for_schema(req.response_schema))
    if req.tools and req.tool_choice != "none":
        tool = _choose_tool(req)
        if tool is not None:
            return ToolCalls((Call(tool["name"], _arguments_for(tool, req)),))
    if req.messages and req.messages[-1].get("role") == "tool":
        return Text("Here is what I found.")
    return Text("Sure, I can help with that.")


# ---------------------------------------------------------------- rendering


@dataclass
class SeededMistakes:
    """A responder that answers like an imperfect open model: mostly right, sometimes not.

    `oracle` gives the right reply to a request. For a tool-call request that is not a
    retry (its last message is no tool error), a seeded share `rate` of replies carries
    one mistake: a required argument left out, a value nobody stated, or a call to
    another offered tool. Text requests may get a preamble ("Here's the user's next
    message:") at `preamble_rate`. The draw depends on the request's messages and `seed`
    only, so reruns see the same mistakes. `made` counts them by kind.
    """

    oracle: Responder
    rate: float = 0.3
    preamble_rate: float = 0.0
    seed: int = 0
    made: dict[str, int] = field(default_factory=dict)

    def __call__(self, req: FakeRequest) -> Reply:
        right = self.oracle(req)
        draw = self._draw(req)
        if isinstance(right, Text) and draw < self.preamble_rate:
            self._count("preamble")
            return Text("Here's the user's next message: " + right.text)
        if not isinstance(right, ToolCalls) or draw >= self.rate or _is_retry(req):
            return right
        return self._mistake(right, req, draw)

    def _draw(self, req: FakeRequest) -> float:
        import hashlib

        digest = hashlib.blake2b(json.dumps(req.messages, sort_keys=True).encode()
                                 + str(self.seed).encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big") / 2**64

    def _count(self, kind: str) -> None:
        self.made[kind] = self.made.get(kind, 0) + 1

    def _mistake(self, right: ToolCalls, req: FakeRequest, draw: float) -> Reply:
        first, rest = right.calls[0], right.calls[1:]
        args = dict(first.arguments) if isinstance(first.arguments, dict) else {}
        tool = next((t for t in req.tools if t.get("name") == first.name), {})
        required = list((tool.get("parameters") or {}).get("required") or [])
        kind = int(draw * 1000) % 3
        if kind == 0 and required and required[0] in args:
            del args[required[0]]
            self._count("dropped_argument")
        elif kind == 1 and any(isinstance(v, str) for v in args.values()):
            name = next(k for k, v in args.items() if isinstance(v, str))
            args[name] = "unknown-" + name
            self._count("ungrounded_value")
        else:
            other = next((t["name"] for t in req.tools if t.get("name") != first.name), None)
            if other is None:
                return right
            self._count("wrong_tool")
            return ToolCalls((Call(other, {}), *rest))
        return ToolCalls((Call(first.name, args, first.id), *rest))


def _is_retry(req: FakeRequest) -> bool:
    last = req.messages[-1] if req.messages else {}
    return (last.get("role") in ("tool", "user") and "not executed" in str(
        last.get("content") or "").lower()) or (len(req.messages) > 1 and (
        req.messages[-1].get("role") == "user" and req.tool_choice == "required"))


def _reply_text(reply: Reply) -> tuple[str | None, str]:
    """(text, finish) for text-like replies."""
    if isinstance(reply, Text):
        return reply.text, reply.finish_reason
    if isinstance(reply, JSONReply):
        text = json.dumps(reply.value)
        if reply.fenced:
            text = f"Here is the JSON:\n```json\n{text}\n```\nLet me know if you need more."
        return text, "stop"
    if isinstance(reply, Malformed):
        return reply.text, "stop"
    if isinstance(reply, Truncated):
        text = json.dumps(reply.value)
        return text[: max(1, int(len(text) * reply.keep))], "length"
    return None, "stop"


def _openai_body(reply: Reply, req: FakeRequest, ids: Iterable[int]) -> dict[str, Any]:
    counter = iter(ids)
    message: dict[str, Any] = {"role": "assistant", "content": None}
    if isinstance(reply, ToolCalls):
        message["content"] = reply.text
        message["tool_calls"] = [
            {
                "id": call.id or f"call_{next(counter)}",
                "type": "function",
                "function": {
                    "name": call.name,
                    "arguments": call.arguments
                    if isinstance(call.arguments, str)
                    else json.dumps(call.arguments),
                },
            }
            for call in reply.calls
        ]
        finish = "tool_calls"
    else:
        message["content"], finish = _reply_text(reply)
    completion_chars = len(json.dumps(message))
    return {
        "id": f"chatcmpl-{next(counter)}",
        "object": "chat.completion",
        "created": 0,
        "model": req.model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {
            "prompt_tokens": len(json.dumps(req.body)) // 4,
            "completion_tokens": completion_chars // 4,
            "total_tokens": len(json.dumps(req.body)) // 4 + completion_chars // 4,
        },
    }


def _gemini_body(reply: Reply, req: FakeRequest) -> dict[str, Any]:
    parts: list[dict[str, Any]] = []
    finish = "STOP"
    if isinstance(reply, ToolCalls):
        if reply.text:
            parts.append({"text": reply.text})
        for call in reply.calls:
            args = call.arguments
            if isinstance(args, str):
                try:
                    args = json.loads(args)
                except ValueError:
                    args = {"raw": args}
            function_call: dict[str, Any] = {"name": call.name, "args": args}
            if call.id:
                function_call["id"] = call.id
            part: dict[str, Any] = {"functionCall": function_call}
            if call.signature:
                part["thoughtSignature"] = call.signature
            parts.append(part)
    else:
        text, reason = _reply_text(reply)
        parts.append({"text": text or ""})
        finish = "MAX_TOKENS" if reason == "length" else "STOP"
    completion_chars = len(json.dumps(parts))
    return {
        "candidates": [{"content": {"role": "model", "parts": parts}, "finishReason": finish}],
        "usageMetadata": {
            "promptTokenCount": len(json.dumps(req.body)) // 4,
            "candidatesTokenCount": completion_chars // 4,
            "totalTokenCount": len(json.dumps(req.body)) // 4 + completion_chars // 4,
        },
        "modelVersion": req.model,
    }


_GEMINI_PATH = re.compile(r"^/v1beta/models/([^/:]+):generateContent$")
_STATUS_NAMES = {
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
    400: "INVALID_ARGUMENT",
}


class FakeLLMServer:
    """The server; use as a context manager (or `start()` / `stop()`)."""

    def __init__(
        self,
        script: Iterable[Reply] = (),
        *,
        responder: Responder | None = None,
        latency_s: float = 0.0,
        smart: bool = True,
    ) -> None:
        self._script: deque[Reply] = deque(script)
        self.responder = responder
        self.latency_s = latency_s
        self.smart = smart
        self.requests: list[FakeRequest] = []
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle
    def start(self) -> FakeLLMServer:
        handler = self._handler_class()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addresses
    @property
    def url(self) -> str:
        assert self._httpd is not None, "server not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def openai_base_url(self) -> str:
        return f"{self.url}/v1"

    @property
    def gemini_base_url(self) -> str:
        return self.url

    # -- script
    def push(self, *replies: Reply) -> None:
        with self._lock:
            self._script.extend(replies)

    @property
    def pending(self) -> int:
        return len(self._script)

    def reset(self) -> None:
        with self._lock:
            self._script.clear()
            self.requests.clear()

    def _next_reply(self, req: FakeRequest) -> Reply:
        with self._lock:
            self.requests.append(req)
            if self._script:
                return self._script.popleft()
        if self.responder is not None:
            return self.responder(req)
        if self.smart:
            return smart_reply(req)
        return HTTPError(500, message="fake server: script exhausted")

    # -- HTTP
    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 60

            def log_message(self, format: str, *args: Any) -> None:
                return  # keep test output quiet

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                headers = {k.lower(): v for k, v in self.headers.items()}
                path = self.path.split("?", 1)[0]
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    self._send(400, {"error": {"message": "body is not JSON"}})
                    return
                gemini = _GEMINI_PATH.match(path)
                if path.endswith("/chat/completions"):
                    req = _parse_openai(self.path, headers, body)
                elif gemini:
                    req = _parse_gemini(self.path, gemini.group(1), headers, body)
                else:
                    self._send(404, {"error": {"message": f"no route {path}"}})
                    return
                reply = server._next_reply(req)
                delay = server.latency_s
                while isinstance(reply, Slow):
                    delay += reply.delay_s
                    reply = reply.reply
                if delay:
                    time.sleep(delay)
                self._answer(req, reply)

            def _answer(self, req: FakeRequest, reply: Reply) -> None:
                if isinstance(reply, RawBody):
                    self._send_raw(reply.status, reply.body.encode(), reply.content_type, {})
                    return
                if isinstance(reply, HTTPError):
                    extra = {}
                    if reply.retry_after is not None:
                        extra["Retry-After"] = str(reply.retry_after)
                    if req.protocol == "gemini":
                        payload: dict[str, Any] = {
                            "error": {
                                "code": reply.status,
                                "message": reply.message,
                                "status": _STATUS_NAMES.get(reply.status, "UNKNOWN"),
                            }
                        }
                    else:
                        payload = {
                            "error": {"message": reply.message, "type": "fake", "code": None}
                        }
                    self._send(reply.status, payload, extra)
                    return
                if req.protocol == "openai":
                    self._send(200, _openai_body(reply, req, server._ids))
                else:
                    self._send(200, _gemini_body(reply, req))

            def _send(self, status: int, payload: Any, extra: dict[str, str] | None = None) -> None:
                self._send_raw(
                    status, json.dumps(payload).encode(), "application/json", extra or {}
                )

            def _send_raw(
                self, status: int, data: bytes, content_type: str, extra: dict[str, str]
            ) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in extra.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests); nothing to tell it

        return Handler
