"""10,000 conversations: the app fetches only the manifest and index up front, keeps the
list virtualised, and fetches exactly the one chunk a selected conversation lives in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from toolgen.export.dashboard import export_dashboard

from .conftest import Served, _serve, screenshot
from .fixtures import make_records, write_dataset

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

N = 10_000


@pytest.fixture(scope="module")
def big(
    tmp_path_factory: pytest.TempPathFactory, dashboard_dist: Path, artifacts_dir: Path
) -> Iterator[Served]:
    records = make_records(N, seed=11, xss=True)
    root = tmp_path_factory.mktemp("big")
    dataset = write_dataset(root / "big.jsonl", records)
    result = export_dashboard(dataset, root / "data", artifacts_dir)
    assert (result.conversations, result.chunks) == (N, 50)
    for server in _serve(dashboard_dist, root / "data"):
        yield Served(server.url, records, server)


def test_ten_thousand_conversations_load_lazily(tab: Page, big: Served) -> None:
    fetched: list[str] = []
    tab.on("request", lambda r: fetched.append(r.url.removeprefix(big.url)))
    tab.goto(big.url)
    count = tab.get_by_test_id("list-count")
    count.wait_for()
    assert count.inner_text() == "10,000 of 10,000 conversations"
    data = [u for u in fetched if u.startswith("toolgen-data/")]
    assert sorted(data) == ["toolgen-data/bundle.json", "toolgen-data/index.json"]
    assert tab.get_by_test_id("conversation-row").count() < 60

    # Scroll to the end of the virtual list and open the last conversation.
    tab.get_by_test_id("conversation-list").evaluate("el => { el.scrollTop = el.scrollHeight; }")
    last = big.records[-1].conversation_id
    tab.locator(f'[data-conversation="{last}"]').click()
    assert tab.get_by_test_id("transcript-id").inner_text() == last
    data = [u for u in fetched if u.startswith("toolgen-data/chunks/")]
    assert data == ["toolgen-data/chunks/049.json"]
    assert tab.get_by_test_id("conversation-row").count() < 60
    screenshot(tab, "scale-10k-workbench")

    tab.get_by_test_id("search-input").fill("conv-11-0424")
    tab.get_by_text(f"10 of {N:,} conversations").wait_for()
