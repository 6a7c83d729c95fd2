"""Hand-built endpoints for the executor tests (a tiny hotel API plus odd shapes)."""

from __future__ import annotations

from typing import Any

from toolgen.records import Endpoint, Parameter


def param(name: str, type_: str = "string", required: bool = True, **extra: Any) -> Parameter:
    return Parameter(
        name=name,
        raw_name=name,
        type_label=type_,
        json_schema={"type": type_, **extra},
        required=required,
    )


def endpoint(
    name: str,
    params: tuple[Parameter, ...] = (),
    response: dict[str, Any] | None = None,
    method: str = "GET",
    url: str = "",
) -> Endpoint:
    return Endpoint(
        id=f"hotels/{name}",
        function_name=name,
        tool_id="hotels",
        tool_name="Hotels",
        category="Travel",
        name=name,
        method=method,
        url=url,
        parameters=params,
        response_schema=response or {},
    )


HOTEL = {
    "type": "object",
    "properties": {
        "hotel_id": {"type": "string"},
        "name": {"type": "string"},
        "city": {"type": "string"},
        "country": {"type": "string"},
        "price": {"type": "number"},
        "currency": {"type": "string"},
        "rating": {"type": "number"},
        "email": {"type": "string", "format": "email"},
        "website": {"type": "string", "format": "uri"},
        "opened": {"type": "string", "format": "date"},
        "available": {"type": "boolean"},
    },
    "required": ["hotel_id", "name"],
}

SEARCH = endpoint(
    "search_hotels",
    (param("city"), param("max_price", "number", False), param("page", "integer", False)),
    {
        "type": "object",
        "properties": {
            "results": {"type": "array", "items": HOTEL},
            "total": {"type": "integer"},
        },
    },
)
DETAILS = endpoint("get_hotel_details", (param("hotel_id"),), HOTEL)
BOOK = endpoint(
    "book_hotel",
    (
        param("hotel_id"),
        param("guest_name"),
        param("check_in", format="date"),
        param("room_type", enum=["single", "double", "suite"]),
    ),
    {
        "type": "object",
        "properties": {
            "booking_id": {"type": "string"},
            "hotel_id": {"type": "string"},
            "guest_name": {"type": "string"},
            "check_in": {"type": "string"},
            "room_type": {"type": "string", "enum": ["single", "double", "suite"]},
            "total_price": {"type": "number"},
            "status": {"type": "string"},
        },
    },
    method="POST",
)
LIST_BOOKINGS = endpoint(
    "list_bookings",
    (),
    {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "booking_id": {"type": "string"},
                "hotel_id": {"type": "string"},
                "guest_name": {"type": "string"},
                "status": {"type": "string"},
            },
        },
    },
)
GET_BOOKING = endpoint(
    "get_booking",
    (param("booking_id"),),
    {
        "type": "object",
        "properties": {
            "booking_id": {"type": "string"},
            "guest_name": {"type": "string"},
            "check_in": {"type": "string"},
            "status": {"type": "string"},
        },
    },
)
UPDATE_BOOKING = endpoint(
    "update_booking",
    (param("booking_id"), param("check_in", required=False, format="date")),
    {},
    method="PATCH",
)
CANCEL_BOOKING = endpoint("cancel_booking", (param("booking_id"),), {}, method="DELETE")
LOGIN = endpoint(
    "login",
    (param("username"), param("password")),
    {
        "type": "object",
        "properties": {"token": {"type": "string"}, "expires_in": {"type": "integer"}},
    },
    method="POST",
)
PROFILE = endpoint(
    "get_profile",
    (param("token", required=False),),
    {"type": "object", "properties": {"user_id": {"type": "string"}, "email": {"type": "string"}}},
)
CURSOR_LIST = endpoint(
    "list_reviews",
    (param("hotel_id"), param("cursor", required=False)),
    {
        "type": "object",
        "properties": {
            "reviews": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "review_id": {"type": "string"},
                        "author": {"type": "string"},
                        "rating": {"type": "integer", "minimum": 1, "maximum": 5},
                        "text": {"type": "string"},
                    },
                },
            }
        },
    },
)

ALL = (
    SEARCH,
    DETAILS,
    BOOK,
    LIST_BOOKINGS,
    GET_BOOKING,
    UPDATE_BOOKING,
    CANCEL_BOOKING,
    LOGIN,
    PROFILE,
    CURSOR_LIST,
)
