"""The judge score fields summarised by `analyze` (averages, pass rate, findings by kind)."""

from __future__ import annotations

FIELDS = ("tool_correctness", "naturalness", "task_completion", "overall")
