"""`CompiledCall`: what a call of one endpoint needs that depends on the endpoint alone.

`compiled_call(executor, endpoint)` works it out on the endpoint's first call (its
inferences, argument validator, response plan, whether it changes data, the status a
delete answers with, its key-value or message-log operation) and caches it on the
executor, so later calls of the endpoint in any session reuse it. Never touches the
network.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from toolgen.executor.actions import EndpointInfo, changes_data, endpoint_info
from toolgen.executor.domain_fields import detects_language
from toolgen.executor.generate import Plan
from toolgen.executor.kv_store import KvOp
from toolgen.executor.result_kinds import own_words
from toolgen.executor.sent_log import LogOp, store_op
from toolgen.executor.validation import CompiledValidator, validator_for
from toolgen.records import Endpoint

if TYPE_CHECKING:
    from toolgen.executor.executor import MockExecutor


@dataclass(frozen=True, slots=True)
class CompiledCall:
    """What a call of one endpoint needs that depends on the endpoint alone, worked out
    on its first call: inferences, argument validator, response plan, whether it changes
    data, and the status a delete answers with (None when the schema lists statuses)."""

    info: EndpointInfo
    validate: CompiledValidator
    plan: Plan
    writes: bool
    delete_mark: str | None
    kv: KvOp | LogOp | None  # a key-value store's or a message log's operation
    fields: frozenset[str]  # the response schema's top-level fields
    detects_language: bool = False  # `language_detection`: answers the text's language


def compiled_call(executor: MockExecutor, endpoint: Endpoint) -> CompiledCall:
    """The endpoint's `CompiledCall`, cached on the executor for this endpoint object."""
    hit = executor.compiled_calls.get(endpoint.id)
    if hit is not None and hit[0] is endpoint:
        return hit[1]
    info = endpoint_info(endpoint)
    props = endpoint.response_schema.get("properties")
    status_schema = props.get("status") if isinstance(props, dict) else None
    mark = None if isinstance(status_schema, dict) and "enum" in status_schema else (
        gone_status(endpoint.name))
    compiled = CompiledCall(info, validator_for(endpoint), executor.plan_for(endpoint, info),
                            changes_data(endpoint), mark, store_op(endpoint),
                            frozenset(props) if isinstance(props, dict) else frozenset(),
                            detects_language(set(own_words(endpoint))))
    executor.compiled_calls[endpoint.id] = (endpoint, compiled)
    return compiled


# What a removal leaves its thing as, by the verb that removes it; anything else is
# deleted. A gallery filter removed came back "cancelled" (ToolBench seed 31 #55).
_GONE_AS = (("cancel", "cancelled"), ("remove", "removed"), ("unsubscribe", "unsubscribed"),
            ("unfollow", "unfollowed"), ("revoke", "revoked"), ("void", "voided"),
            ("withdraw", "withdrawn"), ("unblock", "unblocked"), ("clear", "cleared"))


def gone_status(name: str) -> str:
    """The status a delete endpoint named `name` answers with ("removed" for a remove)."""
    low = name.lower()
    return next((status for verb, status in _GONE_AS if verb in low), "deleted")
