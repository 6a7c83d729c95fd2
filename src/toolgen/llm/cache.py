"""On-disk response cache keyed by the canonical request, so a rerun makes zero calls.

The key hashes (sorted-key JSON) everything that shapes the answer: provider identity
(name and base URL), model, messages, tools, tool choice, response schema, temperature,
max tokens and seed; not the role label. Files are written atomically (temp + rename),
one per key under a two-character fan-out. Identical requests in flight at the same time
share one call. Only successful completions are stored, with the task origin of the
conversation that paid for them (see `counter.set_task_origin`).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

import orjson

from toolgen.llm.counter import count_replayed, task_origin
from toolgen.llm.protocol import LLM
from toolgen.llm.redact import Redactor
from toolgen.llm.types import Completion, LLMRequest

CACHE_VERSION = 1


def request_key(provider_id: str, request: LLMRequest, default_model: str) -> str:
    """The canonical hash of `request` as sent to `provider_id`."""
    data: dict[str, Any] = {
        "v": CACHE_VERSION,
        "provider": provider_id,
        "model": request.model or default_model,
        "messages": request.messages,
        "tools": request.tools,
        "tool_choice": request.tool_choice,
        "response_schema": request.response_schema,
        "temperature": request.temperature,
        "max_tokens": request.max_tokens,
        "seed": request.seed,
    }
    # Only when set, so keys of requests without them are what they were.
    if request.reasoning_effort is not None:
        data["reasoning_effort"] = request.reasoning_effort
    if request.thinking_budget is not None:
        data["thinking_budget"] = request.thinking_budget
    blob = orjson.dumps(data, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)
    return hashlib.sha256(blob).hexdigest()


class DiskCache:
    """Completions stored as small JSON files under `root`."""

    def __init__(self, root: Path, redactor: Redactor | None = None) -> None:
        self.root = root
        self._redactor = redactor or Redactor()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Completion | None:
        entry = self.entry(key)
        return entry[0] if entry is not None else None

    def entry(self, key: str) -> tuple[Completion, str | None] | None:
        """The stored completion and the origin that paid for it."""
        try:
            data = orjson.loads(self._path(key).read_bytes())
            origin = data.get("origin")
            return (Completion.model_validate(data["completion"]),
                    origin if isinstance(origin, str) else None)
        except (OSError, ValueError, KeyError, AttributeError):
            return None  # missing or unreadable entries are misses, never errors

    def put(self, key: str, completion: Completion) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        data: dict[str, Any] = {
            "key": key, "completion": completion.model_dump(mode="json", exclude={"cached"})}
        origin = task_origin()
        if origin is not None:
            data["origin"] = origin
        blob = orjson.dumps(self._redactor.data(data))
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(blob)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


class CachedLLM:
    """Serves repeated requests from the disk cache; misses go to the inner LLM."""

    def __init__(
        self, inner: LLM, cache: DiskCache, *, provider_id: str, default_model: str
    ) -> None:
        self._inner = inner
        self._cache = cache
        self._provider_id = provider_id
        self._default_model = default_model
        self._in_flight: dict[str, asyncio.Future[Completion]] = {}
        self.hits = 0
        self.misses = 0

    async def complete(self, request: LLMRequest) -> Completion:
        key = request_key(self._provider_id, request, self._default_model)
        entry = self._cache.entry(key)
        if entry is not None:
            cached, origin = entry
            self.hits += 1
            if origin is not None and origin == task_origin():
                count_replayed(request.role)
            return cached.model_copy(update={"cached": True})
        pending = self._in_flight.get(key)
        if pending is not None:
            try:
                shared = await asyncio.shield(pending)
            except asyncio.CancelledError:
                if not pending.cancelled():
                    raise  # we were cancelled ourselves
                return await self.complete(request)  # the leader was cancelled: go again
            self.hits += 1
            return shared.model_copy(update={"cached": True})
        self.misses += 1
        future: asyncio.Future[Completion] = asyncio.get_running_loop().create_future()
        self._in_flight[key] = future
        try:
            completion = await self._inner.complete(request)
        except asyncio.CancelledError:
            future.cancel()
            raise
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark retrieved: nobody else may be waiting
            raise
        finally:
            self._in_flight.pop(key, None)
        self._cache.put(key, completion)
        future.set_result(completion)
        return completion
