"""Live text edits over an offline record, and the paraphrase provenance they leave.

A message another live role wrote is no paraphrase of its offline text, so its offline
`paraphrases` entry goes; a live paraphrase keeps the text before any paraphrase.
"""

from __future__ import annotations

from toolgen.records import Paraphrase, Record


def apply_edits(record: Record, edits: dict[int, tuple[str, str]]) -> Record:
    """`record` with live texts in place of the offline ones (`edits`: index -> (text, role))."""
    if not edits:
        return record
    messages = tuple(
        m.model_copy(update={"content": edits[i][0]}) if i in edits else m
        for i, m in enumerate(record.messages)
    )
    metadata = record.metadata.model_copy(
        update={"paraphrases": _paraphrases(record, edits)})
    return record.model_copy(update={"messages": messages, "metadata": metadata})


def _paraphrases(record: Record, edits: dict[int, tuple[str, str]]) -> tuple[Paraphrase, ...]:
    """`record`'s paraphrase entries once `edits` are applied (see the module docstring).

    Built from the edits that are kept, so a reverted live paraphrase leaves no entry.
    """
    offline = {p.message_index: p for p in record.metadata.paraphrases}
    live = {i for i, (_, role) in edits.items() if role == "paraphrase"}
    out: list[Paraphrase] = []
    for i in sorted(set(offline) | live):
        if i in live:
            before = offline[i].before if i in offline else record.messages[i].content or ""
            out.append(Paraphrase(message_index=i, before=before, by="live"))
        elif i not in edits:
            out.append(offline[i])
    return tuple(out)
