"""Issue 17, start-up: a reused build reads the corpus's secret values at the offsets
`toolgen build` found them, and scans again only the files where a value is written
with a JSON escape. Either way the values are the ones a fresh load collects, and the
prepared file holds offsets, never a value.
"""

from __future__ import annotations

import json
from pathlib import Path

from toolgen.io.prepared import FILE_NAME, read_prepared
from toolgen.pipeline.prepare import CorpusSpec, build_corpus, load_prepared
from toolgen.registry.loader import load_corpus

PLAIN = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
ESCAPED = "Zx81Kq0Lm2Np4Rs6Tu8Vw0Xy2Za4Bc6D"


def _tool(name: str, default: str) -> dict[str, object]:
    return {"tool_name": name, "tool_description": f"The {name} API",
            "api_list": [{"name": "Lookup", "description": "Look a thing up",
                          "required_parameters": [{"name": "api_key", "type": "STRING",
                                                   "description": "", "default": default}],
                          "optional_parameters": [{"name": "q", "type": "STRING",
                                                   "description": "", "default": "x"}]}]}


def _corpus(root: Path) -> Path:
    tools = root / "tools" / "Data"
    tools.mkdir(parents=True)
    (tools / "plain.json").write_text(json.dumps(_tool("Plain", PLAIN)))
    # Its first letter written `\u005a`: the file holds no verbatim copy of the value.
    escaped = json.dumps(_tool("Escaped", ESCAPED)).replace(ESCAPED, "\\u005a" + ESCAPED[1:])
    (tools / "escaped.json").write_text(escaped)
    (tools / "clean.json").write_text(json.dumps(_tool("Clean", "")))
    return root / "tools"


def test_secrets_are_read_back_at_offsets_or_rescanned(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    spec = CorpusSpec(str(corpus))
    build_corpus(spec, tmp_path / "art")
    loaded = load_corpus(corpus)
    assert loaded.secrets == {PLAIN, ESCAPED}
    stored = read_prepared(tmp_path / "art" / FILE_NAME, spec.key() or "")
    assert stored is not None
    spans = stored.header["secret_spans"]
    assert list(spans) == [str(corpus / "Data" / "plain.json")]  # the escaped one: rescanned
    assert sorted(stored.header["secret_files"]) == sorted(loaded.secret_files)
    prepared = load_prepared(spec, tmp_path / "art")
    assert prepared is not None and prepared.secrets == loaded.secrets
    raw = (tmp_path / "art" / FILE_NAME).read_bytes()
    assert PLAIN.encode() not in raw and ESCAPED.encode() not in raw
