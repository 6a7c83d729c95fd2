"""What a browser detection reads from the user agent it is sent: the browser, its major
version, the operating system and the kind of device.

A detection API answered `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ... Chrome/124.0`
with records holding nothing but the string sent back; a drawn `browser: "Safari"` would
contradict the string. `agent_finish(shape_text)` returns the step that, for every object
holding `browser`, sets `browser`, `browser_version`, `os` and `device_type` from the
user agent among the call's arguments (an argument named like a user agent, or a value
that opens with "Mozilla/" or "Opera/"). The order of the checks is the usual one: Edge
and Opera say "Chrome" too, Chrome says "Safari". Pure; never touches the network.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

Finish = Callable[[Any, dict[str, Any], random.Random], None]

# (browser, the token its version follows), most specific first.
_BROWSERS = (("Edge", "Edg/"), ("Edge", "Edge/"), ("Opera", "OPR/"), ("Firefox", "Firefox/"),
             ("Samsung Internet", "SamsungBrowser/"), ("Chrome", "CriOS/"),
             ("Chrome", "Chrome/"), ("Safari", "Version/"))
_WINDOWS = {"10.0": "Windows 10", "6.3": "Windows 8.1", "6.2": "Windows 8", "6.1": "Windows 7"}
_VERSION = re.compile(r"(\d+)")


def agent_finish(shape_text: str) -> Finish | None:
    """The step filling a detection's fields from the sent user agent (module doc)."""
    return _fill if '"browser"' in shape_text else None


def _fill(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    agent = sent_agent(args)
    if agent is None:
        return
    found = parse(agent)
    for node in objects_in(output):
        if "browser" in node:
            for key, value in found.items():
                if key in node or key == "browser":
                    node[key] = value


def sent_agent(args: dict[str, Any]) -> str | None:
    """The user agent among the call's arguments, if any."""
    for key, value in args.items():
        if not isinstance(value, str):
            continue
        named = normalize_key(key).replace("_", "") in ("useragent", "useragentstring", "ua")
        if named or value.startswith(("Mozilla/", "Opera/")):
            return value
    return None


def parse(agent: str) -> dict[str, str]:
    """browser, browser_version, os and device_type of a user agent string."""
    browser, version = "Unknown", ""
    for name, token in _BROWSERS:
        at = agent.find(token)
        if at >= 0:
            m = _VERSION.match(agent, at + len(token))
            browser, version = name, m.group(1) if m else ""
            break
    return {"browser": browser, "browser_version": version, "os": _os(agent),
            "device_type": _device(agent)}


def _os(agent: str) -> str:
    m = re.search(r"Windows NT (\d+\.\d+)", agent)
    if m:
        return _WINDOWS.get(m.group(1), "Windows")
    if "iPhone" in agent or "iPad" in agent:
        return "iOS"
    if "Android" in agent:
        return "Android"
    if "Mac OS X" in agent:
        return "macOS"
    if "CrOS" in agent:
        return "ChromeOS"
    return "Linux" if "Linux" in agent else "Unknown"


def _device(agent: str) -> str:
    if "iPad" in agent or "Tablet" in agent:
        return "tablet"
    if "Mobile" in agent or "iPhone" in agent or "Android" in agent:
        return "mobile"
    return "desktop"
