"""Reading and writing JSONL files and run directories (no business logic)."""
