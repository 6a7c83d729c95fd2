"""Who was President of the United States in the year a call asks about.

`us_president_in_year(year=2007)` came back as "Joe Biden": the table drew any president.
`president_of_year(output, args)` sets a `president` field to the one in office on
1 July of the year the call sent (`year`, or a date's year), or in office at the event the
call names (`us_history_get_president(event="the Civil War")` answered "Nadia Prescott":
BFCL seed 31 #81), when the output names the United States' office or the endpoint is
about a US president. Data are public facts;
pure; never touches the network.
"""

from __future__ import annotations

import random
import re
from typing import Any

from toolgen.executor.past_events import named_event

# (first year in office on 1 July, president), in order.
_TERMS: tuple[tuple[int, str], ...] = (
    (1789, "George Washington"), (1797, "John Adams"), (1801, "Thomas Jefferson"),
    (1809, "James Madison"), (1817, "James Monroe"), (1825, "John Quincy Adams"),
    (1829, "Andrew Jackson"), (1837, "Martin Van Buren"), (1841, "John Tyler"),
    (1845, "James K. Polk"), (1849, "Zachary Taylor"), (1850, "Millard Fillmore"),
    (1853, "Franklin Pierce"), (1857, "James Buchanan"), (1861, "Abraham Lincoln"),
    (1865, "Andrew Johnson"), (1869, "Ulysses S. Grant"), (1877, "Rutherford B. Hayes"),
    (1881, "Chester A. Arthur"), (1885, "Grover Cleveland"), (1889, "Benjamin Harrison"),
    (1893, "Grover Cleveland"), (1897, "William McKinley"), (1902, "Theodore Roosevelt"),
    (1909, "William Howard Taft"), (1913, "Woodrow Wilson"), (1921, "Warren G. Harding"),
    (1924, "Calvin Coolidge"), (1929, "Herbert Hoover"), (1933, "Franklin D. Roosevelt"),
    (1945, "Harry S. Truman"), (1953, "Dwight D. Eisenhower"), (1961, "John F. Kennedy"),
    (1964, "Lyndon B. Johnson"), (1969, "Richard Nixon"), (1974, "Gerald Ford"),
    (1977, "Jimmy Carter"), (1981, "Ronald Reagan"), (1989, "George H. W. Bush"),
    (1993, "Bill Clinton"), (2001, "George W. Bush"), (2009, "Barack Obama"),
    (2017, "Donald Trump"), (2021, "Joe Biden"), (2025, "Donald Trump"),
)
_YEAR = re.compile(r"\b(1[789]\d\d|20\d\d)\b")
_YEAR_KEYS = ("year", "date", "in_year", "election_year")
_NAME_KEYS = ("president", "president_name", "name_of_president")


def president_in(year: int) -> str | None:
    """The president in office on 1 July of `year`; None outside 1789 to 2026."""
    if not 1789 <= year <= 2026:
        return None
    found = None
    for start, name in _TERMS:
        if start > year:
            break
        found = name
    return found


# Presidents who took office on the death or resignation of another, on the day they did;
# every other term began on inauguration day (4 March until 1933, 20 January since).
_SUCCEEDED = {"John Tyler": "1841-04-04", "Millard Fillmore": "1850-07-09",
              "Andrew Johnson": "1865-04-15", "Chester A. Arthur": "1881-09-19",
              "Theodore Roosevelt": "1901-09-14", "Calvin Coolidge": "1923-08-02",
              "Harry S. Truman": "1945-04-12", "Lyndon B. Johnson": "1963-11-22",
              "Gerald Ford": "1974-08-09"}


def president_on(day: str) -> str | None:
    """The president in office on ISO date `day` (an event's), None before 30 April 1789
    or after 2026."""
    if not "1789-04-30" <= day[:10] <= "2026-12-31":
        return None
    found = None
    for year, name in _TERMS:
        start = _SUCCEEDED.get(name) or (
            "1789-04-30" if year == 1789 else f"{year}-03-04" if year < 1937
            else f"{year}-01-20")
        if start > day[:10]:
            break
        found = name
    return found


def _sent_year(args: dict[str, Any]) -> int | None:
    for key in _YEAR_KEYS:
        value = args.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            m = _YEAR.search(value)
            if m:
                return int(m.group(1))
    return None


def president_of_year(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """In place: the output's `president` (or `president_name`) is the one of the event
    the call names, else of the year it sent."""
    if not isinstance(output, dict):
        return
    key = next((k for k in _NAME_KEYS if isinstance(output.get(k), str)), None)
    if key is None:
        return
    event = named_event(args)
    year = _sent_year(args)
    name = president_on(event.date) if event is not None else (
        president_in(year) if year is not None else None)
    if name is not None:
        output[key] = name
