"""The episode's explicit state, what a participant says, and the participant protocol.

A participant (user simulator, assistant policy or LLM agent) is given the state and
returns its next `Utterance`, or None when it has nothing more to say. The state holds
plain data: the messages so far, the step trace, which message stated which planned
value, the outputs of successful calls and, per assistant message, where it came from.
It holds no language and no value logic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from toolgen.executor import ExecutionResult, Fault
from toolgen.records import Endpoint, Message, Paraphrase, PlannedArg, StepTrace

Origin = Literal["offline", "llm", "llm_retry"]


@dataclass
class MadeCall:
    """One tool call an assistant makes: what is sent, and what it claims about each value.

    `sources` is the provenance of each argument (a planned argument, or one the
    grounding check found); `said_at` overrides the message a user value was stated in.
    """

    call_id: str
    endpoint: Endpoint
    arguments: dict[str, Any]
    sources: dict[str, PlannedArg] = field(default_factory=dict)
    planned_id: str = ""
    intended: bool = False
    mistake: str | None = None
    recovery: str | None = None
    said_at: dict[str, int] = field(default_factory=dict)


@dataclass
class Utterance:
    """A participant's next message.

    `act` is what the speaker meant (request, follow_up, clarification_answer, ask,
    answer, missing_tool, irrelevant, closing ...); `states` the planned values
    ("call_id.arg") a user message states; `note` what the other side may read without
    parsing text (facts reported, the capability asked for, the values a user message
    states); `before` the text before an offline paraphrase; `offline` the offline text
    a live text stands in for.
    """

    role: Literal["user", "assistant"]
    content: str | None
    calls: list[MadeCall] = field(default_factory=list)
    act: str = ""
    states: tuple[str, ...] = ()
    note: dict[str, Any] = field(default_factory=dict)
    before: str | None = None
    origin: Origin = "offline"
    offline: str | None = None  # a live text: the offline text it stands in for


@dataclass
class Executed:
    call: MadeCall
    result: ExecutionResult
    fault: Fault | None


@dataclass
class EpisodeState:
    """Everything said and done so far in one conversation."""

    messages: list[Message] = field(default_factory=list)
    steps: list[StepTrace] = field(default_factory=list)
    said: dict[str, int] = field(default_factory=dict)
    outputs: dict[str, Any] = field(default_factory=dict)
    executed: list[Executed] = field(default_factory=list)
    utterances: list[Utterance] = field(default_factory=list)
    paraphrases: list[Paraphrase] = field(default_factory=list)
    origins: dict[int, Origin] = field(default_factory=dict)  # decided message -> by whom
    replaced: dict[int, str] = field(default_factory=dict)  # live message -> offline text

    def last(self, role: str) -> Utterance | None:
        for u in reversed(self.utterances):
            if u.role == role:
                return u
        return None

    def add(self, message: Message) -> int:
        self.messages.append(message)
        return len(self.messages) - 1


class Participant(Protocol):
    """Given the episode state, the next message (None: nothing more to say)."""

    async def next(self, state: EpisodeState) -> Utterance | None: ...
