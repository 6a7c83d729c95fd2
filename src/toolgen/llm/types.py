"""The request and completion value types every provider and wrapper speaks.

Messages are OpenAI chat-format dicts and tools are OpenAI function schemas, so the
rest of ToolGen needs no provider-specific shapes. Both types are frozen: a request
is a value (hashed for the cache), never mutated in flight.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

ToolChoice = Literal["auto", "none", "required"] | dict[str, Any]


class LLMRequest(BaseModel):
    """One completion request (OpenAI chat format, provider-neutral)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    messages: tuple[dict[str, Any], ...]
    tools: tuple[dict[str, Any], ...] = ()
    tool_choice: ToolChoice | None = None
    response_schema: dict[str, Any] | None = Field(
        default=None, description="JSON schema the reply text must satisfy (structured output)."
    )
    temperature: float | None = None
    max_tokens: int | None = None
    seed: int | None = None
    reasoning_effort: str | None = Field(
        default=None, description="Reasoning models: effort (minimal, low, medium, high).")
    thinking_budget: int | None = Field(
        default=None, description="Gemini thinkingConfig.thinkingBudget (tokens; 0 turns it off).")
    model: str | None = Field(default=None, description="None: the provider/role default.")
    role: str = Field(default="other", description="Role label for accounting; not sent.")

    def with_updates(self, **changes: Any) -> LLMRequest:
        """A copy with some fields replaced (requests are frozen)."""
        return self.model_copy(update=changes)


class CompletionToolCall(BaseModel):
    """One tool call proposed by the model. `arguments` is a dict when it parsed as JSON."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    arguments: dict[str, Any] | str
    # Opaque provider state that must be echoed back (Gemini thought signatures).
    signature: str | None = None

    def openai_message_part(self) -> dict[str, Any]:
        """This call as an entry of an OpenAI assistant message's `tool_calls`."""
        import orjson

        args = self.arguments
        text = args if isinstance(args, str) else orjson.dumps(args).decode()
        part: dict[str, Any] = {
            "id": self.id,
            "type": "function",
            "function": {"name": self.name, "arguments": text},
        }
        if self.signature:
            part["thought_signature"] = self.signature
        return part


class Usage(BaseModel):
    """Token accounting as reported by the provider (0 when it reports nothing)."""

    model_config = ConfigDict(frozen=True)

    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class Completion(BaseModel):
    """What a provider answered: text and/or tool calls, usage, finish reason."""

    model_config = ConfigDict(frozen=True)

    text: str | None = None
    tool_calls: tuple[CompletionToolCall, ...] = ()
    usage: Usage = Usage()
    model: str = ""
    finish_reason: str = "stop"
    cached: bool = Field(default=False, description="True when served from the response cache.")

    @property
    def truncated(self) -> bool:
        """The provider stopped because the output budget ran out."""
        return self.finish_reason == "length"

    def assistant_message(self) -> dict[str, Any]:
        """This completion as an OpenAI-format assistant message."""
        message: dict[str, Any] = {"role": "assistant", "content": self.text}
        if self.tool_calls:
            message["tool_calls"] = [call.openai_message_part() for call in self.tool_calls]
        return message
