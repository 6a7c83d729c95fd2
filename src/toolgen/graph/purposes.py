"""What an endpoint is for, so a chain does not do one thing twice in a row.

BFCL lists the same function under several names (`fetch_dna_sequence` and
`fetch_dna_sequence_e7901ea3`): a chain linked them through `DNA_id` and fetched one DNA
twice, back to back (BFCL seed 7 #245). ToolBench holds many checkers of one value: an
email verified by Bouncer, then by DeBounce, then by Email Validator (ToolBench seed
8307853 #3) reads as a tool looping, not as a person's request. `purpose(endpoint)` is
its purpose keys: a check (`verify_email`, `validate`, a bare `Email` of "DeBounce Email
Validation") is "check <p>" for each parameter <p> it checks (its required ones, else
all: an email checked with an IP is the email checked again); every endpoint is also its
own name's words without a namespace hex tail or its tool's `_for_` suffix (ToolBench's
`Check` and `Check_2` of one tool are one check), and without the format it answers in.
A sampled chain drops a step sharing a purpose key with the step before it
(`without_twins`, when no later step reads its output and the pattern keeps enough
steps); a two-call chain, which dropping would leave one call, has its second call drawn
again by the sampler (`are_twins`); the judge's `twins` check reads the same keys. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import pairwise

from toolgen.records import Chain, Endpoint

_HEX_TAIL = re.compile(r"_[0-9a-f]{8}$")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_WORD = re.compile(r"[a-z]+")
_CHECKS = frozenset({"validate", "validation", "validator", "verify", "verification",
                     "verifier", "check", "checker"})
# Name words that say the endpoint does something besides the check ("check in", a
# status or availability lookup of a booking) or checks many: those keep their own names.
_NOT_A_CHECK = frozenset({"in", "out", "status", "availability", "price", "prices", "bulk",
                          "batch", "list", "download", "upload", "results", "health",
                          "balance", "job", "scan"})
# Parameters that say how to ask (a request id, a key, a format), not what is checked.
_HOW = frozenset({"requestid", "request_id", "api_key", "apikey", "key", "token", "format",
                  "callback", "lang", "language", "output", "timeout", "x_api_key", "accept",
                  "content_type"})
# Name words that say what the endpoint does, so its tool's name says nothing more.
_DOING = frozenset({"get", "list", "search", "find", "fetch", "retrieve", "create", "add",
                    "update", "delete", "remove", "send", "post", "read", "lookup", "show",
                    "view", "calculate", "convert", "generate", "book", "cancel", "track",
                    "analyze", "detect", "predict", *_CHECKS})


def purposes(endpoint: Endpoint) -> frozenset[str]:
    """The endpoint's purpose keys (module doc)."""
    # what it checks: its required parameters, else (ToolBench marks many optional) all
    given = [p.name.lower() for p in endpoint.parameters if p.required] or [
        p.name.lower() for p in endpoint.parameters]
    return _purpose(endpoint.function_name, endpoint.tool_name, tuple(sorted(given)))


def are_twins(a: Endpoint, b: Endpoint) -> bool:
    """Whether two different endpoints serve one purpose: stepping from one to the other
    does one thing twice."""
    return a.id != b.id and not purposes(a).isdisjoint(purposes(b))


def name_words(function_name: str) -> tuple[str, ...]:
    """An endpoint name's own words: no tool suffix, no hex tail, camel case split."""
    head = _HEX_TAIL.sub("", function_name.split("_for_", 1)[0])
    return tuple(_WORD.findall(_CAMEL.sub(" ", head).lower()))


def call_purposes(function_name: str, parameters: tuple[str, ...]) -> frozenset[str]:
    """The purpose keys of a recorded call (a ToolBench name carries its tool after
    `_for_`), given the parameter names it was sent."""
    tool = function_name.split("_for_", 1)[1] if "_for_" in function_name else ""
    return _purpose(function_name, tool.replace("_", " "),
                    tuple(sorted(p.lower() for p in parameters)))


@lru_cache(maxsize=1 << 15)
def _purpose(function_name: str, tool_name: str, required: tuple[str, ...]) -> frozenset[str]:
    words = name_words(function_name)
    said = set(words)
    if not said & _DOING:  # a bare `Email`: its tool ("Email Validation") says the verb
        said |= set(_WORD.findall(tool_name.lower()))
    checked = [p for p in required if p not in _HOW]
    if said & _CHECKS and not said & _NOT_A_CHECK and checked:
        return frozenset({" ".join(words), *(f"check {p}" for p in checked)})
    # a text transformed the same way twice: Translef's "Text translation", then Text
    # Translator's "translate" of the same text into the same language
    done = {_TRANSFORMS[w[:7]] for w in words if w[:7] in _TRANSFORMS
            } if said.isdisjoint(_WRITES) else set()  # a translated article is made
    return frozenset({" ".join(words), " ".join(_unformatted(words)),
                      *(f"{d} text" for d in done)})


def _unformatted(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name without the format it answers in: "building indoor data in json" is
    "building indoor data" (ToolBench's osm-indoor-building offers both)."""
    if len(words) > 1 and words[-1] in _FORMATS:
        words = words[:-2] if len(words) > 2 and words[-2] in ("in", "as") else words[:-1]
    return words


_FORMATS = frozenset({"json", "xml", "csv", "html", "txt", "yaml", "text", "pdf"})


# The stems of what is done to a text (translate, translation, translator), by the verb.
_TRANSFORMS = {"transla": "translate", "summari": "summarize", "paraphr": "paraphrase",
               "rewrite": "rewrite", "transcr": "transcribe"}
_WRITES = frozenset({"create", "add", "update", "delete", "remove"})

# Patterns whose chain may come down to one call (a clarification asks for one value).
_ONE_CALL = frozenset({"single_call", "clarification"})


def without_twins(chain: Chain, endpoints: Mapping[str, Endpoint]) -> Chain:
    """`chain` without each single-call step whose purpose the single call before it
    already served (module doc); `chain` itself when nothing is dropped, when a later
    link reads the step's output, or when the pattern would lose the steps it needs."""
    steps: list[tuple[str, ...]] = []
    dropped: list[int] = []
    read_from: dict[str, str] = {}  # a dropped twin -> the step whose output stands for it
    for at, step in enumerate(chain.steps):
        last = steps[-1] if steps else None
        if (last is not None and len(step) == 1 == len(last) and step[0] != last[0]
                and purposes(endpoints[step[0]]) & purposes(endpoints[last[0]])):
            a, b = endpoints[step[0]], endpoints[last[0]]
            same = name_words(a.function_name) == name_words(b.function_name)
            if same or not any(e.source == step[0] for e in chain.links):
                # a later step reads a twin's output from the twin kept (one function
                # listed twice answers alike); a checker's output is its own
                read_from[step[0]] = last[0]
                dropped.append(at)
                continue
        steps.append(step)
    if not dropped or (len(steps) < 2 and chain.pattern not in _ONE_CALL):
        return chain
    if any(len(a) == 1 == len(b) and are_twins(endpoints[a[0]], endpoints[b[0]])
           for a, b in pairwise(steps)):
        # a twin a later link reads stays, and with it the twin before it: the chain is
        # left whole, for `believable` to build again
        return chain
    gone = {chain.steps[at][0] for at in dropped}
    split = chain.split
    if split is not None:
        split -= sum(1 for at in dropped if at < split)
        if not 0 < split < len(steps):
            return chain
    links = tuple(e.model_copy(update={"source": read_from[e.source]})
                  if e.source in read_from else e
                  for e in chain.links if e.target not in gone)
    return chain.model_copy(update={"steps": tuple(steps), "links": links, "split": split})
