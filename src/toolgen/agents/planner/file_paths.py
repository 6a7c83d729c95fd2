"""A file uploaded to a path is stored under its own name there.

`upload_file(file="site-backup.zip", objPath="invoices/logo-final.png")` (ToolBench seed 31
#23): the file and the path were drawn each on its own, so a backup archive landed as a
PNG logo. `named_path(stated)` returns, for a call stating a file name (`file`,
`file_name`...) and a path to a file (`objPath`, `file_path`..., one holding a folder and
a name with an extension), the path with the file's name in its folder. Pure.
"""

from __future__ import annotations

import re

from toolgen.records import PlannedArg

_FILE = ("file", "file_name", "filename", "name", "upload_file", "local_file")
_PATH = ("objpath", "obj_path", "object_path", "file_path", "filepath", "path",
         "destination_path", "remote_path", "object_key", "key", "target_path")
_NAMED = re.compile(r"^[^/\\]+\.[A-Za-z0-9]{1,5}$")
_IN_FOLDER = re.compile(r"^(.*[/\\])([^/\\]+\.[A-Za-z0-9]{1,5})$")


def named_path(stated: dict[str, PlannedArg]) -> dict[str, object]:
    """The fix putting a stated file under its own name in its stated path, or {}."""
    file = next((stated[k] for k in _FILE if k in stated), None)
    path = next((stated[k] for k in _PATH if k in stated), None)
    if file is None or path is None or file is path:
        return {}
    if not isinstance(file.value, str) or not isinstance(path.value, str):
        return {}
    name = file.value.strip()
    found = _IN_FOLDER.match(path.value.strip())
    if not _NAMED.match(name) or found is None or found.group(2) == name:
        return {}
    return {path.name: f"{found.group(1)}{name}"}
