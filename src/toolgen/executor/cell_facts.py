"""What a cell-biology lookup answers: textbook facts of the cell, molecule or compartment.

BFCL's `biology.get_cell_info(cell_type="hepatocyte")` answered `"location":
"endoplasmic reticulum"` (a hepatocyte is a liver cell; the ER is inside it),
`cell_biology.function_lookup(molecule="hemoglobin")` a `"function": "detoxification"`,
and `cellbio.get_proteins(cell_compartment="nucleus")` Catalase (a peroxisome's enzyme):
fields drawn from word pools, whatever was asked. A reader checks such facts.

`cell_finish(endpoint)` returns, for an endpoint whose parameters name what it looks up,
the step answering from the tables here:

- a cell type (`cell_type`): its function and where in the body it is (`CELLS`);
- a molecule (`molecule`): its function and where in the cell it works (`MOLECULES`);
- a cell compartment (`cell_compartment`, `compartment`, `organelle` on a protein list):
  proteins that live there, with their masses (`COMPARTMENTS`).

A cell or molecule the tables do not hold gets no made-up fact: its fields say "not
recorded" (a compartment they do not hold keeps its list). Only the fields the answer
already has are written. Public textbook facts written here
(no library in the environment holds them); deterministic; never touches the network.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any, NamedTuple

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]
UNKNOWN = "not recorded"


class Fact(NamedTuple):
    function: str
    location: str
    words: frozenset[str]  # words a right answer's function or location holds


def _fact(function: str, location: str, *words: str) -> Fact:
    return Fact(function, location, frozenset(words))


CELLS: dict[str, Fact] = {
    "hepatocyte": _fact("metabolism, detoxification and bile production", "liver",
                        "liver", "hepatic", "detoxification", "metabolism", "bile"),
    "neuron": _fact("transmitting electrical and chemical signals", "nervous system",
                    "nervous", "brain", "signal", "signals", "impulses", "spinal"),
    "erythrocyte": _fact("carrying oxygen from the lungs to the tissues", "blood",
                         "blood", "oxygen", "circulation"),
    "red blood cell": _fact("carrying oxygen from the lungs to the tissues", "blood",
                            "blood", "oxygen", "circulation"),
    "leukocyte": _fact("defending the body against infection", "blood and lymphatic system",
                       "blood", "lymph", "lymphatic", "immune", "infection", "defence"),
    "white blood cell": _fact("defending the body against infection",
                              "blood and lymphatic system", "blood", "lymph", "lymphatic",
                              "immune", "infection", "defence"),
    "cardiomyocyte": _fact("contracting to pump blood", "heart muscle (myocardium)",
                           "heart", "myocardium", "contraction", "contracts", "pump"),
    "adipocyte": _fact("storing energy as fat", "adipose tissue", "adipose", "fat",
                       "energy", "storage"),
    "osteoblast": _fact("building bone by laying down bone matrix", "bone", "bone",
                        "skeleton", "matrix"),
    "osteoclast": _fact("breaking down bone tissue", "bone", "bone", "resorption",
                        "skeleton"),
    "keratinocyte": _fact("forming the skin's protective outer layer", "epidermis",
                          "epidermis", "skin", "barrier", "keratin"),
    "fibroblast": _fact("producing collagen and the extracellular matrix",
                        "connective tissue", "connective", "collagen", "matrix", "tissue"),
    "macrophage": _fact("engulfing and digesting pathogens and debris",
                        "tissues throughout the body", "tissues", "tissue", "phagocytosis",
                        "immune", "pathogens", "engulfs"),
    "beta cell": _fact("secreting insulin", "pancreas (islets of Langerhans)", "pancreas",
                       "islets", "insulin"),
    "myocyte": _fact("contracting to produce movement", "muscle tissue", "muscle",
                     "contraction", "contracts", "movement"),
    "epithelial cell": _fact("lining surfaces and forming a protective barrier",
                             "surfaces and linings of organs", "surfaces", "lining",
                             "linings", "barrier", "protective"),
    "platelet": _fact("helping blood clot", "blood", "blood", "clot", "clotting"),
    "osteocyte": _fact("maintaining bone tissue", "bone", "bone", "maintains"),
    "stem cell": _fact("self-renewing and giving rise to specialised cells",
                       "bone marrow and other tissues", "marrow", "differentiate",
                       "specialised", "specialized", "renews"),
}
_CELL_ALIASES = {"hepatocytes": "hepatocyte", "liver cell": "hepatocyte",
                 "nerve cell": "neuron", "neurons": "neuron", "rbc": "red blood cell",
                 "wbc": "white blood cell", "fat cell": "adipocyte",
                 "muscle cell": "myocyte", "heart muscle cell": "cardiomyocyte",
                 "skin cell": "keratinocyte", "pancreatic beta cell": "beta cell"}

MOLECULES: dict[str, Fact] = {
    "hemoglobin": _fact("carrying oxygen in the blood", "cytoplasm of red blood cells",
                        "oxygen", "red", "erythrocytes", "blood"),
    "insulin": _fact("signalling cells to take up glucose (a hormone)",
                     "rough endoplasmic reticulum and Golgi of pancreatic beta cells",
                     "glucose", "hormone", "beta", "secreted", "pancreas", "pancreatic"),
    "atp": _fact("carrying energy for cellular work", "mitochondria (where most is made)",
                 "energy", "mitochondria", "mitochondrion"),
    "atp synthase": _fact("making ATP from ADP and phosphate",
                          "inner mitochondrial membrane", "atp", "mitochondrial",
                          "mitochondria", "mitochondrion"),
    "dna polymerase": _fact("copying DNA during replication", "nucleus", "dna",
                            "replication", "nucleus"),
    "rna polymerase": _fact("transcribing DNA into RNA", "nucleus", "transcription",
                            "transcribes", "rna", "nucleus"),
    "collagen": _fact("giving connective tissue its strength",
                      "extracellular matrix", "strength", "connective",
                      "extracellular", "matrix"),
    "catalase": _fact("breaking down hydrogen peroxide", "peroxisome", "peroxide",
                      "peroxisome", "peroxisomes"),
    "actin": _fact("forming microfilaments for cell shape and movement",
                   "cytoskeleton in the cytoplasm", "cytoskeleton", "microfilaments",
                   "shape", "movement", "cytoplasm", "muscle"),
    "ribosome": _fact("synthesising proteins", "cytoplasm and rough endoplasmic reticulum",
                      "protein", "proteins", "synthesis", "synthesises", "translation"),
    "cytochrome c": _fact("carrying electrons in the respiratory chain",
                          "mitochondrial intermembrane space", "electron", "electrons",
                          "respiratory", "mitochondrial", "mitochondria"),
    "glucose": _fact("fuelling cellular respiration", "cytoplasm (glycolysis)",
                     "energy", "fuel", "respiration", "glycolysis"),
    "chlorophyll": _fact("absorbing light for photosynthesis", "chloroplast", "light",
                         "photosynthesis", "chloroplast", "chloroplasts"),
    "lysozyme": _fact("breaking down bacterial cell walls", "lysosomes and secretions",
                      "bacterial", "walls", "lysosome", "lysosomes"),
}

# compartment -> (protein, mass in kDa of the human protein, what it does)
COMPARTMENTS: dict[str, tuple[tuple[str, float, str], ...]] = {
    "nucleus": (("Histone H3", 15.4, "packaging DNA into chromatin"),
                ("Lamin A", 74.1, "supporting the nuclear envelope"),
                ("RNA polymerase II subunit RPB1", 217.2, "transcribing genes into mRNA"),
                ("DNA polymerase alpha", 165.9, "starting DNA replication")),
    "mitochondria": (("ATP synthase subunit alpha", 59.8, "making ATP"),
                     ("Cytochrome c", 11.7, "carrying electrons"),
                     ("Citrate synthase", 51.7, "starting the citric acid cycle"),
                     ("Voltage-dependent anion channel 1", 30.8,
                      "letting metabolites through the outer membrane")),
    "cytoplasm": (("GAPDH", 36.1, "catalysing a step of glycolysis"),
                  ("Hexokinase-1", 102.5, "phosphorylating glucose"),
                  ("Actin", 41.7, "forming microfilaments"),
                  ("Tubulin alpha-1A", 50.1, "forming microtubules")),
    "plasma membrane": (("Sodium/potassium-transporting ATPase alpha-1", 112.9,
                         "pumping sodium out and potassium in"),
                        ("GLUT1", 54.1, "carrying glucose into the cell"),
                        ("Insulin receptor", 156.3, "receiving the insulin signal"),
                        ("E-cadherin", 97.5, "holding neighbouring cells together")),
    "endoplasmic reticulum": (("Calnexin", 67.6, "helping new glycoproteins fold"),
                              ("BiP (GRP78)", 72.3, "chaperoning protein folding"),
                              ("Protein disulfide-isomerase", 57.1,
                               "forming disulfide bonds")),
    "golgi apparatus": (("GM130", 111.5, "tethering vesicles to the Golgi"),
                        ("Alpha-mannosidase II", 131.1, "trimming sugar chains")),
    "lysosome": (("LAMP1", 44.9, "protecting the lysosome's membrane"),
                 ("Cathepsin D", 44.6, "digesting proteins")),
    "peroxisome": (("Catalase", 59.8, "breaking down hydrogen peroxide"),
                   ("PEX14", 41.2, "importing proteins into the peroxisome")),
}
_COMPARTMENT_ALIASES = {"mitochondrion": "mitochondria", "mitochondrial": "mitochondria",
                        "cell membrane": "plasma membrane", "er": "endoplasmic reticulum",
                        "golgi": "golgi apparatus", "lysosomes": "lysosome",
                        "peroxisomes": "peroxisome", "cytosol": "cytoplasm",
                        "nuclear": "nucleus"}
# Every protein of the compartment table, by lower-cased name -> its compartment.
PROTEIN_HOME = {p.lower(): c for c, rows in COMPARTMENTS.items() for p, _, _ in rows}

_CELL_KEYS = ("cell_type",)  # a bare `cell` may be a spreadsheet's
_MOLECULE_KEYS = ("molecule",)
_COMPARTMENT_KEYS = ("cell_compartment", "compartment")
_MASS_KEYS = ("mass_kda", "molecular_weight_kda", "mass", "molecular_weight", "weight")
_NAME_KEYS = ("name", "protein_name", "protein")


def cell(name: Any) -> Fact | None:
    key = _key(name)
    return CELLS.get(_CELL_ALIASES.get(key, key))


def molecule(name: Any) -> Fact | None:
    return MOLECULES.get(_key(name))


def compartment(name: Any) -> str | None:
    key = _key(name)
    key = _COMPARTMENT_ALIASES.get(key, key)
    return key if key in COMPARTMENTS else None


def _key(value: Any) -> str:
    return " ".join(str(value).lower().replace("_", " ").split()) if isinstance(
        value, str) else ""


def cell_finish(endpoint: Endpoint) -> Finish | None:
    """The step answering `endpoint`'s cell-biology lookup from the tables, or None."""
    params = {normalize_key(p.name) for p in endpoint.parameters}
    name = endpoint.function_name.lower()
    biology = "cell" in name or "bio" in name
    if params & set(_MOLECULE_KEYS) and (biology or "organelle" in params):
        return _molecule_step
    if params & set(_COMPARTMENT_KEYS) and "protein" in name:
        return _proteins_step
    if params & set(_CELL_KEYS) and biology:
        return _cell_step
    return None


def _sent(args: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((args[k] for k in keys if k in args), None)


def _facts_step(output: Any, fact: Fact | None) -> None:
    for node in objects_in(output):
        if "function" in node and isinstance(node["function"], str):
            node["function"] = fact.function if fact else UNKNOWN
        if "location" in node and isinstance(node["location"], str):
            node["location"] = fact.location if fact else UNKNOWN


def _cell_step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    _facts_step(output, cell(_sent(args, _CELL_KEYS)))


def _molecule_step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    _facts_step(output, molecule(_sent(args, _MOLECULE_KEYS)))


def _proteins_step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    home = compartment(_sent(args, _COMPARTMENT_KEYS))
    rows = COMPARTMENTS[home] if home else ()
    items = next((v for v in (output.values() if isinstance(output, dict) else [output])
                  if isinstance(v, list) and v and all(isinstance(o, dict) for o in v)), None)
    if items is None:
        return
    if not rows:
        return
    del items[len(rows):]
    for item, (name, kda, does) in zip(items, rows, strict=False):
        name_key = next((k for k in _NAME_KEYS if isinstance(item.get(k), str)), None)
        if name_key is not None:
            item[name_key] = name
        mass_key = next((k for k in _MASS_KEYS if isinstance(item.get(k), int | float)
                         and not isinstance(item.get(k), bool)), None)
        if mass_key is not None:
            item[mass_key] = kda
        if isinstance(item.get("function"), str):
            item["function"] = does
        if isinstance(item.get("description"), str):
            item["description"] = does
