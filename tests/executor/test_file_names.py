"""A file's name and extension go together, and a photo is an image file
(`executor.names.record_name`)."""

from __future__ import annotations

import random

from toolgen.executor.names import record_name

_IMAGE = (".jpg", ".jpeg", ".png")
# Stems that name what a document is: its extension must be a document's.
_DOCUMENT_STEMS = ("invoice", "tax-return", "contract", "report", "budget", "meeting-notes")


def test_a_photo_is_an_image_file() -> None:
    rng = random.Random(4)
    names = [record_name("photo", "photo", rng.random, "Oslo") for _ in range(60)]
    assert all(n.endswith(_IMAGE) for n in names), names


def test_a_document_is_never_a_video_or_an_image() -> None:
    rng = random.Random(5)
    names = [record_name("file", "file", rng.random, "Oslo") for _ in range(200)]
    docs = [n for n in names if n.startswith(_DOCUMENT_STEMS)]
    assert docs
    assert not [n for n in docs if n.endswith((".mp4", ".jpg", ".png", ".zip"))], docs
