"""The episode: participants take turns in one loop, the environment executes the calls.

`run_loop` owns turn-taking, tool execution, termination and the step trace; the
participants (offline or live) only say their next message. Robustness overlays are
participant behaviour (deliberate mistakes) or environment behaviour (faults).
"""

from toolgen.episode.environment import Environment, FaultPlan
from toolgen.episode.loop import run_loop, run_now
from toolgen.episode.state import EpisodeState, Executed, MadeCall, Participant, Utterance

__all__ = [
    "Environment",
    "EpisodeState",
    "Executed",
    "FaultPlan",
    "MadeCall",
    "Participant",
    "Utterance",
    "run_loop",
    "run_now",
]
