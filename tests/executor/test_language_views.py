"""A record asked for in a language comes back in it, and a translation is a view of the
record, not an edit of it (ToolBench freshdesk: the Japanese solution category came back
as the English one it was created as, `"language": "en"`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.examples import CorpusExamples, tool_paths
from toolgen.records import Endpoint
from toolgen.registry import load_registry

_TOOLBENCH = Path(__file__).resolve().parents[2].parent / "shared/corpora/toolbench/toolenv/tools"

pytestmark = pytest.mark.skipif(not _TOOLBENCH.is_dir(), reason="shared ToolBench corpus not found")


@pytest.fixture(scope="module")
def freshdesk() -> tuple[MockExecutor, dict[str, Endpoint]]:
    registry = load_registry(_TOOLBENCH)
    by_name = {e.function_name: e for e in registry.endpoints if "freshdesk" in e.function_name}
    return MockExecutor(seed=3, examples=CorpusExamples(tool_paths(registry))), by_name


_CREATE = "create_translated_solution_category_for_freshdesk"
_GET = "get_solution_category_for_freshdesk"
_UPDATE = "update_solution_category_for_freshdesk"


@pytest.mark.parametrize("seed", range(6))
def test_a_record_asked_for_in_a_language_comes_back_in_it(
        freshdesk: tuple[MockExecutor, dict[str, Endpoint]], seed: int) -> None:
    executor, by_name = freshdesk
    session = executor.session(seed)
    session.call(by_name[_CREATE], {"categoryId": 616377, "name": "Green Star",
                                    "language": "en", "description": "Spring campaign."})
    ja = session.call(by_name[_GET], {"categoryId": 616377, "language": "ja"}).output
    en = session.call(by_name[_GET], {"categoryId": 616377, "language": "en"}).output
    plain = session.call(by_name[_GET], {"categoryId": 616377}).output
    assert ja["language"] == "ja" and en["language"] == "en", (ja, en)
    # The record asked for without a language is the one it was written as.
    assert plain["language"] == "en", plain
    # What is not translated is the same record in every language.
    assert ja["articles_count"] == en["articles_count"] == plain["articles_count"]


@pytest.mark.parametrize("seed", range(6))
def test_a_write_in_one_language_leaves_the_others(
        freshdesk: tuple[MockExecutor, dict[str, Endpoint]], seed: int) -> None:
    executor, by_name = freshdesk
    session = executor.session(seed)
    session.call(by_name[_CREATE], {"categoryId": 616377, "name": "Green Star",
                                    "language": "en", "description": "Spring campaign."})
    session.call(by_name[_UPDATE], {"categoryId": 616377, "language": "ja",
                                    "description": "Haru no kyanpen."})
    en = session.call(by_name[_GET], {"categoryId": 616377, "language": "en"}).output
    ja = session.call(by_name[_GET], {"categoryId": 616377, "language": "ja"}).output
    assert en["description"] == "Spring campaign.", en
    assert ja["description"] == "Haru no kyanpen." and ja["language"] == "ja", ja


def test_a_write_in_the_records_own_language_changes_it(
        freshdesk: tuple[MockExecutor, dict[str, Endpoint]]) -> None:
    executor, by_name = freshdesk
    session = executor.session(0)
    session.call(by_name[_CREATE], {"categoryId": 616377, "name": "Green Star",
                                    "language": "en", "description": "Spring campaign."})
    session.call(by_name[_UPDATE], {"categoryId": 616377, "language": "en",
                                    "description": "Autumn campaign."})
    plain = session.call(by_name[_GET], {"categoryId": 616377}).output
    assert plain["description"] == "Autumn campaign.", plain
