"""A list answer's total counts what the call could match: a sanctions scan of one name
does not report "602 matches" over three items, and a page that is not full has nothing
after it.

`believable_totals(output, args)` looks at a top-level object holding one list of objects
and a total (`total`, `total_count`, `count`, `total_results`...). When the call looked one
thing up by a unique attribute (a name, an email, a phone, a document number, a URL), or
asked for a page of `limit` and got fewer, the total is the number of items; any other
unpaginated total stays within a few pages of the items shown (3 items "of 989" becomes
3 of at most 15). Paginated answers (a cursor, `has_more`, a page number) keep theirs.
In place, deterministic, never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import normalize_key

# Arguments that pick out one person or one thing: their matches are the items shown.
NARROW_ARGS = frozenset({"name", "full_name", "first_name", "last_name", "email", "username",
                         "phone", "person", "individual", "entity_name", "passport", "ssn",
                         "tax_id", "cpf", "cnpj", "cep", "vin", "isbn", "imei", "domain", "ip",
                         "ip_address", "url", "barcode", "upc", "ean", "tracking_number"})
_TOTALS = frozenset({"total", "total_count", "total_results", "count", "num_results",
                     "results_count", "total_items", "found", "matches", "hits"})
_PAGING = frozenset({"page", "offset", "cursor", "next_cursor", "next_page", "has_more",
                     "next_page_token", "page_token", "skip", "start"})
_LIMITS = ("limit", "page_size", "per_page", "size", "max_results", "count")


def believable_totals(output: Any, args: dict[str, Any]) -> None:
    """Set the total of a narrow lookup or a short page to its item count (see module doc)."""
    if not isinstance(output, dict):
        return
    lists = [v for v in output.values()
             if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
    if len(lists) != 1 or _PAGING & set(args):
        return
    keys = {normalize_key(k): k for k in output}
    if _PAGING & set(keys):
        return
    n = len(lists[0])
    narrow = bool(NARROW_ARGS & set(args))
    limit = next((v for k in _LIMITS for v in [args.get(k)]
                  if isinstance(v, int) and not isinstance(v, bool)), None)
    short = narrow or (limit is not None and n < limit)
    for nk, key in keys.items():
        value = output[key]
        if nk not in _TOTALS or not isinstance(value, int) or isinstance(value, bool):
            continue
        if short:
            output[key] = n
        elif value > max(20, 10 * n):
            # Why: an unpaginated answer of three items "out of 989" reads as made up; a
            # few pages' worth is what such a search believably matched.
            output[key] = n + value % (4 * n + 1)
