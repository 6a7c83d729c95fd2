"""Which endpoints look one word up in a dictionary: synonyms, antonyms, a definition or
examples of a word, not a bilingual dictionary or a translator.

Such a lookup is asked about a word ("the synonyms of happy"), in the dictionary's own
language. Read by the planner's value draws (a word the thesaurus answers for, in
English) and by `graph.goals.ties` (no answer's language is carried into it). Pure.
"""

from __future__ import annotations

import re

from toolgen.records import Endpoint

# ToolBench seed 97 #0 asked the synonyms of "Please send me the report by the end of
# the week." (webit_language's Dictionary Synonyms), in the language of a translation.
_WORD_LOOKUP = re.compile(r"synonym|antonym|thesaurus|dictionary.?(?:lookup|examples|"
                          r"definition)|\bdefine\b|definitions? of", re.I)
# "Translation" is the category of every such API; a translator translates.
_TRANSLATES = re.compile(r"bilingual|translat(?:e|es|ing|or)\b", re.I)


def looks_up_words(about: str) -> bool:
    """Whether an endpoint, by the text about it (category, tool, name, description),
    looks one word up in a dictionary."""
    return _WORD_LOOKUP.search(about) is not None and _TRANSLATES.search(about) is None


def endpoint_looks_up_words(endpoint: Endpoint) -> bool:
    """`looks_up_words` of an endpoint's own texts."""
    return looks_up_words(f"{endpoint.category} {endpoint.tool_name} "
                          f"{endpoint.function_name} {endpoint.description}")
