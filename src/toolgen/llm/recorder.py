"""Appends every live call (request, completion or error, latency) to `llm_calls.jsonl`.

One JSON line per attempt that reached the provider, written as soon as it ends, with
secrets redacted. It is an audit trail of what was sent and received; the run
directory owner decides where the file lives.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from toolgen.llm.protocol import LLM
from toolgen.llm.redact import Redactor
from toolgen.llm.types import Completion, LLMRequest


class CallRecorder:
    """The jsonl sink; shared by every role of a run."""

    def __init__(self, path: Path, redactor: Redactor | None = None) -> None:
        self.path = path
        self._redactor = redactor or Redactor()
        self.lines = 0

    def write(self, entry: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = orjson.dumps(self._redactor.data(entry), default=str) + b"\n"
        # One write per line on an append-mode file: lines never interleave.
        with self.path.open("ab") as handle:
            handle.write(line)
        self.lines += 1


class RecordingLLM:
    def __init__(
        self,
        inner: LLM,
        recorder: CallRecorder,
        *,
        provider: str,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self._inner = inner
        self._recorder = recorder
        self._provider = provider
        self._clock = clock

    async def complete(self, request: LLMRequest) -> Completion:
        started = self._clock()
        entry: dict[str, Any] = {
            "at": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "provider": self._provider,
            "role": request.role,
            "model": request.model,
            "request": request.model_dump(mode="json", exclude={"role", "model"}),
        }
        try:
            completion = await self._inner.complete(request)
        except Exception as exc:
            entry["error"] = {"type": type(exc).__name__, "message": str(exc)}
            entry["latency_ms"] = round((self._clock() - started) * 1000, 1)
            self._recorder.write(entry)
            raise
        entry["completion"] = completion.model_dump(mode="json", exclude={"cached"})
        entry["latency_ms"] = round((self._clock() - started) * 1000, 1)
        self._recorder.write(entry)
        return completion
