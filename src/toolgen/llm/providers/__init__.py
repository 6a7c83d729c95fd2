"""Provider implementations of the `LLM` protocol; each is imported only when built."""
