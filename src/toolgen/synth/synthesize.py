"""`synthesize`: a domain name -> a ToolBench-layout tool corpus on disk.

Owns the order of the stages (context, plan or live proposals, check, write) and the
manifest. The offline path is deterministic: the same domain, count, seed and context give
byte-identical files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from toolgen.synth.context import ContextProvider, DomainContext, NoContext
from toolgen.synth.plan import plan_tools
from toolgen.synth.spec import Dropped, ToolSpec
from toolgen.synth.vocab import load_vocabulary
from toolgen.synth.writer import write_corpus


@dataclass(slots=True)
class SynthesisReport:
    out_dir: Path
    tools: list[ToolSpec]
    files: list[Path]
    dropped: list[Dropped] = field(default_factory=list)
    context: DomainContext | None = None

    @property
    def endpoints(self) -> int:
        return sum(len(t.endpoints) for t in self.tools)


def synthesize(domain: str, count: int, seed: int, out_dir: Path,
               provider: ContextProvider | None = None,
               tools: list[ToolSpec] | None = None,
               dropped: list[Dropped] | None = None) -> SynthesisReport:
    """Plan (or take the given live-proposed) tools for `domain` and write the corpus."""
    if not domain.strip():
        raise ValueError("the domain name is empty")
    context = (provider or NoContext()).context(domain)
    vocab = load_vocabulary()
    if tools is None:
        tools, dropped = plan_tools(domain, count, seed, context.text, vocab)
    manifest = {"domain": domain.strip(), "seed": seed, "requested_tools": count,
                "tools": [t.name for t in tools], "vocabulary": vocab.source,
                "context_source": context.source,
                "dropped": [{"what": d.what, "reason": d.reason} for d in dropped or []]}
    files = write_corpus(tools, out_dir, manifest)
    return SynthesisReport(out_dir, tools, files, list(dropped or []), context)
