"""The static server: only its own files, correct types, SPA fallback, 127.0.0.1 only."""

from __future__ import annotations

import http.client
import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest

from toolgen.serve.static import DashboardServer, make_server, serve_in_thread

SECRET = "top-secret-do-not-serve"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[DashboardServer]:
    dist, data = tmp_path / "dist", tmp_path / "data"
    (dist / "assets").mkdir(parents=True)
    data.mkdir()
    (dist / "index.html").write_text("<!doctype html><div id=root></div>")
    (dist / "assets" / "app.js").write_text("console.log(1)")
    (dist / "assets" / "app.css").write_text("body{}")
    (data / "bundle.json").write_text('{"count": 1}')
    (tmp_path / "secret.txt").write_text(SECRET)
    (data / "escape.json").symlink_to(tmp_path / "secret.txt")
    server = make_server(dist, data, port=0)
    thread = serve_in_thread(server)
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _get(server: DashboardServer, path: str, method: str = "GET") -> tuple[int, str, str]:
    """A raw request: `path` goes on the wire exactly as given (no client normalising)."""
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=5)
    try:
        conn.putrequest(method, path, skip_host=False, skip_accept_encoding=True)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, response.getheader("Content-Type") or "", response.read().decode()
    finally:
        conn.close()


def test_binds_loopback_only(site: DashboardServer) -> None:
    assert site.server_address[0] == "127.0.0.1"
    assert site.url.startswith("http://127.0.0.1:")
    assert "host" not in inspect.signature(make_server).parameters


@pytest.mark.parametrize(
    ("path", "ctype", "needle"),
    [
        ("/", "text/html", "id=root"),
        ("/index.html", "text/html", "id=root"),
        ("/assets/app.js", "text/javascript", "console.log"),
        ("/assets/app.css", "text/css", "body{}"),
        ("/toolgen-data/bundle.json", "application/json", '"count"'),
        ("/toolgen-data/bundle.json?v=2", "application/json", '"count"'),
        ("/overview", "text/html", "id=root"),
    ],
)
def test_serves_app_data_and_spa_routes(
    site: DashboardServer, path: str, ctype: str, needle: str
) -> None:
    status, content_type, body = _get(site, path)
    assert status == 200
    assert content_type.startswith(ctype)
    assert needle in body


def test_head_and_security_headers(site: DashboardServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", site.server_address[1], timeout=5)
    conn.request("HEAD", "/")
    response = conn.getresponse()
    assert response.status == 200 and response.read() == b""
    assert "script-src 'self'" in (response.getheader("Content-Security-Policy") or "")
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    conn.close()


@pytest.mark.parametrize("path", ["/assets/missing.js", "/toolgen-data/missing.json", "/x.png"])
def test_missing_files_are_404_not_the_app(site: DashboardServer, path: str) -> None:
    assert _get(site, path)[0] == 404


@pytest.mark.parametrize(
    "path",
    [
        "/../secret.txt",
        "/../pyproject.toml",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/pyproject.toml",
        "/..%2fsecret.txt",
        "/assets/..%2f..%2fsecret.txt",
        "/toolgen-data/../secret.txt",
        "/toolgen-data/%2e%2e/secret.txt",
        "/toolgen-data/..%5csecret.txt",
        "/%252e%252e/secret.txt",
        "/assets/%00.js",
        "/toolgen-data/escape.json",
        "/%2fetc%2fpasswd",
        "/assets//etc/passwd",
    ],
)
def test_traversal_attempts_are_refused(site: DashboardServer, path: str) -> None:
    status, _ctype, body = _get(site, path)
    assert status in (403, 404)
    assert SECRET not in body
    assert "root:" not in body


def test_leading_double_slash_is_just_the_app(site: DashboardServer) -> None:
    # http.server folds a leading `//` to `/` (CPython gh-87389): this is the SPA route
    # `/etc/passwd`, answered with index.html, never the host's file.
    status, _ctype, body = _get(site, "//etc/passwd")
    assert (status, "root:" in body, "id=root" in body) == (200, False, True)


def test_only_get_and_head(site: DashboardServer) -> None:
    assert _get(site, "/", method="POST")[0] == 501
