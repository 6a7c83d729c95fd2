"""`toolgen export-dashboard` and `toolgen dashboard`: parse, call, print, fail in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from toolgen.cli import dashboard as dashboard_cli
from toolgen.cli import export_dashboard as export_cli
from toolgen.serve import app_build
from toolgen.serve.static import DashboardServer

runner = CliRunner()


def _app() -> typer.Typer:
    # Only these two commands: the shared app also imports modules other engineers own.
    app = typer.Typer()
    export_cli.register(app)
    dashboard_cli.register(app)
    return app


def test_commands_are_listed_in_the_cli_app() -> None:
    from toolgen.cli.app import COMMAND_MODULES

    assert {"toolgen.cli.export_dashboard", "toolgen.cli.dashboard"} <= set(COMMAND_MODULES)


def test_export_dashboard_writes_the_bundle(
    tmp_path: Path, dataset: Path, artifacts_dir: Path
) -> None:
    out = tmp_path / "data"
    result = runner.invoke(
        _app(), ["export-dashboard", str(dataset), "--artifacts", str(artifacts_dir),
                 "--out", str(out), "--chunk-size", "50"],
    )
    assert result.exit_code == 0, result.output
    assert "exported 60 conversations in 2 chunks" in result.output
    assert (out / "bundle.json").is_file() and (out / "chunks" / "001.json").is_file()


def test_bad_dataset_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nope\n")
    result = runner.invoke(_app(), ["export-dashboard", str(bad), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    text = " ".join(result.output.split())  # Rich wraps long lines at the terminal width
    assert text.startswith("error: ") and "bad.jsonl:1: not JSON" in text
    assert "Traceback" not in result.output


@pytest.fixture
def fake_dashboard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "dashboard"
    root.mkdir()
    (root / "package.json").write_text("{}")
    monkeypatch.setattr(dashboard_cli, "find_dashboard_dir", lambda: root)
    return root


def test_dashboard_without_build_or_npm_says_how(
    fake_dashboard: Path, dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_build.shutil, "which", lambda _name: None)
    result = runner.invoke(_app(), ["dashboard", str(dataset)])
    assert result.exit_code == 2
    assert "npm ci && npm run build" in " ".join(result.output.split())
    # The export still happened, into this dataset's own export folder.
    assert len(list((fake_dashboard / ".toolgen-exports").glob("*/bundle.json"))) == 1


def test_dashboard_serves_on_loopback_and_prints_the_address(
    fake_dashboard: Path, dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (fake_dashboard / "dist").mkdir()
    (fake_dashboard / "dist" / "index.html").write_text("<html></html>")
    served: list[tuple[str, int]] = []

    def fake_forever(self: DashboardServer, poll_interval: float = 0.5) -> None:
        served.append(self.server_address[:2])
        raise KeyboardInterrupt

    monkeypatch.setattr(DashboardServer, "serve_forever", fake_forever)
    result = runner.invoke(_app(), ["dashboard", str(dataset), "--port", "0"])
    assert result.exit_code == 0, result.output
    assert served and served[0][0] == "127.0.0.1"
    assert f"dashboard: http://127.0.0.1:{served[0][1]}/" in result.output
