"""What a text tool's verb is done to: the text, never the tool's title.

An endpoint named only by its verb ("Translate", "Summarize") whose description says no
more gave its tool's title as the object, so users asked to "translate JoJ Translate",
"summarize Paraphraser" and "translate batch from JoJ Translate" (ToolBench seeds 7, 13
and 31: a request naming the tool instead of what is done). A verb that works on a text
(translate, summarize, paraphrase, rewrite, proofread...) is done to "the text", and to
"a batch of texts" when the name says only "batch"; `text_object(verb, obj)` gives that
object, or None for any other verb or a name with an object of its own. Pure.
"""

from __future__ import annotations

_TEXT_VERBS = frozenset({"translate", "summarize", "summarise", "paraphrase", "rewrite",
                         "proofread", "spellcheck", "spell check", "transliterate",
                         "tokenize", "lemmatize", "detokenize", "simplify"})
_BATCH = frozenset({"batch", "bulk", "multiple", "many"})


def text_object(verb: str | None, obj: list[str]) -> list[str] | None:
    """The object of text verb `verb` whose name gave no object (`obj` empty, weak or only
    "batch"), or None."""
    if verb is None or verb.lower() not in _TEXT_VERBS:
        return None
    words = {w.lower() for w in obj}
    if words and words <= _BATCH:
        return ["a batch of texts"]
    if not obj:
        return ["the text"]
    return None
