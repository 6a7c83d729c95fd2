"""Pluggable domain context: a short text about the domain that guides entity seeding.

Owns the `ContextProvider` protocol and two providers: `FileContext` (a local text or JSON
file, for offline use) and `WikipediaContext` (the Wikipedia REST summary plus the Wikidata
description over HTTP, for where the network allows; base URLs are parameters so tests
point them at a local server). Failures are data: a provider returns an empty context
with the reason, never raises for a missing page or an unreachable host.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

import httpx
import orjson

MAX_CHARS = 4000


@dataclass(frozen=True, slots=True)
class DomainContext:
    text: str
    source: str
    problem: str = ""


class ContextProvider(Protocol):
    def context(self, domain: str) -> DomainContext: ...


class NoContext:
    """The default: schema.org alone."""

    def context(self, domain: str) -> DomainContext:
        return DomainContext("", "none")


@dataclass(frozen=True, slots=True)
class FileContext:
    """A local file: plain text, or JSON with an `extract`/`text`/`description` field."""

    path: Path

    def context(self, domain: str) -> DomainContext:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            return DomainContext("", str(self.path), f"{self.path}: unreadable ({exc})")
        text = raw
        if self.path.suffix == ".json":
            try:
                doc = orjson.loads(raw)
            except orjson.JSONDecodeError:
                return DomainContext("", str(self.path), f"{self.path}: not valid JSON")
            text = _text_of(doc)
        return DomainContext(text.strip()[:MAX_CHARS], f"file:{self.path.name}")


@dataclass(frozen=True, slots=True)
class WikipediaContext:
    """Wikipedia page summary + Wikidata entity description for the domain name."""

    wikipedia_url: str = "https://en.wikipedia.org"
    wikidata_url: str = "https://www.wikidata.org"
    timeout_s: float = 10.0

    def context(self, domain: str) -> DomainContext:
        title = quote(domain.strip().replace(" ", "_"), safe="")
        parts: list[str] = []
        problems: list[str] = []
        headers = {"User-Agent": "toolgen-synthesize-tools/0.1"}
        with httpx.Client(timeout=self.timeout_s, headers=headers) as client:
            summary = _get_json(client, f"{self.wikipedia_url}/api/rest_v1/page/summary/{title}",
                                None, problems)
            if isinstance(summary, dict) and isinstance(summary.get("extract"), str):
                parts.append(summary["extract"])
            found = _get_json(client, f"{self.wikidata_url}/w/api.php", {
                "action": "wbsearchentities", "search": domain.strip(), "language": "en",
                "format": "json", "limit": "1"}, problems)
            if isinstance(found, dict) and isinstance(found.get("search"), list) and found[
                    "search"]:
                hit = found["search"][0]
                if isinstance(hit, dict) and isinstance(hit.get("description"), str):
                    parts.append(f"{hit.get('label', domain)}: {hit['description']}.")
        return DomainContext(" ".join(parts)[:MAX_CHARS], "wikipedia+wikidata",
                             "; ".join(problems))


def _get_json(client: httpx.Client, url: str, params: dict[str, str] | None,
              problems: list[str]) -> object:
    try:
        response = client.get(url, params=params)
    except httpx.HTTPError as exc:
        problems.append(f"{url.split('?')[0]}: {type(exc).__name__}")
        return None
    if response.status_code != 200:
        problems.append(f"{url.split('?')[0]}: HTTP {response.status_code}")
        return None
    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError:
        problems.append(f"{url.split('?')[0]}: not JSON")
        return None


def _text_of(doc: object) -> str:
    if isinstance(doc, dict):
        for key in ("extract", "text", "description", "summary"):
            if isinstance(doc.get(key), str):
                return str(doc[key])
    return doc if isinstance(doc, str) else ""
