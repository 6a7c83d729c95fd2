"""A file's type agrees with its name: `q3-report.mp4` is a video, `product-shot.csv` a
spreadsheet, never the "image" or "archive" drawn from the type list.

`typed_by_extension(output, args, rng)` sets, in every object of an answer that has a
file name with a known extension (`name`, `file_name`, `filename`) and a `file_type` /
`type` field of the file vocabulary, the type its extension says. In place; pure
otherwise; never touches the network.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.objects import objects_in

# Extension -> the words of the file type vocabulary (`type_words`: pdf, image,
# spreadsheet, document, archive) plus video and audio.
_BY_EXTENSION = {
    "pdf": "pdf", "png": "image", "jpg": "image", "jpeg": "image", "gif": "image",
    "webp": "image", "heic": "image", "svg": "image", "csv": "spreadsheet",
    "xlsx": "spreadsheet", "xls": "spreadsheet", "ods": "spreadsheet", "doc": "document",
    "docx": "document", "txt": "document", "md": "document", "odt": "document",
    "zip": "archive", "tar": "archive", "gz": "archive", "rar": "archive", "7z": "archive",
    "mp4": "video", "mov": "video", "avi": "video", "mkv": "video", "webm": "video",
    "mp3": "audio", "wav": "audio", "aac": "audio", "flac": "audio", "ogg": "audio",
}
_NAMES = ("name", "file_name", "filename", "fileName", "title")
_TYPES = ("file_type", "fileType", "type")
_VOCABULARY = frozenset(_BY_EXTENSION.values())


def extension_kind(name: str) -> str | None:
    """The kind of file `name`'s extension says ("interview.mp4" -> video), or None."""
    if "." not in name:
        return None
    return _BY_EXTENSION.get(name.rsplit(".", 1)[1].lower())


def typed_by_extension(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    for obj in objects_in(output):
        name = next((obj[k] for k in _NAMES if isinstance(obj.get(k), str)), None)
        if name is None or "." not in name:
            continue
        kind = _BY_EXTENSION.get(name.rsplit(".", 1)[1].lower())
        if kind is None:
            continue
        for key in _TYPES:
            if isinstance(obj.get(key), str) and obj[key] in _VOCABULARY:
                obj[key] = kind
