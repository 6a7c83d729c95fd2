"""Properties for an object schema that declares none (`"Capacity": {"type": "array",
"items": {"type": "object"}}`, `"product_information": {"type": "object"}`).

What such an object holds is read from its key: a place holds coordinates, an address
its street, city and country, a link its label and url, a product's option (`Capacity`,
`Color`, `Size`) one label of that option ("Large", "Navy"), a product's information its
labelled facts (material, weight, warranty); anything else a name and a value. Never a
made-up title on a thing that has no name ("Capacity: Wild Atlas", "product_information:
Compact Jacket").
"""

from __future__ import annotations

from typing import Any

_STR = {"type": "string"}

# A product option's values, by the option's name.
_OPTIONS: dict[str, tuple[str, ...]] = {
    # Capacity of what the product is (a backpack's is no "512 GB"): read as its size.
    "capacity": ("Standard", "Large", "Extra Large", "Compact"),
    "storage": ("64 GB", "128 GB", "256 GB", "512 GB", "1 TB"),
    "size": ("XS", "S", "M", "L", "XL", "XXL"),
    "color": ("Black", "White", "Navy", "Silver", "Forest Green", "Rose Gold", "Graphite"),
    "colour": ("Black", "White", "Navy", "Silver", "Forest Green", "Rose Gold", "Graphite"),
    "style": ("Classic", "Slim Fit", "Relaxed", "Sport", "Travel"),
    "material": ("Cotton", "Leather", "Stainless Steel", "Aluminium", "Bamboo", "Wool"),
    "pattern": ("Solid", "Striped", "Checked", "Floral", "Camouflage"),
    "flavor": ("Vanilla", "Chocolate", "Strawberry", "Unflavoured", "Salted Caramel"),
    "flavour": ("Vanilla", "Chocolate", "Strawberry", "Unflavoured", "Salted Caramel"),
    "scent": ("Lavender", "Citrus", "Unscented", "Sandalwood", "Fresh Linen"),
    "length": ("1 m", "2 m", "3 m", "5 m"),
    "edition": ("Standard", "Deluxe", "Collector's"),
}
# A product's labelled facts, as a shop lists them.
_PRODUCT_FACTS: dict[str, Any] = {
    "Material": {"type": "string", "enum": ["Cotton", "Stainless Steel", "Aluminium",
                                            "Recycled Plastic", "Leather", "Bamboo"]},
    "Item Weight": {"type": "string", "enum": ["180 g", "250 g", "480 g", "1.2 kg",
                                               "2.5 kg"]},
    "Warranty": {"type": "string", "enum": ["6 months", "1 year", "2 years"]},
}
_LINK_TITLES = ("Website", "Instagram", "Twitter", "Merch store", "Podcast", "Patreon")
_FACT_KEYS = frozenset({"product_information", "product_info", "product_details",
                        "product_specifications", "specifications", "specs",
                        "technical_details", "item_specifics", "attributes",
                        "product_attributes", "product_overview"})


# Accounts a feed lists: an Instagram follower is no `{"name": ..., "value": 17.98}`
# (ToolBench seed 59 #11). No `username`: a follower list's sent username is its owner's,
# and a field of that name would be read as the filter every item matches.
_PEOPLE = frozenset({"follower", "following", "friend", "member", "subscriber", "fan",
                     "liker", "viewer"})
_PERSON = {"full_name": _STR, "is_private": {"type": "boolean"}}


def filler_properties(nk: str, entity: str = "") -> dict[str, Any]:
    """Properties for an object under normalised key `nk` (of a record of `entity`) that
    declares none."""
    if entity in _PEOPLE and (not nk or nk in ("data", "items", "results", "list")
                              or nk.rstrip("s") in _PEOPLE):
        return dict(_PERSON)
    if nk in ("location", "geo", "coordinates", "coords", "position"):
        return {"lat": {"type": "number"}, "lng": {"type": "number"}}
    if nk in ("address",):
        return {"street": _STR, "city": _STR, "country": _STR}
    option = _OPTIONS.get(nk.split("_")[-1]) if nk else None
    if option is not None:
        # `label`, not `value`: two options of one list must differ (`distinct_items`).
        return {"label": {"type": "string", "enum": list(option)},
                "is_available": {"type": "boolean"}}  # many can be; one `is_selected` only
    if nk.split("_")[-1] in ("link", "links"):
        return {"label": {"type": "string", "enum": list(_LINK_TITLES)},
                "link_url": {"type": "string", "format": "uri"}}
    if nk in _FACT_KEYS:
        return dict(_PRODUCT_FACTS)
    return {"name": _STR, "value": {"type": "number"}}
