"""Names and numbers a tool answers in its domain: a video a person posts is titled after
what it shows, not like a novel; a spreadsheet is named like one, never "interview.mp4";
a sheet's index, a wagon's number and where a page starts are whole."""

from __future__ import annotations

import random
import re

from toolgen.executor import MockExecutor
from toolgen.executor.field_values import field_gen, field_kind
from toolgen.executor.gen_context import Ctx
from toolgen.executor.kind_titles import kind_title
from toolgen.executor.number_leaves import number_gen

_POOLS = MockExecutor(1).pools
NOVEL = re.compile(r"The [A-Z][a-z]+ of [A-Z][a-z]+")


def _ctx(seed: int) -> Ctx:
    return Ctx(random.Random(seed), _POOLS, {}, {})


def test_a_video_is_titled_after_what_it_shows() -> None:
    rng = random.Random(3)
    titles = {kind_title("video", rng.random, "Warsaw") for _ in range(60)}
    assert None not in titles and len(titles) > 8, titles
    assert not any(NOVEL.fullmatch(t) for t in titles if t), titles


def test_a_spreadsheet_is_named_like_one() -> None:
    gen = field_gen(field_kind("spreadsheet") or "", "spreadsheet", "row")
    assert gen is not None
    names = {gen(_ctx(seed)) for seed in range(40)}
    # a sheet's title, or a file a spreadsheet is saved as
    assert all("." not in n or n.endswith((".xlsx", ".csv", ".ods")) for n in names), names


def test_a_sheet_index_and_a_wagon_number_are_whole() -> None:
    sheet = number_gen("sheet", {"type": "number", "default": 0, "description": "Sheet index."},
                       "row", False, "clear rows google spreadsheets")
    wagon = number_gen("wagon_no", {"type": "number"}, "wagon", False, "wheelchair mrt train")
    start = number_gen("startIndex", {"type": "number"}, "episode", False, "webtoon episodes")
    for seed in range(30):
        assert float(sheet(_ctx(seed))).is_integer()
        assert float(wagon(_ctx(seed))).is_integer()
        assert float(start(_ctx(seed))).is_integer()
