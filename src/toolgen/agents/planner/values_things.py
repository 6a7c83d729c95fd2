"""Plain pools of things users name often, and the rules that say when a parameter is one.

A database `table` is "customers", a `court` a real court, a `docket` a docket number, a
historical `event` one from history, a `gene` BRCA1, a `league` the NBA, a memory `key`
something a person would remember ("favorite_color") and its `value` what goes with it; a
conversion goes from one real unit to its partner. `named_thing(key, description, about)`
gives a draw for the parameter (its normalised name `key`, its description, the endpoint's
own words `about`), or None. A rule with a context applies only where the endpoint or the
description shows those words (`team` is a basketball team on an NBA endpoint).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import Any

Draw = Callable[[random.Random], Any]

MEMORY = re.compile(r"memory|key.value|\bcache\b|redis|\bkv\b|storage|store", re.I)
MEMORY_KEYS = ("favorite_color", "home_city", "preferred_language", "dog_name",
               "project_deadline", "coffee_order")
MEMORY_VALUES = {"favorite_color": "blue", "home_city": "Lisbon",
                 "preferred_language": "Portuguese", "dog_name": "Biscuit",
                 "project_deadline": "2025-09-30", "coffee_order": "oat milk flat white"}

# (names, words the endpoint or description must show, values): things named often.
_NAMED: tuple[tuple[frozenset[str], re.Pattern[str] | None, tuple[str, ...]], ...] = (
    # a pet store's pet is available, pending or sold, never "completed" (ToolBench s47 #37)
    (frozenset({"status"}), re.compile(r"\bpets?\b", re.I), ("available", "pending", "sold")),
    (frozenset({"table", "table_name", "tablename"}), None,
     ("customers", "orders", "employees", "products", "invoices")),
    (frozenset({"db_name", "database", "db", "database_name", "dbname"}), None,
     ("sales_db", "inventory", "hr_records", "analytics")),
    (frozenset({"event", "event_name", "historical_event"}), re.compile(r"histor", re.I),
     ("the moon landing", "the Civil War", "World War II", "the Great Depression",
      "the Louisiana Purchase")),
    (frozenset({"court", "court_name"}), None,
     ("Supreme Court of California", "U.S. District Court for the Southern District of New York",
      "Ninth Circuit Court of Appeals", "Cook County Circuit Court")),
    (frozenset({"restaurant", "restaurants", "restaurant_name"}), None,
     ("Joe's Pizza", "Sakura Sushi", "Green Garden Bistro", "Taco Loco", "Golden Dragon")),
    (frozenset({"cell_type", "cell"}), re.compile(r"cell|biolog", re.I),
     ("neuron", "red blood cell", "hepatocyte", "muscle cell")),
    (frozenset({"cell_compartment", "compartment", "organelle"}), None,
     ("nucleus", "mitochondria", "plasma membrane", "cytoplasm")),
    (frozenset({"diet", "diet_option", "dietary_restriction", "dietary_restrictions",
                "diet_preference", "dietary_preference", "diet_type"}), None,
     ("vegetarian", "vegan", "gluten-free", "halal", "low-carb")),
    (frozenset({"primary_ingredient", "ingredient", "main_ingredient"}), None,
     ("chicken", "salmon", "chickpeas", "mushrooms", "tofu", "lentils")),
    (frozenset({"alpha2", "alpha_2", "iso2", "iso_alpha2", "country_alpha2"}), None,
     ("US", "DE", "FR", "GB", "JP", "BR", "IN")),
    (frozenset({"scale", "multiplier", "servings_scale"}), re.compile(r"recipe|serving", re.I),
     ("0.5", "1.5", "2.0")),
    (frozenset({"type", "ticket_type"}), re.compile(r"ticket|helpdesk|freshdesk", re.I),
     ("Question", "Incident", "Problem", "Feature Request")),
    (frozenset({"state", "state_name", "us_state"}), re.compile(
        r"\bus_|u\.s\.|united states|\bamerica|\busa\b", re.I),
     ("California", "Texas", "New York", "Florida", "Illinois", "Washington")),
    (frozenset({"scientist", "scientist_name", "inventor"}), None,
     ("Marie Curie", "Isaac Newton", "Albert Einstein", "Charles Darwin", "Rosalind Franklin")),
    (frozenset({"crop", "crop_type", "crop_name"}), None,
     ("wheat", "corn", "rice", "soybeans", "barley")),
    (frozenset({"attribute", "stat"}), re.compile(r"game|player|equipment|character", re.I),
     ("strength", "defense", "agility", "stamina")),
    (frozenset({"finish"}), re.compile(r"instrument|guitar|piano|violin", re.I),
     ("Sunburst", "Natural", "Gloss Black")),
    (frozenset({"model", "model_name"}), re.compile(r"instrument|guitar|piano|violin", re.I),
     ("Fender Stratocaster", "Yamaha C40", "Gibson Les Paul", "Roland FP-30")),
    (frozenset({"bot_version"}), None, ("DRAFT", "1", "2")),
    (frozenset({"function", "func", "expression", "integrand", "equation"}), re.compile(
        r"integra|derivative|calculus|math|equation|polynomial|function", re.I),
     ("x^2 + 3*x - 4", "sin(x) * cos(x)", "2*x + 7", "exp(-x^2)", "(x + 1)^3")),
    (frozenset({"provider", "sms_provider"}), re.compile(r"\bsms\b|text message", re.I),
     ("Twilio", "Vonage", "MessageBird")),
    (frozenset({"mail_server", "smtp_server", "smtp_host", "mail_host"}), None,
     ("smtp.gmail.com", "smtp.office365.com", "smtp.mailgun.org")),
    (frozenset({"tag", "tags"}), re.compile(r"video|vimeo|youtube|photo|image|blog|article",
                                            re.I),
     ("travel", "animation", "music", "nature", "cooking")),
    (frozenset({"substance", "compound", "chemical"}), None,
     ("water", "ethanol", "glucose", "sodium chloride", "carbon dioxide")),
    (frozenset({"molecule", "protein"}), None, ("ATP", "glucose", "hemoglobin", "insulin")),
    (frozenset({"ecosystem", "habitat", "biome"}), None,
     ("coral reef", "tropical rainforest", "wetland", "tundra", "grassland")),
    (frozenset({"player", "player_name", "athlete"}), re.compile(r"chess", re.I),
     ("Magnus Carlsen", "Hikaru Nakamura", "Judit Polgar")),
    (frozenset({"player", "player_name", "athlete"}), re.compile(r"basketball|\bnba\b", re.I),
     ("LeBron James", "Stephen Curry", "Giannis Antetokounmpo", "Nikola Jokic")),
    (frozenset({"player", "player_name", "athlete"}), re.compile(r"tennis", re.I),
     ("Serena Williams", "Roger Federer", "Carlos Alcaraz")),
    (frozenset({"player", "player_name", "athlete"}), re.compile(r"soccer|football|fifa", re.I),
     ("Lionel Messi", "Erling Haaland", "Kylian Mbappe")),
    (frozenset({"building", "building_name"}), None,
     ("Empire State Building", "Burj Khalifa", "The Shard", "Sydney Opera House")),
    (frozenset({"discovery", "invention"}), None,
     ("penicillin", "radioactivity", "the theory of relativity", "the DNA double helix")),
    (frozenset({"copyright_holder", "rights_holder"}), None,
     ("Walt Disney Company", "Universal Music Group", "Penguin Random House")),
    (frozenset({"vulnerability", "cve", "cve_id"}), None,
     ("CVE-2021-44228", "CVE-2023-4863", "CVE-2014-0160")),
    (frozenset({"component", "package", "library_name"}), re.compile(
        r"vulnerab|security|dependenc|package|analysis", re.I),
     ("log4j-core", "openssl", "lodash", "requests")),
    (frozenset({"input", "query_input"}), re.compile(r"wolfram|math|compute|calculat", re.I),
     ("integrate x^2 from 0 to 3", "population of France", "distance from Earth to Mars",
      "solve 2x + 5 = 17")),
    (frozenset({"league", "league_name"}), None,
     ("NBA", "Premier League", "La Liga", "NFL", "Serie A", "MLB")),
    (frozenset({"season"}), re.compile(r"sport|league|team|player|score|rank|game|match", re.I),
     ("2023-24", "2022-23", "2024-25")),
    (frozenset({"season"}), None, ("spring", "summer", "autumn", "winter")),
    (frozenset({"religion"}), None, ("Buddhism", "Christianity", "Islam", "Hinduism",
                                     "Judaism")),
    (frozenset({"county"}), None, ("Cook County", "Los Angeles County", "King County",
                                   "Harris County")),
    (frozenset({"recipe", "dish", "recipe_name", "dish_name", "food"}), None,
     ("lasagna", "chicken curry", "banana bread", "beef stew", "pad thai")),
    (frozenset({"color", "colour", "paint_color"}), None,
     ("red", "blue", "yellow", "white", "green")),
    (frozenset({"team", "team_name"}), None,
     ("Los Angeles Lakers", "Manchester United", "Real Madrid", "Boston Celtics",
      "Chicago Bulls")),
    (frozenset({"sport"}), None, ("basketball", "football", "tennis", "baseball")),
    (frozenset({"item", "ingredient", "original_ingredient", "replacement_ingredient"}),
     re.compile(r"cook|recipe|ingredient|kitchen|bak", re.I),
     ("flour", "sugar", "butter", "milk", "olive oil", "honey")),
    (frozenset({"size"}), re.compile(r"paint|canvas|poster|frame|print", re.I),
     ("24x36 inches", "16x20 inches", "30x40 cm")),
    (frozenset({"target", "dependent_var", "target_variable", "label_column"}),
     re.compile(r"regress|classif|model|predict|train", re.I),
     ("price", "sales", "churn", "house_price")),
    (frozenset({"dataset", "data_source", "data_file"}), re.compile(
        r"regress|classif|model|train|data", re.I),
     ("sales_2024.csv", "customers.csv", "housing_data.csv")),
    (frozenset({"entity", "party", "company", "company_name"}), re.compile(
        r"lawsuit|legal|court|case", re.I),
     ("Google", "Apple Inc.", "Tesla", "Walmart")),
    (frozenset({"product", "product_name"}), None,
     ("wireless earbuds", "running shoes", "coffee maker", "smart watch")),
    (frozenset({"hobby", "hobbies"}), None,
     ("painting", "hiking", "chess", "gardening", "photography")),
    (frozenset({"sculpture", "sculpture_name", "artwork"}), None,
     ("The Thinker", "David", "Venus de Milo", "The Kiss")),
    (frozenset({"command", "cmd"}), None, ("ls -la", "git status", "df -h", "whoami")),
    (frozenset({"gene", "gene_name"}), None, ("BRCA1", "TP53", "EGFR", "APOE")),
    (frozenset({"sign", "zodiac_sign", "zodiac"}), None,
     ("Aries", "Leo", "Scorpio", "Gemini", "Pisces")),
    (frozenset({"planet", "body", "celestial_body"}), None,
     ("Mars", "Jupiter", "Venus", "Saturn", "the Moon")),
    (frozenset({"festival", "festival_name"}), None,
     ("Diwali", "Oktoberfest", "Coachella", "Glastonbury")),
    (frozenset({"spot", "tourist_spot", "landmark", "attraction"}), None,
     ("Eiffel Tower", "Colosseum", "Statue of Liberty", "Sagrada Familia")),
    (frozenset({"brewery"}), None, ("Sierra Nevada", "Guinness", "Brooklyn Brewery")),
    (frozenset({"customer", "customer_name"}), None, ("Maria Lopez", "Tom Becker",
                                                      "Aisha Khan")),
    (frozenset({"war", "battle"}), None, ("World War II", "the Battle of Hastings",
                                          "the American Civil War", "the Battle of Waterloo")),
    (frozenset({"leader"}), None, ("Abraham Lincoln", "Winston Churchill", "Nelson Mandela")),
    (frozenset({"metal"}), None, ("gold", "silver", "copper", "platinum")),
    (frozenset({"jurisdiction"}), None, ("California", "New York", "England and Wales")),
    (frozenset({"instrument"}), None, ("piano", "violin", "acoustic guitar", "cello")),
    (frozenset({"player"}), None, ("LeBron James", "Lionel Messi", "Serena Williams")),
    (frozenset({"species"}), None, ("Homo sapiens", "Canis lupus", "Panthera leo")),
    (frozenset({"store", "store_name"}), None, ("Walmart", "Target", "Whole Foods")),
    (frozenset({"tournament"}), None, ("Wimbledon", "the World Cup", "the US Open")),
    (frozenset({"input_string", "string", "input_text", "sequence_text"}), None,
     ("Hello, world!", "racecar", "The quick brown fox")),
    (frozenset({"e_mail", "email_address", "mail_address"}), None,
     ("maria.lopez@example.com", "tom.becker@example.org", "aisha.khan@example.net")),
    (frozenset({"vehicle_make", "car_make", "make"}), re.compile(r"vehicle|car|auto", re.I),
     ("Toyota", "Honda", "Ford", "Volkswagen", "BMW")),
    (frozenset({"vehicle_model", "car_model"}), None,
     ("Corolla", "Civic", "Model 3", "Golf", "F-150")),
    (frozenset({"iata_airport_from", "iata_airport_to", "airport_from", "airport_to", "iata",
                "iata_code", "airport_code"}), None, ("JFK", "LHR", "CDG", "LIS", "NRT", "SFO")),
    (frozenset({"items", "item", "food_items", "menu_items", "dishes", "food"}), re.compile(
        r"restaurant|uber.?eat|\bmenu\b|takeaway|doordash", re.I),
     ("Margherita pizza", "chicken burrito", "pad thai", "caesar salad", "cheeseburger")),
    (frozenset({"order_type"}), re.compile(r"stock|trad|symbol|share|market", re.I),
     ("market", "limit", "stop")),
    (frozenset({"type", "restaurant_type", "cuisine_type"}), re.compile(r"restaurant", re.I),
     ("Italian", "Thai", "Mexican", "vegan", "seafood")),
    (frozenset({"items", "item", "products", "groceries", "grocery_items", "shopping_list"}),
     re.compile(r"grocer|supermarket|food deliver|whole foods|walmart", re.I),
     ("milk", "eggs", "bread", "bananas", "coffee", "olive oil")),
    (frozenset({"alpha3", "alpha_3", "iso3", "iso_alpha3", "country_alpha3"}), None,
     ("USA", "DEU", "FRA", "GBR", "JPN", "BRA")),
    (frozenset({"property_type", "home_type", "propertytype"}), None,
     ("apartment", "house", "condo", "townhouse")),
    (frozenset({"province"}), re.compile(r"canad", re.I),
     ("Ontario", "Quebec", "British Columbia", "Alberta")),
    (frozenset({"insurance_type"}), None, ("health", "auto", "home", "travel")),
    (frozenset({"energy_type", "energy_source"}), None, ("solar", "wind", "hydroelectric")),
    (frozenset({"subreddit"}), None, ("AskReddit", "worldnews", "programming", "travel",
                                      "cooking")),
    (frozenset({"franchise", "team", "team_name"}), re.compile(r"nba|basketball", re.I),
     ("Boston Celtics", "Los Angeles Lakers", "Chicago Bulls", "Golden State Warriors")),
    (frozenset({"product", "product_name"}), re.compile(r"revenue|sales|sold|forecast|compan",
                                                       re.I),
     ("wireless earbuds", "electric scooter", "smart watch", "running shoes")),
    (frozenset({"mention", "mentions", "users_mentioned"}), None,
     ("@natgeo", "@nasa", "@bbcnews", "@mkbhd")),
    (frozenset({"hashtag", "hashtags"}), None, ("#travel", "#photography", "#foodie")),
    (frozenset({"tag", "tags"}), re.compile(r"#"), ("#travel", "#photography", "#foodie",
                                                   "#fitness")),
    (frozenset({"tag", "tags"}), re.compile(r"tweet|twitter|instagram|social|post", re.I),
     ("travel", "photography", "foodie", "fitness")),
)


def _choice(pool: Sequence[Any]) -> Draw:
    return lambda rng: rng.choice(pool)


_BASE64 = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAA"
           "AABJRU5ErkJggg==",
           "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


# The named pools, for a rule that picks another value of the same pool (`rivals`).
NAMED_POOLS = _NAMED

# A unit a quantity is converted from, and what it is converted to.
UNIT_PAIRS = {"miles": "kilometers", "kilometers": "miles", "pounds": "kilograms",
              "kilograms": "pounds", "celsius": "fahrenheit", "fahrenheit": "celsius",
              "liters": "gallons", "gallons": "liters", "inches": "centimeters",
              "feet": "meters", "meters": "feet", "ounces": "grams", "cups": "milliliters"}


def named_thing(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    """A draw of the thing `key` names, or None (see the module docstring)."""
    if tokens & {"timezone", "tz"} or "time_zone" in key:
        return _choice(("America/New_York", "Europe/London", "Asia/Tokyo", "Europe/Berlin",
                        "Australia/Sydney", "America/Los_Angeles"))
    if key in ("from_unit", "to_unit", "unit_from", "unit_to", "source_unit", "target_unit",
               "input_unit", "output_unit") and re.search(r"conver", about, re.I):
        return _choice(tuple(UNIT_PAIRS))
    if "base64" in key or key.endswith("64") or re.search(r"base ?64", description, re.I):
        return _choice(_BASE64)
    if key in ("docket", "docket_number", "docket_id", "case_number"):
        return lambda rng: f"{rng.randrange(1, 4)}:{rng.randrange(18, 25)}-cv-" \
                           f"{rng.randrange(1000, 9999):05d}"
    if key in ("key", "memory_key", "key_name") and MEMORY.search(about):
        return _choice(MEMORY_KEYS)
    if key in ("value", "memory_value") and MEMORY.search(about):
        return _choice(tuple(MEMORY_VALUES.values()))
    base = re.sub(r"\d+$", "", key)  # `color1`, `team2`: the thing the pair compares
    for names, context, values in _NAMED:
        if (key in names or base in names) and (
                context is None or context.search(f"{about} {description}")):
            return _choice(values)
    return None
