"""Agents: the planner, the user simulator and the assistant (offline and LLM-backed)."""
