"""What a record of a noun holds, for nouns whose meaning depends on the API around them,
and for nouns an endpoint's description or tool name gives when its own name does not.

`contents` reads `content_table` by the endpoint's own name; these nouns are read there
too, and also from the first sentence of its description and from its tool's name
(`porn_gifs.oral` lists gifs, `adsbx.live_traffic` "Returns all aircraft within 25nm",
Webtoon's `canvas_home` "Reproduce comic data", BFCL's `artwork_search_find` artworks).
A noun whose sense depends on its API is read only where the API's words say which
(`category` of a forum is a forum section, of a rewards card a spending category, of a
help desk a knowledge-base section; `token` of an NFT market is an NFT, never an access
token; `property` is a home only where the words speak of homes; a `release` of a music
API is an album or a single, of a software one a tagged version).

Each entry: noun -> ((context words, fields), ...), the first whose words meet the
endpoint's (an empty set meets any). Values are drawn from the lists and ranges here,
never from the tool's own words. Data only.
"""

from __future__ import annotations

from typing import Any

_STR = {"type": "string"}
_DATE = {"type": "string", "format": "date"}
_URI = {"type": "string", "format": "uri"}
_ANY: frozenset[str] = frozenset()


def _enum(*values: str) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


def _int(lo: int, hi: int) -> dict[str, Any]:
    return {"type": "integer", "minimum": lo, "maximum": hi}


def _num(lo: float, hi: float) -> dict[str, Any]:
    return {"type": "number", "minimum": lo, "maximum": hi}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_GAMES = _words("game games gaming dota legends league champion champions hero heroes "
                "perk perks overwatch valorant smite dbd daylight mobile rpg moba")
_SCREEN = _words("comic comics webtoon webtoons manga manhwa drama dramas asiandramas "
                 "anime series movie movies film films show shows tv episode episodes")
_MUSIC = _words("music spotify song songs track tracks album albums artist artists deezer "
                "shazam itunes soundcloud billboard playlist playlists singer band")
_SOFTWARE = _words("github gitlab repo repos repository repositories software app apps sdk "
                   "package packages npm pypi library version versions changelog")
# A help desk's knowledge base and its agents (Freshdesk's solution categories, groups).
_HELPDESK = _words("freshdesk zendesk helpdesk desk solution solutions knowledge article "
                   "articles faq faqs support agent agents ticket tickets")
_FORUMS = _words("forum forums community discussion discussions topic topics board post "
                 "posts thread threads")
_ART = _words("art artwork artworks museum museums gallery galleries painting paintings "
              "sculpture sculptures exhibition exhibitions")
_HOMES = _words("home homes house houses estate realty rent rental sale listing listings "
                "zillow zpid bedrooms bathrooms apartment apartments reit melo immo")

# Titles of the kind such catalogues list; made up, as every drawn creative title is.
_CREATIVE_WORK = {"title": _enum("Midnight Letters", "The Tides of Seoul", "Moonlit Garden",
                                 "Crown of Ashes", "Second Spring", "The Silent Archer",
                                 "Paper Hearts", "Lore of the Hidden Sea", "Summer Signals",
                                 "The Last Lantern"),
                  "genre": _enum("Romance", "Fantasy", "Drama", "Comedy", "Action",
                                 "Thriller", "Slice of Life", "Mystery"),
                  "episodes": _int(8, 120),
                  "rating": _num(6.5, 9.6)}
_AIRCRAFT = {"callsign": _enum("BAW123", "DLH4AB", "UAL901", "AFR77", "KLM1024", "EZY52TC",
                               "RYR8QJ", "AAL2297"),
             "aircraft_type": _enum("Airbus A320", "Boeing 737-800", "Boeing 787-9",
                                    "Embraer E190", "Airbus A350-900", "Airbus A321neo"),
             "altitude_ft": _int(2_000, 39_000), "ground_speed_kt": _int(140, 520)}

CONTEXT_NOUNS: dict[str, tuple[tuple[frozenset[str], dict[str, Any]], ...]] = {
    "category": (
        (_words("forum forums community discussion discussions topic topics board"),
         {"name": _enum("General Discussion", "Announcements", "Feature Requests",
                        "Troubleshooting", "Tips & Tricks", "Billing Questions"),
          "topics_count": _int(3, 480)}),
        (_words("spend spending bonus bonuses reward rewards card cards cashback points"),
         {"name": _enum("Dining", "Groceries", "Gas Stations", "Travel", "Streaming",
                        "Drugstores", "Online Shopping"),
          "multiplier": _enum("2x", "3x", "4x", "5x")}),
        # what events are filed under (Foursquare's "categories applied to events")
        (_words("event events concert concerts festival festivals gig gigs"),
         {"name": _enum("Music", "Sports", "Arts & Theatre", "Comedy", "Family",
                        "Food & Drink", "Nightlife", "Conferences"),
          "events_count": _int(2, 400)}),
        # an insult or joke generator's themes ("taunt generation categories")
        (_words("insult insults taunt taunts joke jokes roast roasts pun puns humor"),
         {"name": _enum("Classic", "Nerdy", "Gamer", "Sports", "Shakespearean", "Office",
                        "Dad Jokes", "Puns")}),
        # a knowledge base's sections (Freshdesk's solution categories); their API writes
        # a description too, which a read of one created shows
        (_HELPDESK, {"name": _enum("Getting Started", "Billing & Payments",
                                   "Account Settings", "Troubleshooting", "Integrations",
                                   "FAQs"),
                     "articles_count": _int(2, 60), "description": _STR}),
    ),
    "release": (
        (_MUSIC, {"title": _enum("Midnight Drive", "Golden Hours", "Northern Lights",
                                 "Paper Planes", "Blue Static", "Slow Bloom"),
                  # no track count: drawn apart from the type, a single had 13 tracks
                  "release_type": _enum("Album", "Single", "EP"),
                  "release_date": _DATE}),
        (_SOFTWARE, {"tag_name": _enum("v1.4.0", "v2.0.1", "v0.9.3", "v3.2.0", "v2.7.5"),
                     "prerelease": {"type": "boolean"}, "published_on": _DATE}),
    ),
    "group": (
        (_HELPDESK, {"name": _enum("Billing", "Tier 1 Support", "Escalations",
                                   "Product Experts", "Onboarding", "Returns & Refunds"),
                     "agents_count": _int(2, 25)}),
    ),
    "topic": (
        (_FORUMS, {"title": _enum("How do I export my data to CSV?",
                                  "Feature request: dark mode for the mobile app",
                                  "Sync fails after the latest update",
                                  "Best practices for setting up user roles",
                                  "Invoice shows the wrong billing address"),
                   "posts_count": _int(1, 85), "views": _int(10, 9_000)}),
    ),
    "forum": (
        (_FORUMS, {"name": _enum("General Discussion", "Announcements", "Feature Requests",
                                 "Troubleshooting", "Tips & Tricks"),
                   "topics_count": _int(3, 480)}),
    ),
    # made-up works by made-up artists (a real title beside a made-up artist is a wrong
    # fact); no medium or year: a search sends the type and era those would contradict
    "artwork": ((_ANY, {"title": _enum("Harbor at Dusk", "Study in Blue", "The Orchard Gate",
                                       "Quiet Morning", "Figure with Lantern",
                                       "Untitled (Red Field)"),
                        "artist": _STR}),),
    "exhibition": ((_ANY, {"title": _enum("Light and Shadow", "Modern Landscapes",
                                          "Voices of the Sea", "Form and Colour",
                                          "The Human Figure"),
                           "gallery": _enum("Gallery 3", "East Wing", "Gallery 12",
                                            "Lower Level", "North Galleries"),
                           "works_on_show": _int(12, 140)}),),
    # a listing of an instrument the search's type and make name: no model of its own
    "instrument": ((_ANY, {"condition": _enum("New", "Used - like new", "Used - good"),
                           "in_stock": {"type": "boolean"},
                           "listed_on": _DATE}),),
    # a rewards API's credit cards ("This pulls all credit cards that offer 2% cashback"):
    # the card's own name says its issuer, so no drawn issuer contradicts it
    "card": ((_words("credit rewards reward cashback bonus bonuses spend spending travel "
                     "miles points"),
              {"card_name": _enum("Chase Sapphire Preferred", "Capital One Venture Rewards",
                                  "American Express Gold Card", "Citi Double Cash",
                                  "Wells Fargo Active Cash", "Discover it Cash Back")}),),
    # "Fetches a random cat picture": an image of a real size
    "picture": ((_ANY, {"image_url": _URI, "width": _int(200, 1_600),
                        "height": _int(200, 1_200)}),),
    # a plotted figure: the file it was drawn to and how many points it holds
    "plot": ((_ANY, {"image_file": _enum("plot.png", "figure_1.png", "chart.png"),
                     "points_plotted": _int(100, 1_000)}),),
    "tag": (
        (_words("stream streams twitch channel live broadcast streamer"),
         {"name": _enum("English", "Chill", "Speedrun", "Competitive", "Casual", "Co-op",
                        "Cozy", "Educational", "Retro")}),
    ),
    "tip": (
        (_words("venue venues foursquare place places list lists restaurant cafe"),
         {"text": _enum("Try the flat white, it is the best in the area.",
                        "Get there early on weekends, it fills up fast.",
                        "The back patio is quieter than the main room.",
                        "Ask for the daily special, it is never on the menu.",
                        "Free Wi-Fi, and plenty of sockets by the window."),
          "likes": _int(0, 120)}),
    ),
    # a game's heroes and their skills: what they do, never a made-up name passed as canon
    "hero": ((_GAMES, {"role": _enum("Carry", "Support", "Offlaner", "Mid", "Roamer"),
                       "primary_attribute": _enum("Strength", "Agility", "Intelligence",
                                                  "Universal"),
                       "attack_type": _enum("Melee", "Ranged")}),),
    "champion": ((_GAMES, {"role": _enum("Fighter", "Mage", "Marksman", "Support", "Tank",
                                         "Assassin"),
                           "difficulty": _enum("Low", "Moderate", "High")}),),
    "ability": ((_GAMES, {"slot": _enum("Passive", "Q", "W", "E", "R"),
                          "cooldown_seconds": _int(4, 120),
                          "damage_type": _enum("Physical", "Magic", "True", "None")}),),
    "perk": ((_GAMES, {"role": _enum("Survivor", "Killer"),
                       "tier": _enum("I", "II", "III"),
                       "cooldown_seconds": _int(20, 120)}),),
    "comic": ((_ANY, _CREATIVE_WORK),),
    "drama": ((_ANY, _CREATIVE_WORK),),
    "adaptation": ((_ANY, {"year": _int(1960, 2024),
                           "adapted_as": _enum("Film", "TV series", "Stage play", "Video game",
                                           "Graphic novel")}),),
    "subtitle": ((_ANY, {"format": _enum("srt", "vtt", "ass"),
                         "downloads": _int(12, 48_000),
                         "uploaded_on": _DATE}),),
    "gif": ((_ANY, {"width": _int(240, 640), "height": _int(180, 480),
                    "duration_seconds": _num(1, 12), "gif_url": _URI}),),
    "aircraft": ((_ANY, _AIRCRAFT),),
    "issuer": ((_words("ssl tls certificate certificates cert https domain"),
                {"name": _enum("Let's Encrypt", "DigiCert Inc", "Sectigo Limited",
                               "GlobalSign nv-sa", "Google Trust Services"),
                 "signature_algorithm": _enum("SHA256withRSA", "SHA384withECDSA")}),),
    # no drawn address: it would lie in another country than the search's location
    "property": ((_HOMES, {"price": _int(150_000, 1_500_000),
                           "bedrooms": _int(1, 5), "bathrooms": _int(1, 2)}),),
    "response": ((_words("event events invite invites invitation calendar rsvp meeting"),
                  {"attendee_name": _STR,
                   "attendee_email": {"type": "string", "format": "email"},
                   "responded_at": {"type": "string", "format": "date-time"}}),),
    "activity": ((_words("training trainings workout workouts fitness running cycling "
                         "triathlon strava sport sports athlete"),
                  # no distance: drawn apart from the time it would be run at no pace
                  {"sport": _enum("Running", "Cycling", "Swimming"),
                   "duration_minutes": _int(20, 180),
                   "average_heart_rate": _int(110, 170)}),),
    "grocery": ((_ANY, {"item": _enum("Milk", "Eggs", "Bread", "Apples", "Chicken breast",
                                      "Rice", "Spinach", "Tomatoes", "Cheddar", "Olive oil"),
                        "quantity": _int(1, 6), "checked": {"type": "boolean"}}),),
    "radio": ((_ANY, {"name": _STR,
                      "genre": _enum("Pop", "Jazz", "Classical", "News", "Rock", "Lo-fi",
                                     "Latin", "Electronic"),
                      "bitrate_kbps": {"type": "integer", "enum": [64, 128, 192, 320]}}),),
    "embedding": ((_ANY, {"vector": {"type": "array", "minItems": 8, "maxItems": 8,
                                        "items": _num(-1, 1)}}),),
    "comparison": ((_words("face faces image images photo photos selfie"),
                    {"similarity": _num(0.05, 0.99),
                     "faces_detected": _int(1, 2)}),),
    "hairstyle": ((_ANY, {"hairstyle": _enum("bob", "pixie cut", "long straight", "curly",
                                             "buzz cut", "ponytail", "bun",
                                             "wavy shoulder-length"),
                          "hair_color": _enum("black", "brown", "blonde", "red", "grey"),
                          "confidence": _num(0.6, 0.98)}),),
    "hair": ((_ANY, {"hairstyle": _enum("bob", "pixie cut", "long straight", "curly",
                                        "buzz cut", "ponytail", "bun", "wavy shoulder-length"),
                     "hair_color": _enum("black", "brown", "blonde", "red", "grey"),
                     "confidence": _num(0.6, 0.98)}),),
    "chart": ((_words("imdb movie movies film films cinema boxoffice box office"),
               {"chart_name": _enum("Top Box Office (US)", "Most Popular Movies",
                                    "Top 250 Movies", "Most Popular TV Shows"),
                # films everyone has heard of: a chart's number one is a fact read back
                "number_one": _enum("Oppenheimer", "Barbie", "Dune: Part Two",
                                    "Inside Out 2", "Deadpool & Wolverine", "Wicked",
                                    "Gladiator II", "Moana 2"),
                "weeks_at_number_one": _int(1, 4)}),),
    # sayings of the public domain, each with its author
    "quote": ((_ANY, {"quote": _enum(
        "The journey of a thousand miles begins with a single step. (Lao Tzu)",
        "Knowing yourself is the beginning of all wisdom. (Aristotle)",
        "The only true wisdom is in knowing you know nothing. (Socrates)",
        "Well done is better than well said. (Benjamin Franklin)",
        "It does not matter how slowly you go as long as you do not stop. (Confucius)",
        "Waste no more time arguing what a good man should be. Be one. (Marcus Aurelius)")}),),
    "news": ((_words("finance financial yahoo stock stocks market markets crypto bitcoin "
                     "business trading investing economy"),
              {"title": _enum("Stocks edge higher as investors await the Fed decision",
                              "Oil prices slip on demand worries",
                              "Tech shares lead a Nasdaq rebound",
                              "Bitcoin climbs as ETF inflows grow",
                              "Dollar steadies ahead of the jobs report",
                              "Bond yields fall after softer inflation data"),
               "source": _enum("Reuters", "Bloomberg", "Yahoo Finance", "CNBC",
                               "MarketWatch", "Financial Times"),
                     "published_at": {"type": "string", "format": "date-time"}}),),
    # an NFT of a marketplace's collection, never an access token
    "token": ((_words("nft nfts collection collectionsymbol magiceden ordinals ordinal "
                      "opensea mint inscription"),
               {"inscription_number": _int(10_000, 70_000_000),
                "listed_price_btc": _num(0.0005, 0.25),
                "owner_address": _enum("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8",
                                       "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
                                       "bc1pmzfrwwndsqmk5yh69yjr5lfgfg4ev8c0tsc06e")}),),
    # a price history's bars; `candles` puts each bar's high above and low below the rest
    "ohlc": ((_ANY, {"date": _DATE, "open": _num(0.5, 900), "high": _num(0.5, 900),
                     "low": _num(0.5, 900), "close": _num(0.5, 900)}),),
    "candle": ((_ANY, {"date": _DATE, "open": _num(0.5, 900), "high": _num(0.5, 900),
                       "low": _num(0.5, 900), "close": _num(0.5, 900)}),),
    # a player's rating is the rating of their game
    "rating": ((_words("chess elo fide lichess"), {"rating": _int(1200, 2850),
                                                   "games_played": _int(50, 9_000)}),),
    # what a detection reads from the sent user agent (`user_agents` sets the values)
    "browser": ((_words("detection detect detector useragent agent parser parse"),
                 {"browser": _STR, "browser_version": _STR, "os": _STR,
                  "device_type": _enum("desktop", "mobile", "tablet")}),),
    "screenshot": ((_ANY, {"image_url": _URI, "width": _int(800, 1920),
                           "height": _int(600, 1080)}),),
    # someone a marketplace lists for a service: what they have done, not a made-up name
    "provider": ((_words("service services cleaning massage housekeeping repair booking "
                         "professional"),
                  {"years_of_experience": _int(1, 20), "jobs_completed": _int(5, 900)}),),
    "export": ((_ANY, {"export_status": _enum("Completed", "InProgress", "Failed"),
                       "file_format": _enum("JSON", "CSV", "ZIP")}),),
    # a footballer's season, in a football API's words
    "player": ((_words("seriea serie football soccer premier liga bundesliga ligue uefa "
                       "fifa epl mls"),
                {"position": _enum("Goalkeeper", "Defender", "Midfielder", "Forward"),
                 "age": _int(18, 37), "appearances": _int(1, 38)}),),
    # a code judge's verdict on submitted source
    "checker": ((_words("code source compile compiler testcases hackerrank judge"),
                 {"verdict": _enum("Accepted", "Wrong Answer", "Time Limit Exceeded",
                                   "Compilation Error"),
                  "time_seconds": _num(0.01, 2.5)}),),
    # what a passport's machine-readable zone says
    "mrzanalysis": ((_ANY, {"document_type": _enum("Passport", "ID card"),
                            "issuing_country": _enum("GBR", "DEU", "FRA", "NLD", "USA"),
                            "checksum_valid": {"type": "boolean"}}),),
    "shoe": ((_words("jordan jordans"),
              {"model": _enum("Air Jordan 1 Mid", "Air Jordan 4 Retro", "Air Jordan 11 Retro",
                              "Jordan Luka 2", "Air Jordan 3 Retro"),
               "price": _int(110, 230), "currency": _enum("USD"),
               "sizes_available": _int(3, 14)}),
             (_ANY, {"model": _enum("Nike Air Force 1", "Adidas Ultraboost 22",
                                    "New Balance 990v6", "Asics Gel-Kayano 30",
                                    "Converse Chuck Taylor All Star"),
                     "price": _int(60, 200), "currency": _enum("USD"),
                     "sizes_available": _int(3, 14)})),
}


def context_fields(noun: str, context: frozenset[str]) -> dict[str, Any] | None:
    """The fields of a `noun` record in an API whose words are `context` (module doc)."""
    for needs, fields in CONTEXT_NOUNS.get(noun, ()):
        if not needs or needs & context:
            return fields
    return None
