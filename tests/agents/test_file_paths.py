"""A file uploaded to a path is stored under its own name there (ToolBench seed 31 #23:
`site-backup.zip` uploaded to `invoices/logo-final.png`)."""

from __future__ import annotations

import pytest

from toolgen.agents.planner.values_pairs import paired
from toolgen.records import Endpoint, Parameter, PlannedArg


def _upload(names: tuple[str, ...]) -> Endpoint:
    params = tuple(Parameter(name=n, raw_name=n, type_label="STRING",
                             json_schema={"type": "string"}, required=True,
                             description=f"The {n}.") for n in names)
    return Endpoint(id="sos/upload", function_name="upload_file_for_sos", tool_id="sos",
                    tool_name="Secure Object Storage", category="Storage", name="upload file",
                    description="Upload a file to a bucket.", parameters=params)


def _settled(values: dict[str, str]) -> dict[str, object]:
    args = [PlannedArg(name=k, source="user", value=v) for k, v in values.items()]
    return {a.name: a.value for a in paired(_upload(tuple(values)), args, lambda p, v: True)}


def test_the_path_ends_in_the_files_name() -> None:
    got = _settled({"file": "site-backup.zip", "objPath": "invoices/logo-final.png",
                    "bucket": "team-backups"})
    assert got["objPath"] == "invoices/site-backup.zip"
    assert got["file"] == "site-backup.zip" and got["bucket"] == "team-backups"


@pytest.mark.parametrize("values", [
    {"file": "site-backup.zip", "objPath": "backups/site-backup.zip"},  # already agrees
    {"file": "site-backup.zip", "path": "/mnt/backups/"},  # a folder, not a file
    {"name": "Quarterly report", "file_path": "reports/q3.pdf"},  # a title, not a file
])
def test_agreeing_or_folder_paths_are_left(values: dict[str, str]) -> None:
    assert _settled(values) == values
