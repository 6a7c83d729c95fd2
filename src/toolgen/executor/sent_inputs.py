"""What an answer says of the inputs its call sent or left unsent.

- `echoed_arguments(params, unsent)`: an inferred answer's field echoing an argument the
  call sent holds the sent value (a scalar of the same kind, never a word picked out of
  the sent sentence nor a day or time, which `echo` moves with its pair); one echoing an
  optional argument the call did not send is dropped.
- `computed(key, compute, unsent)`: a calculation's answer under `key` is computed from
  what was sent, the answer's own inputs and the defaults of optional inputs left
  unsent (`unsent_defaults`; `NONE` marks an optional input without a default).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.formulas import Invalid
from toolgen.executor.values import normalize_key
from toolgen.executor.views import VIEW_KEYS
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]


def unsent_defaults(endpoint: Endpoint) -> dict[str, Any]:
    """Optional parameters (normalised name -> their default, or a marker for none)."""
    return {normalize_key(p.name): (p.default if p.has_default else NONE)
            for p in endpoint.parameters if not p.required}


NONE = object()


def echoed_arguments(params: set[str], unsent: set[str]) -> Finish:
    """In the answer, each field echoing an argument the call sent holds the sent value
    (scalars of the same type only); in it and the records of its lists, each echoing an
    optional one it did not send (in `unsent`) is dropped."""
    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if not isinstance(output, dict):
            return
        records = [output, *(item for v in output.values() if isinstance(v, list)
                             for item in v if isinstance(item, dict))]
        for record in records:
            for k in list(record):
                nk = normalize_key(k)
                if nk not in params:
                    continue
                if nk in args:
                    if record is not output:
                        continue  # a listed record may be one an earlier call wrote
                    current, sent = record[k], args[nk]
                    # a word picked out of the sent sentence (a thesaurus) narrows it
                    picked = isinstance(current, str) and isinstance(sent, str) and (
                        current.lower() in sent.lower())
                    # a day or time is `echo`'s, which moves its pair with it
                    dated = isinstance(sent, str) and _DAY.match(sent) is not None
                    if _same_kind(current, sent) and not picked and not dated:
                        record[k] = sent
                elif nk in unsent and nk not in VIEW_KEYS:
                    # Why not its default: a corpus default is often a paste
                    # (`fee: '{"parameter":"object"}'`); unsaid is never wrong. A language
                    # stays: it is the record's own (the one it was written in).
                    del record[k]

    return step


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}")


def _same_kind(current: Any, sent: Any) -> bool:
    """Both texts, both numbers or both flags: a sent value may replace its echo."""
    if isinstance(current, bool) or isinstance(sent, bool):
        return isinstance(current, bool) and isinstance(sent, bool)
    if isinstance(current, str):
        return isinstance(sent, str)
    return isinstance(current, int | float) and isinstance(sent, int | float)


def computed(key: str, compute: Callable[[dict[str, Any]], Any],
              unsent: dict[str, Any]) -> Finish:
    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if not isinstance(output, dict) or key not in output:
            return
        # An optional input the call did not send is its default, or not stated at all:
        # `n: 570` compoundings a year that nobody asked for would change the answer.
        for k in list(output):
            nk = normalize_key(k)
            if nk in unsent and nk not in args:
                default = unsent[nk]
                if default is NONE or isinstance(default, (dict, list)):
                    del output[k]
                else:
                    output[k] = default
        # Why the answer's own inputs too: an optional `n` it states must be the one used.
        inputs = {k: v for k, v in output.items() if k != key and not isinstance(v, dict)}
        # An optional input left unsent is its default (a 10 % efficiency, 2800 J/mol).
        inputs.update({k: d for k, d in unsent.items() if d is not NONE and k not in inputs
                       and not isinstance(d, (dict, list))})
        inputs.update(args)
        try:
            value = compute(inputs)
        except (ArithmeticError, ValueError, TypeError):
            value = None
        if isinstance(value, Invalid):
            output[key] = None
            output["message"] = str(value)
        elif value is not None:
            output[key] = value

    return step
