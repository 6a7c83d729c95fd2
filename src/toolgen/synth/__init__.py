"""Tool synthesis from a domain name (ToolWeave): a ToolBench-layout corpus from schema.org.

`synthesize(domain, ...)` plans tools offline from the shipped schema.org vocabulary (or, live,
from an LLM's proposals checked by `check`), and `write_corpus` writes them as tool files.
"""
