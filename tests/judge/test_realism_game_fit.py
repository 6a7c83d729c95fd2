"""Numbers and names that fit a game's domain, as a reviewer reads them.

Flagged: a KDA calculator asked for 0.96 kills (a match's kills are whole), a season of
10 games with 408 assists, a game player's class "premium economy", the same player
listed on page 1 and page 2 of one query. Left alone: a country's deaths in the thousands
(the key alone never sets the scale), a believable season, a flight's class, a page read
twice.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import filters, paged_totals, titles, value_kinds, values
from toolgen.judge.view import build_view
from toolgen.records import Finding, Record

from .factories import Call, calls_record

CTX = JudgeContext()
KDA = "kda_calculator"
KDA_SAYS = {KDA: "Calculates a kd (kill + assists death ratio)"}
COVID = "covid_country_stats"
COVID_SAYS = {COVID: "Latest coronavirus cases, deaths and recoveries of a country."}
NUMBERS = {"kills": {"type": "number"}, "deaths": {"type": "number"},
           "assists": {"type": "number"}}


def _record(calls: list[Call], descriptions: dict[str, str] | None = None,
            params: dict[str, dict[str, Any]] | None = None) -> Record:
    return calls_record(calls, user="Please help.", answer="Done.", conversation_id="t-game",
                        descriptions=descriptions, params=params)


def _messages(check: Any, record: Record) -> list[str]:
    found: list[Finding] = check(build_view(record), CTX)
    return [f"{f.kind}: {f.message}" for f in found]


def test_a_fraction_of_a_kill_is_flagged() -> None:
    record = _record([(KDA, {"kills": 0.96, "deaths": 1.24, "assists": 514.8},
                       {"kda_ratio": 415.94})], KDA_SAYS, {KDA: NUMBERS})
    found = _messages(values.check_view, record)
    assert len(found) == 1 and "implausible_number" in found[0], found
    assert "kills 0.96 is no whole number" in found[0]


def test_whole_kills_deaths_and_assists_are_left_alone() -> None:
    record = _record([(KDA, {"kills": 17, "deaths": 6, "assists": 9}, {"kda_ratio": 4.33})],
                     KDA_SAYS, {KDA: NUMBERS})
    assert _messages(values.check_view, record) == []


def test_a_countrys_deaths_are_no_game_tally() -> None:
    record = _record([(COVID, {"country": "Italy"},
                       {"country": "Italy", "confirmed": 26_000_000, "deaths": 196_487.0,
                        "recovered": 25_100_000})], COVID_SAYS)
    assert _messages(values.check_view, record) == []


def test_a_season_over_what_its_games_hold_is_flagged() -> None:
    record = _record([("player_statistic", {"player_name": "Zachary Anderson", "year": 2022},
                       {"games_played": 10, "points": 210, "assists": 408})])
    found = _messages(values.check_view, record)
    assert len(found) == 1 and "assists 408 in 10 games" in found[0], found


def test_a_believable_season_is_left_alone() -> None:
    record = _record([("player_statistic", {"player_name": "Zachary Anderson", "year": 2022},
                       {"games_played": 70, "points": 1540, "assists": 408})])
    assert _messages(values.check_view, record) == []


PROFILE = "create_player_profile"
PROFILE_PARAMS = {PROFILE: {"player_name": {"type": "string"},
                            "class": {"type": "string",
                                      "description": "The character class for the player"}}}


def test_a_seat_as_a_game_characters_class_is_flagged() -> None:
    record = _record([(PROFILE, {"player_name": "Julie Harris", "class": "premium economy"},
                       {"player_id": "ply_1", "class": "premium economy"})],
                     params=PROFILE_PARAMS)
    found = _messages(value_kinds.check_view, record)
    assert len(found) == 1 and "premium economy" in found[0], found


def test_a_character_class_and_a_flights_class_are_left_alone() -> None:
    mage = _record([(PROFILE, {"player_name": "Julie Harris", "class": "Mage"},
                     {"player_id": "ply_1", "class": "Mage"})], params=PROFILE_PARAMS)
    seat = _record([("book_flight", {"travel_class": "premium economy"},
                     {"booking_id": "bkg_1", "travel_class": "premium economy"})],
                   {"book_flight": "Book a flight for a player of the team."})
    assert _messages(value_kinds.check_view, mage) == []
    assert _messages(value_kinds.check_view, seat) == []


def _players(page: int, *names: tuple[str, str]) -> dict[str, Any]:
    return {"data": [{"id": page * 10 + n, "first_name": first, "last_name": last}
                     for n, (first, last) in enumerate(names)],
            "meta": {"current_page": page, "total_pages": 2}}


def test_one_player_on_two_pages_of_one_query_is_flagged() -> None:
    record = _record([("get_all_players", {"page": "1"}, _players(1, ("MarShon", "Brooks"))),
                      ("get_all_players", {"page": "2"}, _players(2, ("MarShon", "Brooks")))])
    found = _messages(paged_totals.check_view, record)
    assert found == ["repeated_name: message 4: 'MarShon Brooks' is listed on two pages "
                     "of one query"], found


def test_two_players_on_two_pages_or_one_page_read_twice_are_left_alone() -> None:
    two = _record([("get_all_players", {"page": "1"}, _players(1, ("MarShon", "Brooks"))),
                   ("get_all_players", {"page": "2"}, _players(2, ("Lorenzo", "Brooks")))])
    again = _record([("get_all_players", {"page": "1"}, _players(1, ("MarShon", "Brooks"))),
                     ("get_all_players", {"page": "1"}, _players(1, ("MarShon", "Brooks")))])
    assert _messages(paged_totals.check_view, two) == []
    assert _messages(paged_totals.check_view, again) == []


# -- names and numbers of other domains the same review found ------------------------

SHEETS = "clear_rows"
SHEET_PARAMS = {SHEETS: {"sheet": {"type": "number", "description": "Sheet index."},
                         "spreadsheet": {"type": "string"}}}


def test_a_fractional_sheet_index_and_a_video_as_spreadsheet_are_flagged() -> None:
    record = _record([(SHEETS, {"sheet": 8.61, "spreadsheet": "interview.mp4"},
                       {"rows": [], "total": 0})], {SHEETS: "Clear rows from a sheet."},
                     SHEET_PARAMS)
    assert [m.split(": ")[0] for m in _messages(values.check_view, record)] == [
        "implausible_number"]
    found = _messages(value_kinds.check_view, record)
    assert len(found) == 1 and "interview.mp4" in found[0], found


def test_a_whole_sheet_index_in_a_named_spreadsheet_is_left_alone() -> None:
    record = _record([(SHEETS, {"sheet": 2, "spreadsheet": "budget-2025.xlsx"},
                       {"rows": [], "total": 0})], {SHEETS: "Clear rows from a sheet."},
                     SHEET_PARAMS)
    assert _messages(values.check_view, record) == []
    assert _messages(value_kinds.check_view, record) == []


def test_a_wagons_number_is_whole() -> None:
    odd = _record([("get_wagon", {"wagon_no": 994.85}, {"wagon_id": "wgn_1"})],
                  params={"get_wagon": {"wagon_no": {"type": "number"}}})
    fine = _record([("get_wagon", {"wagon_no": 7}, {"wagon_id": "wgn_1"})],
                   params={"get_wagon": {"wagon_no": {"type": "number"}}})
    assert len(_messages(values.check_view, odd)) == 1
    assert _messages(values.check_view, fine) == []


def _videos(*titles: str) -> dict[str, Any]:
    return {"videos": [{"video_id": f"vdi_{n}", "title": t} for n, t in enumerate(titles)]}


def test_a_video_titled_like_a_novel_is_flagged() -> None:
    novel = _record([("get_user_videos", {"user_id": "usr_1"},
                      _videos("The Garden of Warsaw"))])
    posted = _record([("get_user_videos", {"user_id": "usr_1"},
                       _videos("A day in Warsaw", "The Streets of Warsaw tour"))])
    assert [m.split(": ")[0] for m in _messages(titles.check_view, novel)] == ["title_misfit"]
    assert _messages(titles.check_view, posted) == []


def _schedule(home: str, away: str, home_score: int, away_score: int) -> dict[str, Any]:
    return {"sports": [{"sport_id": "spr_1", "home_team": home, "away_team": away,
                        "home_score": home_score, "away_score": away_score,
                        "team_name": "Boston Celtics"}], "total": 1}


def test_another_teams_match_or_a_football_score_in_the_nba_is_flagged() -> None:

    other = _record([("sports_match_schedule", {"team_name": "Boston Celtics"},
                      _schedule("West Ham United", "AFC Bournemouth", 1, 3))])
    found = _messages(filters.check_view, other)
    assert len(found) == 1 and "West Ham United v AFC Bournemouth" in found[0], found
    low = _record([("sports_match_schedule", {"team_name": "Boston Celtics"},
                    _schedule("Boston Celtics", "Chicago Bulls", 1, 3))])
    found = _messages(values.check_view, low)
    assert len(found) == 1 and "home_score 1 is no NBA score" in found[0], found


def test_the_asked_teams_match_in_its_sports_scores_is_left_alone() -> None:

    record = _record([("sports_match_schedule", {"team_name": "Boston Celtics"},
                       _schedule("Miami Heat", "Boston Celtics", 131, 99))])
    assert _messages(filters.check_view, record) == []
    assert _messages(values.check_view, record) == []


def test_a_player_taller_than_anyone_is_flagged() -> None:
    def players(feet: str, inches: str) -> dict[str, Any]:
        return {"data": [{"id": 86, "first_name": "MarShon", "last_name": "Brooks",
                          "height_feet": feet, "height_inches": inches}]}

    tall = _record([("get_all_players", {"page": "1"}, players("7", "10"))])
    fine = _record([("get_all_players", {"page": "1"}, players("6", "11"))])
    found = _messages(values.check_view, tall)
    assert len(found) == 1 and "7 ft 10 in" in found[0], found
    assert _messages(values.check_view, fine) == []


def test_an_allele_frequency_over_one_is_flagged() -> None:
    def genotype(p: float) -> Record:
        return _record([("calculate_genotype_frequency", {"allele_frequency": p},
                         {"frequency": 0.25})],
                       {"calculate_genotype_frequency": "Frequency of a genotype from the "
                                                        "allele frequency (Hardy-Weinberg)."},
                       {"calculate_genotype_frequency": {"allele_frequency": {"type": "number"}}})

    assert len(_messages(values.check_view, genotype(779.89))) == 1
    assert _messages(values.check_view, genotype(0.3)) == []
