"""The served dashboard in headless Chromium: workbench, request audit, filters, overview,
graph, and the XSS payload rendered as inert text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import expect

from .conftest import Served, screenshot
from .fixtures import XSS_PAYLOAD

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser


def _open(tab: Page, served: Served, route: str = "") -> None:
    tab.goto(served.url + route)
    tab.get_by_test_id("list-count").or_(tab.get_by_test_id("overview")).first.wait_for()


def _count_text(served: Served, shown: int) -> str:
    return f"{shown} of {len(served.records)} conversations"


def test_app_loads_with_the_dataset(tab: Page, served: Served) -> None:
    _open(tab, served)
    assert tab.get_by_test_id("list-count").inner_text() == _count_text(served, 60)
    assert "fixture.jsonl" in tab.get_by_test_id("dataset-name").inner_text()
    # Virtualised: far fewer rows in the DOM than conversations.
    rows = tab.get_by_test_id("conversation-row").count()
    assert 0 < rows < 60
    screenshot(tab, "workbench-list")


def test_selecting_a_conversation_shows_its_transcript(tab: Page, served: Served) -> None:
    _open(tab, served)
    record = served.records[0]
    tab.locator(f'[data-conversation="{record.conversation_id}"]').click()
    assert tab.get_by_test_id("transcript-id").inner_text() == record.conversation_id
    first_user = next(m.content for m in record.messages if m.role == "user")
    assert first_user is not None
    assert tab.get_by_test_id("message-user").first.inner_text().endswith(first_user)
    assert tab.get_by_test_id("tool-chip").count() == len(record.step_trace)
    assert "#/workbench/0" in tab.url
    screenshot(tab, "workbench-transcript")


def test_tool_chip_opens_request_with_argument_sources(tab: Page, served: Served) -> None:
    _open(tab, served, "#/workbench/0")  # sequential: details(hotel_id <- call_1 output)
    tab.locator('[data-testid="tool-chip"][data-call-id="call_2"]').click()
    request = tab.get_by_test_id("request-view")
    assert request.get_by_test_id("request-function").inner_text() == "get_hotel_details"
    row = request.locator('[data-testid="argument-row"][data-source="tool_output"]')
    assert row.count() == 1
    assert "output of call_1 at $.hotels[0].id" in row.inner_text()
    assert '"hotel_id"' in request.get_by_test_id("request-arguments").inner_text()
    screenshot(tab, "workbench-request")

    tab.get_by_test_id("tab-response").click()
    assert "Casa" in tab.get_by_test_id("response-content").inner_text()


def test_clarification_and_default_sources_are_audited(tab: Page, served: Served) -> None:
    # Record 2 is a clarification: search(city <- answer), then book(guests = default).
    _open(tab, served, "#/workbench/2")
    tab.locator('[data-testid="tool-chip"][data-call-id="call_1"]').click()
    clar = tab.locator('[data-testid="argument-row"][data-source="clarification"]')
    assert re.search(r"clarification answer, message #\d", clar.inner_text())
    tab.locator('[data-testid="tool-chip"][data-call-id="call_2"]').click()
    assert tab.locator('[data-testid="argument-row"][data-source="default"]').count() == 1
    assert tab.locator('[data-testid="argument-row"][data-source="tool_output"]').count() == 1


def test_events_timeline_and_graph_tab(tab: Page, served: Served) -> None:
    _open(tab, served, "#/workbench/3")  # error recovery: http_404, then recovery
    timeline = tab.get_by_test_id("events-timeline")
    expect(timeline.get_by_test_id("event-path")).to_have_count(1)
    expect(timeline.get_by_test_id("event-judge")).to_have_count(1)
    expect(timeline.get_by_test_id("event-response")).to_have_count(3)
    expect(timeline).to_contain_text("http_404")
    tab.get_by_test_id("event-judge").click()
    assert "overall" in tab.get_by_test_id("judge-detail").inner_text()
    tab.get_by_test_id("tab-graph").click()
    nodes = tab.get_by_test_id("graph-node")
    nodes.first.wait_for()
    labels = nodes.all_inner_texts()
    assert any("search_flights" in t for t in labels)
    assert any("get_flight_status" in t for t in labels)
    nodes.filter(has_text="search_flights").first.click()
    assert "called as call_2" in tab.get_by_test_id("graph-picked").inner_text()
    screenshot(tab, "workbench-graph")


def test_tool_filter_narrows_the_list(tab: Page, served: Served) -> None:
    _open(tab, served)
    expected = sum(
        1
        for r in served.records
        if any(s.function_name == "get_forecast" for s in r.step_trace)
    )
    assert 0 < expected < len(served.records)
    tab.get_by_test_id("tool-filter").fill("get_forecast")
    tab.get_by_role("option", name="get_forecast", exact=True).click()
    assert tab.get_by_test_id("list-count").inner_text() == _count_text(served, expected)
    for row in tab.get_by_test_id("conversation-row").all():
        assert "Forecast" in row.inner_text()
    tab.get_by_test_id("search-input").fill("no such conversation anywhere")
    tab.get_by_text(_count_text(served, 0)).wait_for()


def test_overview_renders_and_bars_open_conversations(tab: Page, served: Served) -> None:
    _open(tab, served, "#/overview")
    assert tab.get_by_test_id("overview-count").inner_text() == "60"
    for panel in ("patterns", "scores", "findings", "coverage", "diversity", "tools"):
        assert tab.get_by_test_id(f"overview-{panel}").is_visible()
    assert "Endpoints used: 8 / 9" in tab.get_by_test_id("overview-coverage").inner_text()
    screenshot(tab, "overview")
    expected = sum(1 for r in served.records if "error_recovery" in r.metadata.patterns)
    tab.locator('[data-filter-kind="pattern"][data-filter-value="error_recovery"]').click()
    assert tab.get_by_test_id("bar-filter").inner_text() == "pattern: error_recovery"
    assert tab.get_by_test_id("list-count").inner_text() == _count_text(served, expected)
    tab.get_by_test_id("bar-filter").locator("svg").click()  # the chip's delete icon
    assert tab.get_by_test_id("list-count").inner_text() == _count_text(served, 60)


def test_xss_payload_is_shown_as_text_and_never_runs(tab: Page, served: Served) -> None:
    dialogs: list[str] = []
    tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    _open(tab, served)
    xss = served.records[1]
    row = tab.locator(f'[data-conversation="{xss.conversation_id}"]')
    assert XSS_PAYLOAD in row.inner_text()
    row.click()
    transcript = tab.get_by_test_id("transcript-pane")
    # The conversation's chunk loads lazily: wait for it rather than read "Loading…".
    expect(transcript).to_contain_text(XSS_PAYLOAD)
    tab.get_by_test_id("tool-chip").first.click()
    expect(tab.get_by_test_id("request-function")).to_have_text(XSS_PAYLOAD)
    tab.get_by_test_id("tab-graph").click()
    tab.get_by_test_id("graph-node").first.wait_for()
    screenshot(tab, "xss-workbench")
    tab.get_by_test_id("nav-overview").click()
    assert XSS_PAYLOAD in tab.get_by_test_id("overview-tools").inner_text()
    tab.wait_for_timeout(300)  # give any injected handler the chance to fire
    assert tab.locator('img[src="x"]').count() == 0
    assert tab.evaluate("document.querySelectorAll('[onerror]').length") == 0
    assert dialogs == []
