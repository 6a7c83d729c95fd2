"""First-user-turn distinct-2: ToolBench's own queries vs ToolGen's offline language.

Prints distinct-2 (and mean length, since longer texts score lower) for:
  - the baseline: the first 60 ToolBench / StableToolBench queries (`query` field) in
    ../shared/corpora/toolbench_queries,
  - 60 `user_request` first turns over endpoints of the shared ToolBench corpus
    (hand-made endpoints if the registry cannot load it), with realistic slot values,
  - the same turns after `paraphrase`,
and the ratios to the baseline. Run: `.venv/bin/python bench/language_diversity.py [N] [SEED]`.
Also prints sentences per second for the user_request path.

Given JSONL files instead (`bench/language_diversity.py a.jsonl b.jsonl ...`), it reads
the generated records as a reviewer would (`tests/agents/language_checks.py`, which
imports nothing from toolgen) and prints, per file: first user turns containing the
endpoint-derived phrase, user values beside their parameter label, enum literals, label
prefixes, assistant disfluencies, the answer honesty checks, parallel turns after
dependent wording, top first-4-word openings and masked first-turn distinct-2.
Masking (in `language_checks.masked_tokens`): each user-given argument value found in the
turn becomes `<v>`, then every token containing a digit or an underscore (numbers, ids,
codes) becomes `<n>`, so distinct-2 measures the wording, not the values.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from toolgen.agents.offline import (
    PERSONAS,
    Fact,
    Slot,
    assistant_final,
    intent_of,
    make_goal_summary,
    paraphrase,
    pick_persona,
    slot_label,
    user_request,
)
from toolgen.analysis.diversity import distinct_n, tokens
from toolgen.records.plan import Goal, Style
from toolgen.records.tools import Endpoint, Parameter

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"
STYLES: tuple[Style, ...] = ("terse", "chatty", "formal", "casual")

# Realistic values by argument-name hint; generation draws values like these.
POOLS: dict[str, tuple[str, ...]] = {
    "city": ("Porto", "Nairobi", "Osaka", "Denver", "Kraków", "Lyon", "Medellín", "Leeds",
             "Austin", "Hanoi", "Tbilisi", "Bergen"),
    "country": ("Portugal", "Kenya", "Japan", "Canada", "Chile", "Norway", "India", "Ghana"),
    "date": ("2024-05-03", "2024-11-18", "2025-01-07", "2024-08-22", "2025-03-14",
             "2024-12-31", "2025-06-09"),
    "email": ("maria.silva@example.com", "j.okafor@example.org", "kenji@example.net",
              "lea.martin@example.fr"),
    "url": ("https://example.com/blog/post-42", "https://shop.example.org/item/7781",
            "https://news.example.net/2024/05/story"),
    "id": ("A7F3-22", "98231", "usr_5521", "B0C4XQ9L2", "evt-1187", "tt0111161", "4471902"),
    "query": ("vegan ramen", "noise cancelling headphones", "climate policy", "jazz piano",
              "electric bikes", "remote data jobs", "sourdough starter", "marathon training"),
    "name": ("Maria Silva", "Kwame Mensah", "Aiko Tanaka", "Lucas Moreau", "Priya Nair"),
    "language": ("en", "pt", "ja", "de", "es", "fr"),
    "currency": ("USD", "EUR", "JPY", "GBP", "BRL"),
    "symbol": ("AAPL", "TSLA", "BTC", "MSFT", "NVDA"),
    "number": ("3", "10", "25", "2", "50", "7", "100"),
    "text": ("The delivery arrived two days late", "Best pizza in town", "I love this phone",
             "Meeting moved to Friday"),
}
_HINTS = (("city", "city"), ("town", "city"), ("country", "country"), ("date", "date"),
          ("day", "date"), ("mail", "email"), ("url", "url"), ("link", "url"),
          ("id", "id"), ("key", "id"), ("code", "id"), ("query", "query"), ("search", "query"),
          ("keyword", "query"), ("term", "query"), ("q", "query"), ("name", "name"),
          ("lang", "language"), ("currency", "currency"), ("symbol", "symbol"),
          ("ticker", "symbol"), ("limit", "number"), ("page", "number"), ("count", "number"),
          ("size", "number"), ("num", "number"), ("text", "text"), ("message", "text"))


def sample_value(p: Parameter, rng: random.Random) -> str:
    enum = p.json_schema.get("enum")
    if isinstance(enum, list) and enum:
        return str(enum[int(rng.random() * len(enum))])
    kind = p.json_schema.get("type")
    if kind in ("integer", "number"):
        return POOLS["number"][int(rng.random() * len(POOLS["number"]))]
    low = p.name.lower()
    for hint, pool in _HINTS:
        if hint == low or (len(hint) > 1 and hint in low):
            values = POOLS[pool]
            return values[int(rng.random() * len(values))]
    values = POOLS["query"]
    return values[int(rng.random() * len(values))]


def baseline_queries(n: int) -> list[str]:
    out: list[str] = []
    root = SHARED / "toolbench_queries"
    for f in sorted(root.rglob("*.json")):
        if "query" not in f.name and "instruction" not in f.name:
            continue
        data = json.loads(f.read_text())
        out.extend(q["query"] for q in data if isinstance(q, dict) and "query" in q)
    return out[:n]


def endpoints() -> list[list[Endpoint]]:
    """Endpoints grouped by tool (a chain draws from one tool, as many real ones do)."""
    try:
        from toolgen.registry import load_registry

        reg = load_registry(SHARED / "toolbench" / "toolenv" / "tools")
        groups = [list(t.endpoints) for t in reg.tools if t.endpoints]
        print(f"corpus: shared ToolBench, {len(groups)} tools, {len(reg.endpoints)} endpoints")
        return groups
    except Exception as exc:  # the registry may not be there yet: use hand-made endpoints
        print(f"corpus: hand-made endpoints (registry unavailable: {exc})")
        sys.path.insert(0, str(ROOT / "tests"))
        from agents.agent_cases import HAND_MADE

        return [list(HAND_MADE)]


def first_turns(
    groups: list[list[Endpoint]], n: int, seed: int
) -> tuple[list[str], list[list[str]]]:
    rng = random.Random(seed)
    texts: list[str] = []
    values: list[list[str]] = []
    for _ in range(n):
        group = groups[int(rng.random() * len(groups))]
        k = min(len(group), 1 + int(rng.random() * 3))
        chosen = rng.sample(group, k)
        intents = [intent_of(e) for e in chosen]
        params = [p for p in chosen[0].parameters if p.required] or list(chosen[0].parameters[:1])
        slots = [Slot(p.name, slot_label(p.name), sample_value(p, rng)) for p in params[:4]]
        style = STYLES[int(rng.random() * len(STYLES))]
        domain = chosen[0].category
        persona = pick_persona(domain, rng)
        goal = Goal(persona=persona, style=style, domain=domain,
                    summary=make_goal_summary(persona, style, intents, domain, rng))
        texts.append(user_request(goal, intents, slots, rng))
        values.append([s.value for s in slots])
    return texts, values


def mean_len(texts: list[str]) -> float:
    return sum(len(tokens(t)) for t in texts) / max(1, len(texts))


def speed(groups: list[list[Endpoint]], seed: int) -> None:
    """Sentences per second of the language functions alone (inputs prepared up front)."""
    rng = random.Random(seed)
    goal = Goal(persona=PERSONAS[0], style="chatty", domain="Travel", summary="")
    cases = []
    for _ in range(200):
        group = groups[int(rng.random() * len(groups))]
        e = group[0]
        slots = [Slot(p.name, slot_label(p.name), sample_value(p, rng)) for p in e.parameters[:3]]
        style = STYLES[int(rng.random() * len(STYLES))]
        cases.append((goal.model_copy(update={"style": style}), [intent_of(e)], slots))
    facts = [Fact("hotel", "Casa do Porto"), Fact("price", "EUR 89"), Fact("booking ID", "BK-1")]
    acts = {
        "user_request": lambda g, i, s, r: user_request(g, i, s, r),
        "assistant_final": lambda g, i, s, r: assistant_final(facts, i, r),
        "paraphrase": lambda g, i, s, r: paraphrase("Can you find hotels in Porto? Thanks!",
                                                     ["Porto"], r),
    }
    for name, act in acts.items():
        t0 = time.perf_counter()
        count = 0
        while time.perf_counter() - t0 < 0.5:
            for g, i, s in cases:
                act(g, i, s, rng)
            count += len(cases)
        print(f"speed: {name:16s} {count / (time.perf_counter() - t0):>9,.0f} sentences/s")


def records_report(paths: list[str]) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from agents import language_checks as lc

    for path in paths:
        recs = [json.loads(line) for line in Path(path).read_text().splitlines() if line]
        s = lc.summarise(recs)
        print(f"== {path}: {s.records} records")
        rows = [
            ("first user turn has endpoint phrase", f"{s.endpoint_phrase:.1%}"),
            ("user values beside their label", f"{s.values_by_label:.1%}"),
            ("underscore enum literals in user text", s.enum_literals),
            ("texts starting with a label prefix", s.label_starts),
            ("records with assistant disfluency", s.disfluent_records),
            ("assistant '(no details)'", s.no_details),
            ("ok calls never reported", f"{s.ok_unreported}/{s.ok_calls}"),
            ("state changes never reported", f"{s.state_unreported}/{s.state_changes}"),
            ("state changes not requested", f"{s.unrequested}/{s.state_changes}"),
            ("failed/not-found/empty unacknowledged", f"{s.failures_unack}/{s.failures}"),
            ("'empty' claims after results", s.empty_after_results),
            ("parallel turns after dependent wording",
             f"{s.parallel_after_dependent}/{s.parallel_turns}"),
            ("first-turn distinct-2 (60, masked)", f"{s.distinct2:.3f}"),
        ]
        for label, value in rows:
            print(f"  {label:42s} {value}")
        for role in ("user", "assistant"):
            tops = ", ".join(f"{o!r} {share:.0%}" for o, share in lc.openings(recs, role))
            print(f"  top {role} openings: {tops}")
        for kind, ex in s.examples.items():
            if ex:
                print(f"  e.g. {kind}: {ex[:3]}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1].endswith(".jsonl"):
        records_report(sys.argv[1:])
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    base = baseline_queries(n)
    groups = endpoints()
    ours, values = first_turns(groups, n, seed)
    rng = random.Random(seed + 1)
    para = [paraphrase(t, v, rng, 0.6) for t, v in zip(ours, values, strict=True)]
    assert all(v in p for p, vs in zip(para, values, strict=True) for v in vs)
    b = distinct_n(base, 2)
    rows = [("ToolBench queries (baseline)", base), ("ours: user_request", ours),
            ("ours: + paraphrase", para)]
    for label, texts in rows:
        d = distinct_n(texts, 2)
        print(f"{label:32s} n={len(texts):3d} distinct-2={d:.3f} ratio={d / b:.2f} "
              f"mean tokens={mean_len(texts):.1f}")
    # Distinct-2 falls as text grows; also compare at the baseline's token count.
    budget = sum(len(tokens(t)) for t in base)
    more, more_values = first_turns(groups, 20 * n, seed)
    picked, total = [], 0
    for t in more:
        if total >= budget:
            break
        picked.append(t)
        total += len(tokens(t))
    d = distinct_n(picked, 2)
    print(f"{'ours, length-matched':32s} n={len(picked):3d} distinct-2={d:.3f} ratio={d / b:.2f} "
          f"({total} tokens vs baseline {budget})")
    pp = [paraphrase(t, v, rng, 0.6) for t, v in zip(picked, more_values, strict=False)]
    d = distinct_n(pp, 2)
    label = "ours, length-matched + para"
    print(f"{label:32s} n={len(pp):3d} distinct-2={d:.3f} ratio={d / b:.2f}")
    print("target distinct-2 >= 0.355")
    speed(groups, seed)
    for t in ours[:5]:
        print("  -", t)


if __name__ == "__main__":
    main()
