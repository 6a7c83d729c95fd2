"""A creative work is not named after the record's city (ToolBench seed 7 #33: a user's
TikTok collections "The Roads of Cairo", "The Harbor of Cairo", "The River of Cairo")."""

from __future__ import annotations

import random

from toolgen.executor.vocab import Vocab, title


def test_no_creative_title_carries_the_city_it_was_drawn_in() -> None:
    vocab = Vocab(("collection", "video"), "collection", True)
    rng = random.Random(7)
    titles = [title(vocab, rng.random, "Cairo") for _ in range(200)]
    assert not [t for t in titles if "Cairo" in t]
    # the "The <Noun> of ..." shape is still drawn, of varied things
    of = {t.split(" of ", 1)[1] for t in titles if t.startswith("The ") and " of " in t}
    assert len(of) >= 5, of
