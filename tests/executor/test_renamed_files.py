"""A rename answers the new name (not `country: "Australia"`), and a file's type is the
one its name's extension says: `q3-report.mp4` is a video, `budget.csv` a spreadsheet."""

from __future__ import annotations

import random

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.file_kinds import typed_by_extension
from toolgen.records import Endpoint, Parameter


def _p(name: str) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="string",
                     json_schema={"type": "string"}, required=True)


RENAME = Endpoint(id="openload/rename", function_name="rename_file_for_openload",
                  tool_id="openload", tool_name="Openload", category="Storage",
                  name="rename_file", method="POST", description="Rename a file.",
                  parameters=(_p("name"), _p("fileId")), response_schema={})


@pytest.mark.parametrize("seed", range(6))
def test_a_rename_answers_the_new_name_of_its_file(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(RENAME, {"name": "q3-report.mp4",
                                               "fileId": "fli_59e188"}).output
    assert out["name"] == "q3-report.mp4", out
    assert "country" not in out, out
    assert out.get("file_type", "video") == "video", out


def test_types_follow_extensions_only_within_the_file_vocabulary() -> None:
    out = {"files": [{"name": "budget.csv", "file_type": "image"},
                     {"name": "notes", "file_type": "pdf"},
                     {"name": "song.mp3", "type": "premium"}]}
    typed_by_extension(out, {}, random.Random(0))
    assert [f.get("file_type", f.get("type")) for f in out["files"]] == [
        "spreadsheet", "pdf", "premium"]
