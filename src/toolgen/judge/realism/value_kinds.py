"""Values of the wrong kind for their field: a made-up name as a fuel, a grade as a unit,
a JSON type name as a value.

`fuel_name: "Amber Meadow"`, a medicine's `generic_name: "Iron Atlas"`, `fuel_unit:
"basic"`, `retrieve_metadata: "boolean"` (the user answering "Ah, boolean."): a reviewer
knows fuels and drugs are not named like estates, a unit is no grade, and
"boolean" is what the schema says the value is, not a value. Kind `wrong_kind_value`.

Read in call arguments and tool outputs alike:

- a field naming a substance (fuel, gas, medicine, drug, generic name, chemical,
  ingredient...; not a fabric: a network fabric has names) holding a made-up title (two
  capitalised English words that are no person's name, `invented_names.made_up_title`)
  of which no word is a substance word or a word of the tool's description of that field;
- a unit field (`unit`, `fuel_unit`, `yieldUnit`) holding one plain English word that is
  no unit (a unit system, "metric", "imperial", answers a plural `units`);
- any field holding a JSON type name ("boolean", "string", "integer", "array", ...),
  unless the field is itself about types (`type`, `format`, `data_type`, `kind`);
- an email field or an email list (`email`, `ccEmails`) holding a text that is no
  email address (`ccEmails: ["cc"]`: the list names its field instead of a person);
- a spreadsheet field holding a file whose extension says it is no spreadsheet
  (`spreadsheet: "interview.mp4"`);
- a class field of a game character or player (`create_player_profile(class=...)`,
  "The character class for the player") holding a seat's class ("premium economy").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from toolgen.executor.file_kinds import extension_kind
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.invented_names import made_up_title
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, param_schema, real_steps, words
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "value_kinds"

_SUBSTANCES = words("fuel fuels gas medicine medicines medication medications drug drugs ",
                    "generic chemical chemicals compound compounds ingredient ",
                    "ingredients molecule molecules mineral minerals")
# Words a real substance's two-word name carries ("Natural Gas", "Heavy Fuel Oil",
# "Sodium Chloride", "Organic Cotton").
_SUBSTANCE_WORDS = words(
    "gas oil fuel fuels petrol gasoline diesel coal kerosene propane butane ethanol ",
    "methanol hydrogen biodiesel biogas biomass wood pellets electricity steam lpg cng lng ",
    "acid oxide chloride sulfate sulphate nitrate carbonate hydroxide sodium potassium ",
    "calcium magnesium iron zinc copper sugar salt water alcohol vitamin extract oil ",
    "powder tablet tablets capsule capsules syrup cream gel injection cotton wool silk linen ",
    "polyester nylon denim leather cashmere fleece velvet satin rayon spandex jersey tweed ",
    "hemp bamboo steel plastic glass rubber aluminium aluminum",
)
_UNIT_WORDS = words(
    "metric imperial us uk si standard scientific natural celsius fahrenheit kelvin ",
    "gram grams kilogram kilograms milligram milligrams pound pounds ounce ounces ton tons ",
    "tonne tonnes stone liter liters litre litres milliliter milliliters millilitre gallon ",
    "gallons quart quarts pint pints cup cups tablespoon tablespoons teaspoon teaspoons ",
    "meter meters metre metres kilometer kilometers kilometre kilometres centimeter ",
    "centimeters millimeter millimeters mile miles foot feet inch inches yard yards second ",
    "seconds minute minutes hour hours day days week weeks month months year years joule ",
    "joules calorie calories watt watts kilowatt percent percentage piece pieces serving ",
    "servings portion portions item items each dozen slice slices unit units barrel ",
    "barrels dollar dollars cent cents euro euros degree degrees radian radians pixel ",
    "pixels point points byte bytes bit bits hertz volt volts amp amps newton newtons ",
    "pascal bar atmosphere knot knots acre acres hectare hectares bushel bushels can cans ",
    "bottle bottles pack packs box boxes bag bags bunch clove cloves pinch dash sprig ",
    "stick sticks sheet sheets roll rolls head heads loaf loaves whole large medium small",
)
_TYPE_NAMES = frozenset({"boolean", "bool", "string", "str", "integer", "int", "number",
                         "float", "object", "array", "null"})
# Field words that make a type name the honest value (`data_type: "string"`).
_ABOUT_TYPES = words("type types format kind datatype dtype schema class field fields ",
                     "value_type mime input")
_WORD = re.compile(r"[a-z]+")
_SEATS = frozenset({"economy", "premium economy", "business", "first", "first class",
                    "business class", "economy class"})
_CHARACTER = re.compile(r"\bcharacters?\b|\bplayers?\b|\brpg\b|\bgam(?:e|es|ing)\b|"
                        r"\bheroe?s?\b|\bguilds?\b")
_TRAVEL = re.compile(r"flight|travel|airline|cabin|seat|\bfares?\b|ticket|\btrains?\b|"
                     r"\btrips?\b|booking|\bhotel")
# Last words of a field that holds email addresses (one, or a list's items).
_EMAIL_TAILS = frozenset({"email", "emails"})  # a bare `cc` may be a country code


@lru_cache(maxsize=4096)
def _substance_key(key: str) -> bool:
    return bool(_SUBSTANCES & set(key_tokens(key)))


@lru_cache(maxsize=4096)
def _email_key(key: str) -> bool:
    tokens = key_tokens(key)
    return bool(tokens) and tokens[-1] in _EMAIL_TAILS


@lru_cache(maxsize=4096)
def _unit_key(key: str) -> bool:
    tokens = key_tokens(key)
    return bool(tokens) and tokens[-1] in ("unit", "units")


def _made_up_substance(value: Any, described: Callable[[], str]) -> bool:
    if not made_up_title(value):
        return False
    named = str(value).lower().split()
    if any(w in _SUBSTANCE_WORDS for w in named):
        return False
    said = described()
    return not any(w in said for w in named)


def _not_a_unit(key: str, value: str) -> bool:
    low = value.strip().lower()
    if not _WORD.fullmatch(low) or len(low) < 4:
        return False  # "kg", "USD/bbl.", "gCO2eq/kWh": symbols and abbreviations are units
    return not (low in _UNIT_WORDS or low.rstrip("s") in _UNIT_WORDS)


def _about_types(key: str) -> bool:
    return bool(_ABOUT_TYPES & set(key_tokens(key))) or key.lower() in _ABOUT_TYPES


def _seat_as_character_class(key: str, value: str, about: Callable[[], str]) -> bool:
    if value.strip().lower() not in _SEATS or "class" not in key_tokens(key):
        return False
    text = about()
    return bool(_CHARACTER.search(text)) and not _TRAVEL.search(text)


@lru_cache(maxsize=4096)
def _sheet_key(key: str) -> bool:
    tokens = key_tokens(key)
    return bool(tokens) and tokens[-1] in ("spreadsheet", "workbook")


def _not_a_sheet(key: str, value: str) -> bool:
    kind = extension_kind(value.strip()) if _sheet_key(key) else None
    return kind is not None and kind != "spreadsheet"


def reason(key: str, value: Any, described: Callable[[], str],
           function_name: str = "") -> str | None:
    """Why `value` is of the wrong kind for field `key` (`described()`: the tool's words
    for the field, lower-cased, read only for a made-up substance or a class), or None."""
    if not isinstance(value, str):
        return None
    if _plain_key(key):
        return _type_name(key, value)  # the one rule that reads no key kind
    if _seat_as_character_class(
            key, value, lambda: f"{' '.join(key_tokens(function_name))} {described()}"):
        return f"{key}={value!r} is a seat on a flight, not a game character's class"
    if _not_a_sheet(key, value):
        return f"{key}={value!r} is a {extension_kind(value.strip())} file, not a spreadsheet"
    if _substance_key(key) and _made_up_substance(value, described):
        return f"{key}={value!r} is a made-up name, not a {key_tokens(key)[0]}"
    if _unit_key(key) and _not_a_unit(key, value):
        return f"{key}={value!r} is no unit"
    if _email_key(key) and value.strip() and "@" not in value:
        return f"{key}={value!r} is no email address"
    return _type_name(key, value)


def _type_name(key: str, value: str) -> str | None:
    if value.strip().lower() in _TYPE_NAMES and not _about_types(key):
        return f"{key}={value!r} is a JSON type name, not a value"
    return None


@lru_cache(maxsize=4096)
def _plain_key(key: str) -> bool:
    """Whether `key` is of none of the kinds the rules before `_type_name` read (a class,
    a spreadsheet, a substance, a unit, an email): every string field of every call and
    output is asked, and most are plain, so their tests are answered once per key."""
    return not ("class" in key_tokens(key) or _sheet_key(key) or _substance_key(key)
                or _unit_key(key) or _email_key(key))


def _describer(view: RecordView, function_name: str, key: str) -> Callable[[], str]:
    return lambda: _described(view, function_name, key)


def _described(view: RecordView, function_name: str, key: str) -> str:
    spec = param_schema(view, function_name, key)
    return str(spec.get("description") or "").lower() + " " + " ".join(
        str(v).lower() for v in spec.get("enum") or ())


# No gate: a JSON type name may stand under any key. Each field costs a cached key test
# and a set lookup; the schema is read only for a made-up title under a substance key.


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        args = view.arguments(step.call_id)
        fields: list[tuple[str, Any, int]] = []
        if isinstance(args, dict):
            at = view.call_at[step.call_id]
            # a list's texts are read one by one (`ccEmails: ["cc"]`), as output leaves are
            fields += [(str(k), item, at) for k, v in args.items()
                       for item in (v if isinstance(v, list) else (v,)) if type(item) is str]
        if step.call_id in view.answer_at and view.output(step.call_id) is not NOT_JSON:
            at = view.answer_at[step.call_id]
            # only a text can be of the wrong kind here (most leaves are not)
            fields += [(k, v, at) for k, v in view.leaves(step.call_id) if type(v) is str]
        for key, value, at in fields:
            why = reason(key, value, _describer(view, step.function_name, key),
                         step.function_name)
            if why:
                out.append(finding(NAME, "wrong_kind_value", at,
                                   f"{step.function_name}: {why}"))
                break
    return out
