"""Locating the dashboard app and building it with npm when its build is missing.

Owns the decision "is `dashboard/dist` usable, and can we make it": it runs
`npm ci && npm run build` only when asked and npm exists. Must not serve or export.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

BUILD_HINT = "cd dashboard && npm ci && npm run build"


class BuildError(RuntimeError):
    """The app is not built and could not be built here."""


def find_dashboard_dir(start: Path | None = None) -> Path:
    """`dashboard/` beside the working directory, else beside the source checkout."""
    checkout = Path(__file__).resolve().parents[3]
    candidates = [(start or Path.cwd()) / "dashboard", checkout / "dashboard"]
    for candidate in candidates:
        if (candidate / "package.json").is_file():
            return candidate
    raise BuildError("no dashboard/ directory found: run from the toolgen checkout")


def is_built(dashboard: Path) -> bool:
    return (dashboard / "dist" / "index.html").is_file()


def build_app(dashboard: Path) -> None:
    """`npm ci` (when node_modules is missing) then `npm run build`; raises BuildError."""
    npm = shutil.which("npm")
    if npm is None:
        raise BuildError(
            f"dashboard/dist is missing and npm is not installed; build it with: {BUILD_HINT}"
        )
    steps = [["run", "build"]]
    if not (dashboard / "node_modules").is_dir():
        steps.insert(0, ["ci", "--no-audit", "--no-fund"])
    for args in steps:
        result = subprocess.run([npm, *args], cwd=dashboard, check=False)
        if result.returncode != 0:
            raise BuildError(f"`npm {' '.join(args)}` failed in {dashboard}; try: {BUILD_HINT}")
    if not is_built(dashboard):
        raise BuildError(f"the build did not produce {dashboard / 'dist' / 'index.html'}")


def default_data_dir(dashboard: Path) -> Path:
    """Where the export writes and the server reads: Vite's dev server also serves it."""
    return dashboard / "public" / "toolgen-data"


def dataset_data_dir(dashboard: Path, dataset: Path) -> Path:
    """The `dashboard` command's own export folder for `dataset`.

    One folder per dataset (named from its stem and a digest of its absolute path), so
    two dashboards started at once never serve each other's data. Outside `public/`, so
    an app build does not copy exports into `dist`.
    """
    resolved = str(dataset.resolve())
    digest = hashlib.blake2b(resolved.encode(), digest_size=6).hexdigest()
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", dataset.stem)[:60].strip(".-") or "dataset"
    return dashboard / ".toolgen-exports" / f"{stem}-{digest}"


def default_artifacts() -> Path | None:
    """`output/artifacts` (what `toolgen build` writes) when it exists, else no graph."""
    candidate = Path("output") / "artifacts"
    return candidate if (candidate / "nodes.jsonl").is_file() else None
