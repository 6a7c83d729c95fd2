"""No next page is fetched after a first page that found nothing: a nonstop search
Auckland-Lisbon found no flight, and the assistant called it again for "page 2" without a
cursor (bundled seed 59, once the search found none)."""

from __future__ import annotations

from toolgen.agents.policy.page_ahead import pages_on
from toolgen.episode.robustness import Attempt
from toolgen.executor import MockExecutor
from toolgen.executor.examples import CorpusExamples, tool_paths
from toolgen.executor.results import Fault
from toolgen.registry import bundled_corpus, load_registry


def _pages(arguments: dict[str, object]) -> bool:
    registry = load_registry(bundled_corpus())
    search = next(e for e in registry.endpoints
                  if e.function_name == "search_flights_for_skyway_flights")
    executor = MockExecutor(seed=11, examples=CorpusExamples(tool_paths(registry)))
    first = Attempt(search, dict(arguments), {}, Fault("paginate", page_size=1))
    second = Attempt(search, dict(arguments), {}, recovery="pagination")
    return pages_on([first, second], "call_1", executor.session(3))


def test_an_empty_first_page_has_no_next() -> None:
    far = {"origin_airport": "AKL", "destination_airport": "LIS",
           "departure_date": "2025-10-21", "max_stops": 0}
    assert not _pages(far)
    assert _pages(dict(far, origin_airport="JFK"))
