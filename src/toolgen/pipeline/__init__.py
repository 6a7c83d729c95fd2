"""Orchestration: `run_episode()` per conversation, the runner, experiments, replay."""
