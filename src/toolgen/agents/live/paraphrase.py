"""The live paraphraser: one message reworded by the model, its grounded values kept verbatim.

Lexical-diversity post-processing with an LLM, under the same guard as the offline
grammar paraphrase: every protected value (a user message's argument values, the tool
facts an answer states) and every figure of the original (amounts, dates, IDs) must
survive exactly, and no figure may be added. An unchanged rewrite or one of absurd
length is refused too. One feedback retry names what was wrong; then `None`, and the
caller keeps the text it had.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from typing import Any, Literal

import orjson

from toolgen.agents.live.checks import added_figures, clean_text, figures, missing_values
from toolgen.agents.offline import value_text
from toolgen.judge.values import leaves, renderings
from toolgen.llm import LLM, LLMRequest

ParaphraseRole = Literal["user", "assistant"]

ORIGINAL_MARK = "MESSAGE TO REWRITE:"
KEEP_MARK = "KEEP VERBATIM:"
MAX_CHARS = 2000
# Registers drawn by seed, so a dataset's rewrites do not all drift the same way.
REGISTERS: dict[ParaphraseRole, tuple[str, ...]] = {
    "user": ("more casual", "more formal", "terser", "chattier and friendlier",
             "plainer and more direct", "a little hesitant, as if thinking aloud"),
    "assistant": ("more concise", "warmer", "more formal", "plainer and more direct",
                  "more conversational"),
}
_WORD = re.compile(r"\w+")


def paraphrase_request(
    text: str, keep: Sequence[str], role: ParaphraseRole, seed: int
) -> LLMRequest:
    register = random.Random(seed).choice(REGISTERS[role])
    speaker = "the user's message to an assistant" if role == "user" else (
        "the assistant's answer to a user")
    system = (
        f"You rewrite {speaker} so a dataset does not repeat the same wording. Keep its "
        "meaning, intent and every detail; change the wording and sentence structure, in a "
        f"{register} register. Never add names, numbers, dates, prices or IDs the original "
        "does not contain. Write only the rewritten message: no quotes, no role prefix, "
        "no commentary."
    )
    prompt = (
        f"{ORIGINAL_MARK}\n<<<\n{text}\n>>>\n"
        f"{KEEP_MARK} {orjson.dumps(list(keep)).decode()}\n"
        "Include each of these exactly as written."
    )
    return LLMRequest(
        messages=({"role": "system", "content": system}, {"role": "user", "content": prompt}),
        temperature=0.9,
        seed=seed,
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _problems(new: str, original: str, keep: Sequence[Any]) -> list[str]:
    """Why `new` cannot replace `original` (empty: it can)."""
    if not new:
        return ["It must be a non-empty message."]
    out: list[str] = []
    if missing := missing_values(new, keep):
        out.append(f"It must state these exactly as written: {', '.join(missing)}.")
    if added := added_figures(new, original):
        out.append(f"It must not add figures or IDs the original lacks: {', '.join(added)}.")
    if _words(new) == _words(original):
        out.append("It must use different wording from the original.")
    if not len(original) // 3 <= len(new) <= min(3 * len(original) + 100, MAX_CHARS):
        out.append(f"It must be about as long as the original ({len(original)} characters).")
    return out


def _shown(values: Sequence[Any]) -> list[str]:
    """The checkable leaves of `values` as the model should write them."""
    return [value_text(leaf) for v in values for leaf in leaves(v) if renderings(leaf) is not None]


async def paraphrase_text(
    llm: LLM,
    text: str,
    protected_values: Sequence[Any],
    seed: int,
    *,
    role: ParaphraseRole,
) -> str | None:
    """`text` reworded, stating each protected value verbatim; None after one failed retry.

    `protected_values` are what grounding needs from this message: the argument values a
    user message is cited for, or the tool facts an answer states (so a kept answer still
    cites a fact, as `cites_any` requires of live answers). They are checked the way the
    grounding validator checks them (`missing_values`); a value the original itself does
    not state (grounded in an earlier message) is not demanded. The original's figures
    are protected as well.
    """
    keep = [v for v in protected_values if not missing_values(text, [v])]
    keep.extend(f for f in figures(text) if f not in keep)
    request = paraphrase_request(text, list(dict.fromkeys(_shown(keep))), role, seed)
    for attempt in range(2):
        completion = await llm.complete(request)
        new = clean_text(completion.text)
        problems = _problems(new, text, keep)
        if not problems:
            return new
        if attempt == 0:
            request = request.with_updates(messages=(
                *request.messages,
                {"role": "assistant", "content": completion.text or ""},
                {"role": "user", "content": "Rewrite it again. " + " ".join(problems)},
            ))
    return None
