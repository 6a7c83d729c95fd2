"""Offline participants: the user simulator and the assistant policy that follows the blueprint.

They speak through the episode loop (`toolgen.episode`), which executes the assistant's
calls; they never execute tools themselves (the assistant may look ahead on a fork of
the session to keep a planned mistake honest). Wording comes from `agents.offline`.
"""

from toolgen.agents.policy.assistant import OfflineAssistant, PolicyContext, system_prompt
from toolgen.agents.policy.resolve import state_visible
from toolgen.agents.policy.user import OfflineUser

__all__ = ["OfflineAssistant", "OfflineUser", "PolicyContext", "state_visible", "system_prompt"]
