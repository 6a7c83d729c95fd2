"""Repairs: structural fixes of a judged record, each returning a new record and a note.

Acceptance is not decided here: the pipeline re-judges whatever a repair returns, and
falls back to regeneration with a new sub-seed when no structural fix applies.
"""

from toolgen.repair.structural import repair_record

__all__ = ["repair_record"]
