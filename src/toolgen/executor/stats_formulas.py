"""Statistics, counting and chance a calculator endpoint answers: medians, deviations and
t statistics, permutations and primes, sequences, dice and card odds, similarity and
correlation of two series.

Each function takes the call's arguments and returns the figure a reviewer would get
recomputing it by hand (None when an input it needs is missing or out of range, so the
caller keeps its drawn number). `calc_match` says which endpoint answers which. Pure,
never touches the network.
"""

from __future__ import annotations

import math
import statistics

from toolgen.executor.formula_args import Args, arg, numbers_of
from toolgen.executor.science_formulas import sig


def median(args: Args) -> float | None:
    nums = numbers_of(args)
    return round(statistics.median(nums), 2) if nums else None


def std_dev(args: Args) -> float | None:
    """The sample standard deviation (n - 1), as spreadsheets' STDEV."""
    nums = numbers_of(args)
    return round(statistics.stdev(nums), 4) if len(nums) > 1 else None


def variance(args: Args) -> float | None:
    """The sample variance (n - 1); the population's (n) when the call says `population`
    (BFCL's `statistics_variance` defaults to it)."""
    nums = numbers_of(args)
    if len(nums) < 2:
        return None
    whole = args.get("population") is True
    return round(statistics.pvariance(nums) if whole else statistics.variance(nums), 4)


def mode(args: Args) -> float | None:
    """The most frequent value; of values that tie, the smallest (as scipy's `mode`)."""
    nums = numbers_of(args)
    return min(statistics.multimode(nums)) if nums else None


def t_statistic(args: Args) -> float | None:
    """Two samples' t statistic: pooled when the call assumes equal variances, else
    Welch's (unequal variances)."""
    samples = [[float(x) for x in v] for v in args.values() if isinstance(v, list) and len(
        v) > 1 and all(isinstance(x, int | float) and not isinstance(x, bool) for x in v)]
    if len(samples) < 2:
        return None
    a, b = samples[:2]
    va, vb, na, nb = statistics.variance(a), statistics.variance(b), len(a), len(b)
    if args.get("equal_variance") is True:
        pooled = ((na - 1) * va + (nb - 1) * vb) / (na + nb - 2)
        se = math.sqrt(pooled * (1 / na + 1 / nb))
    else:
        se = math.sqrt(va / na + vb / nb)
    return round((statistics.fmean(a) - statistics.fmean(b)) / se, 4) if se else None


def sum_of_multiples(args: Args) -> int | None:
    """The sum of the whole numbers in [lower, upper] that some sent number divides (the
    multiples of 3 or 5 up to 10: 3 + 5 + 6 + 9 + 10 = 33)."""
    low = arg(args, "lower_limit", "lower", "start", "min")
    high = arg(args, "upper_limit", "upper", "end", "max", "limit")
    bases = [int(b) for b in numbers_of({"m": args.get("multiples")}) if b == int(b) and b > 0]
    if low is None or high is None or not bases or not 0 <= high - low <= 10**6:
        return None
    return sum(n for n in range(math.ceil(low), math.floor(high) + 1)
               if any(n % b == 0 for b in bases))


def _n_k(args: Args) -> tuple[int, int] | None:
    n = arg(args, "n", "total", "total_items", "num_items", "items", "set_size")
    k = arg(args, "r", "k", "choose", "selection", "subset_size", "group_size")
    if n is None or k is None or n != int(n) or k != int(k) or not 0 <= k <= n <= 1000:
        return None
    return int(n), int(k)


def permutations(args: Args) -> int | None:
    nk = _n_k(args)
    return math.perm(*nk) if nk else None


def combinations(args: Args) -> int | None:
    nk = _n_k(args)
    return math.comb(*nk) if nk else None


def prime_factors(args: Args) -> list[int] | None:
    n = arg(args, "number", "n", "num", "value")
    if n is None or n != int(n) or not 2 <= n <= 10**12:
        return None
    out, m, p = [], int(n), 2
    while p * p <= m:
        while m % p == 0:
            out.append(p)
            m //= p
        p += 1
    return out + ([m] if m > 1 else [])


def is_prime(args: Args) -> bool | None:
    factors = prime_factors(args)
    return len(factors) == 1 if factors is not None else None


def primes_between(args: Args) -> list[int] | None:
    """The primes from `start` to `end` (BFCL `find_prime_numbers(start=0, end=734)`
    answered a list of mobile numbers); None past a range of 100,000."""
    lo = arg(args, "start", "lower", "from", "min")
    hi = arg(args, "end", "upper", "to", "max", "limit")
    if lo is None or hi is None or lo != int(lo) or hi != int(hi) or not 0 <= hi - lo <= 10**5:
        return None
    return [p for p in range(max(2, int(lo)), int(hi) + 1)
            if all(p % q for q in range(2, math.isqrt(p) + 1))]


def primes_product(args: Args) -> int | str | None:
    """The product of the first n primes; scientific notation as text past 1e15."""
    n = arg(args, "count", "n", "number")
    if n is None or n != int(n) or not 1 <= n <= 2000:
        return None
    product, found, p = 1, 0, 2
    while found < n:
        if all(p % q for q in range(2, math.isqrt(p) + 1)):
            product *= p
            found += 1
        p += 1
    if product < 10**15:
        return product
    digits = str(product)
    return f"{digits[0]}.{digits[1:5]}e+{len(digits) - 1}"


def fibonacci(args: Args) -> list[int] | None:
    n = arg(args, "position", "n", "count", "number")
    if n is None or n != int(n) or not 1 <= n <= 90:
        return None
    out = [0, 1]
    while len(out) < n:
        out.append(out[-1] + out[-2])
    return out[: int(n)]


def dice_probability(args: Args) -> float | None:
    """One face on every roll ((1/s)^n), or a sum of two dice (ways / 36 for six sides)."""
    sides = arg(args, "die_sides", "sides_per_die", "sides") or 6
    total = arg(args, "desired_sum")
    if total is not None:
        s = int(sides)
        ways = sum(1 for a in range(1, s + 1) for b in range(1, s + 1) if a + b == total)
        return round(ways / (s * s), 4)
    n = arg(args, "number_of_rolls", "n_rolls", "rolls") or 1
    if not 0 < n <= 50:
        return None
    return sig(math.pow(1 / sides, n))


def card_probability(args: Args) -> float | None:
    """At least one of `desired` cards among `drawn` from a deck of `total`."""
    total = arg(args, "total_cards", "deck_size")
    desired = arg(args, "desired_cards", "desired")
    drawn = arg(args, "cards_drawn", "drawn") or 1
    if total is None or desired is None or not 0 <= desired <= total or not 0 < drawn <= total:
        return None
    t, d, k = int(total), int(desired), int(drawn)
    return round(1 - math.comb(t - d, k) / math.comb(t, k), 4)


def full_house(args: Args) -> float | None:
    """A full house in five cards of a 52-card deck: 3744 / 2598960."""
    deck, hand = arg(args, "deck_size") or 52, arg(args, "hand_size") or 5
    return round(3744 / 2598960, 6) if (deck, hand) == (52, 5) else None


def _two_lists(args: Args) -> tuple[list[float], list[float]] | None:
    lists = [v for v in args.values() if isinstance(v, list) and v
             and all(isinstance(x, int | float) and not isinstance(x, bool) for x in v)]
    if len(lists) < 2 or len(lists[0]) != len(lists[1]):
        return None
    return [float(x) for x in lists[0]], [float(x) for x in lists[1]]


def cosine_similarity(args: Args) -> float | None:
    pair = _two_lists(args)
    if pair is None:
        return None
    a, b = pair
    norm = math.hypot(*a) * math.hypot(*b)
    return round(sum(x * y for x, y in zip(a, b, strict=True)) / norm, 4) if norm else None


def correlation(args: Args) -> float | None:
    pair = _two_lists(args)
    if pair is None or len(pair[0]) < 2:
        return None
    try:
        return round(statistics.correlation(*pair), 4)
    except statistics.StatisticsError:  # a constant series has no correlation
        return None
