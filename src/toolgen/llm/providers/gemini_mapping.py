"""Pure mapping between OpenAI-format requests/replies and Gemini generateContent JSON.

System messages become `systemInstruction`; assistant tool calls become `functionCall`
parts and tool messages `functionResponse` parts (named through the call id); tools
become `functionDeclarations` with their JSON Schema in `parametersJsonSchema`; a
response schema becomes `responseJsonSchema`. No I/O here, so it is tested directly.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import orjson

from toolgen.llm.types import Completion, CompletionToolCall, LLMRequest, Usage

# Documented stand-in for a thought signature we never received (history built elsewhere).
SKIP_SIGNATURE = "skip_thought_signature_validator"

SignatureLookup = Callable[[str], str | None]

_FINISH = {
    "STOP": "stop",
    "MAX_TOKENS": "length",
    "SAFETY": "content_filter",
    "RECITATION": "content_filter",
    "PROHIBITED_CONTENT": "content_filter",
    "BLOCKLIST": "content_filter",
    "MALFORMED_FUNCTION_CALL": "malformed_function_call",
}


def _text_of(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(str(p.get("text", "")) if isinstance(p, dict) else str(p) for p in content)
    return str(content)


def _arguments(raw: Any) -> dict[str, Any]:
    if isinstance(raw, dict):
        return raw
    try:
        parsed = orjson.loads(raw) if raw else {}
    except orjson.JSONDecodeError:
        return {"_raw": raw}
    return parsed if isinstance(parsed, dict) else {"_value": parsed}


def _tool_response(content: Any) -> dict[str, Any]:
    text = _text_of(content)
    try:
        parsed = orjson.loads(text)
    except orjson.JSONDecodeError:
        return {"content": text}
    # functionResponse.response must be an object.
    return parsed if isinstance(parsed, dict) else {"content": parsed}


def _contents(
    messages: tuple[dict[str, Any], ...], lookup: SignatureLookup, needs_signature: bool
) -> tuple[list[dict[str, Any]], str]:
    contents: list[dict[str, Any]] = []
    system: list[str] = []
    names: dict[str, str] = {}
    for message in messages:
        role = message.get("role")
        if role in ("system", "developer"):
            system.append(_text_of(message.get("content")))
        elif role == "user":
            contents.append({"role": "user", "parts": [{"text": _text_of(message["content"])}]})
        elif role == "assistant":
            parts: list[dict[str, Any]] = []
            text = _text_of(message.get("content"))
            if text:
                parts.append({"text": text})
            for index, call in enumerate(message.get("tool_calls") or []):
                function = call.get("function") or {}
                call_id = str(call.get("id", ""))
                names[call_id] = function.get("name", "")
                part: dict[str, Any] = {
                    "functionCall": {
                        "name": function.get("name", ""),
                        "args": _arguments(function.get("arguments")),
                    }
                }
                signature = call.get("thought_signature") or lookup(call_id)
                if signature is None and index == 0 and needs_signature:
                    signature = SKIP_SIGNATURE
                if signature:
                    part["thoughtSignature"] = signature
                parts.append(part)
            contents.append({"role": "model", "parts": parts or [{"text": ""}]})
        elif role == "tool":
            call_id = str(message.get("tool_call_id", ""))
            part = {
                "functionResponse": {
                    "name": message.get("name") or names.get(call_id, "tool"),
                    "response": _tool_response(message.get("content")),
                }
            }
            previous = contents[-1] if contents else None
            # Parallel results go back together, in one user turn.
            if (
                previous
                and previous["role"] == "user"
                and "functionResponse" in previous["parts"][0]
            ):
                previous["parts"].append(part)
            else:
                contents.append({"role": "user", "parts": [part]})
    return contents, "\n\n".join(s for s in system if s)


def _tool_config(choice: Any) -> dict[str, Any] | None:
    if choice is None:
        return None
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
        config: dict[str, Any] = {"mode": "ANY"}
        if name:
            config["allowedFunctionNames"] = [name]
        return {"functionCallingConfig": config}
    mode = {"auto": "AUTO", "none": "NONE", "required": "ANY"}.get(str(choice), "AUTO")
    return {"functionCallingConfig": {"mode": mode}}


def request_body(
    request: LLMRequest, model: str, lookup: SignatureLookup = lambda _id: None
) -> dict[str, Any]:
    """The generateContent JSON body for `request`."""
    contents, system = _contents(request.messages, lookup, model.startswith("gemini-3"))
    body: dict[str, Any] = {"contents": contents}
    if system:
        body["systemInstruction"] = {"parts": [{"text": system}]}
    if request.tools:
        declarations = []
        for tool in request.tools:
            function = tool.get("function", tool)
            declaration: dict[str, Any] = {"name": function["name"]}
            if function.get("description"):
                declaration["description"] = function["description"]
            if function.get("parameters"):
                declaration["parametersJsonSchema"] = function["parameters"]
            declarations.append(declaration)
        body["tools"] = [{"functionDeclarations": declarations}]
        tool_config = _tool_config(request.tool_choice)
        if tool_config:
            body["toolConfig"] = tool_config
    generation: dict[str, Any] = {}
    if request.temperature is not None:
        generation["temperature"] = request.temperature
    if request.max_tokens is not None:
        generation["maxOutputTokens"] = request.max_tokens
    if request.seed is not None:
        generation["seed"] = request.seed
    if request.thinking_budget is not None:
        generation["thinkingConfig"] = {"thinkingBudget": request.thinking_budget}
    if request.response_schema is not None:
        generation["responseMimeType"] = "application/json"
        generation["responseJsonSchema"] = request.response_schema
    if generation:
        body["generationConfig"] = generation
    return body


def _call_id(response_id: str, index: int, name: str, args: Any) -> str:
    digest = hashlib.blake2b(digest_size=6)
    digest.update(orjson.dumps([response_id, index, name, args], option=orjson.OPT_SORT_KEYS))
    return f"call_{digest.hexdigest()}"


def completion_from_payload(payload: dict[str, Any], model: str) -> Completion:
    """A `Completion` from a generateContent response body."""
    usage_data = payload.get("usageMetadata") or {}
    usage = Usage(
        prompt_tokens=usage_data.get("promptTokenCount") or 0,
        completion_tokens=(usage_data.get("candidatesTokenCount") or 0)
        + (usage_data.get("thoughtsTokenCount") or 0),
    )
    served_model = payload.get("modelVersion") or model
    candidates = payload.get("candidates") or []
    if not candidates:
        blocked = (payload.get("promptFeedback") or {}).get("blockReason")
        return Completion(
            usage=usage, model=served_model, finish_reason="content_filter" if blocked else "empty"
        )
    candidate = candidates[0]
    texts: list[str] = []
    calls: list[CompletionToolCall] = []
    response_id = str(payload.get("responseId", ""))
    for part in (candidate.get("content") or {}).get("parts") or []:
        if part.get("thought"):
            continue
        if "functionCall" in part:
            call = part["functionCall"]
            args = call.get("args") or {}
            name = call.get("name", "")
            calls.append(
                CompletionToolCall(
                    id=call.get("id") or _call_id(response_id, len(calls), name, args),
                    name=name,
                    arguments=args,
                    signature=part.get("thoughtSignature"),
                )
            )
        elif "text" in part:
            texts.append(part["text"])
    raw_finish = candidate.get("finishReason") or "STOP"
    finish = _FINISH.get(raw_finish, raw_finish.lower())
    if calls and finish == "stop":
        finish = "tool_calls"
    return Completion(
        text="".join(texts) if texts else None,
        tool_calls=tuple(calls),
        usage=usage,
        model=served_model,
        finish_reason=finish,
    )
