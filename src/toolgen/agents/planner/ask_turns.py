"""Which of a request's steps a person asks for in one message: one subject a message.

A person who wants a ZIP code looked up and, apart from that, Bengaluru's petrol price
asks for the one, reads the answer, then asks for the other ("Thanks. Could you also
see the latest petrol in Bengaluru?"). One message stapling the two ("look up the
postal codes (ZIP 60607) and after that see the latest petrol in Bengaluru", ToolBench
seed 71 #19; "the time difference between Austin and Milan, and after that ... the top
cases in constitutional law", BFCL seed 71 #10) reads as a form filled in.

A step stays in the message before it when one of its calls uses a result of that
message's calls, or is of a piece with them (`graph.subjects`: "book the flight, then
check the flight's status"; "the user's info, then the user's mandates") and names no
thing by an id the message has not named. A step stating the ticket of a thing the
message books waits for the booking: its number is not the user's before. Parallel calls
are one step, asked together. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from toolgen.executor.values import id_entity
from toolgen.graph.fields import tokens
from toolgen.graph.subjects import of_a_piece
from toolgen.records import Endpoint, PlannedCall

Step = tuple[str, ...]


def one_subject_turns(
    steps: Sequence[Step], calls: Mapping[str, PlannedCall], endpoints: Mapping[str, Endpoint]
) -> list[tuple[Step, ...]]:
    """`steps` (call ids) cut into consecutive messages: a step joins the message before
    it when it is of a piece with that message's calls (see the module)."""
    groups: list[list[Step]] = []
    for step in steps:
        if groups and _belongs(step, [c for s in groups[-1] for c in s], calls, endpoints):
            groups[-1].append(step)
        else:
            groups.append([step])
    return [tuple(g) for g in groups]


def _belongs(step: Step, message: Sequence[str], calls: Mapping[str, PlannedCall],
             endpoints: Mapping[str, Endpoint]) -> bool:
    if _ticketed(step, calls) and any(
            _MAKES & set(tokens(endpoints[calls[c].endpoint_id].name)) for c in message):
        # the e-ticket of a flight the message books is not the user's yet: "book a direct
        # flight ... then the status for Nathan Lee (e-ticket 2201890219056)" (BFCL seed
        # 113 #11) asks it once the booking is made
        return False
    if any(d in message for c in step for d in calls[c].depends_on):
        return True
    if _named(step, calls) - _named(message, calls):
        # a thing of its own, named by its id: seats F8 for showtime shw_deec14, then the
        # show times of movie mvo_ab0bd3 are two asks of one cinema (bundled seed 71 #10)
        return False
    asked = [endpoints[calls[c].endpoint_id] for c in message]
    return any(of_a_piece(endpoints[calls[c].endpoint_id], e) for c in step for e in asked)


def _named(ids: Sequence[str], calls: Mapping[str, PlannedCall]) -> set[str]:
    """The ids the user states for the calls `ids`."""
    return {str(a.value) for c in ids for a in calls[c].arguments
            if a.source in ("user", "clarification") and id_entity(a.name) is not None}


# Name words of a call that makes what it is asked for; argument words of what a made
# thing's paperwork gives its owner (a ticket number, a confirmation code).
_MAKES = frozenset({"book", "booking", "reserve", "reservation", "purchase", "buy", "order",
                    "checkout"})
_ISSUED = frozenset({"ticket", "eticket", "confirmation", "pnr", "voucher"})


def _ticketed(step: Sequence[str], calls: Mapping[str, PlannedCall]) -> bool:
    """Whether the user states, for `step`, a number the making of a thing issues."""
    return any(a.source in ("user", "clarification") and _ISSUED & set(tokens(a.name))
               for c in step for a in calls[c].arguments)
