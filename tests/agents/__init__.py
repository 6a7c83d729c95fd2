"""Tests of the offline language (toolgen.agents.offline)."""
