"""A user who says again, in order, what a recorded conversation's user said.

Used to put another assistant (a model under test) in front of a record's user side:
each message comes when the assistant has answered the previous one in text.
"""

from __future__ import annotations

from collections.abc import Sequence

from toolgen.episode.state import EpisodeState, Utterance


class ReplayUser:
    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self.said = 0

    async def next(self, state: EpisodeState) -> Utterance | None:
        if self.said >= len(self.texts):
            return None
        self.said += 1
        return Utterance("user", self.texts[self.said - 1], act="replay")
