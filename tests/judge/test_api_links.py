"""A generic entity's id stays in its service; a bare `id` of an item of a named list
(`books[].id`) is that item's id, which a search of another tool may hand on (BFCL seed 7
#77: openlibrary's search found the book the library then reserves)."""

from __future__ import annotations

from toolgen.judge.realism.api_links import crosses_apis

_SEARCH = "BFCL_v4_multiple/openlibrary/openlibrary_books_search"
_RESERVE = "BFCL_v4_multiple/library/library_reserve_book"


def test_a_named_list_s_bare_id_feeds_an_id_of_its_kind_across_tools() -> None:
    assert not crosses_apis("book_id", "$.books[0].id", _SEARCH, _RESERVE)
    assert not crosses_apis("recipeId", "$.recipes[0].id", "Food/cannabis_recipes/Search",
                            "Food/bigoven/addRecipeToGroceryList")


def test_generic_and_unnamed_ids_stay_in_their_service() -> None:
    assert crosses_apis("user_id", "$.users[0].id", "Social/foursquare/search",
                        "Social/tiktok/follow")
    assert crosses_apis("book_id", "$.data[0].id", _SEARCH, _RESERVE)
    assert crosses_apis("id", "$.books[0].id", _SEARCH, _RESERVE)
