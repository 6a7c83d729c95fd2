"""ToolGen: synthetic multi-turn tool-calling conversations from tool definitions."""

__version__ = "0.1.0"
