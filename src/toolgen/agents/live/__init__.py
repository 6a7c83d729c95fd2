"""Live (LLM) agents: planner, user, assistant decisions, summaries, scaffold, paraphraser.

Each function asks one role's `LLM` for text or a decision and checks the answer
against what the offline plan fixed (argument values, tool-output facts). A function
returns `None` (or a rejected decision) when the model's answer is unusable after its
one feedback retry, and the caller falls back to the offline text. Provider failures
(`LLMError` other than `BadReplyError`) propagate: the pipeline decides between
fallback and a strict failure. Nothing here executes tools, edits records or writes files.
"""

from toolgen.agents.live.checks import cites_any, missing_values
from toolgen.agents.live.compact import AnswerSlot, Scaffold, UserSlot, scaffold_dialogue
from toolgen.agents.live.decider import LiveAssistant
from toolgen.agents.live.paraphrase import ParaphraseRole, paraphrase_text
from toolgen.agents.live.planner import LivePlan, PlanBrief, plan_goal
from toolgen.agents.live.summary import final_answer
from toolgen.agents.live.user import user_turn

__all__ = [
    "AnswerSlot",
    "LiveAssistant",
    "LivePlan",
    "ParaphraseRole",
    "PlanBrief",
    "Scaffold",
    "UserSlot",
    "cites_any",
    "final_answer",
    "missing_values",
    "paraphrase_text",
    "plan_goal",
    "scaffold_dialogue",
    "user_turn",
]
