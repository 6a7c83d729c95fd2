"""`--format hf` renders through transformers' apply_chat_template with Qwen2.5, Llama 3.1
and Hermes tool-use templates (fixtures in templates/), arguments as JSON objects."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from toolgen.io.jsonl import full_dict

from .helpers import export, rows

transformers = pytest.importorskip("transformers", reason="the `hf` extra is not installed")
tokenizers = pytest.importorskip("tokenizers", reason="the `hf` extra is not installed")

TEMPLATES = Path(__file__).parent / "templates"


@pytest.fixture(scope="module")
def tokenizer() -> Any:
    """A tiny offline tokenizer: only its chat-template rendering is used."""
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel

    backend = Tokenizer(WordLevel({"<unk>": 0}, unk_token="<unk>"))
    return transformers.PreTrainedTokenizerFast(
        tokenizer_object=backend, bos_token="<|begin_of_text|>", eos_token="<|im_end|>",
        unk_token="<unk>")


def _render(tokenizer: Any, template: str, row: dict[str, Any]) -> str:
    text = tokenizer.apply_chat_template(
        row["messages"], tools=row["tools"], tokenize=False,
        chat_template=(TEMPLATES / template).read_text(encoding="utf-8"))
    assert isinstance(text, str)
    return text


def _hf(record_file: Path, tmp_path: Path, *extra: str) -> list[dict[str, Any]]:
    out = tmp_path / "hf.jsonl"
    export(str(record_file), "--format", "hf", "-o", str(out), *extra)
    return rows(out)


def _calls(row: dict[str, Any]) -> list[dict[str, Any]]:
    return [c["function"] for m in row["messages"] for c in m.get("tool_calls", [])]


@pytest.mark.parametrize("corpus", ["toolbench", "bfcl"])
@pytest.mark.parametrize("template", ["qwen2_5.jinja", "hermes_tool_use.jinja"])
def test_every_row_renders_with_arguments_as_objects(
    record_files: dict[str, Path], tmp_path: Path, tokenizer: Any, corpus: str, template: str
) -> None:
    exported = _hf(record_files[corpus], tmp_path)
    assert exported
    for row in exported:
        assert not any(v is None for m in row["messages"] for v in m.values())
        text = _render(tokenizer, template, row)
        for call in _calls(row):
            assert isinstance(call["arguments"], dict)
            # Rendered as a JSON object, never a JSON-encoded string.
            assert f'"arguments": {json.dumps(call["arguments"], ensure_ascii=False)}' in text
        for m in row["messages"]:
            if m["role"] == "tool":
                assert isinstance(m["content"], str)


@pytest.mark.parametrize("corpus", ["toolbench", "bfcl"])
def test_llama_renders_split_parallel_rows_and_keeps_the_assistant_text(
    record_files: dict[str, Path], tmp_path: Path, tokenizer: Any, corpus: str
) -> None:
    whole = _hf(record_files[corpus], tmp_path)
    split = _hf(record_files[corpus], tmp_path, "--split-parallel")
    for before, row in zip(whole, split, strict=True):
        text = _render(tokenizer, "llama3_1.jinja", row)
        for call in _calls(row):
            assert f'"parameters": {json.dumps(call["arguments"], ensure_ascii=False)}' in text
        for m in before["messages"]:
            if m["role"] == "assistant" and m.get("content"):
                assert m["content"].strip() in text
        assert len(_calls(row)) == len(_calls(before))
    parallel = [r for r in whole if any(len(m.get("tool_calls", [])) > 1 for m in r["messages"])]
    assert parallel, "expected some parallel records"
    with pytest.raises(Exception, match="single tool-calls"):
        _render(tokenizer, "llama3_1.jinja", parallel[0])


def test_raw_records_render_wrong_where_the_export_renders_right(
    record_files: dict[str, Path], tmp_path: Path, tokenizer: Any
) -> None:
    """Records' JSON-string arguments come out double-encoded in Qwen2.5's template, and
    Llama 3.1 refuses their parallel calls; the hf export fixes both."""
    raws = [full_dict(json.loads(line)) for line in
            record_files["toolbench"].read_text(encoding="utf-8").splitlines()]
    texts = [_render(tokenizer, "qwen2_5.jinja", {"messages": r["messages"], "tools": r["tools"]})
             for r in raws]
    assert any('"arguments": "{' in t for t in texts)
    exported = [_render(tokenizer, "qwen2_5.jinja", row)
                for row in _hf(record_files["toolbench"], tmp_path)]
    assert not any('"arguments": "{' in t for t in exported)
    parallel = next(r for r in raws if any(len(m.get("tool_calls") or []) > 1
                                            for m in r["messages"]))
    with pytest.raises(Exception, match="single tool-calls"):
        _render(tokenizer, "llama3_1.jinja", {"messages": parallel["messages"],
                                              "tools": parallel["tools"]})


def test_rows_loaded_by_datasets_render_exactly_as_the_file(
    record_files: dict[str, Path], tmp_path: Path, tokenizer: Any
) -> None:
    """TRL reads the JSONL through `datasets`; that must not add keys or nulls."""
    datasets = pytest.importorskip("datasets", reason="the `hf` extra is not installed")
    exported = _hf(record_files["bfcl"], tmp_path)
    loaded = datasets.load_dataset("json", data_files=str(tmp_path / "hf.jsonl"), split="train")
    for row, again in zip(exported, loaded, strict=True):
        assert _render(tokenizer, "qwen2_5.jinja", row) == _render(
            tokenizer, "qwen2_5.jinja", {"messages": again["messages"], "tools": again["tools"]})
