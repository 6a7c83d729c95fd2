"""Deterministic offline language for the user simulator and the assistant.

No network, no LLM: every function takes a `random.Random` and is deterministic given it.
Values that arguments are grounded in (`Slot.value`) and results (`Fact.value`) appear
verbatim in the generated text; `paraphrase` never changes protected substrings.
"""

from toolgen.agents.offline.answer_facts import said_once
from toolgen.agents.offline.assistant import (
    assistant_clarify,
    assistant_closing,
    assistant_error_recovery,
    assistant_final,
    assistant_follow_up_answer,
    assistant_irrelevant_answer,
    assistant_missing_tool,
    assistant_pagination,
    assistant_preamble,
    assistant_wrong_tool,
)
from toolgen.agents.offline.goal_phrases import goal_phrase, topic
from toolgen.agents.offline.goals import make_goal_summary
from toolgen.agents.offline.intents import intent_from_text, intent_of
from toolgen.agents.offline.labels import key_thing, slot_label
from toolgen.agents.offline.paraphrase import paraphrase
from toolgen.agents.offline.personas import PERSONAS, pick_persona
from toolgen.agents.offline.report import assistant_report
from toolgen.agents.offline.types import Fact, Intent, Outcome, Slot, spoken, value_text
from toolgen.agents.offline.user import (
    user_clarification_answer,
    user_closing,
    user_follow_up,
    user_irrelevant,
    user_request,
    user_request_missing_capability,
)

__all__ = [
    "PERSONAS",
    "Fact",
    "Intent",
    "Outcome",
    "Slot",
    "assistant_clarify",
    "assistant_closing",
    "assistant_error_recovery",
    "assistant_final",
    "assistant_follow_up_answer",
    "assistant_irrelevant_answer",
    "assistant_missing_tool",
    "assistant_pagination",
    "assistant_preamble",
    "assistant_report",
    "assistant_wrong_tool",
    "goal_phrase",
    "intent_from_text",
    "intent_of",
    "key_thing",
    "make_goal_summary",
    "paraphrase",
    "pick_persona",
    "said_once",
    "slot_label",
    "spoken",
    "topic",
    "user_clarification_answer",
    "user_closing",
    "user_follow_up",
    "user_irrelevant",
    "user_request",
    "user_request_missing_capability",
    "value_text",
]
