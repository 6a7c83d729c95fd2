"""What an upload answers is the file that was sent.

`upload_a_new_file(file="invoice-2025-031.pdf", download_limit=10)` answered a file named
"contract-draft.docx" of type `application/zip`, at a street address, expiring before it
was created, with 47.98 downloads remaining (ToolBench seed 31 #175). `fit_upload`, for an
endpoint whose own words upload, reads each object naming a file (`filename`,
`file_name`, `name`) and makes it the one sent: its name the sent file's base name, its
MIME type the one its extension has (`mimetypes`), downloads remaining the limit sent,
an expiry after its creation, and no street address. In place; draws nothing.
"""

from __future__ import annotations

import mimetypes
import random
from typing import Any

from toolgen.executor.date_text import parse, shifted
from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

_SENT = ("file", "filename", "file_name", "path", "file_path", "filepath", "name")
_NAMES = ("filename", "file_name", "name", "original_name")
_TYPES = ("mimetype", "mime_type", "content_type", "type")
_LIMITS = ("download_limit", "max_downloads", "downloads")
_LEFT = ("downloads_remaining", "remaining_downloads", "downloads_left")
_MADE = ("created_at", "uploaded_at", "created")
_EXPIRES = ("expiration_time", "expires_at", "expiry", "expiration", "expires")
_NOT_A_FILE = ("address",)
_KEPT_DAYS = 7
# Python's own table only: the system's mime.types differs from machine to machine.
_TYPES_BY_EXTENSION = mimetypes.MimeTypes()
_OFFICE = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation"}


def _sent_file(args: dict[str, Any]) -> str | None:
    keys = {normalize_key(k): v for k, v in args.items()}
    for key in _SENT:
        value = keys.get(key)
        if isinstance(value, str) and "." in value.rsplit("/", 1)[-1]:
            return value.replace("\\", "/").rsplit("/", 1)[-1]
    return None


def fit_upload(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Make the uploaded file's record the file sent (see the module docstring)."""
    del rng
    sent = _sent_file(args)
    limit = next((v for k, v in args.items() if normalize_key(k) in _LIMITS
                  and type(v) is int), None)
    for obj in objects_in(output):
        name = next((k for k in _NAMES if isinstance(obj.get(k), str)), None)
        if name is None:
            continue
        if sent is not None:
            obj[name] = sent
        kind = (_TYPES_BY_EXTENSION.guess_type(str(obj[name]))[0]
                or _OFFICE.get(str(obj[name]).rsplit(".", 1)[-1].lower()))
        typed = next((k for k in _TYPES if isinstance(obj.get(k), str) and "/" in obj[k]), None)
        if typed is not None and kind is not None:
            obj[typed] = kind
        left = next((k for k in _LEFT if isinstance(obj.get(k), int | float)), None)
        if left is not None and limit is not None:
            obj[left] = limit
        for key in _NOT_A_FILE:
            obj.pop(key, None)
        _expires_after(obj)


def _expires_after(obj: dict[str, Any]) -> None:
    made = next((obj[k] for k in _MADE if isinstance(obj.get(k), str)), None)
    key = next((k for k in _EXPIRES if isinstance(obj.get(k), str)), None)
    if made is None or key is None:
        return
    start, end = parse(made), parse(obj[key])
    if start is not None and end is not None and end <= start:
        obj[key] = shifted(made, _KEPT_DAYS) or obj[key]  # kept a week, as sharing links are
