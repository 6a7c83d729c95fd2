"""Chain semantics: an output value feeds a parameter that means the same kind of thing.

`get_channel_videos(channel_id=<videoDetails.channelId>)` is a chain; feeding a
`tracking.id` into `user_id` is not: the source names one entity and the parameter
another. Entities come from key names (`channel_id` -> channel, `tracking.id` ->
tracking, a bare `id` -> the endpoint's noun) compared with a few synonym groups.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.graph.families import api_family
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.api_links import crosses_apis
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import function_words, key_tokens, real_steps, singular, words
from toolgen.judge.view import RecordView
from toolgen.records import Finding, StepTrace

NAME = "chains"

_ID_WORDS = frozenset({"id", "ids", "uuid", "key", "code", "slug", "no", "number", "ref"})
_NOISE = words(
    "get list all by the of details detail info information search fetch create update delete ",
    "new add remove v1 v2 v3 api find show retrieve read post put patch set my single one ",
    "latest recent top data lookup query view current result response item entry record hit ",
    "value content payload object node page edge element row match",
)
_SYNONYMS = (
    words("user owner author customer member account profile creator person contact ",
              "client player seller buyer uploader login"),
    words("product item sku listing goods article"),
    words("video media clip movie film"),
    words("location place city venue address"),
    words("order purchase booking reservation transaction"),
    words("track song music"),
    words("company business organization organisation org firm"),
    words("tracking tracker shipment package parcel"),
)
_SEGMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _clean(tokens: list[str]) -> frozenset[str]:
    words = (singular(t) for t in tokens if not t.isdigit())
    return frozenset(w for w in words if w not in _NOISE)


# The entities of a name or path, and whether a link fits, depend on the names alone: the
# planner, the policy and this check ask about the same endpoint's names in every record.
@lru_cache(maxsize=16384)
def param_entity(name: str, function_name: str) -> frozenset[str]:
    tokens = key_tokens(name)
    if not tokens or tokens[-1] not in _ID_WORDS:
        return frozenset()
    head = tokens[:-1]
    return _clean(head) if head else _clean(function_words(function_name))


@lru_cache(maxsize=16384)
def path_entity(path: str, function_name: str) -> frozenset[str]:
    keys = _SEGMENT.findall(path.replace("$", ""))
    if not keys:
        return frozenset()
    tokens = key_tokens(keys[-1])
    if not tokens or tokens[-1] not in _ID_WORDS:
        return frozenset()
    if tokens[:-1]:
        return _clean(tokens[:-1])
    if len(keys) >= 2:
        return _clean(key_tokens(keys[-2]))
    return _clean(function_words(function_name))


def _related(a: frozenset[str], b: frozenset[str]) -> bool:
    if a & b:
        return True
    return any(a & group and b & group for group in _SYNONYMS)


@lru_cache(maxsize=16384)
def link_fits(param: str, target_function: str, path: str, source_function: str,
              strict: bool = False, source_endpoint: str = "", target_endpoint: str = "") -> bool:
    """Whether an output at `path` of `source_function` may feed `param`: never between two
    named, unrelated entities, nor a generic entity's id (user, file, a bare id) between two
    API families when both endpoint ids are given; with `strict`, only when both name the
    same kind of entity."""
    if crosses_apis(param, path, source_endpoint, target_endpoint):
        return False
    target = param_entity(param, target_function)
    origin = path_entity(path, source_function)
    if target and origin:
        return _related(target, origin)
    return not strict


def _check_step(view: RecordView, step: StepTrace) -> list[Finding]:
    out: list[Finding] = []
    for name, arg in step.arguments.items():
        if arg.source != "tool_output" or not arg.path or arg.call_id is None:
            continue
        source = view.steps.get(arg.call_id)
        target = param_entity(name, step.function_name)
        origin = path_entity(arg.path, source.function_name if source else "")
        if not link_fits(name, step.function_name, arg.path,
                         source.function_name if source else ""):
            out.append(finding(
                NAME, "entity_mismatch", view.call_at[step.call_id],
                f"{step.function_name}.{name} ({'/'.join(sorted(target))}) is fed "
                f"{arg.path} ({'/'.join(sorted(origin))}) from an unrelated entity"))
        elif source is not None and crosses_apis(name, arg.path, source.endpoint_id,
                                                 step.endpoint_id,
                                                 _described(view, step.function_name, name)):
            out.append(finding(
                NAME, "cross_api_link", view.call_at[step.call_id],
                f"{step.function_name}.{name} is fed {arg.path} of {source.function_name}: "
                f"a {api_family(source.endpoint_id)} id means nothing to "
                f"{api_family(step.endpoint_id)}"))
    return out


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        out += _check_step(view, step)
    return out


def _described(view: RecordView, function: str, param: str) -> str:
    """The offered schema's description of `function`'s argument `param`."""
    props = (view.schemas.get(function) or {}).get("properties")
    schema = props.get(param) if isinstance(props, dict) else None
    said = schema.get("description") if isinstance(schema, dict) else None
    return said if isinstance(said, str) else ""
