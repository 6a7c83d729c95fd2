"""The compact progress view of `toolgen generate`, and its `--progress-log` event stream.

One main line (done/total, accepted, rejected, rate, ETA, `live_calls=N`) and one row per
conversation in flight (its index, stage and live calls so far); while the run is being
planned the main line shows the planning count instead. The view is a Rich `Live`
renderable redrawn ten times a second, so `live_calls` moves with every call, not with
every finished record; off a terminal (a pipe, a log file) only the final main line is
printed. With `--progress-log` every event (user turn, tool call, fault,
live role, judge verdict, repair) is printed above the view as it happens.

It implements the pipeline's `EpisodeObserver` (live runs report their stages) and only
formats and prints; it never decides anything about a record.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import TracebackType

import orjson
from rich.console import Console, Group, RenderableType
from rich.live import Live
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from toolgen.io.encode import Encoded
from toolgen.records import Record, Rejection

MAX_ROWS = 12  # more conversations in flight than this are summarised in one line


@dataclass
class _Row:
    stage: str
    calls: Counter[str] = field(default_factory=Counter)
    started: float = 0.0


class ProgressView:
    """Main line + one row per active conversation; prints events above it when `log`."""

    def __init__(
        self,
        console: Console,
        total: int,
        *,
        title: str = "generate",
        log: bool = False,
        live_calls: Callable[[], int] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.console = console
        self.total = total
        self.title = title
        self.log = log
        self.live_calls = live_calls
        self._clock = clock
        self._lock = threading.Lock()
        self._rows: dict[int, _Row] = {}
        self.planned: int | None = 0
        self.done = self.accepted = self.rejected = 0
        self._started = clock()
        self._live = Live(self, console=console, refresh_per_second=10, transient=True,
                          redirect_stdout=False, redirect_stderr=False)

    # -- lifecycle -------------------------------------------------------------------------

    def __enter__(self) -> ProgressView:
        self._live.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._live.stop()
        # No live redraws were shown off a terminal: leave the last state, unless the run
        # failed (its one-line error is then the only thing the user should read).
        if not self.console.is_terminal and exc_type is None:
            self.print(self.main_line())

    # -- planning and results --------------------------------------------------------------

    def planning(self, done: int) -> None:
        """`done` conversations of `total` planned so far (the last one ends planning)."""
        if done >= self.total:
            self.planning_done()
        else:
            self.planned = done

    def planning_done(self) -> None:
        self.planned = None
        # The rate and ETA count realisation only; plans stream in windows, so a long run
        # plans its last conversation near the end, when the clock must not restart.
        if not self.done:
            self._started = self._clock()

    def finished(self, index: int, item: Record | Rejection | Encoded) -> None:
        """A conversation is written (results arrive in index order)."""
        with self._lock:
            self._rows.pop(index, None)
            self.done += 1
            if item.is_record if isinstance(item, Encoded) else isinstance(item, Record):
                self.accepted += 1
            else:
                self.rejected += 1
        if self.log:
            model = item.item() if isinstance(item, Encoded) else item
            for line in record_events(index, model):
                self.print(line)

    # -- EpisodeObserver (live runs) -------------------------------------------------------

    def started(self, index: int, calls: Counter[str]) -> None:
        with self._lock:
            self._rows[index] = _Row("start", calls, self._clock())

    def stage(self, index: int, stage: str) -> None:
        with self._lock:
            row = self._rows.get(index)
            if row is not None:
                row.stage = stage

    def event(self, index: int, text: str) -> None:
        if self.log:
            self.print(f"#{index} {text}")

    def print(self, line: str) -> None:
        self.console.print(line, highlight=False, markup=False, soft_wrap=True)

    # -- rendering -------------------------------------------------------------------------

    def main_line(self) -> str:
        """The main line's text (also what the tests read)."""
        calls = f" live_calls={self.live_calls()}" if self.live_calls is not None else ""
        if self.planned is not None:
            return f"{self.title}: planning {self.planned}/{self.total}{calls}"
        elapsed = max(self._clock() - self._started, 1e-9)
        rate = self.done / elapsed
        left = self.total - self.done
        eta = _duration(left / rate) if rate > 0 else "?"
        return (f"{self.title} {self.done}/{self.total} accepted={self.accepted} "
                f"rejected={self.rejected} {rate:.2f}/s ETA {eta}{calls}")

    def rows(self) -> list[str]:
        with self._lock:
            active = sorted(self._rows.items())
        shown = [f"  #{index:<5} {row.stage:<24} calls={sum(row.calls.values())}"
                 for index, row in active[:MAX_ROWS]]
        if len(active) > MAX_ROWS:
            shown.append(f"  ... and {len(active) - MAX_ROWS} more in flight")
        return shown

    def __rich__(self) -> RenderableType:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=24)
        grid.add_column()
        done = self.planned if self.planned is not None else self.done
        grid.add_row(ProgressBar(total=max(self.total, 1), completed=done, width=24),
                     Text(self.main_line()))
        return Group(grid, *(Text(row, style="dim") for row in self.rows()))


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def _short(value: object, limit: int = 100) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def record_events(index: int, item: Record | Rejection) -> Iterator[str]:
    """The event stream of one finished conversation, in message order."""
    record = item if isinstance(item, Record) else item.record
    if record is not None:
        status = {s.call_id: s.status for s in record.step_trace}
        for message in record.messages:
            if message.role == "user":
                yield f"#{index} user: {_short(message.content)}"
            elif message.role == "assistant" and message.tool_calls:
                for call in message.tool_calls:
                    args = _short(_compact_args(call.function.arguments), 80)
                    yield f"#{index} call {call.id} {call.function.name}({args})"
            elif message.role == "tool":
                kind = status.get(message.tool_call_id or "", "ok")
                if kind != "ok":
                    yield f"#{index} fault {message.tool_call_id} {kind}"
            elif message.role == "assistant" and message.content:
                yield f"#{index} assistant: {_short(message.content)}"
        for note in record.metadata.repairs:
            yield f"#{index} repair {note.attempt} {note.kind}: {_short(note.note)}"
        for fallback in record.metadata.fallbacks:
            yield f"#{index} fallback {fallback}"
        scores = record.judge_scores
        yield (f"#{index} judge {scores.judge} overall={scores.overall} "
               f"tools={scores.tool_correctness} natural={scores.naturalness} "
               f"task={scores.task_completion}")
    if isinstance(item, Rejection):
        yield f"#{index} REJECTED {_short('; '.join(item.reasons), 160)}"
    else:
        yield f"#{index} accepted {item.conversation_id}"


def _compact_args(raw: str) -> str:
    try:
        args = orjson.loads(raw or "{}")
    except orjson.JSONDecodeError:
        return raw
    if not isinstance(args, dict):
        return raw
    return ", ".join(f"{k}={orjson.dumps(v).decode()}" for k, v in args.items())
