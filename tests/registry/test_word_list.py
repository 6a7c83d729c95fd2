"""`registry.word_list` splits and costs exactly as wordninja does, without importing it."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from toolgen.registry.word_list import ninja_split, word_cost

wordninja = pytest.importorskip("wordninja")

_NAMES = [
    "getsleepreport", "createanuploadurlforafile", "wisdomoftheday", "listallaccounts",
    "win32intel", "GetWeatherByCity", "it's", "o'clock's", "123abc456", "'", "''s", "",
    "viewallscreeningsresult", "panchang", "camelCaseName_with-dash", "x" * 60,
]


def test_split_is_wordninja_split_on_names_and_random_runs() -> None:
    rng = random.Random(5)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789'' -_AZ"
    texts = _NAMES + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 32)))
                      for _ in range(400)]
    for text in texts:
        assert ninja_split(text) == wordninja.split(text), text


def test_cost_is_wordninja_cost() -> None:
    costs = wordninja.DEFAULT_LANGUAGE_MODEL._wordcost
    for word in ("the", "day", "cus", "invoice", "s", "'s", "9"):
        assert word_cost(word, -1.0) == costs[word]
    assert word_cost("qzxqzxq", 99.0) == 99.0


def test_generation_does_not_import_wordninja() -> None:
    """A split in a fresh process leaves wordninja (and its import-time model) unloaded."""
    code = ("import sys\nfrom toolgen.executor.glued import unglue\n"
            "assert unglue('createanote', frozenset({'create'})) == ('create', 'a', 'note')\n"
            "print('wordninja' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
