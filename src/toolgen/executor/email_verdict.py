"""An e-mail check whose parts agree with its verdict.

Email Verification answered `isValid: true` beside `isDomainValid: false`, with MX
records of four other companies' domains (ToolBench seed 13 #131), and the assistant
said "it's valid". An address judged valid passed every part of the check (its syntax,
its domain, its mail exchangers), and a domain's MX records are that domain's hosts.
In place, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

_VERDICTS = frozenset({"is_valid", "valid", "isvalid", "is_deliverable", "deliverable"})
_MX_LISTS = frozenset({"mx_records", "mxrecords", "mx", "mx_hosts"})


def agree_with_verdict(output: Any) -> None:
    """Each object with an e-mail address: a valid verdict's parts all pass, and its MX
    records are hosts of its own domain."""
    for node in objects_in(output):
        email = node.get("email")
        if not (isinstance(email, str) and "@" in email):
            continue
        domain = email.rsplit("@", 1)[1]
        keys = {k: normalize_key(k) for k in node}
        if any(node[k] is True for k, n in keys.items() if n in _VERDICTS):
            for k, n in keys.items():
                if type(node[k]) is bool and n not in _VERDICTS and _a_part(n):
                    node[k] = True
        for k, n in keys.items():
            hosts = node[k]
            if n in _MX_LISTS and isinstance(hosts, list) and all(
                    isinstance(h, str) for h in hosts):
                node[k] = [f"mx{i}.{domain}" for i in range(1, len(hosts) + 1)]


def _a_part(key: str) -> bool:
    """A check's part: `is_syntax_valid`, `is_domain_valid`, `has_mx_record`, `smtp_ok`."""
    words = set(key.split("_"))
    return bool(words & {"valid", "mx", "smtp", "syntax"}) and not words & {
        "disposable", "free", "role", "catch", "spam", "blocked", "blacklisted"}
