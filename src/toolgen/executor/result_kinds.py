"""What KIND of result an endpoint returns, read from the words of its own name.

A careful reader expects different answers from `get_hotel` (a named thing), `walk_score`
(a score on its scale), `calculate_loan` (a payment computed from the principal, rate
and term), `resolve_ticket` (a confirmation that the ticket is resolved), `translate`
(the text in the target language) and an image search (pictures of real sizes).
`result_kind(endpoint)` answers one of ENTITY, MEASURE, CALCULATION, ACTION, TEXT;
`own_words(endpoint)` are the words it is read from (the endpoint's own part of a
ToolBench `x_for_tool` name, without BFCL's hex suffix). Pure, never touches the network.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from toolgen.executor.calc_match import confirmed_calculation
from toolgen.executor.formulas import formula_for
from toolgen.records import Endpoint

ENTITY: Final = "entity"
MEASURE: Final = "measure"
CALCULATION: Final = "calculation"
ACTION: Final = "action"
TEXT: Final = "text"

_WORD = re.compile(r"[a-z]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_HEX_TAIL = re.compile(r"_[0-9a-f]{8}$")

# Words of an endpoint's own name that say its answer is a figure, not a named thing.
MEASURE_WORDS: Final = frozenset(
    [
        "score", "scores", "walkscore", "statistic", "statistics", "stats", "analysis", "analyse",
        "analyze", "analytics", "position", "positions", "rank", "ranking", "rankings",
        "sentiment", "verify", "verification", "validate", "validation", "probability",
        "ratio", "ratios", "metrics", "metric", "count", "counts"])
# Verbs whose call reports a figure computed from its inputs.
CALC_VERBS: Final = frozenset(
    ["calculate", "calc", "compute", "estimate", "predict", "solve", "convert", "evaluate"])
# Verbs that say a calculation wherever they stand (`population_genetics_calculate_ne`).
CALCULATING: Final = frozenset(["calculate", "calc", "compute"])
# Verbs that act on a record, with the status the record has afterwards.
ACTION_STATUS: Final = {
    "resolve": "resolved", "close": "closed", "approve": "approved", "reject": "rejected",
    "archive": "archived", "restore": "restored", "activate": "active",
    "deactivate": "inactive", "enable": "enabled", "disable": "disabled",
    "publish": "published", "unpublish": "unpublished", "suspend": "suspended",
    "confirm": "confirmed", "complete": "completed", "ship": "shipped", "refund": "refunded",
    "cancel": "cancelled", "assign": "assigned", "block": "blocked", "unblock": "active",
    "lock": "locked", "unlock": "unlocked", "pause": "paused", "resume": "active",
    "escalate": "escalated", "reopen": "open", "accept": "accepted", "decline": "declined",
    "submit": "submitted", "send": "sent", "schedule": "scheduled", "renew": "renewed",
    "transfer": "completed", "release": "released", "press": "pressed", "engage": "engaged",
}
# A conversion of these is a file or a media transform, not a figure.
_MEDIA_WORDS: Final = frozenset(
    [
        "text", "speech", "file", "files", "image", "images", "pdf", "video", "audio", "format",
        "html", "markdown", "doc", "docx", "csv", "json", "xml", "document"])
_TEXT_WORDS: Final = frozenset({"translate", "translation", "translator"})


def action_verb(words: list[str]) -> str:
    """The verb an ACTION endpoint's own words lead (or, for a transfer, end) with."""
    return words[0] if words and words[0] in ACTION_STATUS else words[-1]


def own_words(endpoint: Endpoint) -> list[str]:
    """The words of the endpoint's own name: `calculate_loan_get_for_calcx` -> calculate,
    loan, get; `calc_absolute_pressure_0cab7eb7` -> calc, absolute, pressure."""
    return list(_own_words(endpoint.function_name))


def own_words_of(function_name: str) -> tuple[str, ...]:
    """`own_words` of a function known by its name only (a record's call)."""
    return _own_words(function_name)


# Why cached by name: compiling one endpoint's answer asks for its words about seven times.
@lru_cache(maxsize=1 << 16)
def _own_words(function_name: str) -> tuple[str, ...]:
    head = function_name.split("_for_", 1)[0]
    head = _HEX_TAIL.sub("", head)
    return tuple(_WORD.findall(_CAMEL.sub(" ", head).lower().replace("_", " ")))


def result_kind(endpoint: Endpoint) -> str:
    """ENTITY, MEASURE, CALCULATION, ACTION or TEXT, from the endpoint's own name (a
    calculation also when its parameters confirm a formula its name words state)."""
    kind = _result_kind(endpoint.function_name)
    if kind in (ENTITY, MEASURE) and confirmed_calculation(endpoint, own_words(endpoint)):
        return CALCULATION
    return kind


@lru_cache(maxsize=1 << 16)
def _result_kind(function_name: str) -> str:
    words = _own_words(function_name)
    have = set(words)
    if have & _TEXT_WORDS:
        return TEXT
    if formula_for(words) is not None or (
        (CALC_VERBS & {*words[:2], *words[-1:]} or have & CALCULATING)
        and not have & _MEDIA_WORDS
    ):
        return CALCULATION
    if words and words[0] in ACTION_STATUS and words[0] not in ("send", "submit", "schedule"):
        return ACTION
    if len(words) > 1 and words[-1] == "transfer":  # `bank_account_transfer`
        return ACTION
    if have & MEASURE_WORDS:
        return MEASURE
    return ENTITY
