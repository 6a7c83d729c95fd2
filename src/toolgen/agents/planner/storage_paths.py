"""Where a backup, an export or a saved file goes is a storage path, not a city.

`database.create_backup(db_name="inventory", backup_location="Cairo")` (BFCL seed 31
#170): `backup_location` holds "location", so it was drawn as a place. A location, path,
directory or destination of a backup, export, save, upload or storage parameter is a path
a person types ("s3://company-backups/", "/mnt/backups"), read from the parameter's own
name and description. `stored_path` is a value rule of
`values_meaning` (key, tokens, description, context) -> Draw or None. Pure.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

Draw = Callable[[random.Random], Any]

_WHERE = frozenset({"location", "path", "dir", "directory", "destination", "folder", "target",
                    "bucket", "uri"})
_STORED = re.compile(r"\b(?:backups?|export(?:s|ed)?|sav(?:e|es|ed|ing)|storage|stored|"
                     r"upload(?:s|ed)?|archiv(?:e|es|ed)|snapshots?|dumps?)\b", re.I)
_BACKUPS = ("s3://company-backups/", "/mnt/backups", "/var/backups", "gs://ops-backups/",
            "/home/admin/backups", "D:\\Backups")
_FILES = ("/data/exports", "s3://team-files/", "/home/admin/files", "/var/recordings")
_NOT_PATH = re.compile(r"\bcity|country|address|geograph|region\b", re.I)


def stored_path(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    """A storage path for a parameter saying where something is stored (module doc)."""
    if not tokens & _WHERE or tokens & {"id", "ids"} or _NOT_PATH.search(description):
        return None  # a folder's id is an id, not a path
    own = f"{key.replace('_', ' ')} {description}"
    if not _STORED.search(own):
        return None  # the parameter's own words: a grocery store's location is a place
    paths = _BACKUPS if re.search(r"backup", own, re.I) else _FILES
    return lambda rng: rng.choice(paths)
