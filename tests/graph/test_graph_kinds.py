"""Cross-tool data flow only between tools that deal in the same kind of entity (issue 12)."""

from __future__ import annotations

from toolgen.graph.build import build_graph
from toolgen.records import Endpoint

from .factories import STR, endpoint, obj, param, registry


def _ep(tool: str, name: str, category: str, description: str, params: tuple[str, ...],
        response: dict[str, object]) -> Endpoint:
    ep = endpoint(tool, name, tuple(param(p) for p in params), response, category=category)
    return ep.model_copy(update={"description": description})


def _flows(*endpoints: Endpoint) -> set[tuple[str, str, str]]:
    graph = build_graph(registry(*endpoints))
    return {(e.source.split("/")[1], e.target.split("/")[1], e.target_param or "")
            for e in graph.edges if e.kind == "data_flow"}


def test_a_tracking_id_never_feeds_a_music_track_lookup() -> None:
    parcel = _ep("postal", "Create Shipment", "Logistics", "Ship a parcel and track it.", (),
                 obj(track_id=STR))
    music = _ep("spotify", "Get Track", "Music", "Song and track metadata from Spotify.",
                ("track_id",), obj(title=STR))
    assert ("postal", "spotify", "track_id") not in _flows(parcel, music)


def test_the_same_entity_in_the_same_domain_links_within_one_service() -> None:
    tables = _ep("tablefinder", "Find Table Slots", "Food",
                 "Find free tables at a restaurant near you.", ("city",),
                 obj(restaurant_id=STR))
    reviews = _ep("tablefinder_reviews", "Get Reviews", "Food",
                  "Reviews of a restaurant.", ("restaurant_id",), obj(items=STR))
    assert ("tablefinder", "tablefinder_reviews", "restaurant_id") in _flows(tables, reviews)


def test_an_id_one_service_issued_does_not_feed_another_service() -> None:
    """TableFinder's restaurant id is not QuickBite's, though both speak of restaurants
    (as a Twitch video id is no Vimeo `video_id`)."""
    tables = _ep("tablefinder", "Find Table Slots", "Food",
                 "Find free tables at a restaurant near you.", ("city",),
                 obj(restaurant_id=STR))
    delivery = _ep("quickbite", "Get Menu", "Food",
                   "Restaurant menus and delivery from a restaurant.", ("restaurant_id",),
                   obj(items=STR))
    assert ("tablefinder", "quickbite", "restaurant_id") not in _flows(tables, delivery)


def test_a_standard_id_or_one_the_argument_names_crosses_services() -> None:
    books = _ep("openlib", "Search Books", "Education", "Search books by title.", ("q",),
                obj(book_isbn=STR))
    shop = _ep("bookshop", "Get Book Offers", "Education", "Offers of a book.",
               ("book_isbn",), obj(price=STR))
    videos = _ep("youtube_search", "Search Videos", "Video", "Search videos.", ("q",),
                 obj(video_id=STR))
    named = param("video_id").model_copy(
        update={"description": "The YouTube video id to convert"})
    mp3 = endpoint("ytmp3", "Convert Video", (named,), obj(link=STR), category="Video"
                   ).model_copy(update={"description": "Convert a video to mp3."})
    other = _ep("vimeo", "Get Comments", "Video", "Comments on a video.", ("video_id",),
                obj(text=STR))
    flows = _flows(books, shop, videos, mp3, other)
    assert ("openlib", "bookshop", "book_isbn") in flows
    assert ("youtube_search", "ytmp3", "video_id") in flows
    assert ("youtube_search", "vimeo", "video_id") not in flows


def test_a_bare_id_argument_takes_only_its_own_apis_ids() -> None:
    events_a = _ep("commentator", "Create Event", "Events", "Remote event commentary.", (),
                   obj(event_id=STR))
    events_b = _ep("holidays", "Get Event Details", "Events", "Event and holiday details.",
                   ("id",), obj(name=STR))
    same_tool = _ep("commentator", "Get Event", "Events", "Remote event commentary.", ("id",),
                    obj(name=STR))
    flows = _flows(events_a, events_b, same_tool)
    assert ("commentator", "holidays", "id") not in flows
    assert ("commentator", "commentator", "id") in flows


def test_a_city_travels_between_any_tools() -> None:
    hotel = _ep("hotels", "Get Hotel", "Travel", "Hotel details.", ("hotel_id",),
                obj(city=STR))
    weather = _ep("weather", "Get Forecast", "Weather", "Forecasts by city.", ("city",),
                  obj(temperature=STR))
    assert ("hotels", "weather", "city") in _flows(hotel, weather)
