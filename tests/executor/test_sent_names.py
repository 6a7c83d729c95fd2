"""What was asked for by name is what comes back (BFCL seed 59 #10): lyrics asked for
"Velvet Roads" by Dua Lipa are of "Velvet Roads" by Dua Lipa, not "Last Harbor" by Laura
Smith beside the echoed request, and E, S, T and J make ESTJ, not ENFP."""

from __future__ import annotations

from toolgen.executor import MockExecutor
from toolgen.executor.sent_names import sent_names
from toolgen.records import Endpoint


def test_a_song_asked_by_title_and_artist_is_that_song(
        bfcl: tuple[dict[str, Endpoint], MockExecutor]) -> None:
    endpoints, executor = bfcl
    lyrics = endpoints["get_song_lyrics"]
    args = {"song_title": "Velvet Roads", "artist_name": "Dua Lipa", "lang": "French"}
    for seed in range(4):
        out = executor.session(seed).call(lyrics, args).output
        assert out["title"] == "Velvet Roads" and out["artist"] == "Dua Lipa", out


def test_only_an_object_that_says_it_is_the_thing_asked_for_is_changed() -> None:
    other = {"title": "Last Harbor", "artist": "Laura Smith"}
    sent_names(other, {"song_title": "Velvet Roads", "artist_name": "Dua Lipa"})
    assert other == {"title": "Last Harbor", "artist": "Laura Smith"}
    person = {"first_name": "Ana", "first": "x1", "last_name": "Ruiz", "last": 12.5}
    sent_names(person, {"first_name": "Ana", "last_name": "Ruiz"})
    assert person["first"] == "x1" and person["last"] == 12.5


def test_a_personality_type_is_the_letters_it_was_given(
        bfcl: tuple[dict[str, Endpoint], MockExecutor]) -> None:
    endpoints, executor = bfcl
    mbti = endpoints["mbti_analyse"]
    args = {"thinking_vs_feeling": "T", "introverted_vs_extroverted": "E",
            "judging_vs_perceiving": "J", "sensing_vs_intuition": "S"}
    for seed in range(4):
        assert executor.session(seed).call(mbti, args).output["personality_type"] == "ESTJ"
    args = {**args, "thinking_vs_feeling": "F", "introverted_vs_extroverted": "I"}
    assert executor.session(0).call(mbti, args).output["personality_type"] == "ISFJ"
