"""An id stays in the service that issued it (`books[].id` of Open Library is no
library's `book_id`, a Cannabis Recipes recipe no BigOven `recipeId`: the review of seed
71 rejected both); an identifier every service shares (an ISBN, a language code) travels."""

from __future__ import annotations

from toolgen.judge.realism.api_links import crosses_apis

_SEARCH = "BFCL_v4_multiple/openlibrary/openlibrary_books_search"
_RESERVE = "BFCL_v4_multiple/library/library_reserve_book"


def test_an_id_of_a_named_kind_stays_in_its_service_too() -> None:
    assert crosses_apis("book_id", "$.books[0].id", _SEARCH, _RESERVE)
    assert crosses_apis("recipeId", "$.recipes[0].id", "Food/cannabis_recipes/Search",
                        "Food/bigoven/addRecipeToGroceryList")
    assert crosses_apis("video_id", "$.videos[0].video_id", "Media/twitch_api/videos",
                        "Media/vimeo/GetVideosComment")


def test_a_shared_identifier_or_one_service_s_own_id_passes() -> None:
    assert not crosses_apis("isbn", "$.books[0].isbn", _SEARCH, _RESERVE)
    assert not crosses_apis("language", "$.language_code", "Tools/translef/translate",
                            "Tools/webit_language/Break_Sentence")
    assert not crosses_apis("video_id", "$.videos[0].id", "Media/tiktok_api/search",
                            "Media/tiktok_video_feature_summary/get")


def test_generic_and_unnamed_ids_stay_in_their_service() -> None:
    assert crosses_apis("user_id", "$.users[0].id", "Social/foursquare/search",
                        "Social/tiktok/follow")
    assert crosses_apis("book_id", "$.data[0].id", _SEARCH, _RESERVE)
    assert crosses_apis("id", "$.books[0].id", _SEARCH, _RESERVE)
