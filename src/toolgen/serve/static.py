"""A stdlib static file server for the built dashboard and its data bundle.

Owns URL-to-file mapping and its safety rules: it binds 127.0.0.1 only, answers only
requests whose `Host` names the loopback address (a DNS-rebinding page cannot read the
data through its own host name), answers GET and HEAD, serves files under exactly two
roots (the app build, and the data directory at `/toolgen-data/`), refuses any path
that leaves them (`..`, encoded or not, backslashes, NUL, symlinks out), and falls back
to `index.html` for client-side routes. Must not write files or know the bundle's contents.
"""

from __future__ import annotations

import mimetypes
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

HOST = "127.0.0.1"
DATA_PREFIX = "/toolgen-data/"

# Explicit types for what a Vite build and the bundle contain: the platform's mimetypes
# table varies (some map .js to text/plain, which browsers refuse for modules).
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".map": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".txt": "text/plain; charset=utf-8",
}

# Defence in depth on top of rendering data as text: no inline script can run, so an
# injected `onerror=` handler would be inert even if markup ever slipped through.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class Forbidden(Exception):
    """A request path that tries to leave the served roots."""


@dataclass(frozen=True)
class Roots:
    app: Path
    data: Path


def content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def _segments(url_path: str) -> list[str]:
    """Decoded path segments; raises Forbidden for anything that could climb or smuggle."""
    decoded = unquote(url_path, errors="strict")
    # `//` would make an absolute-looking path (`//etc/passwd`); the app never emits it.
    if "\x00" in decoded or "\\" in decoded or "//" in decoded:
        raise Forbidden(url_path)
    parts = [p for p in decoded.split("/") if p]
    if any(p in (".", "..") for p in parts):
        raise Forbidden(url_path)
    # A second round of decoding must not reveal a climb either (%252e%252e).
    if ".." in unquote(decoded).split("/"):
        raise Forbidden(url_path)
    return parts


def _inside(root: Path, parts: list[str]) -> Path:
    base = root.resolve()
    target = base.joinpath(*parts).resolve()
    if target != base and not target.is_relative_to(base):
        raise Forbidden(str(target))
    return target


def resolve_request(roots: Roots, raw_path: str) -> tuple[Path | None, bool]:
    """(file to send or None for 404, whether it is the SPA fallback)."""
    url_path = urlsplit(raw_path).path or "/"
    parts = _segments(url_path)
    if url_path.startswith(DATA_PREFIX):
        target = _inside(roots.data, parts[1:])
        return (target if target.is_file() else None), False
    target = _inside(roots.app, parts)
    if target.is_file():
        return target, False
    if target.is_dir() and (target / "index.html").is_file():
        return _inside(roots.app, [*parts, "index.html"]), False
    # Client-side routes (`/overview`) get the app; missing assets get a real 404.
    last = parts[-1] if parts else ""
    if "." not in last and (roots.app / "index.html").is_file():
        return _inside(roots.app, ["index.html"]), True
    return None, False


_LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


def host_allowed(host: str | None, port: int) -> bool:
    """A `Host` header naming this server on loopback (with or without its port)."""
    if not host:
        return False
    value = host.strip().lower()
    return any(value in (name, f"{name}:{port}") for name in _LOOPBACK_NAMES)


class DashboardHandler(BaseHTTPRequestHandler):
    server_version = "toolgen-dashboard"
    sys_version = ""
    roots: Roots  # set on the subclass `make_server` creates
    port: int = 0  # set once the server is bound (the Host check needs it)

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, send_body: bool) -> None:
        if not host_allowed(self.headers.get("Host"), self.port):
            self._status(HTTPStatus.MISDIRECTED_REQUEST, send_body)
            return
        try:
            target, _fallback = resolve_request(self.roots, self.path)
        except (Forbidden, UnicodeDecodeError, ValueError):
            self._status(HTTPStatus.FORBIDDEN, send_body)
            return
        if target is None:
            self._status(HTTPStatus.NOT_FOUND, send_body)
            return
        body = target.read_bytes()
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type(target))
        self.send_header("Content-Length", str(len(body)))
        # Hashed assets may be cached; data and index.html change with every export/build.
        cacheable = "/assets/" in self.path and target.suffix in (".js", ".css")
        self.send_header("Cache-Control", "max-age=31536000" if cacheable else "no-cache")
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _status(self, status: HTTPStatus, send_body: bool) -> None:
        body = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        # Quiet: the CLI prints the address once; per-request lines would bury it.
        return


class DashboardServer(ThreadingHTTPServer):
    daemon_threads = True

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/"


def make_server(app_dir: Path, data_dir: Path, port: int = 0) -> DashboardServer:
    """A server on 127.0.0.1:`port` (0 = any free port); call `serve_forever()` on it."""
    handler: type[DashboardHandler] = type(
        "BoundHandler", (DashboardHandler,), {"roots": Roots(app_dir, data_dir)})
    server = DashboardServer((HOST, port), handler)
    handler.port = int(server.server_address[1])
    return server


def serve_in_thread(server: DashboardServer) -> threading.Thread:
    """Run `server` in a daemon thread (tests and embedding); stop with `server.shutdown()`."""
    thread = threading.Thread(target=server.serve_forever, name="toolgen-dashboard", daemon=True)
    thread.start()
    return thread
