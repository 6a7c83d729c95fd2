"""A list whose items the corpus leaves untyped holds different people, not one name
four times (ToolBench seed 47 #24: Art Openings Italy's `artists` read "Kevin Burch",
"Kevin Burch", "Kevin Burch", "Kevin Burch")."""

from __future__ import annotations

from corpus_endpoints import TOOLBENCH, corpus_endpoints


def test_untyped_name_lists_do_not_repeat() -> None:
    eps, executor = corpus_endpoints(TOOLBENCH / "Events/art_openings_italy.json")
    detail = next(e for n, e in eps.items() if n.startswith("events_detail"))
    longest = 0
    for seed in range(12):
        out = executor.session(seed).call(detail, {"id": "evn_a502ef"}).output
        for key in ("artists", "editors"):
            names = out.get(key) or []
            assert len(names) == len(set(names)), (seed, key, names)
            longest = max(longest, len(names))
    assert longest >= 2
