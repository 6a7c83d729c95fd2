"""The progress view's text, read as the screen shows it (fake clock, recording console)."""

from __future__ import annotations

import io
from collections import Counter

from rich.console import Console

from toolgen.cli.progress_view import ProgressView, record_events
from toolgen.pipeline.runner import realise_all
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _view(total: int, calls: list[int], log: bool = False) -> tuple[ProgressView, Clock,
                                                                     io.StringIO]:
    buffer = io.StringIO()
    clock = Clock()
    console = Console(file=buffer, width=200, force_terminal=False)
    view = ProgressView(console, total, title="generate live (hybrid)", log=log,
                        live_calls=lambda: calls[0], clock=clock)
    return view, clock, buffer


def test_main_line_counts_rate_eta_and_live_calls() -> None:
    calls = [0]
    view, clock, _ = _view(10, calls)
    view.planning(4)
    assert view.main_line() == "generate live (hybrid): planning 4/10 live_calls=0"
    view.planning(10)  # planning done: the clock restarts for the rate
    records = [r for r in realise_all(Runtime.build(RunConfig(n=2, seed=1)),
                                      RunConfig(n=2, seed=1)) if isinstance(r, Record)]
    clock.now += 4.0
    view.finished(0, records[0])
    view.finished(1, records[1])
    calls[0] = 9
    assert view.main_line() == ("generate live (hybrid) 2/10 accepted=2 rejected=0 0.50/s "
                                "ETA 0:16 live_calls=9")


def test_one_row_per_conversation_in_flight_with_its_stage_and_calls() -> None:
    view, _, _ = _view(5, [0])
    tally0: Counter[str] = Counter()
    tally3: Counter[str] = Counter(planner=1)
    view.started(0, tally0)
    view.started(3, tally3)
    view.stage(3, "assistant:call_2")
    tally0["planner"] += 2
    rows = view.rows()
    assert len(rows) == 2
    assert rows[0].split() == ["#0", "start", "calls=2"]
    assert rows[1].split() == ["#3", "assistant:call_2", "calls=1"]


def test_event_stream_names_user_turns_calls_and_the_judge() -> None:
    config = RunConfig(n=3, seed=2)
    record = next(r for r in realise_all(Runtime.build(config), config) if isinstance(r, Record))
    lines = list(record_events(0, record))
    users = [m for m in record.messages if m.role == "user"]
    assert sum(line.startswith("#0 user: ") for line in lines) == len(users)
    assert sum(line.startswith("#0 call ") for line in lines) == sum(
        len(m.tool_calls or ()) for m in record.messages)
    assert lines[-2].startswith(f"#0 judge {record.judge_scores.judge} overall=")
    assert lines[-1] == f"#0 accepted {record.conversation_id}"


def test_off_a_terminal_only_the_final_line_is_printed() -> None:
    view, _, buffer = _view(1, [3])
    with view:
        view.planning(1)
    assert buffer.getvalue().strip().endswith("live_calls=3")
    assert buffer.getvalue().count("live_calls=") == 1



def test_the_last_plan_made_near_the_end_of_a_streamed_run_keeps_the_rate() -> None:
    # Seen on a 1,000,000-record run: the last plan came near the end, the clock restarted
    # and the final line said 510,181 conversations/s.
    view, clock, _ = _view(4, [0])
    records = [r for r in realise_all(Runtime.build(RunConfig(n=2, seed=1)),
                                      RunConfig(n=2, seed=1)) if isinstance(r, Record)]
    view.planning(1)
    clock.now += 2.0
    view.finished(0, records[0])
    clock.now += 2.0
    view.finished(1, records[1])
    view.planning(4)
    assert " 0.50/s " in view.main_line()
