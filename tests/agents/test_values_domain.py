"""An API's domain is read from its name and tool first, then its description: what a user
of it searches for (`planner.values_domain`). ToolBench seed 71 #3: Medius's medication
search, whose description speaks of "matching" a free text, was read as sports and
searched for "Lakers"; its symptom search was read as recipes ("chicken tikka masala")."""

from __future__ import annotations

import pytest

from toolgen.agents.planner.values_domain import domain_of


@pytest.mark.parametrize(("about", "domain"), [
    ("Medical Medius Disease Prediction medication_search_for_medius_disease_prediction "
     "This endpoint facilitates matching of a free text medication name", "medicine"),
    ("Medical Medius Disease Prediction symptom_search_for_medius_disease_prediction "
     "This endpoint facilitates matching of a free text symptom name | diet", "health"),
    ("Medical Medius Disease Prediction investigation_search_for_medius This endpoint",
     "health"),
    # a name that only says "search" leaves the domain to the description
    ("Science Al Quran search_for_a_word_in_quran Translate a word of the Quran",
     "translation"),
    ("Memory memory_replace Replace a memory entry with a new text.", "task"),  # no place
])
def test_the_name_says_the_domain_before_the_description(about: str,
                                                         domain: str | None) -> None:
    assert domain_of(about) == domain
