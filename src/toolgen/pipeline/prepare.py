"""A corpus prepared once: loaded, scanned for secrets, graphed; stored by `build`, reused.

`Prepared` is what every run over a corpus shares before its first record: the registry,
the endpoint graph, the corpus's secret values, the (create, read) state pairs and the
corpus digest that run identities carry. `prepare_fresh` makes one from the corpus
files. `toolgen build` stores it beside its artifacts (`build_corpus`, `io.prepared`),
and `load_prepared` gives it back to `toolgen generate` only while the stored key still
matches the corpus files, the loading options and the code (`io.fingerprint`: the tree
stamp when every file is the one the build hashed, else the key); else it returns None
and the caller prepares afresh, so a stale file is never used.

From a stored file the graph's columns are read as arrays, Endpoints are validated on
first use, the secret values are read again from the few corpus files that hold some
(at the offsets `build` found them, without scanning), and the full `Registry` is
built only if something asks for it.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toolgen.executor.examples import tool_paths
from toolgen.graph.artifacts import BuildReport, build_stats, write_artifacts
from toolgen.graph.build import EndpointGraph, build_graph
from toolgen.heap import collector_paused
from toolgen.io.fingerprint import corpus_key, tree_stamp
from toolgen.io.prepared import (
    FILE_NAME,
    LazyEndpoints,
    column_buffers,
    column_header,
    read_prepared,
    write_prepared,
)
from toolgen.io.tool_json import ToolEncoder, corpus_digest
from toolgen.records import Diagnostic, Registry, Tool
from toolgen.registry.loader import Corpus, bundled_corpus, load_corpus, load_registry
from toolgen.registry.realisable import Assessment, assess_endpoints, names_its_capability
from toolgen.registry.secrets import secret_spans, secrets_at, secrets_in_file

StatePairs = list[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class CorpusSpec:
    """What decides a prepared corpus: the corpus path as given, the format, max tools."""

    toolenv: str | None
    fmt: str = "auto"
    max_tools: int | None = None

    @property
    def path(self) -> Path | None:
        return Path(self.toolenv) if self.toolenv else None

    def key(self) -> str | None:
        """The key of this corpus as its files are now (None: cannot be keyed)."""
        return corpus_key(self.toolenv or "bundled", self.fmt, self.max_tools,
                          self.path or bundled_corpus())

    def stamp(self) -> str | None:
        """The corpus's tree stamp now (file sizes, inodes and times; None: none)."""
        return tree_stamp(self.toolenv or "bundled", self.fmt, self.max_tools,
                          self.path or bundled_corpus())

    def current(self, header: Mapping[str, Any], stamp: str | None) -> bool:
        """Whether a stored header is for this corpus as it is now: its files unchanged
        since the build (`stamp`, no file read), else their bytes hashed to its key."""
        if stamp is not None and header.get("stamp") == stamp:
            return True
        key = self.key()
        return key is not None and header.get("key") == key

    def scans_secrets(self) -> bool:
        """Whether runs collect the corpus's secret values (ToolBench-style directories)."""
        return (self.path is not None and self.fmt in ("auto", "toolbench")
                and self.path.is_dir())


class Prepared:
    """A corpus ready to generate from (see the module docstring)."""

    def __init__(self, graph: EndpointGraph, secrets: frozenset[str],
                 secret_files: frozenset[str], tool_paths: dict[str, str], *,
                 found_in: Mapping[str, frozenset[str]] | None = None,
                 registry: Registry | None = None,
                 load_registry: Callable[[], Registry] | None = None,
                 state_pairs: StatePairs | None = None, digest: str | None = None,
                 assessment: Assessment | None = None,
                 not_askable: frozenset[str] | None = None) -> None:
        assert registry is not None or load_registry is not None
        self.graph = graph
        self.secrets = secrets
        self.secret_files = secret_files
        self.found_in = found_in
        """Each secret file's secrets, when loaded here (`build` stores where they lie)."""
        self.tool_paths = tool_paths
        self._registry = registry
        self._load_registry = load_registry
        self._state_pairs = state_pairs
        self._digest = digest
        self._assessment = assessment
        self._not_askable = not_askable
        self.reused = registry is None
        """True when this came from a stored file."""

    @property
    def registry(self) -> Registry:
        """The full registry (built on first use when this came from a stored file)."""
        if self._registry is None:
            assert self._load_registry is not None
            self._registry = self._load_registry()
        return self._registry

    @property
    def state_pairs(self) -> StatePairs:
        """(create, read) endpoint pairs of one tool about the same entity."""
        if self._state_pairs is None:
            self._state_pairs = state_pairs(self.registry)
        return self._state_pairs

    @property
    def assessment(self) -> Assessment:
        """Which endpoints offline generation can make believable, and why not (stored by
        `build`: judging 47,000 endpoints would validate every one of them again)."""
        if self._assessment is None:
            self._assessment = assess_endpoints(self.registry.endpoints)
        return self._assessment

    @property
    def not_askable(self) -> frozenset[str]:
        """The endpoints a user cannot ask for in their own words (the missing-tool turn)."""
        if self._not_askable is None:
            endpoints, aside = self.graph.endpoints, self.assessment.set_aside
            self._not_askable = frozenset(
                n for n in self.graph.nodes
                if n in aside or not names_its_capability(endpoints[n]))
        return self._not_askable

    @property
    def digest(self) -> str:
        """The corpus digest (`durable.corpus_fingerprint` of the registry)."""
        if self._digest is None:
            self._digest = corpus_digest(self.registry.tools)
        return self._digest


def prepare_fresh(spec: CorpusSpec) -> Prepared:
    """Load the corpus (and its secrets where runs scan them) and build its graph."""
    if spec.scans_secrets():
        assert spec.path is not None
        corpus = load_corpus(spec.path, spec.fmt, spec.max_tools)
    else:
        corpus = Corpus(load_registry(spec.path, spec.fmt, spec.max_tools), frozenset())
    return of_registry(corpus.registry, corpus.secrets, corpus.found_in)


def of_registry(registry: Registry, secrets: frozenset[str] = frozenset(),
                found_in: Mapping[str, frozenset[str]] | None = None) -> Prepared:
    """A loaded registry prepared (its graph built); `found_in`: the secret files and
    each one's secrets."""
    return Prepared(build_graph(registry), secrets, frozenset(found_in or ()),
                    tool_paths(registry), found_in=found_in, registry=registry)


def state_pairs(registry: Registry) -> StatePairs:
    """(create, read) endpoint pairs of one tool about the same entity."""
    from toolgen.executor.actions import action_facts, entity_from

    pairs: StatePairs = []
    for tool in registry.tools:
        if len(tool.endpoints) < 2:
            # A pair is two endpoints (a create is never also a read): the single-endpoint
            # tools (18% of the ToolBench slice's endpoints) have none.
            continue
        # Each endpoint's action is read once; most tools create nothing, and the entity
        # is worked out only for the creates and reads of the tools that do.
        facts = [action_facts(e) for e in tool.endpoints]
        if not any(f[2] == "create" for f in facts):
            continue
        entities = [entity_from(e, f) if f[2] in _STATE_ROLES else ""
                    for e, f in zip(tool.endpoints, facts, strict=True)]
        for create, cf, entity in zip(tool.endpoints, facts, entities, strict=True):
            if cf[2] != "create" or not entity:
                continue
            for read, rf, read_entity in zip(tool.endpoints, facts, entities, strict=True):
                if rf[2] in ("list", "get") and read_entity == entity:
                    pairs.append((create.id, read.id))
    return pairs


_STATE_ROLES = frozenset({"create", "list", "get"})


# -- stored -------------------------------------------------------------------------------


def build_corpus(spec: CorpusSpec, out_dir: Path) -> BuildReport:
    """`toolgen build`: prepare the corpus, write the artifacts and the prepared file.

    The stamp, then the key, are taken before the corpus is read: a file changed during
    the build leaves a stamp and a key that no longer match, never a stale file that
    does. A corpus that cannot be keyed gets no prepared file (and an earlier one is
    removed).
    """
    stamp = spec.stamp()
    key = spec.key()
    # Everything built here lives until the end: no collector passes over it.
    with collector_paused():
        prepared = prepare_fresh(spec)
        registry, graph = prepared.registry, prepared.graph
        encoder = ToolEncoder(keep=key is not None)
        stats = build_stats(registry, graph, prepared.assessment)
        files = list(write_artifacts(registry, graph, out_dir, encoder, stats))
        target = out_dir / FILE_NAME
        if key is None:
            target.unlink(missing_ok=True)
        else:
            files.append(_save(prepared, spec, (key, stamp), encoder, target))
    return BuildReport(registry, graph, stats, out_dir, tuple(files))


def _save(prepared: Prepared, spec: CorpusSpec, keys: tuple[str, str | None],
          encoder: ToolEncoder, target: Path) -> Path:
    registry, graph = prepared.registry, prepared.graph
    key, stamp = keys
    first: dict[str, int] = {}
    for number, endpoint in enumerate(registry.endpoints):
        first.setdefault(endpoint.id, number)
    header: dict[str, Any] = {
        "key": key, "stamp": stamp, "digest": encoder.digest, "source": registry.source,
        "format": registry.format,
        "tools": [[t.id, t.name, t.title, t.description, t.category, t.source_path,
                   len(t.endpoints)] for t in registry.tools],
        "diagnostics": [[d.path, d.reason] for d in registry.diagnostics],
        "tool_paths": prepared.tool_paths, "scans_secrets": spec.scans_secrets(),
        "secret_files": sorted(prepared.secret_files),
        "secret_spans": _spans(prepared.found_in or {}),
        "state_pairs": prepared.state_pairs, **column_header(graph.columns),
        "set_aside": prepared.assessment.set_aside,
        "assessed": prepared.assessment.total,
        "not_askable": sorted(prepared.not_askable),
    }
    buffers = {**column_buffers(graph.columns), "endpoint_offsets": encoder.offsets,
               "node_endpoint": array("i", [first[n] for n in graph.nodes]),
               "endpoints": encoder.blob}
    return write_prepared(target, header, buffers)


def _spans(found_in: Mapping[str, frozenset[str]]) -> dict[str, list[tuple[int, int]]]:
    """Per secret file, where its secrets lie (files written with escapes are left out:
    a run scans those again). Offsets, not values: no secret is stored."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for file in sorted(found_in):
        where = secret_spans(Path(file), found_in[file])
        if where is not None:
            spans[file] = where
    return spans


def _stored_secrets(header: dict[str, Any]) -> frozenset[str]:
    """The corpus's secret values: read at their stored offsets (the key says the files
    are unchanged), else found by scanning the file as a fresh load does."""
    spans = header.get("secret_spans", {})
    secrets: set[str] = set()
    for file in sorted(header["secret_files"]):
        found = secrets_at(Path(file), spans[file]) if file in spans else None
        secrets |= found if found is not None else secrets_in_file(Path(file))
    return frozenset(secrets)


def load_prepared(spec: CorpusSpec, artifacts: Path) -> Prepared | None:
    """The corpus `toolgen build` prepared in `artifacts`, when it still matches; else None."""
    if not (artifacts / FILE_NAME).is_file():
        return None  # nothing to check the corpus against: no need to read it for a key
    stamp = spec.stamp()
    found = read_prepared(artifacts / FILE_NAME, lambda header: spec.current(header, stamp))
    if found is None:
        return None
    header = found.header
    if header.get("scans_secrets") != spec.scans_secrets():
        return None
    endpoints = found.endpoints()
    graph = EndpointGraph(endpoints, found.columns())
    files = frozenset(header["secret_files"])
    return Prepared(graph, _stored_secrets(header), files, header["tool_paths"],
                    load_registry=_StoredRegistry(header, endpoints),
                    state_pairs=[(c, r) for c, r in header["state_pairs"]],
                    digest=header["digest"],
                    assessment=Assessment(header["assessed"], {
                        k: tuple(v) for k, v in header["set_aside"].items()}),
                    not_askable=frozenset(header["not_askable"]))


class _StoredRegistry:
    """Builds the full Registry of a stored corpus (the graph's Endpoint objects reused)."""

    def __init__(self, header: dict[str, Any], endpoints: LazyEndpoints) -> None:
        self._header = header
        self._endpoints = endpoints

    def __call__(self) -> Registry:
        header, lazy = self._header, self._endpoints
        nodes = lazy.first_of()
        tools: list[Tool] = []
        number = 0
        for tool_id, name, title, description, category, source_path, count in header["tools"]:
            endpoints = tuple(lazy[nodes[k]] if k in nodes else lazy.endpoint(k)
                              for k in range(number, number + count))
            number += count
            tools.append(Tool.model_construct(
                id=tool_id, name=name, title=title, description=description,
                category=category, source_path=source_path, endpoints=endpoints))
        diagnostics = tuple(Diagnostic.model_construct(path=p, reason=r)
                            for p, r in header["diagnostics"])
        return Registry.model_construct(tools=tuple(tools), diagnostics=diagnostics,
                                        source=header["source"], format=header["format"])
