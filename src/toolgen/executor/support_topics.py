"""What customers ask support about a booking or an order, and what support answers.

A message to customer support is a question about the thing the customer holds (a flight
booking, an order), and support's reply answers that question, not another one. One
table serves both sides: the planner draws a question of a topic for the user to send
(`question(topic, thing)`), and the executor reads which topic a sent message is about
(`topic_of`) to answer it (`answer(topic, ref, rand)`). Pure data and string work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    """One thing customers ask: the words that say it, how they ask, how support answers
    (`{thing}`: "my flight to Chicago"; `{ref}`: the booking or order reference)."""

    name: str
    keywords: tuple[str, ...]
    questions: tuple[str, ...]
    answers: tuple[str, ...]


BOOKING_TOPICS = (
    Topic("bag", ("checked bag", "baggage", "suitcase"),
          ("Can I add a checked bag to {thing}?",
           "How much is an extra suitcase on {thing}?",
           "What is the baggage allowance for {thing}?"),
          ("One checked bag of up to 23 kg is now added to booking {ref}; the fee of "
           "$35 goes on the card you booked with.",
           "Booking {ref} includes one cabin bag; a checked bag of up to 23 kg costs $35 "
           "and can be added until 24 hours before departure.")),
    Topic("seat", ("seat", "window", "aisle"),
          ("Could I get a window seat on {thing}?",
           "Is it possible to sit by the aisle on {thing}?"),
          ("Seat {seat} is now assigned on booking {ref}.",
           "We moved you to seat {seat} on booking {ref}; your boarding pass will show "
           "it at check-in.")),
    Topic("date", ("a day later", "another date", "change the date", "reschedule"),
          ("Can I move {thing} to a day later?",
           "Is it possible to change the date of {thing}?"),
          ("Booking {ref} can be moved to another date for a change fee of $45 plus any "
           "price difference; reply with the date you want and we will rebook you.",)),
    Topic("cancel", ("cancel", "refund"),
          ("If I cancel {thing}, do I get a refund?",
           "How do I cancel {thing} and get my money back?"),
          ("Booking {ref} can be cancelled free of charge within 24 hours of booking; "
           "the refund reaches your card in 5-7 business days.",
           "You can cancel booking {ref} from your account page; economy fares are "
           "refunded minus a $50 fee.")),
    Topic("meal", ("vegetarian", "meal"),
          ("Can I request a vegetarian meal on {thing}?",),
          ("A vegetarian meal is now noted on booking {ref}.",)),
    Topic("receipt", ("receipt", "invoice"),
          ("Could you send me a receipt for {thing}?",),
          ("The receipt for booking {ref} has been emailed to the address on your "
           "account.",)),
)
HOTEL_TOPICS = (
    Topic("late", ("late check-in", "arrive late", "after midnight"),
          ("I'll arrive after midnight - is late check-in possible for {thing}?",),
          ("Late check-in is fine for {ref}; the night desk is open 24 hours.",)),
    Topic("date", ("a day later", "another date", "change the date", "reschedule"),
          ("Is it possible to change the dates of {thing}?",),
          ("{Ref} can be moved to other dates at no charge if the room is free; reply "
           "with the dates you want.",)),
    Topic("cancel", ("cancel", "refund"),
          ("If I cancel {thing}, do I get a refund?",),
          ("{Ref} can be cancelled free of charge up to 48 hours before arrival; the "
           "refund reaches your card in 5-7 business days.",)),
    Topic("breakfast", ("breakfast",),
          ("Is breakfast included in {thing}?",),
          ("Breakfast is included in {ref}, served from 7 to 10:30 am.",)),
    Topic("receipt", ("receipt", "invoice"),
          ("Could you send me a receipt for {thing}?",),
          ("The receipt for {ref} has been emailed to the address on your account.",)),
)
ORDER_TOPICS = (
    Topic("where", ("arrived", "where is", "tracking"),
          ("{Thing} hasn't arrived yet - can you tell me where it is?",
           "Is there a tracking number for {thing}?"),
          ("Order {ref} left our warehouse yesterday and should arrive within 2-3 "
           "business days; the tracking link is in your confirmation email.",)),
    Topic("address", ("address",),
          ("Can I still change the delivery address for {thing}?",),
          ("The delivery address for order {ref} is updated; it has not shipped yet.",)),
    Topic("return", ("return",),
          ("How do I return an item from {thing}?",),
          ("You can return items from order {ref} within 30 days; a prepaid return label "
           "has been emailed to you.",)),
    Topic("receipt", ("receipt", "invoice"),
          ("Could you send me the invoice for {thing}?",),
          ("The invoice for order {ref} has been emailed to the address on your "
           "account.",)),
)
_SEATS = tuple(f"{row}{seat}" for row in (7, 12, 14, 21, 27) for seat in "ACDF")


def topics_for(thing_kind: str) -> tuple[Topic, ...]:
    """The topics of a thing: an order's, a hotel stay's, else a (flight) booking's."""
    if thing_kind == "order":
        return ORDER_TOPICS
    return HOTEL_TOPICS if thing_kind == "hotel" else BOOKING_TOPICS


def question(topic: Topic, thing: str, rand: Callable[[], float]) -> str:
    """A customer's question of `topic` about `thing` ("my flight to Chicago")."""
    asked = topic.questions[int(rand() * len(topic.questions))]
    return asked.format(thing=thing, Thing=thing[:1].upper() + thing[1:])


def topic_of(message: str, topics: tuple[Topic, ...]) -> Topic | None:
    """The topic of `topics` a customer's message asks about (None: none known)."""
    text = message.lower()
    for topic in topics:
        if any(k in text for k in topic.keywords):
            return topic
    return None


def answer(topic: Topic | None, ref: str, rand: Callable[[], float]) -> str:
    """Support's reply to a message of `topic` about `ref` (a booking or order reference,
    or "your booking"); a message of no known topic is acknowledged, not answered."""
    if topic is None:
        return (f"Thanks for contacting us about {ref}. We have passed your message to an "
                "agent, who will reply within 24 hours.")
    said = topic.answers[int(rand() * len(topic.answers))]
    if ref.startswith("your "):  # no reference sent: "booking your booking" reads badly
        for noun in ("booking", "order"):
            said = said.replace(f"{noun.capitalize()} {{ref}}", "{Ref}")
            said = said.replace(f"{noun} {{ref}}", "{ref}")
    return said.format(ref=ref, Ref=ref[:1].upper() + ref[1:],
                       seat=_SEATS[int(rand() * len(_SEATS))])
