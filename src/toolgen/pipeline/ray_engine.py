"""`--engine ray`: episodes realised as Ray tasks, in shards, on a local or existing Ray.

The driver still plans in index order (steering needs one coverage memory) and writes in
index order; Ray only realises. The built runtime goes to the object store once and is
kept per worker process, shards of plans go out as tasks with a bounded number in
flight (memory stays flat), and results are taken back in submission order, so the
output is byte-identical to `--engine local` for the same corpus, config and seed.

Without `address` a local Ray is started with `workers` CPUs and shut down afterwards;
with one (`auto`, `ray://host:10001`, ...) the run joins that cluster. Ray is an extra
(`pip install 'toolgen[ray]'`), imported only here and only when asked for.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterator
from typing import Any

from toolgen.pipeline.episode import run_episode
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Chain, Record, Rejection, Scenario

Plan = tuple[Chain, Scenario]
Job = tuple[int, Plan]
SHARD = 64
"""Plans per Ray task: large enough to amortise task overhead, small enough to balance."""
IN_FLIGHT_PER_WORKER = 3

_RUNTIMES: dict[str, tuple[Runtime, RunConfig]] = {}
"""Per Ray worker process: the runtime of each run it served, by object id."""


class EngineError(RuntimeError):
    """The engine cannot run (Ray missing or unreachable); the message is one line."""


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise EngineError("--engine ray needs Ray: pip install 'toolgen[ray]'") from exc
    return ray


def realise_on_ray(
    rt: Runtime, config: RunConfig, plans: Iterator[Job], workers: int,
    address: str | None = None,
) -> Iterator[tuple[int, Record | Rejection]]:
    """Realise `plans` on Ray; (index, item) in index order."""
    ray = _ray()
    started = _connect(ray, address, workers)
    try:
        state = ray.put((rt, config))
        slots = max(1, workers) * IN_FLIGHT_PER_WORKER
        remote = ray.remote(num_cpus=1, max_retries=3)(_run_shard)
        in_flight: deque[Any] = deque()
        while shard := list(itertools.islice(plans, SHARD)):
            in_flight.append(remote.remote([state], shard))
            if len(in_flight) >= slots:
                yield from ray.get(in_flight.popleft())
        while in_flight:
            yield from ray.get(in_flight.popleft())
    finally:
        if started:
            ray.shutdown()


def _connect(ray: Any, address: str | None, workers: int) -> bool:
    """Join the cluster at `address`, else start a local Ray; True when we started it."""
    if ray.is_initialized():
        return False
    try:
        if address:
            ray.init(address=address, log_to_driver=False, logging_level="ERROR")
            return True
        # Local workers inherit the driver's environment (and so its import path).
        ray.init(num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False,
                 logging_level="ERROR")
    except Exception as exc:  # Ray raises many kinds (ConnectionError, RuntimeError...)
        where = address or "a local Ray"
        text = " ".join(str(exc).split())[:200]
        raise EngineError(f"--engine ray: cannot start or reach {where} ({text})") from exc
    return True


def _run_shard(state: list[Any], shard: list[Job]) -> list[tuple[int, Record | Rejection]]:
    """A Ray task: realise one shard of plans (the runtime is fetched once per worker)."""
    rt, config = _runtime(state[0])
    return [(index, run_episode(rt, config, index, chain, scenario))
            for index, (chain, scenario) in shard]


def _runtime(ref: Any) -> tuple[Runtime, RunConfig]:
    key = ref.hex()
    if key not in _RUNTIMES:
        _RUNTIMES.clear()  # one run at a time per worker: drop the previous run's
        _RUNTIMES[key] = _ray().get(ref)
    return _RUNTIMES[key]
