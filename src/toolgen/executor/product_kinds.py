"""What a product is, from its name: its kind and what things of that kind are like.

`product_kind(name)` reads a product's name ("Pro Headphones", "Sony ... Gaming Console
T-Shirt": its last product word is its head) and returns the `Kind` it is, or None: the
descriptions its seller writes, the materials, brands and shop category such things
have, and the brands known for other things (Nike makes no headphones). Data only;
`product_fit` applies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of product and what its fields say."""

    name: str
    words: re.Pattern[str]
    descriptions: tuple[str, ...]
    materials: tuple[str, ...]
    brands: tuple[str, ...]
    category: str


def _kind(name: str, words: str, descriptions: tuple[str, ...], materials: tuple[str, ...],
          brands: tuple[str, ...], category: str) -> Kind:
    return Kind(name, re.compile(rf"\b(?:{words})\b", re.I), descriptions, materials, brands,
                category)


KINDS: tuple[Kind, ...] = (
    _kind("audio", "headphones?|earbuds|earphones|headset|speakers?|soundbar",
          ("Over-ear design with active noise cancelling and 30 hours of battery life.",
           "Bluetooth 5.3, fold-flat design and a carrying case.",
           "Rich bass and clear calls; charges over USB-C."),
          ("Plastic", "Protein Leather", "ABS Plastic"),
          ("Sony", "Bose", "JBL", "Sennheiser", "Anker", "Audio-Technica"),
          "Electronics › Headphones, Earbuds & Accessories"),
    _kind("computer", "laptop|notebook computer|macbook|chromebook|ultrabook|monitor|"
          "keyboard|mouse|tablet|ipad|printer|router|webcam",
          ("Plug and play over USB; works with Windows and macOS.",
           "Slim design with a matte finish and a two-year warranty.",
           "Quiet keys and a long-lasting rechargeable battery."),
          ("Plastic", "Aluminium"),
          ("Logitech", "Dell", "Lenovo", "ASUS", "Acer", "HP"),
          "Electronics › Computers & Accessories"),
    _kind("phone", "smartphone|iphone|phone|charger|power bank|phone case|screen protector",
          ("6.1-inch display, dual camera and all-day battery.",
           "Fast charging over USB-C; case included.",
           "Unlocked; works with all major carriers."),
          ("Glass", "Aluminium", "Plastic"),
          ("Samsung", "Google", "Motorola", "Anker", "OnePlus"),
          "Electronics › Cell Phones & Accessories"),
    _kind("camera", "cameras?|drone|action cam",
          ("24 MP sensor, 4K video and a flip-out screen.",
           "Compact body with optical image stabilisation.",
           "Shoots 4K at 60 fps; two batteries included."),
          ("Plastic", "Magnesium Alloy"),
          ("Canon", "Nikon", "Sony", "GoPro", "DJI", "Fujifilm"),
          "Electronics › Camera & Photo"),
    _kind("wearable", "smart ?watch|watch|fitness tracker",
          ("Heart-rate and sleep tracking; up to 7 days per charge.",
           "Water-resistant to 50 m, with a silicone strap.",
           "Built-in GPS and contactless payments."),
          ("Stainless Steel", "Aluminium", "Silicone"),
          ("Garmin", "Fitbit", "Samsung", "Amazfit", "Withings"),
          "Electronics › Wearable Technology"),
    _kind("appliance", "blender|kettle|toaster|coffee maker|air fryer|microwave|vacuum|"
          "espresso machine|robot vacuum|mixer",
          ("Dishwasher-safe parts and a two-year warranty.",
           "Compact enough for small kitchens; easy to clean.",
           "1000 W motor with three speed settings."),
          ("Stainless Steel", "Plastic", "Glass"),
          ("Ninja", "Breville", "Cuisinart", "Philips", "KitchenAid", "De'Longhi"),
          "Home & Kitchen › Kitchen & Dining"),
    _kind("lamp", "desk lamp|floor lamp|lamp",
          ("Dimmable LED with three colour temperatures.",
           "Adjustable arm and a USB charging port.",
           "Touch control and an energy-saving LED."),
          ("Aluminium", "Metal", "Plastic"),
          ("Philips", "BenQ", "TaoTronics", "Lepro"),
          "Home & Kitchen › Lighting"),
    _kind("footwear", "shoes?|sneakers?|running shoes|boots?|sandals?|trainers",
          ("Breathable mesh upper with a cushioned sole.",
           "Lightweight and comfortable for all-day wear.",
           "Grippy rubber outsole; true to size."),
          ("Mesh", "Leather", "Synthetic"),
          ("Nike", "Adidas", "New Balance", "ASICS", "Puma"),
          "Clothing, Shoes & Jewelry › Shoes"),
    _kind("apparel", "t-?shirt|tee|shirt|jacket|hoodie|socks|sweater|dress|jeans",
          ("Made from organic cotton; machine washable.",
           "Soft, breathable fabric that keeps its shape.",
           "Relaxed fit; machine washable."),
          ("Cotton", "Cotton Blend", "Polyester"),
          ("Levi's", "Uniqlo", "Columbia", "The North Face", "Patagonia"),
          "Clothing, Shoes & Jewelry › Clothing"),
    _kind("bag", "backpack|bag|suitcase|duffel",
          ("Padded laptop sleeve and water-resistant fabric.",
           "Lightweight, water-resistant and easy to clean.",
           "Lockable zips and a lifetime warranty."),
          ("Nylon", "Polyester", "Canvas"),
          ("Samsonite", "Herschel", "Osprey", "The North Face"),
          "Clothing, Shoes & Jewelry › Luggage & Travel Gear"),
    _kind("drinkware", "mug|water bottle|bottle|tumbler|thermos",
          ("Double-wall insulation keeps drinks cold for 24 hours.",
           "Leak-proof lid; dishwasher safe.",
           "Holds 750 ml and fits most cup holders."),
          ("Stainless Steel", "Ceramic", "BPA-free Plastic"),
          ("Hydro Flask", "Stanley", "Contigo", "CamelBak"),
          "Home & Kitchen › Kitchen & Dining"),
    _kind("outdoor", "tent|sleeping bag|yoga mat",
          ("Sets up in ten minutes; sleeps two.",
           "Waterproof rainfly and a carry bag.",
           "Non-slip surface, 6 mm thick."),
          ("Polyester", "Nylon", "TPE"),
          ("Coleman", "REI", "Big Agnes", "Manduka"),
          "Sports & Outdoors"),
    _kind("stationery", "notebook|pen|journal|planner",
          ("A5, 192 dotted pages with a lay-flat binding.",
           "Smooth, quick-drying ink.",
           "Hardcover with an elastic closure and a ribbon marker."),
          ("Paper", "Recycled Paper"),
          ("Moleskine", "Leuchtturm1917", "Pilot", "Rhodia"),
          "Office Products"),
)

# Brands a reader knows for one kind of thing: a product of another kind is not theirs.
_KNOWN_BRANDS: dict[str, frozenset[str]] = {}
for _k in KINDS:
    for _b in _k.brands:
        _KNOWN_BRANDS.setdefault(_b.lower(), frozenset())
        _KNOWN_BRANDS[_b.lower()] |= {_k.name}
_BRAND_RX = re.compile(
    r"\b(" + "|".join(re.escape(b) for b in sorted(_KNOWN_BRANDS, key=len, reverse=True))
    + r")\b", re.I)


@lru_cache(maxsize=4096)
def product_kind(name: str) -> Kind | None:
    """The kind of thing `name` names: its last product word (the longest at a tie:
    "notebook computer" is a computer, "Notebook" paper)."""
    best: tuple[int, int, Kind] | None = None
    for kind in KINDS:
        for m in kind.words.finditer(name):
            key = (m.start(), len(m.group()))
            if best is None or key > best[:2]:
                best = (key[0], key[1], kind)
    return best[2] if best is not None else None


def known_brand(text: str) -> tuple[str, frozenset[str]] | None:
    """The known brand `text` names (as written there) and the kinds it makes, if any."""
    m = _BRAND_RX.search(text)
    if m is None:
        return None
    return m.group(1), _KNOWN_BRANDS[m.group(1).lower()]


def other_kind(text: str, kind: Kind) -> bool:
    """Whether `text` names a product of another kind than `kind` and none of its own
    ("Running Shoe" for headphones)."""
    if kind.words.search(text):
        return False
    return any(k.words.search(text) for k in KINDS if k is not kind)
