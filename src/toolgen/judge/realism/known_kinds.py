"""Made-up names on things the world has real names for: a currency called "Silver Ridge".

`invented_names` reads an object's `name` on kinds that have no name at all (a
statistic). Some kinds have names everyone knows: a currency (Euro, Japanese Yen), a
religion (Buddhism), a medicine (Ibuprofen), a fabric (Linen), a planet, an element.
Two capitalised English words that are no person's name ("Open Bridge",
`invented_names.made_up_title`) as the name of one is invented; a currency's real name
ends in its unit ("Singapore Dollar"), and one holding a real medicine, fabric or metal
is real ("Ibuprofen Plus"). Kind `invented_name`.

Read: `name` on an object whose kind (its holder, a `<kind>_id` key, the endpoint's own
words) is one of `_KNOWN`, and any `<kind>_name` / `<kind>Name` key with such a kind
(`medicineName`, `religion_name`, `fabricName`). Left alone: a name the user or a call
gave. The table is the judge's own, independent of the generator's.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.invented_names import made_up_title
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import singular
from toolgen.judge.realism.vocabulary import supplied_text, trained_calls, words_in
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "known_kinds"

# Kinds whose real names are seldom two plain English words (a food is: "Brown Rice").
_KNOWN = frozenset({"currency", "religion", "medicine", "medication", "drug", "generic",
                    "fabric", "textile", "planet", "element", "metal", "vitamin", "mineral"})
_MEDICINE = frozenset({"medicine", "medication", "drug", "generic"})
# Words a real name of such a thing holds ("Ibuprofen Plus", "Egyptian Cotton",
# "Stainless Steel"): a name with one is the thing's, however plain the other word.
_REAL_WORDS: dict[str, frozenset[str]] = {
    "medicine": frozenset(" ".join((
        "ibuprofen paracetamol acetaminophen aspirin amoxicillin metformin atorvastatin",
        "omeprazole lisinopril cetirizine amlodipine salbutamol albuterol levothyroxine",
        "loratadine naproxen diclofenac insulin penicillin codeine morphine warfarin",
        "simvastatin prednisone azithromycin doxycycline ciprofloxacin sertraline",
        "fluoxetine gabapentin losartan pantoprazole ranitidine diphenhydramine",
        "tylenol advil aleve panadol nurofen")).split()),
    "fabric": frozenset(" ".join((
        "cotton linen wool silk denim polyester velvet cashmere nylon satin chiffon",
        "tweed fleece jersey canvas leather suede rayon viscose spandex lycra corduroy",
        "flannel muslin twill organza taffeta felt hemp bamboo merino mohair")).split()),
    "metal": frozenset(" ".join((
        "steel iron copper gold silver aluminium aluminum zinc nickel tin lead brass",
        "bronze titanium platinum chromium cobalt tungsten")).split()),
}
# The unit a currency's real name ends in ("Singapore Dollar", "Kenyan Shilling").
_CURRENCY_UNITS = frozenset({
    "dollar", "euro", "pound", "yen", "franc", "krona", "krone", "peso", "real", "rupee",
    "yuan", "renminbi", "won", "baht", "rupiah", "ringgit", "dong", "lira", "rand", "dirham",
    "riyal", "rial", "shekel", "naira", "shilling", "ruble", "rouble", "hryvnia", "taka",
    "zloty", "koruna", "forint", "dinar", "lek", "lev", "leu", "kuna", "kwacha", "cedi",
    "birr", "dram", "lari", "manat", "som", "tenge", "kip", "riel", "kyat", "rufiyaa",
    "ouguiya", "guarani", "sol", "boliviano", "colon", "lempira", "cordoba", "quetzal",
    "balboa", "gourde", "florin", "guilder", "escudo", "dalasi", "leone", "loti", "pula",
    "lilangeni", "ariary", "metical", "kwanza", "afghani", "ngultrum", "pataca", "tala",
    "vatu", "kina", "pa'anga", "mark", "denar", "tugrik", "somoni", "bitcoin", "ether",
})


def _real(kind: str, name: str) -> bool:
    """Whether a two-word title is the real name of a thing of `kind`."""
    words = [w.lower() for w in name.split()]
    if kind == "currency":
        return words[-1] in _CURRENCY_UNITS
    table = "medicine" if kind in _MEDICINE else "fabric" if kind == "textile" else kind
    return bool(set(words) & _REAL_WORDS.get(table, frozenset()))


def _kind_words(function_name: str, holder: str, obj: dict[str, Any]) -> set[str]:
    kinds = {singular(w) for w in words_in(function_name.split("_for_", 1)[0])}
    kinds.update(singular(w) for w in words_in(holder))
    for key in obj:
        words = words_in(str(key))
        if len(words) > 1 and words[-1] == "id":
            kinds.update(singular(w) for w in words[:-1])
    return kinds


def invented(function_name: str, holder: str, obj: dict[str, Any], given: str
             ) -> tuple[str, str, str] | None:
    """(kind, key, name) of a made-up name on a thing of a known-named kind, or None."""
    for key, value in obj.items():
        if not made_up_title(value) or str(value).lower() in given:
            continue
        words = words_in(str(key))
        kind = ""
        if len(words) > 1 and words[-1] == "name" and singular(words[-2]) in _KNOWN:
            kind = singular(words[-2])
        elif key == "name":
            kind = min(_kind_words(function_name, holder, obj) & _KNOWN, default="")
        if kind and not _real(kind, str(value)):
            return kind, str(key), str(value)
    return None


GATE = output_keys_gate(lambda key: key.lower().endswith("name"))


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    given: str | None = None
    for call in trained_calls(view):
        if call.output is NOT_JSON or call.answer_index is None:
            continue
        for holder, obj in view.objects(call.call_id):
            if given is None:
                given = supplied_text(view)
            hit = invented(call.name, holder, obj, given)
            if hit is not None:
                kind, key, name = hit
                out.append(finding(NAME, "invented_name", call.answer_index,
                                   f"{call.name}: a {kind} is called {name!r} ({key}); "
                                   f"a {kind} has a real name"))
                break
    return out
