"""String values that satisfy a schema's `pattern`, `minLength` and `maxLength`.

`constrained(schema, gen)` wraps a string generator: the semantic value (a city, an id,
a word) is kept when it already fits; otherwise a value is drawn from the pattern with
rstr's `Xeger`, seeded from the call's random stream so output stays byte-identical per
seed. Patterns Python cannot compile (ECMA-only syntax), or whose shortest match is
huge, keep the plain value and validation decides.
"""

from __future__ import annotations

import random
import re
import string
from functools import lru_cache
from itertools import chain
from typing import Any

from rstr.xeger import Xeger

from toolgen.executor.gen_context import Ctx, Gen

try:
    import re._parser as _sre_parse  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - Python < 3.11 is not supported
    import sre_parse as _sre_parse  # type: ignore[no-redef,unused-ignore]

# An unbounded `+`/`*` repeats at most this many times beyond its minimum: realistic
# lengths, and a bound on nested repeats.
_SPREAD = 8
# A pattern whose longest draw could exceed this is not generated from (pathological).
_MAX_LEN = 512
# A fixed `{n}` repeat larger than this is pathological too.
_MAX_REPEAT = 256
_TRIES = 4
# minLength padding is bounded: a schema demanding more keeps its short value.
_MAX_PAD = 1024


class _Xeger(Xeger):
    """Xeger with bounded repeats and a sorted negated class, so draws are deterministic."""

    def _handle_in(self, value: Any) -> Any:
        candidates = list(chain(*(self._handle_state(i) for i in value)))
        if candidates[0] is False:
            # Why: upstream builds this from a set, whose order follows PYTHONHASHSEED.
            candidates = sorted(set(string.printable).difference(candidates[1:]))
        return self._random.choice(candidates)

    def _handle_repeat(self, start_range: int, end_range: int, value: Any) -> str:
        end = min(end_range, start_range + _SPREAD)
        times = self._random.randint(start_range, end)
        return "".join(self._build_string(value) for _ in range(times))


def _max_len(parsed: Any) -> int | None:
    """Longest string a bounded draw can produce, or None for constructs not handled."""
    total = 0
    for op, av in parsed:
        name = str(op).lower()
        if name in ("literal", "not_literal", "in", "any", "category"):
            total += 1
        elif name in ("at", "assert_not"):
            continue
        elif name == "assert":
            sub = _max_len(av[1])
            if sub is None:
                return None
            total += sub
        elif name == "branch":
            subs = [_max_len(b) for b in av[1]]
            if any(s is None for s in subs):
                return None
            total += max((s or 0) for s in subs)
        elif name == "subpattern":
            sub = _max_len(av[-1])
            if sub is None:
                return None
            total += sub
        elif name in ("max_repeat", "min_repeat"):
            lo, hi, body = av
            if lo > _MAX_REPEAT:
                return None
            sub = _max_len(body)
            if sub is None:
                return None
            total += min(hi, lo + _SPREAD) * sub
        elif name == "groupref":
            total += _MAX_LEN // 4
        else:  # atomic groups, possessive repeats, conditionals: not drawn from
            return None
        if total > _MAX_LEN:
            return None
    return total


@lru_cache(maxsize=2048)
def _compiled(pattern: str) -> tuple[re.Pattern[str] | None, bool]:
    """The compiled pattern (None if Python cannot read it) and whether it can be drawn from."""
    try:
        regex = re.compile(pattern)
        parsed = _sre_parse.parse(pattern)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None, False
    return regex, _max_len(parsed) is not None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _fits(value: str, regex: re.Pattern[str] | None, lo: int, hi: int | None) -> bool:
    if len(value) < lo or (hi is not None and len(value) > hi):
        return False
    return regex is None or regex.search(value) is not None


def _draw(pattern: str, ctx: Ctx, lo: int, hi: int | None) -> str | None:
    regex, drawable = _compiled(pattern)
    if regex is None or not drawable:
        return None
    xeger = _Xeger(random.Random(ctx.bits(64)))
    for _ in range(_TRIES):
        try:
            candidate = xeger.xeger(pattern)
        except (KeyError, ValueError, IndexError, TypeError, RecursionError):
            return None
        if _fits(candidate, regex, lo, hi):
            return candidate
        # Why: an unbounded `+` may overshoot maxLength; its prefix often still matches.
        if hi is not None and _fits(candidate[:hi], regex, lo, hi):
            return candidate[:hi]
    return None


def _lengthened(value: str, gen: Gen, ctx: Ctx, lo: int) -> str:
    if lo > _MAX_PAD:
        return value
    out = value
    for _ in range(lo):
        if len(out) >= lo:
            break
        more = str(gen(ctx)) or "x"
        out = f"{out} {more}" if out else more
    return out


def constrained(schema: dict[str, Any], gen: Gen) -> Gen:
    """`gen` made to respect the schema's pattern and length bounds (unchanged if none)."""
    raw = schema.get("pattern")
    pattern = raw if isinstance(raw, str) and raw else None
    lo = _int(schema.get("minLength")) or 0
    hi = _int(schema.get("maxLength"))
    if hi == 0:
        hi = None
    if pattern is None and lo == 0 and hi is None:
        return gen
    regex = _compiled(pattern)[0] if pattern is not None else None
    if pattern is not None and regex is None:
        # Why: ECMA-only syntax; the validator may read it, so the plain value is checked there.
        pattern = None

    def fit(ctx: Ctx) -> Any:
        value = gen(ctx)
        if value is None:
            return value
        text = str(value)
        if _fits(text, regex, lo, hi):
            return text
        if pattern is not None:
            # Why: a project key `PROJECT` reads better than random capitals.
            for variant in (text.upper(), text.lower(), text.replace(" ", "_")):
                if _fits(variant, regex, lo, hi):
                    return variant
            drawn = _draw(pattern, ctx, lo, hi)
            if drawn is not None:
                return drawn
        if len(text) < lo:
            text = _lengthened(text, gen, ctx, lo)
        return text[:hi] if hi is not None else text

    return fit
