"""Without Playwright (a plain `pip install ".[dev]"`), browser test modules are skipped
with one line each instead of stopping the collection; `TOOLGEN_REQUIRE_BROWSER=1` (set
by `make test`) refuses to skip them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a pytest run in a subprocess each

REPO = Path(__file__).resolve().parents[2]
BROWSER_MODULES = ("tests/dashboard/test_browser.py", "tests/dashboard/test_scale.py")
# Loaded with `-p`: makes `import playwright` fail as if the e2e extra were not installed.
HIDE = "import sys\nsys.modules['playwright'] = None  # type: ignore[assignment]\n"


def _pytest(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "hide_playwright.py").write_text(HIDE)
    paths = [str(tmp_path), str(REPO / "src"), os.environ.get("PYTHONPATH", "")]
    full = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p), **env}
    if "TOOLGEN_REQUIRE_BROWSER" not in env:
        full.pop("TOOLGEN_REQUIRE_BROWSER", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", *BROWSER_MODULES, "-p", "hide_playwright", "-q",
         "-rs", "-n", "0", "-p", "no:cacheprovider", "-p", "no:playwright"],
        cwd=REPO, env=full, capture_output=True, text=True, timeout=120,
    )


def test_browser_modules_skip_with_one_line_when_playwright_is_missing(tmp_path: Path) -> None:
    done = _pytest(tmp_path)
    # 5: pytest's "no test ran", as only skipped modules were collected; never 2 (errors).
    assert done.returncode == 5, done.stdout[-3000:] + done.stderr[-2000:]
    skipped = [line for line in done.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == len(BROWSER_MODULES)
    for module, line in zip(BROWSER_MODULES, sorted(skipped), strict=True):
        assert Path(module).name in line
        assert "playwright is not installed" in line


def test_make_test_refuses_to_skip_them(tmp_path: Path) -> None:
    done = _pytest(tmp_path, TOOLGEN_REQUIRE_BROWSER="1")
    assert done.returncode != 0
    assert "playwright" in done.stdout
