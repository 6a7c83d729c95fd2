"""Download a slice of ToolBench's tool environment (`toolenv/tools/<Category>/<tool>.json`).

    python scripts/download_toolbench.py --max-categories 3 --max-tools 100
    export TOOLGEN_TOOLENV_DIR=.toolbench_tmp/toolenv/tools

The files come from a dataset repository on the Hugging Face Hub (`--repo`, `--revision`,
`--prefix`; `--endpoint` or `HF_ENDPOINT` for a mirror). The tree listing gives every
file's size and checksum (`lfs.oid`, a SHA-256, or the git blob SHA-1 `oid`); each file is
downloaded to a `.part` file that a rerun resumes with an HTTP Range request, checked
against its checksum, then moved into place. Files already present with the right
checksum are skipped, so an interrupted run picks up where it stopped. The slice is the
first `--max-categories` categories (by name) and up to `--max-tools` tools taken from
them in turn. Network and checksum problems are one line on stderr and exit code 2; the
bundled corpus is never touched.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

DEFAULT_ENDPOINT = "https://huggingface.co"
DEFAULT_REPO = "stabletoolbench/ToolEnv2404"
DEFAULT_PREFIX = "toolenv/tools"
DEFAULT_DEST = Path(".toolbench_tmp/toolenv/tools")
CHUNK = 1 << 16


class DownloadError(Exception):
    """One line for the user: what failed and where."""


@dataclass(frozen=True)
class RemoteFile:
    path: str  # relative to the prefix: <Category>/<tool>.json
    size: int
    sha256: str | None
    git_sha1: str | None

    @property
    def category(self) -> str:
        return self.path.split("/", 1)[0]


def _get(client: httpx.Client, url: str, **kwargs: Any) -> httpx.Response:
    try:
        response = client.get(url, **kwargs)
    except httpx.TransportError as exc:
        host = httpx.URL(url).host
        raise DownloadError(f"cannot reach {host} ({type(exc).__name__}: {exc}); are you "
                            "offline? (--endpoint or HF_ENDPOINT for a mirror)") from None
    if response.status_code in (401, 403, 404):
        raise DownloadError(f"{url}: HTTP {response.status_code} (no such dataset, revision or "
                            "folder, or it needs a login: check --repo, --revision, --prefix)")
    if response.status_code >= 400:
        raise DownloadError(f"{url}: HTTP {response.status_code}")
    return response


def list_files(client: httpx.Client, endpoint: str, repo: str, revision: str,
               prefix: str) -> list[RemoteFile]:
    """Every `<Category>/<tool>.json` under `prefix`, following the listing's pages."""
    url: str | None = (f"{endpoint}/api/datasets/{repo}/tree/{quote(revision, safe='')}/"
                       f"{quote(prefix)}?recursive=true")
    files: list[RemoteFile] = []
    while url:
        response = _get(client, url)
        try:
            entries = response.json()
        except ValueError:
            raise DownloadError(f"{url}: the listing is not JSON") from None
        for entry in entries:
            path = str(entry.get("path", ""))
            rel = path[len(prefix):].lstrip("/") if path.startswith(prefix) else path
            if entry.get("type") != "file" or not rel.endswith(".json") or rel.count("/") != 1:
                continue
            lfs = entry.get("lfs") or {}
            files.append(RemoteFile(rel, int(entry.get("size") or lfs.get("size") or 0),
                                    lfs.get("oid") or lfs.get("sha256"),
                                    None if lfs else entry.get("oid")))
        url = response.links.get("next", {}).get("url")
    return sorted(files, key=lambda f: f.path)


def choose(files: list[RemoteFile], max_categories: int, max_tools: int) -> list[RemoteFile]:
    """The first categories by name, then tools from them in turn, up to `max_tools`."""
    by_category: dict[str, list[RemoteFile]] = {}
    for f in files:
        by_category.setdefault(f.category, []).append(f)
    chosen_categories = sorted(by_category)[:max_categories]
    queues = [iter(by_category[c]) for c in chosen_categories]
    chosen: list[RemoteFile] = []
    while queues and len(chosen) < max_tools:
        for queue in list(queues):
            item = next(queue, None)
            if item is None:
                queues.remove(queue)
            elif len(chosen) < max_tools:
                chosen.append(item)
    return sorted(chosen, key=lambda f: f.path)


def _digests(path: Path) -> tuple[str, str]:
    """(sha256, git blob sha1) of a file."""
    sha256 = hashlib.sha256()
    blob = hashlib.sha1(f"blob {path.stat().st_size}\0".encode(), usedforsecurity=False)
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            sha256.update(chunk)
            blob.update(chunk)
    return sha256.hexdigest(), blob.hexdigest()


def verified(path: Path, remote: RemoteFile) -> bool:
    if not path.is_file() or path.stat().st_size != remote.size:
        return False
    sha256, sha1 = _digests(path)
    if remote.sha256:
        return sha256 == remote.sha256
    if remote.git_sha1:
        return sha1 == remote.git_sha1
    return True  # the listing gave no checksum: the size matched


def fetch(client: httpx.Client, url: str, remote: RemoteFile, target: Path) -> None:
    """Download `url` to `target`, resuming a `.part` file left by an earlier run."""
    part = target.with_name(target.name + ".part")
    target.parent.mkdir(parents=True, exist_ok=True)
    have = part.stat().st_size if part.exists() else 0
    if have > remote.size:
        part.unlink()
        have = 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    try:
        with client.stream("GET", url, headers=headers) as response:
            if response.status_code == 416:  # the part is already complete
                pass
            elif response.status_code >= 400:
                raise DownloadError(f"{url}: HTTP {response.status_code}")
            else:
                mode = "ab" if have and response.status_code == 206 else "wb"
                with part.open(mode) as out:
                    for chunk in response.iter_bytes(CHUNK):
                        out.write(chunk)
    except httpx.TransportError as exc:
        raise DownloadError(f"cannot reach {httpx.URL(url).host} ({type(exc).__name__}); "
                            f"rerun to resume {remote.path}") from None
    if not verified(part, remote):
        part.unlink(missing_ok=True)
        raise DownloadError(f"{remote.path}: checksum mismatch after download (removed; rerun)")
    os.replace(part, target)


def download(endpoint: str, repo: str, revision: str, prefix: str, dest: Path,
             max_categories: int, max_tools: int) -> Iterator[tuple[RemoteFile, str]]:
    """Yield (file, "downloaded" | "present") for each chosen file."""
    endpoint = endpoint.rstrip("/")
    prefix = prefix.strip("/")
    with httpx.Client(follow_redirects=True, timeout=60.0) as client:
        files = list_files(client, endpoint, repo, revision, prefix)
        if not files:
            raise DownloadError(f"{endpoint}/datasets/{repo}: no <Category>/<tool>.json under "
                                f"{prefix!r}")
        for remote in choose(files, max_categories, max_tools):
            target = dest / remote.path
            if verified(target, remote):
                yield remote, "present"
                continue
            url = (f"{endpoint}/datasets/{repo}/resolve/{quote(revision, safe='')}/"
                   f"{quote(prefix + '/' + remote.path)}")
            fetch(client, url, remote, target)
            yield remote, "downloaded"


def _positive(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--max-categories", type=_positive, default=3)
    parser.add_argument("--max-tools", type=_positive, default=100)
    parser.add_argument("--dest", type=Path, default=DEFAULT_DEST,
                        help=f"destination (default {DEFAULT_DEST})")
    parser.add_argument("--repo", default=DEFAULT_REPO, help="dataset repository on the Hub")
    parser.add_argument("--revision", default="main")
    parser.add_argument("--prefix", default=DEFAULT_PREFIX,
                        help="folder of <Category>/<tool>.json in the repository")
    parser.add_argument("--endpoint", default=os.environ.get("HF_ENDPOINT", DEFAULT_ENDPOINT))
    args = parser.parse_args(argv)
    counts = {"downloaded": 0, "present": 0}
    categories: set[str] = set()
    try:
        for remote, how in download(args.endpoint, args.repo, args.revision, args.prefix,
                                    args.dest, args.max_categories, args.max_tools):
            counts[how] += 1
            categories.add(remote.category)
    except DownloadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    total = counts["downloaded"] + counts["present"]
    print(f"{total} tools in {len(categories)} categories at {args.dest} "
          f"({counts['downloaded']} downloaded, {counts['present']} already present)")
    print(f"export TOOLGEN_TOOLENV_DIR={args.dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
