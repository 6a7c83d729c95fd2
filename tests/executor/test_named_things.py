"""What an endpoint reads is what comes back, and what has no name is given none, read as
a reviewer reads the output: a playlist is no song, a video's thumbnail is a picture, a
tweet is no profile; a product's `Capacity` options are capacities, its information is
labelled facts, a channel's links are titled links, a subreddit's posts carry titles."""

from __future__ import annotations

import re

import pytest
from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor

_TWO_WORD_TITLE = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+")


@pytest.mark.parametrize("seed", range(6))
def test_a_playlist_is_no_song(executor: MockExecutor, seed: int) -> None:
    ep = endpoint("get_playlist_by_user_id", (param("user_id"),))
    out = executor.session(seed).call(ep, {"user_id": "usr_5d6e7f"}).output
    assert not {"artist", "album", "duration_seconds"} & set(out)
    assert any("playlist" in k or k == "name" for k in out)


@pytest.mark.parametrize("seed", range(6))
def test_a_video_thumbnail_is_a_picture(executor: MockExecutor, seed: int) -> None:
    ep = endpoint("get_video_thumbnail", (param("video_id"),))
    out = executor.session(seed).call(ep, {"video_id": "vid_5d6e7f"}).output
    assert not {"channel", "views"} & set(out)
    assert {"width", "height"} <= set(out)
    url = next(v for k, v in out.items() if k.endswith("url"))
    assert url.endswith((".jpg", ".png", ".webp"))


@pytest.mark.parametrize("seed", range(6))
def test_a_tweet_is_no_profile(executor: MockExecutor, seed: int) -> None:
    ep = endpoint("twitter_tweet", (param("id"),))
    out = executor.session(seed).call(ep, {"id": "twt_5d6e7f"}).output
    assert "text" in out
    assert not {"followers", "following", "full_name"} & set(out)


PRODUCT = endpoint("get_product_details", (param("productId"),), {
    "type": "object", "properties": {
        "name": {"type": "string"},
        "product_information": {"type": "object"},
        "customization_options": {"type": "object", "properties": {
            "Capacity": {"type": "array", "items": {"type": "object"}},
            "Color": {"type": "array", "items": {"type": "object"}}}}}})


@pytest.mark.parametrize("seed", range(8))
def test_product_options_and_information_are_no_made_up_names(executor: MockExecutor,
                                                              seed: int) -> None:
    out = executor.session(seed).call(PRODUCT, {"productId": "prd_5d6e7f"}).output
    for kind in ("Capacity", "Color"):
        options = out["customization_options"][kind]
        assert all("name" not in o for o in options)
        labels = [o["label"] for o in options]
        assert len(set(labels)) == len(labels)  # no colour offered twice
    for option in out["customization_options"]["Capacity"]:
        # What a reviewer reads as a size, whatever the product is (no "Wild Atlas").
        assert option["label"].split()[-1] in ("Standard", "Large", "Compact")
    for option in out["customization_options"]["Color"]:
        assert not _TWO_WORD_TITLE.fullmatch(option["label"]) or \
            option["label"] in ("Forest Green", "Rose Gold")
    info = out["product_information"]
    assert "name" not in info
    assert info["Warranty"].split()[-1] in ("months", "year", "years")


@pytest.mark.parametrize("seed", range(6))
def test_channel_links_are_titled_links(executor: MockExecutor, seed: int) -> None:
    ep = endpoint("channel_details", (param("channelId"),), {"type": "object", "properties": {
        "title": {"type": "string"}, "links": {"type": "object"}}})
    links = executor.session(seed).call(ep, {"channelId": "chn_5d6e7f"}).output["links"]
    assert "name" not in links and "title" not in links  # not read as the channel's name
    assert links["link_url"].startswith("https://")


@pytest.mark.parametrize("seed", range(6))
def test_subreddit_posts_carry_titles(executor: MockExecutor, seed: int) -> None:
    ep = endpoint("get_posts_from_any_subreddit", (param("subreddit"),), {
        "type": "object", "properties": {"posts": {"type": "array", "items": {
            "type": "object", "properties": {"post_id": {"type": "string"},
                                             "name": {"type": "string"},
                                             "subreddit": {"type": "string"}}}}}})
    out = executor.session(seed).call(ep, {"subreddit": "AskReddit"}).output
    for post in out["posts"]:
        # A post's title is a phrase its writer typed, not two capitalised words.
        assert len(post["name"].split()) >= 3
