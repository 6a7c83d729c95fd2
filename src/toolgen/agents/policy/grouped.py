"""Texts grouped by whom they went to, said as such: `view_messages_sent` answers
`{"messages": {"USR477": ["Please find the invoice attached."], "rcv_a8ccba": ["Your
appointment is confirmed ..."]}}`, and the salient-leaf reader said "its usr477 is Kindly
look for the invoice attached" (a receiver's id as a label, the text reworded, the
message just sent left out).

`grouped_texts(output)` is one fact for an answer whose only field maps ids to lists of
texts: each text quoted (so no rewording touches it) after the id it went to, the last
`SAID` of them (the ones this conversation sent come last), with how many more there are.
None for any other answer. Pure.
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.offline import Fact

SAID = 3


def grouped_texts(output: Any) -> Fact | None:
    """The texts of a by-receiver map, quoted after their receiver (module doc)."""
    if not isinstance(output, dict) or len(output) != 1:
        return None
    (field, groups), = output.items()
    if not isinstance(groups, dict) or not groups or not all(
            isinstance(v, list) and v and all(isinstance(t, str) for t in v)
            for v in groups.values()):
        return None
    pairs = [(str(who), text) for who, texts in groups.items() for text in texts]
    shown = pairs[-SAID:]
    said = "; ".join(f'to {who}: "{text}"' for who, text in shown)
    if len(pairs) > len(shown):
        said = f"{len(pairs)} in all, the latest {said}"
    return Fact(label=str(field).replace("_", " "), value=said)
