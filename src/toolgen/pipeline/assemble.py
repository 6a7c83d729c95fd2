"""Assembling the record: offered tools (with distractors), metadata and the id."""

from __future__ import annotations

import random
from typing import Any

from toolgen import __version__
from toolgen.episode import EpisodeState
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import (
    JudgeScores,
    Metadata,
    Record,
    RepairNote,
    Scenario,
)


def conversation_id(run_seed: int, index: int, fingerprint: str) -> str:
    """`tg-<corpus fingerprint>-<seed>-<index>`: runs on different corpora never share ids."""
    return f"tg-{fingerprint}-{run_seed}-{index:06d}"


def offered_tools(
    rt: Runtime,
    used: list[str],
    extra: list[str],
    rng: random.Random,
    distractors: int,
    exclude: str | None = None,
) -> tuple[dict[str, Any], ...]:
    """The called endpoints plus a few plausible distractors, in a shuffled order."""
    chosen = list(dict.fromkeys([*used, *extra]))
    graph = rt.graph
    targets = graph.edge_targets  # edge numbers, not Edge models: this runs per record
    near = [
        t
        for eid in used
        for i in graph.out_edge_ids(eid)
        if (t := targets[i]) not in chosen and t != exclude
    ]
    pool = list(dict.fromkeys(near)) or [n for n in rt.graph.nodes if n != exclude]
    want = rng.randint(max(0, distractors - 2), distractors) if distractors else 0
    for _ in range(want * 3):
        if want == 0 or not pool:
            break
        pick = rng.choice(pool)
        if pick not in chosen:
            chosen.append(pick)
            want -= 1
    rng.shuffle(chosen)
    return tuple(rt.openai_tool(e) for e in chosen)


def build_record(
    rt: Runtime,
    config: RunConfig,
    index: int,
    seed: int,
    scenario: Scenario,
    state: EpisodeState,
    tools: tuple[dict[str, Any], ...],
    pattern: str,
    patterns: tuple[str, ...],
    repairs: tuple[RepairNote, ...],
    sampled_path: tuple[str, ...],
) -> Record:
    used = list(dict.fromkeys(s.endpoint_id for s in state.steps))
    faults = tuple(str(s.fault["kind"]) for s in state.steps if s.fault is not None)
    metadata = Metadata(
        seed=seed,
        index=index,
        tools=tuple(dict.fromkeys(rt.endpoints[e].tool_name for e in used)),
        domains=tuple(dict.fromkeys(rt.endpoints[e].category for e in used))
        or (scenario.goal.domain,),
        pattern=pattern,
        patterns=patterns,
        llm_mode="offline",
        repair_attempts=len(repairs),
        repairs=repairs,
        generation_profile=config.replay_profile(),
        planner_scenario=scenario.model_dump(mode="json"),
        sampled_path=sampled_path,
        faults=faults,
        paraphrases=tuple(state.paraphrases),
        toolgen_version=__version__,
    )
    placeholder = JudgeScores(tool_correctness=1, naturalness=1, task_completion=1, overall=1,
                              judge="pending")
    return Record(
        conversation_id=conversation_id(config.seed, index, rt.fingerprint),
        tools=tools,
        messages=tuple(state.messages),
        step_trace=tuple(state.steps),
        judge_scores=placeholder,
        metadata=metadata,
    )
