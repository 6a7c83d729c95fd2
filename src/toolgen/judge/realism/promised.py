"""Results that leave out what their endpoint's words promise.

BFCL's `time_zones_get_current_time(location="Nairobi")` answered `{"zones": [{"zone_id",
"zone_name": "Nairobi Zone", "location"}]}`: no time. A QR code generator answered the
text it was sent and no image; `forgot_password` a list of ids and no word of a reset
link; a gold price history days without a price. A reviewer reads the name, then finds
nothing of it. Kind `promise_unkept`.

The promise is the executor's own reading (`executor.promised.promise_of`: a local or
current time, tags, a made picture, a price history, a password reset, an inbox read,
the cities near a point, a reverse geocode, a distance between two places, a hash, a
one-time code sent), from the function's name, its description's first line and its
parameters; it is unkept when no key of the successful result (at any depth, the call's
own parameters said back excepted) names what is promised (`promised.kept`: a time, an
offset; a name or tag; a url, an image or its data; a price, a close, a rate...).

Left alone: failed calls, outputs that are not JSON objects or lists, empty results
(other checks read those) and endpoints whose words promise none of these.
"""

from __future__ import annotations

from toolgen.executor.promised import kept, promise_of
from toolgen.executor.values import normalize_key
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import real_steps
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "promised"


def _params(view: RecordView, function_name: str) -> frozenset[str]:
    schema = view.schemas.get(function_name) or {}
    props = schema.get("properties") if isinstance(schema, dict) else None
    return frozenset(normalize_key(str(k)) for k in props) if isinstance(props, dict) \
        else frozenset()


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        params = _params(view, step.function_name)
        line = view.description(step.function_name).split("\n", 1)[0]
        kind = promise_of(step.function_name, line, params)
        if kind is None:
            continue
        output = view.output(step.call_id)
        if output is NOT_JSON or not isinstance(output, dict | list) or not output:
            continue
        keys = {k for k, _ in view.leaves(step.call_id)} | {
            k for k, _ in view.objects(step.call_id)}
        if not kept(kind, keys, params):
            out.append(finding(NAME, "promise_unkept", view.answer_at[step.call_id],
                               f"{step.function_name}: its name promises {kind}, and its "
                               "result holds nothing of it"))
    return out
