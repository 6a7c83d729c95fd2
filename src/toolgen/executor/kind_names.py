"""Names for the kinds of thing `names.record_name` used to label "Publisher #697".

A reader believes "Harbor Lane Press" as a publisher, "Synthwave" as a genre, "Riverside
Rovers" as a team, "Sunday Brunch Mix" as a playlist; a currency, a religion, a medicine,
a fabric or a food is called by its real name (`known_names`: "Euro", "Buddhism",
"Ibuprofen"); "Publisher #697" and "Genre #576"
are a system's row labels. `kind_name(head, rand)` names a thing of a known kind; any
other noun gets a short evocative name ("Silver Creek", "North Star"), the way people
name projects, products, paintings and accounts. Drawn from the call's random stream;
no Faker, never touches the network.
"""

from __future__ import annotations

from collections.abc import Callable

from toolgen.executor.known_names import CURRENCY_NAMES, MEDICINES
from toolgen.executor.pools import PRODUCT_ADJ, PRODUCT_NOUN

Rand = Callable[[], float]

_SURNAMES = ("Harper", "Whitman", "Calloway", "Ashford", "Bellamy", "Prescott", "Lindgren",
             "Okafor", "Moreau", "Castellano", "Fairbanks", "Hollis", "Navarro", "Sterling")
_FIRSTS = ("Maya", "Daniel", "Priya", "Tom", "Lucia", "Kenji", "Amara", "Jonas", "Elena",
           "Marcus", "Sofia", "Liam", "Nadia", "Oscar")
# The first names a drawn person of a kind may have (`acted` tells a stranger by them).
FIRST_NAMES = frozenset(_FIRSTS)
_PLACE_WORDS = ("Harbor Lane", "Blue Door", "Old Mill", "Red Kite", "Northfield", "Cedar Hill",
                "Lantern", "Foxglove", "Bridgewater", "Wildwood", "Stonebridge", "Larkspur")
_PUBLISHER_TAIL = ("Press", "Books", "Publishing", "House", "Editions")
_LABEL_TAIL = ("Records", "Music", "Sound")
_STUDIO_TAIL = ("Studios", "Pictures", "Films", "Games")
_GENRES = ("Synthwave", "Indie Folk", "Jazz Fusion", "Lo-fi Hip Hop", "Bossa Nova",
           "Neo-Soul", "Post-Rock", "Afrobeat", "Dream Pop", "Bluegrass", "Thriller",
           "Romantic Comedy", "Historical Fiction", "Slice of Life", "Fantasy", "Mystery")
_TEAM_CITIES = ("Riverside", "Northgate", "Lakeside", "Westbrook", "Kingsway", "Harborview",
                "Oakwood", "Maple Grove", "Hillcrest", "Eastfield")
_MASCOTS = ("Rovers", "Falcons", "Wolves", "Comets", "Tigers", "Mariners", "Royals",
            "Hawks", "Rangers", "Pioneers")
_OPTIONS = ("Standard", "Large", "Gift Wrap", "Extended Warranty", "Express Delivery",
            "Matte Finish", "Blue", "Size M", "Engraving", "Double Pack")
_CHANNELS = ("Daily Dose of Design", "Kitchen Table Talks", "The Weekend Mechanic",
             "Pixel Stories", "Trail Notes", "Quiet Hours")
_ADJ = ("Silver", "Blue", "Golden", "Quiet", "North", "Red", "Green", "Bright", "Little",
        "Wild", "Evening", "Morning", "Hidden", "Open", "Iron", "Cedar", "Maple", "Coral",
        "Amber", "Copper")
_NOUN = ("Creek", "Harbor", "Horizon", "Star", "Hour", "Field", "Ridge", "Garden", "Bridge",
         "Lantern", "Meadow", "Compass", "Orchard", "River", "Summit", "Atlas", "Grove",
         "Beacon", "Canyon", "Vista")

_GOODS = frozenset({"order", "cart", "basket", "purchase", "shipment", "delivery",
                    "inventory", "catalog", "catalogue", "listing", "lineitem"})
_PUBLISHER = frozenset({"publisher", "imprint", "publication"})
_LABEL = frozenset({"label", "record_label"})
_STUDIO = frozenset({"studio", "developer", "producer", "production"})
_GENRE = frozenset({"genre", "style", "subgenre"})
_TEAM = frozenset({"team", "club", "squad", "franchise"})
_OPTION = frozenset({"option", "variant", "variation", "addon", "extra", "modifier"})
_CHANNEL = frozenset({"channel", "podcast", "show", "blog", "page", "feed"})
_PERSONISH = frozenset({"display", "nick", "nickname", "screen", "contact", "account",
                        "profile", "recipient", "sender", "signer", "subscriber", "president",
                        "scientist", "discoverer", "inventor", "senator", "composer",
                        "painter", "leader", "founder", "director", "winner", "champion",
                        "ceo", "chef", "lawyer", "judge", "instructor", "tutor", "trainer",
                        "musician", "singer", "writer", "poet", "politician", "investor",
                        "astronaut", "explorer", "philosopher", "physicist", "chemist",
                        # people a case, record or ward names ("criminal_name")
                        "criminal", "suspect", "offender", "defendant", "plaintiff",
                        "witness", "victim", "inmate", "prisoner", "attorney", "applicant",
                        "participant", "attendee", "nominee", "tenant", "landlord"})

# Substances have common names, not a place's: `fuel_name` is "Diesel", not "Amber Meadow".
_SUBSTANCES: dict[str, tuple[str, ...]] = {
    "fuel": ("Diesel", "Natural Gas", "LPG", "Regular Petrol", "Premium Petrol",
             "Heavy Fuel Oil", "Light Fuel Oil", "Coal - Bituminous"),
    "gas": ("Methane", "Carbon dioxide", "Nitrous oxide", "Propane", "Hydrogen"),
    "element": ("Oxygen", "Iron", "Carbon", "Copper", "Sodium", "Helium", "Gold"),
    "metal": ("Copper", "Aluminium", "Nickel", "Zinc", "Gold", "Silver", "Iron ore"),
    "chemical": ("Ethanol", "Sodium chloride", "Acetic acid", "Ammonia", "Glucose"),
    "compound": ("Ethanol", "Sodium chloride", "Acetic acid", "Ammonia", "Glucose"),
    "material": ("Steel", "Aluminium", "Concrete", "Timber", "Glass", "Recycled plastic"),
    "commodity": ("Gold", "Crude Oil", "Wheat", "Corn", "Coffee", "Copper"),
}

# Kinds whose things have real names everyone knows: a currency is the Euro, a religion
# Buddhism, a medicine Ibuprofen, never "Silver Ridge" or "Open Bridge".
_KNOWN: dict[str, tuple[str, ...]] = {
    "currency": CURRENCY_NAMES,
    "religion": ("Christianity", "Islam", "Hinduism", "Buddhism", "Judaism", "Sikhism",
                 "Shinto", "Taoism", "Jainism", "Bahá'í Faith"),
    "medicine": MEDICINES, "medication": MEDICINES, "drug": MEDICINES,
    "generic": MEDICINES, "medicament": MEDICINES, "pill": MEDICINES,
    "fabric": ("Cotton", "Linen", "Wool", "Silk", "Denim", "Polyester", "Velvet", "Cashmere"),
    "textile": ("Cotton", "Linen", "Wool", "Silk", "Denim", "Polyester", "Velvet", "Cashmere"),
    "food": ("Oatmeal", "Greek Yogurt", "Brown Rice", "Grilled Chicken", "Lentil Soup",
             "Avocado Toast", "Caesar Salad", "Banana", "Almonds", "Salmon Fillet"),
}


def _pick(seq: tuple[str, ...], rand: Rand) -> str:
    return seq[int(rand() * len(seq))]


def kind_name(head: str, rand: Rand) -> str | None:
    """A believable name for a thing of kind `head`, or None when the kind is not known."""
    if head in _GOODS:  # what an order, cart or purchase lists is a product
        return f"{_pick(PRODUCT_ADJ, rand)} {_pick(PRODUCT_NOUN, rand)}"
    if head in _PUBLISHER:
        return f"{_pick(_PLACE_WORDS, rand)} {_pick(_PUBLISHER_TAIL, rand)}"
    if head in _LABEL:
        return f"{_pick(_PLACE_WORDS, rand)} {_pick(_LABEL_TAIL, rand)}"
    if head in _STUDIO:
        return f"{_pick(_SURNAMES, rand)} {_pick(_STUDIO_TAIL, rand)}"
    if head in _GENRE:
        return _pick(_GENRES, rand)
    if head in _TEAM:
        return f"{_pick(_TEAM_CITIES, rand)} {_pick(_MASCOTS, rand)}"
    if head in _OPTION:
        return _pick(_OPTIONS, rand)
    if head in _CHANNEL:
        return _pick(_CHANNELS, rand)
    if head in _SUBSTANCES:
        return _pick(_SUBSTANCES[head], rand)
    if head in _PERSONISH:
        return f"{_pick(_FIRSTS, rand)} {_pick(_SURNAMES, rand)}"
    if head in _PETS:  # a pet store's pet was "Iron Vista" (ToolBench seed 47 #37)
        return _pick(_PET_NAMES, rand)
    return None


_PETS = frozenset({"pet", "pets"})  # a cat API shows pictures of cats, not named pets
_PET_NAMES = ("Buddy", "Luna", "Max", "Bella", "Charlie", "Milo", "Daisy", "Rocky", "Coco",
              "Bailey", "Nala", "Oscar", "Pepper", "Simba", "Rosie", "Teddy")


def known_name(head: str, rand: Rand) -> str | None:
    """A real name for a thing of a kind everyone knows by name (a currency, a religion, a
    medicine), or None. Apart from `kind_name`: such a record is no thing that names
    itself (`names.names_itself`), so a medicine read still gets its content fields."""
    known = _KNOWN.get(head)
    return _pick(known, rand) if known is not None else None


def evocative_name(rand: Rand) -> str:
    """A short name of no particular kind ("Silver Creek"), as people name their things."""
    return f"{_pick(_ADJ, rand)} {_pick(_NOUN, rand)}"
