"""A tool serialised once: its JSON bytes, its endpoints' JSON bytes, the corpus digest.

`toolgen build` needs each tool as JSON three times (in `registry.json`, in the prepared
corpus as one blob per endpoint, and in the corpus digest that run identities carry); a
`ToolEncoder` dumps each endpoint once and assembles the tool from those bytes. The
bytes are `orjson.dumps(model.model_dump(mode="json"))`, which for these models are the
bytes of pydantic's `model_dump_json()` (tests check it on the shared corpora): pydantic
writes them directly.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterable

from toolgen.records import Endpoint, Tool

_ENDPOINT = Endpoint.__pydantic_serializer__
_TOOL = Tool.__pydantic_serializer__
_NOT_ENDPOINTS = {"endpoints"}


def endpoint_json(endpoint: Endpoint) -> bytes:
    """`orjson.dumps(endpoint.model_dump(mode="json"))`, serialised straight to JSON by
    pydantic (no intermediate dicts; the same bytes)."""
    return _ENDPOINT.to_json(endpoint)


def tool_json(tool: Tool, endpoints: list[bytes]) -> bytes:
    """`orjson.dumps(tool.model_dump(mode="json"))` from its endpoints' bytes."""
    head = _TOOL.to_json(tool, exclude=_NOT_ENDPOINTS)
    return head[:-1] + b',"endpoints":[' + b",".join(endpoints) + b"]}"


class ToolEncoder:
    """Encodes tools in order, keeping every endpoint's bytes and the corpus digest.

    The endpoints' bytes are kept end to end in one buffer (`blob`, endpoint k at
    `offsets[k]:offsets[k + 1]`): kept one by one, orjson's over-allocated outputs would
    take four times their size.
    """

    def __init__(self, keep: bool = True) -> None:
        self.blob = bytearray()
        self.offsets = array("q", [0])
        self._keep = keep
        self._digest = hashlib.blake2b(digest_size=16)

    def __call__(self, tool: Tool) -> bytes:
        blobs = [endpoint_json(e) for e in tool.endpoints]
        if self._keep:
            for blob in blobs:
                self.blob += blob
                self.offsets.append(len(self.blob))
        data = tool_json(tool, blobs)
        self._digest.update(data)
        self._digest.update(b"\x1e")
        return data

    @property
    def digest(self) -> str:
        """The corpus digest of the tools encoded so far (see `corpus_digest`)."""
        return self._digest.hexdigest()


def corpus_digest(tools: Iterable[Tool]) -> str:
    """A digest of the loaded tools (what a run draws from), not of the files' bytes."""
    encoder = ToolEncoder(keep=False)
    for tool in tools:
        encoder(tool)
    return encoder.digest
