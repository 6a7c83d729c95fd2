"""Domain context providers: a local file, and Wikipedia/Wikidata served by a local server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from toolgen.synth.context import FileContext, WikipediaContext
from toolgen.synth.entities import select_entities
from toolgen.synth.vocab import load_vocabulary


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/api/rest_v1/page/summary/Veterinary_clinic"):
            body = {"extract": "A veterinary clinic treats animals such as pets and livestock."}
        elif self.path.startswith("/w/api.php"):
            body = {"search": [{"label": "veterinary clinic",
                                "description": "facility where animals get medical care"}]}
        else:
            self.send_response(404)
            self.end_headers()
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_wikipedia_and_wikidata_summaries(server: str) -> None:
    ctx = WikipediaContext(server, server, timeout_s=5).context("Veterinary clinic")
    assert "treats animals" in ctx.text
    assert "facility where animals get medical care" in ctx.text
    assert ctx.problem == ""


def test_missing_page_is_reported_not_raised(server: str) -> None:
    ctx = WikipediaContext(server, server, timeout_s=5).context("No such domain")
    assert ctx.text.startswith("veterinary clinic:")  # wikidata still answered
    assert "HTTP 404" in ctx.problem


def test_unreachable_host_gives_empty_context() -> None:
    ctx = WikipediaContext("http://127.0.0.1:9", "http://127.0.0.1:9", timeout_s=2).context("x")
    assert ctx.text == ""
    assert "ConnectError" in ctx.problem


def test_file_context_and_its_effect_on_seeding(tmp_path: Path) -> None:
    path = tmp_path / "ctx.json"
    path.write_text(json.dumps({"extract": "Bakeries sell bread, cakes and pastries."}))
    ctx = FileContext(path).context("bakery")
    assert ctx.text.startswith("Bakeries sell bread")
    entities = select_entities(load_vocabulary(), "bakery", 4, ctx.text)
    assert entities[0].type_label == "Bakery"
    missing = FileContext(tmp_path / "nope.txt").context("bakery")
    assert missing.text == "" and "unreadable" in missing.problem
