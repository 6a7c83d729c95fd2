"""Exports of a generated dataset: the dashboard bundle and the training / evaluation formats.

Each training or benchmark format is one small module (`openai_ft`, `hf`, `sharegpt`,
`hermes`, `tabular`, `bfcl`); `view` and `mistakes` hold what they share, `splits` and
`decontam` the leakage controls, `run` the file-level orchestration the CLI calls.
"""
