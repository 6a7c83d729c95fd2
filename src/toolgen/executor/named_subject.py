"""A record the call names is that record: its `name` is the name the call sent.

BFCL `get_player_record(player="Lionel Messi")` answered `{"player_id": ..., "name":
"Bradley Sawyer", "player": "Lionel Messi"}`, and the answer said "that's Bradley
Sawyer": the generated name of the record beside the echo of the one asked for. When an
object's id names an entity (`player_id`) and its field of that entity's own name
(`player`) holds a name the call sent, its `name` is that name.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import id_entity, normalize_key


def named_subject(output: Any, args: dict[str, Any]) -> None:
    """Give the top-level object of `output` the name the call sent for its subject."""
    if not isinstance(output, dict) or not isinstance(output.get("name"), str):
        return
    sent = {v for v in args.values() if isinstance(v, str) and v.strip()}
    if not sent:
        return
    entities = {e for k in output if (e := id_entity(k))}
    for key, value in output.items():
        if (key != "name" and isinstance(value, str) and value in sent
                and normalize_key(key) in entities):
            output["name"] = value
            return
