"""The one episode loop: user, assistant and environment take turns.

The user speaks; the assistant answers, and every tool call it makes is executed by the
environment at once, so the assistant's next message sees the result; when the
assistant answers in text, it is the user's turn again. The episode ends when the user
has nothing more to say (its goal is met or abandoned), or at the message limit.
Offline and live episodes run this same loop; only the participants differ.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, TypeVar

from toolgen.episode.environment import Environment
from toolgen.episode.state import EpisodeState, Executed, Participant
from toolgen.episode.trace import record_call, record_utterance

T = TypeVar("T")
MAX_MESSAGES = 120


async def run_loop(
    state: EpisodeState, user: Participant, assistant: Participant, env: Environment
) -> EpisodeState:
    """Take turns until the user is done; returns the same (filled) state."""
    speaker = user
    while len(state.messages) < MAX_MESSAGES:
        said = await speaker.next(state)
        if said is None:
            if speaker is user:
                break
            speaker = user  # the assistant has nothing to add: back to the user
            continue
        at = record_utterance(state, said)
        for call in said.calls:
            result, fault = env.execute(call)
            record_call(state, Executed(call, result, fault), at)
        if speaker is user:
            speaker = assistant
        elif not said.calls:
            speaker = user
    return state


def run_now(step: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine that never suspends (offline participants) without an event loop."""
    try:
        step.send(None)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
    step.close()
    raise RuntimeError("an offline participant waited on I/O")
