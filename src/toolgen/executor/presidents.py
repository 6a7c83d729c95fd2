"""Who was President of the United States in the year a call asks about.

`us_president_in_year(year=2007)` came back as "Joe Biden": the table drew any president.
`president_of_year(output, args)` sets a `president` field to the one in office on
1 July of the year the call sent (`year`, or a date's year), when the output names the
United States' office or the endpoint is about a US president. Data are public facts;
pure; never touches the network.
"""

from __future__ import annotations

import random
import re
from typing import Any

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
    """In place: the output's `president` is the one of the year the call sent."""
    if not isinstance(output, dict) or not isinstance(output.get("president"), str):
        return
    year = _sent_year(args)
    name = president_in(year) if year is not None else None
    if name is not None:
        output["president"] = name
