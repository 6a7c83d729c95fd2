"""The prepared-corpus file (`io.prepared`), its key (`io.fingerprint`) and the tool JSON
that `toolgen build` writes once for three uses (`io.tool_json`)."""

from __future__ import annotations

import os
import pickle
import sys
from array import array
from pathlib import Path

import orjson
import pytest

from toolgen.graph.build import build_graph
from toolgen.io.fingerprint import corpus_key
from toolgen.io.prepared import MAGIC, LazyEndpoints, read_prepared, write_prepared
from toolgen.io.tool_json import ToolEncoder, corpus_digest
from toolgen.records import Endpoint
from toolgen.registry import load_registry

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


def _endpoints() -> list[Endpoint]:
    return list(load_registry().endpoints)


def _lazy(endpoints: list[Endpoint]) -> LazyEndpoints:
    encoder = ToolEncoder()
    for tool in load_registry().tools:
        encoder(tool)
    numbers = {e.id: k for k, e in reversed(list(enumerate(endpoints)))}
    nodes = sorted(numbers)
    return LazyEndpoints(nodes, bytes(encoder.blob), encoder.offsets,
                         array("i", [numbers[n] for n in nodes]))


def test_lazy_endpoints_validate_on_use_and_keep_the_objects() -> None:
    endpoints = _endpoints()
    lazy = _lazy(endpoints)
    by_id = {e.id: e for e in endpoints}
    assert list(lazy) == sorted(by_id) and len(lazy) == len(by_id)
    first = sorted(by_id)[0]
    assert first in lazy and "nope/none" not in lazy
    assert lazy[first] == by_id[first]
    assert lazy[first] is lazy[first]
    with pytest.raises(KeyError):
        lazy["nope/none"]


def test_an_overlay_puts_endpoints_in_front_and_shares_the_rest() -> None:
    endpoints = _endpoints()
    lazy = _lazy(endpoints)
    extra = endpoints[0].model_copy(update={"id": "synthetic/extra"})
    shadow = endpoints[1].model_copy(update={"name": "shadowed"})
    view = lazy.overlay({extra.id: extra, shadow.id: shadow})
    assert view[extra.id] is extra and view[shadow.id] is shadow
    assert lazy[shadow.id].name != "shadowed"
    other = next(n for n in lazy if n != shadow.id)
    assert view[other] is lazy[other]
    assert list(view) == [*lazy, extra.id] and len(view) == len(lazy) + 1
    assert extra.id not in lazy


def test_lazy_endpoints_pickle_as_plain_bytes() -> None:
    lazy = _lazy(_endpoints())
    node = next(iter(lazy))
    again = pickle.loads(pickle.dumps(lazy.overlay({})))
    assert list(again) == list(lazy)
    assert again[node] == lazy[node]


def test_the_file_round_trips_and_refuses_other_keys(tmp_path: Path) -> None:
    path = tmp_path / "prepared.bin"
    header = {"key": "k1", "nodes": ["a", "b"]}
    buffers = {"ints": array("q", [1, 2, 3]), "raw": b"\x00\x01", "more": bytearray(b"xyz")}
    write_prepared(path, header, buffers)
    found = read_prepared(path, "k1")
    assert found is not None
    assert found.header["nodes"] == ["a", "b"]
    assert found.array("ints") == array("q", [1, 2, 3])
    assert bytes(found.buffers["raw"]) == b"\x00\x01"
    assert bytes(found.buffers["more"]) == b"xyz"
    assert read_prepared(path, "k2") is None
    assert read_prepared(tmp_path / "missing.bin", "k1") is None
    assert not [p for p in tmp_path.iterdir() if p.name != "prepared.bin"]  # no temp left


def test_another_byte_order_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "prepared.bin"
    write_prepared(path, {"key": "k"}, {"ints": array("i", [7])})
    data = path.read_bytes()
    start = len(MAGIC) + 8
    size = int.from_bytes(data[len(MAGIC):start], "little")
    header = orjson.loads(data[start:start + size])
    assert read_prepared(path, "k") is not None
    header["byteorder"] = "big" if sys.byteorder == "little" else "little"
    head = orjson.dumps(header)
    path.write_bytes(MAGIC + len(head).to_bytes(8, "little") + head + data[start + size:])
    assert read_prepared(path, "k") is None


def test_the_key_follows_bytes_names_and_options_not_times(tmp_path: Path) -> None:
    root = tmp_path / "tools"
    (root / "A").mkdir(parents=True)
    (root / "A" / "x.json").write_text('{"api_list": []}')
    key = corpus_key(str(root), "auto", None, root)
    assert key is not None
    os.utime(root / "A" / "x.json", (1, 1))
    assert corpus_key(str(root), "auto", None, root) == key
    assert corpus_key(str(root), "toolbench", None, root) != key
    assert corpus_key(str(root), "auto", 5, root) != key
    assert corpus_key("elsewhere", "auto", None, root) != key
    (root / "A" / "x.json").write_text('{"api_list": {}}')
    assert corpus_key(str(root), "auto", None, root) != key
    (root / "A" / "x.json").write_text('{"api_list": []}')
    assert corpus_key(str(root), "auto", None, root) == key
    (root / "A" / "x.json").rename(root / "A" / "y.json")
    assert corpus_key(str(root), "auto", None, root) != key
    assert corpus_key(str(root), "auto", None, tmp_path / "missing") is None


def test_tool_json_is_pydantic_json_on_the_shared_corpora() -> None:
    paths = [None] + [p for p in (SHARED / "toolbench/toolenv/tools", SHARED / "bfcl")
                      if p.exists()]
    for path in paths:
        registry = load_registry(path)
        encoder = ToolEncoder()
        for tool in registry.tools:
            assert encoder(tool) == orjson.dumps(tool.model_dump(mode="json"))
        blob = bytes(encoder.blob)
        offsets = encoder.offsets
        for k, endpoint in enumerate(registry.endpoints):
            raw = blob[offsets[k]:offsets[k + 1]]
            assert Endpoint.model_validate_json(raw) == endpoint
        assert encoder.digest == corpus_digest(registry.tools)


def test_registry_json_is_the_registry_dump(tmp_path: Path) -> None:
    from toolgen.graph.artifacts import write_artifacts

    registry = load_registry()
    write_artifacts(registry, build_graph(registry), tmp_path, ToolEncoder())
    assert (tmp_path / "registry.json").read_bytes() == orjson.dumps(
        registry.model_dump(mode="json"))
