"""A thing a call removes is removed, not cancelled (ToolBench seed 31 #55: a gallery
filter taken out answered `"status": "cancelled"`)."""

from __future__ import annotations

from corpus_endpoints import TOOLBENCH, corpus_endpoints


def test_a_removed_gallery_filter_reads_removed() -> None:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Entertainment/imgur.json")
    remove = endpoints["filtered_out_gallery_remove_for_imgur"]
    said = {executor.session(seed).call(remove, {"tag": "gardening"}).output.get("status")
            for seed in range(6)}
    assert said == {"removed"}, said
