"""A prepared corpus on disk: what `toolgen build` leaves for `toolgen generate` to reuse.

One file, `prepared.bin`, beside the build artifacts:

    MAGIC                    b"TOOLGEN-PREPARED" and a format number
    8 bytes                  header length (little endian)
    header                   JSON: the key, registry metadata, tools, nodes, state pairs...
    buffers                  raw arrays (graph columns, endpoint JSON), placed by the header

The file is written under a temporary name and renamed, so a reader sees a whole file or
the previous one, and its key (`io.fingerprint`; or the check the reader passes, which
may look at the stored tree stamp first) is checked before anything else is read: a
file for another corpus, options or code is ignored, never half-used. Arrays are stored
in this machine's byte order (another order is ignored too).

The endpoint JSON stays memory-mapped: `LazyEndpoints` validates an Endpoint from its
bytes the first time a run touches it, so a run over a few hundred of 47,000 endpoints
never builds the rest. No secret value is stored, only the names of the corpus files
holding some (a run reads those again).
"""

from __future__ import annotations

import mmap
import os
import struct
import sys
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

import orjson

from toolgen.graph.columns import GraphColumns, NodeFacts
from toolgen.records import Endpoint

FILE_NAME = "prepared.bin"
FORMAT = 1
MAGIC = b"TOOLGEN-PREPARED" + struct.pack("<I", FORMAT)
_LENGTH = struct.Struct("<Q")

_COLUMNS: dict[str, str] = {
    "out_offsets": "q", "targets": "i", "weights": "d", "field_ids": "i", "param_ids": "i",
    "in_offsets": "q", "in_order": "i",
}
_BYTES = ("kinds", "fits")
Buffer: TypeAlias = "bytes | bytearray | array[Any]"
_TYPECODES = frozenset("Biqd")
Accepts: TypeAlias = "str | Callable[[dict[str, Any]], bool]"
"""The key a stored header must hold, or a check of the header."""


@dataclass(frozen=True, slots=True)
class PreparedFile:
    """A read prepared corpus: the header and its buffers (views into the mapped file)."""

    header: dict[str, Any]
    buffers: dict[str, memoryview]
    mapping: mmap.mmap

    def array(self, name: str) -> array[Any]:
        """Buffer `name` as an array of its stored type (a copy)."""
        typecode = self.header["buffers"][name][2]
        out = array(typecode)
        out.frombytes(self.buffers[name])
        return out

    def columns(self) -> GraphColumns:
        """The graph's columns."""
        header = self.header
        facts = NodeFacts(tool_ids=tuple(header["tool_ids"]),
                          tool_names=tuple(header["tool_names"]),
                          categories=tuple(header["categories"]),
                          needs_input=bytes(self.buffers["needs_input"]))
        return GraphColumns(
            nodes=tuple(header["nodes"]), facts=facts, out_offsets=self.array("out_offsets"),
            targets=self.array("targets"), kinds=bytes(self.buffers["kinds"]),
            weights=self.array("weights"), labels=tuple(header["labels"]),
            field_ids=self.array("field_ids"), param_ids=self.array("param_ids"),
            fits=bytes(self.buffers["fits"]), in_offsets=self.array("in_offsets"),
            in_order=self.array("in_order"))

    def endpoints(self) -> LazyEndpoints:
        """The endpoints of the graph's nodes, validated on first use."""
        return LazyEndpoints(tuple(self.header["nodes"]), self.buffers["endpoints"],
                             self.array("endpoint_offsets"), self.array("node_endpoint"))


def column_buffers(columns: GraphColumns) -> dict[str, Buffer]:
    """The buffers of `columns` (their node and label strings go in the header)."""
    buffers: dict[str, Buffer] = {name: getattr(columns, name) for name in _COLUMNS}
    buffers.update({name: getattr(columns, name) for name in _BYTES})
    buffers["needs_input"] = columns.facts.needs_input
    return buffers


def column_header(columns: GraphColumns) -> dict[str, Any]:
    """The strings of `columns`, for the header."""
    facts = columns.facts
    return {"nodes": columns.nodes, "labels": columns.labels, "tool_ids": facts.tool_ids,
            "tool_names": facts.tool_names, "categories": facts.categories}


def write_prepared(path: Path, header: dict[str, Any],
                   buffers: Mapping[str, Buffer]) -> Path:
    """Write the file atomically (temporary name, then rename); returns `path`."""
    place: dict[str, tuple[int, int, str]] = {}
    offset = 0
    for name, data in buffers.items():
        size = len(data) * data.itemsize if isinstance(data, array) else len(data)
        place[name] = (offset, size, data.typecode if isinstance(data, array) else "B")
        offset += size
    head = orjson.dumps({**header, "byteorder": sys.byteorder, "buffers": place})
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb", buffering=1 << 20) as handle:
            handle.write(MAGIC + _LENGTH.pack(len(head)) + head)
            for data in buffers.values():
                handle.write(data.tobytes() if isinstance(data, array) else data)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def read_prepared(path: Path, key: Accepts) -> PreparedFile | None:
    """The prepared corpus at `path` when it exists, is whole and has `key` (or its
    header passes the check `key`); else None."""
    try:
        with path.open("rb") as handle:
            mapping = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable, or empty (mmap refuses 0 bytes)
        return None
    found = _parse(mapping, key)
    if found is None:
        mapping.close()
    return found


def _parse(mapping: mmap.mmap, key: Accepts) -> PreparedFile | None:
    start = len(MAGIC) + _LENGTH.size
    if len(mapping) < start or mapping[:len(MAGIC)] != MAGIC:
        return None
    (size,) = _LENGTH.unpack(mapping[len(MAGIC):start])
    try:
        header = orjson.loads(mapping[start:start + size])
    except orjson.JSONDecodeError:
        return None
    if not isinstance(header, dict) or header.get("byteorder") != sys.byteorder:
        return None
    if not (key(header) if callable(key) else header.get("key") == key):
        return None
    body = memoryview(mapping)[start + size:]
    buffers: dict[str, memoryview] = {}
    for name, (offset, length, typecode) in header["buffers"].items():
        if offset + length > len(body) or typecode not in _TYPECODES:
            return None
        buffers[name] = body[offset:offset + length]
    return PreparedFile(header, buffers, mapping)


class LazyEndpoints(Mapping[str, Endpoint]):
    """Node id -> Endpoint, each validated from its stored JSON on first access.

    Iterates in node order, like the dict a fresh build makes. `overlay` gives a view
    with a few more endpoints in front that shares the validated ones (the same objects
    whichever view is asked). Pickles as plain bytes (engines ship the runtime).
    """

    def __init__(self, nodes: Sequence[str], blob: memoryview | bytes, offsets: Sequence[int],
                 node_endpoint: Sequence[int], front: Mapping[str, Endpoint] | None = None,
                 made: dict[str, Endpoint] | None = None) -> None:
        self._blob = blob
        self._offsets = offsets
        self._nodes = tuple(nodes)
        self._node_endpoint = node_endpoint
        self._where = dict(zip(self._nodes, node_endpoint, strict=True))
        self._front = dict(front or {})
        self._made: dict[str, Endpoint] = {} if made is None else made

    def overlay(self, front: Mapping[str, Endpoint]) -> LazyEndpoints:
        """This mapping with `front` laid over it (its endpoints win and come last)."""
        return LazyEndpoints(self._nodes, self._blob, self._offsets, self._node_endpoint,
                             front, self._made)

    def __getitem__(self, key: str) -> Endpoint:
        hit = self._front.get(key)
        if hit is None:
            hit = self._made.get(key)
            if hit is None:
                hit = self._made[key] = self.endpoint(self._where[key])
        return hit

    def endpoint(self, number: int) -> Endpoint:
        """Endpoint `number` of the registry order (not cached: see `__getitem__`)."""
        return Endpoint.model_validate_json(
            bytes(self._blob[self._offsets[number]:self._offsets[number + 1]]))

    def first_of(self) -> dict[int, str]:
        """Registry endpoint number -> node id, for the endpoints that are graph nodes."""
        return {number: node for node, number in self._where.items()}

    def __contains__(self, key: object) -> bool:
        return key in self._front or key in self._where

    def __iter__(self) -> Iterator[str]:
        yield from self._nodes
        yield from (k for k in self._front if k not in self._where)

    def __len__(self) -> int:
        return len(self._nodes) + sum(k not in self._where for k in self._front)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyEndpoints, (self._nodes, bytes(self._blob), array("q", self._offsets),
                                array("i", self._node_endpoint), self._front))
