"""Issue 11 case 9: the dashboard checks Host (DNS rebinding), gives each dataset its own
export folder, and skips and counts torn lines instead of refusing the whole file."""

from __future__ import annotations

import http.client
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.safety.helpers import invoke

from toolgen.export.dashboard import export_dashboard
from toolgen.serve import app_build
from toolgen.serve.static import DashboardServer, make_server, serve_in_thread


@pytest.fixture
def site(tmp_path: Path) -> Iterator[DashboardServer]:
    dist, data = tmp_path / "dist", tmp_path / "data"
    dist.mkdir()
    data.mkdir()
    (dist / "index.html").write_text("<!doctype html>")
    (data / "bundle.json").write_text('{"count": 1}')
    server = make_server(dist, data, port=0)
    thread = serve_in_thread(server)
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _get(server: DashboardServer, host: str | None) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=5)
    try:
        conn.putrequest("GET", "/toolgen-data/bundle.json", skip_host=True)
        if host is not None:
            conn.putheader("Host", host)
        conn.endheaders()
        return conn.getresponse().status
    finally:
        conn.close()


def test_foreign_host_is_refused(site: DashboardServer) -> None:
    port = site.server_address[1]
    assert _get(site, f"127.0.0.1:{port}") == 200
    assert _get(site, f"localhost:{port}") == 200
    assert _get(site, f"attacker.example:{port}") == 421
    assert _get(site, "attacker.example") == 421
    assert _get(site, None) == 421


def test_each_dataset_gets_its_own_export_folder(tmp_path: Path) -> None:
    dashboard = tmp_path / "dashboard"
    a, b = tmp_path / "a" / "out.jsonl", tmp_path / "b" / "out.jsonl"
    folder = app_build.dataset_data_dir  # type: ignore[attr-defined]
    assert folder(dashboard, a) != folder(dashboard, b)
    assert folder(dashboard, a) == folder(dashboard, a)
    assert "public" not in folder(dashboard, a).parts


def _dataset(tmp_path: Path) -> Path:
    out = tmp_path / "d.jsonl"
    assert invoke("generate", "-n", "4", "--seed", "2", "-o", str(out)).exit_code == 0
    return out


def test_torn_line_is_skipped_and_counted(tmp_path: Path) -> None:
    dataset = _dataset(tmp_path)
    good = len(dataset.read_bytes().splitlines())
    data = dataset.read_bytes()
    dataset.write_bytes(data + data[: len(data) // 3 // good])  # a torn last line
    result = export_dashboard(dataset, tmp_path / "out")
    assert result.conversations == good and result.skipped == 1
    cli = invoke("export-dashboard", str(dataset), "--out", str(tmp_path / "o2"))
    assert cli.exit_code == 0, cli.output
    assert "skipped 1 malformed lines" in cli.output


def test_export_onto_a_file_is_one_line(tmp_path: Path) -> None:
    dataset = _dataset(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cli = invoke("export-dashboard", str(dataset), "--out", str(blocker / "sub"))
    assert cli.exit_code != 0
    lines = [line for line in cli.output.splitlines() if line.strip()]
    assert "Traceback" not in cli.output and lines[0].startswith("error:"), cli.output
    assert os.path.isfile(blocker)
