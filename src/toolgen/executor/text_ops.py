"""What a text tool does to the text it is sent: its sentences, its key phrases.

Without a response in the corpus, Webit's `break_sentence(text="This is a phrase. How
well can you do?")` answered three records each echoing the whole text under a
`sentence_id`, and `key_phrases` a list of `{phrase_id, text, language}`: a reviewer sees
no sentence broken and no phrase found. Read from the endpoint's own words, never per API:

- breaking, splitting or segmenting into sentences answers the sent text's sentences, in
  order, each once (an abbreviation such as "Mr." or "e.g." ends none) and their count;
- key phrases or keywords answer phrases taken from the sent text: runs of content words
  between stop words and punctuation, the longest and most repeated first (a small RAKE),
  each once, at most six.

`text_op_shape(endpoint, info)` returns the schema (None when the endpoint is no such
tool or takes no text); `text_op_finish(shape_text)` the step that fills it from the call's
text. Pure; deterministic; never touches the network.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.actions import EndpointInfo
from toolgen.executor.objects import objects_in
from toolgen.executor.result_kinds import own_words
from toolgen.executor.values import normalize_key, schema_type
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_STR = {"type": "string"}
# Parameters that carry the text to work on.
_TEXT_KEYS = ("text", "content", "input", "sentence", "sentences", "body", "document",
              "paragraph", "input_text", "source_text", "q")
_BREAKING = frozenset({"break", "split", "segment", "segmentation", "segmenter", "tokenize",
                       "tokenise", "splitter", "breaking", "boundary", "boundaries"})
_SENTENCES = frozenset({"sentence", "sentences"})
_KEY_WORDS = frozenset({"keyphrase", "keyphrases", "keyword", "keywords"})
# A full stop after these ends no sentence ("Mr. Webit has Mr. being part of it").
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc",
                            "e.g", "i.e", "inc", "ltd", "co", "no", "fig", "approx"})
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+")
# Latin letters with their accents ("giovedì", "reunião"): a translation's words are
# words too; a script without spaces between its words (Japanese) has no phrases to run
_WORDS = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'-]*|\d+(?:[.,]\d+)?")
_PHRASE_SPLIT = re.compile(r"[.,;:!?()\[\]\"“”]|\s[-–—]\s")
# Words that end a key phrase: function words and the verbs of plain statements.
_STOPS = frozenset(" ".join((
    "a an the and or but nor so yet for of in on at to from by with about as into onto over",
    "under after before between through during without within is are was were be been being",
    "am do does did have has had will would shall should can could may might must it its",
    "it's this that these those there here he she they we you i me him her them us my your",
    "his their our what which who whom whose when where why how not no very too also just",
    "only than then if because while all any each every some such more most other one two",
    "three many much own same both either neither up down out off again once you'll we'll",
    "i'm let's please thank thanks",
    # the function words of the languages a mock translation writes (`phrases`): a key
    # phrase of a Dutch text is no run of its whole sentence
    "de het een en van voor me je ik is op te dat die niet met zijn naar",  # nl
    "il lo la le gli un una di da per con su che è e non mi ti alle al del della",  # it
    "stata stato sono",  # it
    "o os um uma do da dos das em no na para por com que é não me foi",  # pt
    "el los las unos unas del al en por con que es y se mi tu está más",  # es
    "le les un une des du au aux et est à pour dans sur ne pas que qui ce été",  # fr
    "der die das ein eine und ist zu den dem mit auf für nicht ich wurde",  # de
)).split())
_MAX_PHRASES = 6


def text_op_shape(endpoint: Endpoint, info: EndpointInfo) -> dict[str, Any] | None:
    """The schema of a sentence breaker's or a key phrase finder's answer (module doc)."""
    if info.action in ("create", "update", "delete", "auth") or _text_param(endpoint) is None:
        return None
    op = _operation(own_words(endpoint))
    if op == "sentences":
        return {"type": "object", "properties": {
            "sentences": {"type": "array", "items": _STR},
            "sentence_count": {"type": "integer", "minimum": 1}}}
    if op == "key_phrases":
        return {"type": "object", "properties": {
            "key_phrases": {"type": "array", "items": _STR}}}
    return None


def _operation(words: list[str]) -> str | None:
    found = set(words)
    if found & _SENTENCES and found & _BREAKING:
        return "sentences"
    if found & _KEY_WORDS or ("key" in found and found & {"phrase", "phrases"}):
        return "key_phrases"
    return None


def _text_param(endpoint: Endpoint) -> str | None:
    """The name of the parameter that carries the text to work on, when there is one."""
    for p in endpoint.parameters:
        if normalize_key(p.name) in _TEXT_KEYS and schema_type(p.json_schema) in (
                "string", None):
            return p.name
    return None


def text_op_finish(shape_text: str) -> Finish | None:
    """The step filling a text tool's answer from the sent text, when `shape_text` (the
    schema as JSON) is one of `text_op_shape`'s."""
    if '"sentence_count"' in shape_text or '"key_phrases"' in shape_text:
        return _fill
    return None


def _fill(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    text = _sent_text(args)
    if text is None:
        return
    for node in objects_in(output):
        if "sentence_count" in node:
            node["sentences"] = sentences(text)
            node["sentence_count"] = len(node["sentences"])
        if "key_phrases" in node:
            node["key_phrases"] = key_phrases(text)


def _sent_text(args: dict[str, Any]) -> str | None:
    for key, value in args.items():
        if normalize_key(key) in _TEXT_KEYS and isinstance(value, str) and value.strip():
            return value.strip()
    return None


def sentences(text: str) -> list[str]:
    """The sentences of `text`, in order; an abbreviation's full stop ends none."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start:m.start()].rstrip("\"')]")
        last = before.rsplit(None, 1)[-1] if before.split() else ""
        if last.rstrip(".").lower() in _ABBREVIATIONS and last.endswith("."):
            continue
        out.append(text[start:m.start()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


def key_phrases(text: str) -> list[str]:
    """Phrases of `text` a keyword tool would return (module doc): runs of content words
    scored by the words' degree over frequency, best first, each once."""
    runs: list[list[str]] = []
    for chunk in _PHRASE_SPLIT.split(text):
        run: list[str] = []
        for word in _WORDS.findall(chunk):
            if word.lower() in _STOPS or word.isdigit():
                if run:
                    runs.append(run)
                run = []
            else:
                run.append(word)
        if run:
            runs.append(run)
    # a phrase ends on its noun, not on the verb after it ("metropolitan area reaching")
    runs = [r[:-1] if len(r) > 1 and r[-1].endswith("ing") and len(r[-1]) > 5 else r
            for r in runs]
    runs = [r for r in runs if len(r) <= 4]
    freq: dict[str, int] = {}
    degree: dict[str, int] = {}
    for run in runs:
        for word in run:
            w = word.lower()
            freq[w] = freq.get(w, 0) + 1
            degree[w] = degree.get(w, 0) + len(run)
    scored: dict[str, tuple[float, int]] = {}
    for i, run in enumerate(runs):
        phrase = " ".join(run)
        key = phrase.lower()
        if key in scored or (len(run) == 1 and len(run[0]) < 4):
            continue
        score = sum(degree[w.lower()] / freq[w.lower()] for w in run)
        scored[key] = (score, i)
    firsts = {" ".join(r).lower(): " ".join(r) for r in reversed(runs)}
    best = sorted(scored, key=lambda k: (-scored[k][0], scored[k][1]))
    return [firsts[k] for k in best[:_MAX_PHRASES]]
