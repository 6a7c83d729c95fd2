"""One id, one entity across the calls of a conversation, read as a reviewer reads it: a
page created with a title is listed under that name; an album given image ids keeps its
own id and title when it is updated."""

from __future__ import annotations

import pytest
from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor

PAGE = {"type": "object", "properties": {"page_id": {"type": "string"},
                                         "title": {"type": "string"},
                                         "status": {"type": "string"}}}
CREATE_PAGE = endpoint("create_page", (param("title"),), PAGE, method="POST")
LIST_PAGES = endpoint("get_page_list", (), {"type": "object", "properties": {
    "pages": {"type": "array", "items": {"type": "object", "properties": {
        "page_id": {"type": "string"}, "name": {"type": "string"}}}}}})
ALBUM = {"type": "object", "properties": {"id": {"type": "string"},
                                          "ids": {"type": "string"},
                                          "title": {"type": "string"}}}
ADD_IMAGES = endpoint("add_album_images", (param("ids"), param("id")), ALBUM, method="POST")
SET_IMAGES = endpoint("set_album_images", (param("ids"), param("id")), ALBUM, method="PUT")


@pytest.mark.parametrize("session_seed", range(8))
def test_a_created_page_is_listed_under_its_title(executor: MockExecutor,
                                                  session_seed: int) -> None:
    s = executor.session(session_seed)
    made = s.call(CREATE_PAGE, {"title": "Toronto Telegraph Report"}).output
    listed = s.call(LIST_PAGES, {}).output["pages"]
    mine = [p for p in listed if p["page_id"] == made["page_id"]]
    assert mine and mine[0]["name"] == "Toronto Telegraph Report"


@pytest.mark.parametrize("session_seed", range(8))
def test_an_album_given_image_ids_stays_itself(executor: MockExecutor,
                                               session_seed: int) -> None:
    s = executor.session(session_seed)
    added = s.call(ADD_IMAGES, {"ids": "img_c00f75", "id": "alb_64b8bc"}).output
    again = s.call(SET_IMAGES, {"ids": "img_118170", "id": "alb_64b8bc"}).output
    assert added["id"] == again["id"] == "alb_64b8bc"
    assert again["ids"] == "img_118170"
    assert again["title"] == added["title"]


CASE = {"type": "object", "properties": {"case_id": {"type": "integer"},
                                         "name": {"type": "string"}}}
CHECK_CASE = endpoint("lawsuit_check_case", (param("case_id", "integer"),), CASE)
FETCH_CASE = endpoint("legal_case_fetch", (param("case_id"),), {
    "type": "object", "properties": {"case_id": {"type": "string"},
                                     "name": {"type": "string"}}})


@pytest.mark.parametrize("session_seed", range(8))
def test_an_id_sent_as_a_number_then_as_text_is_one_case(executor: MockExecutor,
                                                         session_seed: int) -> None:
    s = executor.session(session_seed)
    first = s.call(CHECK_CASE, {"case_id": 492487}).output
    again = s.call(FETCH_CASE, {"case_id": "492487"}).output
    assert again["case_id"] == "492487"
    assert again["name"] == first["name"]


HOTEL_DETAILS = endpoint("get_hotel_details", (param("hotel_id"),), {
    "type": "object", "properties": {
        "hotel_id": {"type": "string"}, "name": {"type": "string"},
        "address": {"type": "string", "examples": ["12 Rue de Rivoli, Paris"]},
        "city": {"type": "string", "examples": ["Paris"]},
        "country_code": {"type": "string", "examples": ["FR"]}}})
SEARCH_HOTELS = endpoint("search_hotels", (param("city"),), {
    "type": "object", "properties": {"results": {"type": "array", "items": {
        "type": "object", "properties": {"hotel_id": {"type": "string"},
                                         "name": {"type": "string"},
                                         "city": {"type": "string"}}}}}})


@pytest.mark.parametrize("session_seed", range(8))
def test_a_hotel_listed_in_warsaw_is_in_warsaw_by_its_id(executor: MockExecutor,
                                                         session_seed: int) -> None:
    s = executor.session(session_seed)
    listed = s.call(SEARCH_HOTELS, {"city": "Warsaw"}).output["results"][0]
    assert listed["city"] == "Warsaw"
    details = s.call(HOTEL_DETAILS, {"hotel_id": listed["hotel_id"]}).output
    assert details["name"] == listed["name"] and details["city"] == "Warsaw"
    assert details["country_code"] in ("PL", "pl")
    assert "Paris" not in details["address"]


BOOK_FIELDS = {"title": {"type": "string"}, "author": {"type": "string"},
               "year": {"type": "integer"}}
SEARCH_BOOKS = endpoint("library_search_books", (param("location"), param("genre")), {
    "type": "object", "properties": {"books": {"type": "array", "items": {
        "type": "object", "properties": {"book_id": {"type": "string"}, **BOOK_FIELDS,
                                         "genre": {"type": "string"}}}}}})
# BFCL's library.reserve_book: a booking of a book at a branch, stating the book.
RESERVE_BOOK = endpoint("library_reserve_book", (param("book_id"), param("branch_id")), {
    "type": "object", "properties": {"booking_id": {"type": "string"}, **BOOK_FIELDS,
                                     "book_id": {"type": "string"},
                                     "branch_id": {"type": "string"},
                                     "status": {"type": "string"}}}, method="POST")


def _book(obj: dict[str, object]) -> tuple[object, ...]:
    return obj["title"], obj["author"], obj["year"]


@pytest.mark.parametrize("session_seed", range(8))
def test_a_reserved_book_is_the_book_the_search_listed(executor: MockExecutor,
                                                       session_seed: int) -> None:
    s = executor.session(session_seed)
    found = s.call(SEARCH_BOOKS, {"location": "Vienna", "genre": "fiction"}).output["books"][0]
    reserved = s.call(RESERVE_BOOK, {"book_id": found["book_id"], "branch_id": "brn_b610de"})
    assert _book(reserved.output) == _book(found)
    assert reserved.output["booking_id"] != found["book_id"]


@pytest.mark.parametrize("session_seed", range(8))
def test_one_book_reserved_at_two_branches_is_one_book(executor: MockExecutor,
                                                       session_seed: int) -> None:
    s = executor.session(session_seed)
    first = s.call(RESERVE_BOOK, {"book_id": "bko_8bf596", "branch_id": "brn_3739d4"}).output
    again = s.call(RESERVE_BOOK, {"book_id": "bko_8bf596", "branch_id": "brn_871e17"}).output
    assert _book(again) == _book(first)
    assert again["branch_id"] == "brn_871e17"
    assert again["booking_id"] != first["booking_id"]


DETAILS_A = endpoint("get_amazon_product_details", (param("productId"),), {
    "type": "object", "properties": {"title": {"type": "string"}, "price": {"type": "number"},
                                     "productId": {"type": "string"}}})
# A second scraper's details: no id in the answer, the product's `name` for its title.
DETAILS_B = endpoint("get_amazon_product_details_new", (param("productId"),), {
    "type": "object", "properties": {"name": {"type": "string"},
                                     "brand": {"type": "string"}}})


@pytest.mark.parametrize("session_seed", range(8))
def test_a_read_that_does_not_restate_the_id_names_the_known_record(
        executor: MockExecutor, session_seed: int) -> None:
    # ToolBench seed 7 #8: prd_d4baab was 'Smart Watch', then 'Classic Sneakers'.
    s = executor.session(session_seed)
    first = s.call(DETAILS_A, {"productId": "prd_d4baab"}).output
    again = s.call(DETAILS_B, {"productId": "prd_d4baab"}).output
    assert again["name"] == first["title"]
