"""Write the street and postcode draws `toolgen.executor.locales` ships.

    python scripts/draw_locale_addresses.py

Draws each country of `locales.LOCALE` with `locales.draw` (Faker, seeded by the country
code) and writes `src/toolgen/executor/data/locale_addresses.json`: country code ->
[streets, postcodes]. Run it again after changing `locales` or upgrading Faker (the
records' streets and postcodes then change with it).
"""

from __future__ import annotations

import orjson

from toolgen.executor.locales import DRAWN_FILE, LOCALE, draw


def main() -> None:
    table = {code: [list(streets), list(posts)]
             for code in sorted(LOCALE) for streets, posts in (draw(code),)}
    DRAWN_FILE.parent.mkdir(parents=True, exist_ok=True)
    DRAWN_FILE.write_bytes(orjson.dumps(table, option=orjson.OPT_INDENT_2) + b"\n")
    print(f"wrote {DRAWN_FILE} ({len(table)} countries)")


if __name__ == "__main__":
    main()
