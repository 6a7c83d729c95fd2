"""De-duplication of near-identical synthesized tools (ToolWeave's last API step).

Owns the tool signature (endpoint verbs, parameter and response field names) and the rule:
a tool whose signature overlaps an earlier one by Jaccard >= THRESHOLD is dropped.
"""

from __future__ import annotations

from toolgen.synth.spec import Dropped, ToolSpec

THRESHOLD = 0.8


def signature(tool: ToolSpec) -> frozenset[str]:
    out: set[str] = set()
    for endpoint in tool.endpoints:
        out.add("verb:" + endpoint.name.split()[0].lower())
        out.update("param:" + p.name for p in endpoint.params)
        props = endpoint.response.get("properties", {})
        out.update("out:" + str(k) for k in props)
    return frozenset(out)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def drop_near_duplicates(tools: list[ToolSpec]) -> tuple[list[ToolSpec], list[Dropped]]:
    kept: list[ToolSpec] = []
    sigs: list[frozenset[str]] = []
    dropped: list[Dropped] = []
    for tool in tools:
        sig = signature(tool)
        twin = next((k for k, s in zip(kept, sigs, strict=True) if jaccard(sig, s) >= THRESHOLD),
                    None)
        if twin is not None:
            dropped.append(Dropped(tool.name, f"near-duplicate of {twin.name}"))
            continue
        kept.append(tool)
        sigs.append(sig)
    return kept, dropped
