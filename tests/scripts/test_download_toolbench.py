"""`scripts/download_toolbench.py` against a local server that answers like the Hub: a
paged tree listing with checksums, files with Range support. Slice, resume, checksum and
offline errors are checked as a user would see them."""

from __future__ import annotations

import hashlib
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import orjson
import pytest

from toolgen.registry import load_registry

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "download_toolbench.py"
BUNDLED = REPO / "src" / "toolgen" / "data" / "toolenv" / "tools"
DATASET = "org/ToolEnv"
PREFIX = "toolenv/tools"


@dataclass
class Hub:
    files: dict[str, bytes]  # <Category>/<tool>.json -> content
    corrupt: set[str] = field(default_factory=set)  # served with different bytes
    ranges: list[tuple[str, str]] = field(default_factory=list)  # (path, Range header)
    gets: list[str] = field(default_factory=list)
    url: str = ""

    def listing(self) -> list[dict[str, object]]:
        entries: list[dict[str, object]] = []
        for i, (path, data) in enumerate(sorted(self.files.items())):
            entry: dict[str, object] = {"type": "file", "path": f"{PREFIX}/{path}",
                                        "size": len(data)}
            if i % 2:  # half as LFS files (SHA-256), half as plain git blobs (SHA-1)
                entry["oid"] = "0" * 40
                entry["lfs"] = {"oid": hashlib.sha256(data).hexdigest(), "size": len(data)}
            else:
                header = f"blob {len(data)}\0".encode()
                entry["oid"] = hashlib.sha1(header + data, usedforsecurity=False).hexdigest()
            entries.append(entry)
        entries.append({"type": "directory", "path": f"{PREFIX}/Finance", "oid": "x"})
        return entries


def _handler(hub: Hub) -> type[BaseHTTPRequestHandler]:
    tree = f"/api/datasets/{DATASET}/tree/main/{PREFIX}"
    resolve = f"/datasets/{DATASET}/resolve/main/{PREFIX}/"

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return None

        def do_GET(self) -> None:
            url = urlparse(self.path)
            hub.gets.append(url.path)
            if url.path == tree:
                entries = hub.listing()
                page = int(parse_qs(url.query).get("cursor", ["0"])[0])
                half = len(entries) // 2
                body = orjson.dumps(entries[:half] if page == 0 else entries[half:])
                extra = {"Link": f'<{hub.url}{tree}?recursive=true&cursor=1>; rel="next"'} if (
                    page == 0) else {}
                self._send(200, body, extra)
            elif url.path.startswith(resolve):
                path = url.path.removeprefix(resolve)
                data = hub.files.get(path)
                if data is None:
                    self._send(404, b"{}")
                    return
                if path in hub.corrupt:
                    data = data.replace(b"{", b"[", 1)
                wanted = self.headers.get("Range")
                if wanted:
                    hub.ranges.append((path, wanted))
                    start = int(wanted.removeprefix("bytes=").split("-")[0])
                    self._send(206, data[start:],
                               {"Content-Range": f"bytes {start}-{len(data) - 1}/{len(data)}"})
                else:
                    self._send(200, data)
            else:
                self._send(404, b"{}")

        def _send(self, status: int, body: bytes, extra: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture
def hub() -> Iterator[Hub]:
    files = {p.relative_to(BUNDLED).as_posix(): p.read_bytes() for p in BUNDLED.glob("*/*.json")}
    state = Hub(files)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _run(hub_url: str, dest: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--endpoint", hub_url, "--repo", DATASET, "--dest",
         str(dest), *args],
        capture_output=True, text=True, timeout=120,
    )


def test_downloads_a_slice_that_toolgen_loads(hub: Hub, tmp_path: Path) -> None:
    dest = tmp_path / ".toolbench_tmp" / "toolenv" / "tools"
    done = _run(hub.url, dest, "--max-categories", "3", "--max-tools", "5")
    assert done.returncode == 0, done.stderr
    got = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*.json"))
    # The first three categories by name, tools taken from them in turn.
    assert {g.split("/")[0] for g in got} == {"Commerce", "Entertainment", "Finance"}
    assert len(got) == 5
    for path in got:
        assert (dest / path).read_bytes() == hub.files[path]
    assert not list(dest.rglob("*.part"))
    assert "5 tools in 3 categories" in done.stdout
    assert load_registry(dest).tools  # the slice is a usable corpus

    again = _run(hub.url, dest, "--max-categories", "3", "--max-tools", "5")
    assert again.returncode == 0
    assert "0 downloaded, 5 already present" in again.stdout


def test_a_partial_file_is_resumed_with_a_range_request(hub: Hub, tmp_path: Path) -> None:
    dest = tmp_path / "tools"
    path = "Commerce/orderdesk.json"
    data = hub.files[path]
    part = dest / "Commerce" / "orderdesk.json.part"
    part.parent.mkdir(parents=True)
    part.write_bytes(data[: len(data) // 3])
    done = _run(hub.url, dest, "--max-categories", "1", "--max-tools", "2")
    assert done.returncode == 0, done.stderr
    assert hub.ranges == [(path, f"bytes={len(data) // 3}-")]
    assert (dest / path).read_bytes() == data
    assert not part.exists()


def test_a_checksum_mismatch_is_one_line_and_leaves_nothing(hub: Hub, tmp_path: Path) -> None:
    hub.corrupt.add("Commerce/orderdesk.json")
    dest = tmp_path / "tools"
    done = _run(hub.url, dest, "--max-categories", "1", "--max-tools", "2")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines == ["error: Commerce/orderdesk.json: checksum mismatch after download "
                     "(removed; rerun)"]
    assert not (dest / "Commerce" / "orderdesk.json").exists()
    assert not list(dest.rglob("*.part"))


def test_offline_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    done = _run(f"http://127.0.0.1:{closed}", tmp_path / "tools")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot reach 127.0.0.1"), done.stderr
    assert "offline" in lines[0]
    assert "Traceback" not in done.stderr


def test_a_wrong_repository_is_one_line(hub: Hub, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--endpoint", hub.url, "--repo", "org/Missing", "--dest",
         str(tmp_path / "tools")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "HTTP 404" in lines[0] and "--repo" in lines[0]
