"""Finance calculations a calculator endpoint answers: returns on equity and investment,
growth rates, present values, margins, taxes and dividends.

Each function takes the call's arguments and returns the figure a reviewer would get
recomputing it by hand (None when an input it needs is missing or out of range, so the
caller keeps its drawn number). `calc_match` says which endpoint answers which; the
argument readers (`arg`, rates) are `formula_args`'. Pure, never touches the network.
"""

from __future__ import annotations

import math

from toolgen.executor.formula_args import Args, arg, numbers_of, pos, rate_of


def return_on_equity(args: Args) -> float | None:
    """Net income over shareholders' equity, in percent."""
    ni = arg(args, "net_income", "income", "profit")
    eq = arg(args, "shareholder_equity", "shareholders_equity", "total_equity", "equity")
    return round(ni / eq * 100, 2) if ni is not None and eq else None


def return_on_investment(args: Args) -> float | None:
    """Gain over cost in percent: from a purchase and a sale price (plus dividends), from
    a cost and a gain, or a deposit growing at a yearly rate for some years."""
    buy = arg(args, "purchase_price", "initial_investment", "cost", "investment_cost",
              "investment")
    sell = arg(args, "sale_price", "final_value", "current_value", "return_amount",
               "revenue")
    if buy and sell is not None:
        div = arg(args, "dividend", "dividends") or 0.0
        return round((sell - buy + div) / buy * 100, 2)
    gain = arg(args, "net_profit", "gain", "profit")
    if buy and gain is not None:
        return round(gain / buy * 100, 2)
    r = arg(args, "annual_interest_rate", "interest_rate", "rate", "annual_return")
    t = arg(args, "years", "time", "period")
    if r is not None and t is not None and 0 <= t <= 200:
        return round((math.pow(1 + rate_of(r), t) - 1) * 100, 2)
    return None


def cagr(args: Args) -> float | None:
    """Compound annual growth rate in percent: (end / start)^(1 / years) - 1."""
    a = arg(args, "initial_value", "start_value", "beginning_value", "initial_investment")
    b = arg(args, "final_value", "end_value", "ending_value")
    n = arg(args, "period_in_years", "years", "period", "time", "n")
    if not pos(a, b, n) or a is None or b is None or n is None:
        return None
    return round((math.pow(b / a, 1 / n) - 1) * 100, 2)


def npv(args: Args) -> float | None:
    """Net present value: each year's cash flow discounted, less what is invested now."""
    flows = numbers_of(args)
    r = arg(args, "discount_rate", "rate", "interest_rate")
    if not flows or r is None:
        return None
    rate = rate_of(r)
    inv = arg(args, "initial_investment", "investment", "initial_cost") or 0.0
    return round(sum(cf / (1 + rate) ** t for t, cf in enumerate(flows, 1)) - inv, 2)


def bond_value(args: Args) -> float | None:
    """A bond's discounted cash flow: its coupons and face value at the discount rate."""
    c = arg(args, "coupon_payment", "coupon")
    n = arg(args, "period", "periods", "years")
    r = arg(args, "discount_rate", "rate")
    face = arg(args, "face_value", "par_value") or 1000.0
    if c is None or r is None or n is None or not 0 < n <= 100:
        return None
    rate = rate_of(r)
    years = int(n)
    value = sum(c / (1 + rate) ** t for t in range(1, years + 1)) + face / (1 + rate) ** years
    return round(value, 2)


def profit_margin(args: Args) -> float | None:
    """Profit over revenue, in percent (profit given, or revenue less cost)."""
    rev = arg(args, "revenue", "total_revenue", "sales")
    profit = arg(args, "net_income", "net_profit", "profit", "gross_profit")
    cost = arg(args, "cost", "costs", "expenses", "total_cost", "cogs")
    if not rev:
        return None
    if profit is None and cost is not None:
        profit = rev - cost
    return round(profit / rev * 100, 2) if profit is not None else None


def tax_amount(args: Args) -> float | None:
    """An amount times its tax rate (5 and 0.05 both five percent)."""
    amount = arg(args, "income", "taxable_income", "purchase_amount", "amount", "price",
                 "salary")
    r = arg(args, "tax_rate", "rate")
    return round(amount * rate_of(r), 2) if amount is not None and r is not None else None


def dividend_payout(args: Args) -> float | None:
    shares = arg(args, "shares", "number_of_shares", "quantity")
    dps = arg(args, "dividend_per_share", "dividend")
    return round(shares * dps, 2) if shares is not None and dps is not None else None


def grown(args: Args, gain_only: bool) -> float | None:
    """An amount growing at a yearly rate: what it becomes, or only what it gains."""
    p = arg(args, "investment_amount", "invested_amount", "initial_investment", "principal",
            "current_population", "amount", "deposit", "initial_sum", "sum")
    r = arg(args, "annual_yield", "yearly_yield", "annual_return", "annual_growth_rate",
            "growth_rate", "expected_annual_return", "rate")
    t = arg(args, "years", "holding_period", "period", "duration", "time")
    if p is None or r is None or t is None or not 0 <= t <= 200:
        return None
    final = p * math.pow(1 + rate_of(r), t)
    return round(final - p if gain_only else final, 2)


def depreciated(args: Args) -> float | None:
    """What a thing is worth after losing a yearly share of its value (declining
    balance): 32.99 at 8.41 % over 10 years is 13.71, not the 18081.95 drawn for it (BFCL
    seed 47 #32)."""
    p = arg(args, "initial_cost", "initial_value", "purchase_price", "asset_value", "cost",
            "value", "price", "amount")
    r = arg(args, "depreciation_rate", "annual_depreciation_rate", "rate")
    t = arg(args, "years", "period", "duration", "time", "age")
    if p is None or r is None or t is None or not 0 <= t <= 200 or not 0 <= rate_of(r) < 1:
        return None
    return round(p * math.pow(1 - rate_of(r), t), 2)


# State sales tax rates in percent (state level, before county and city taxes).
_STATE_TAX = {"california": 7.25, "texas": 6.25, "new york": 4.0, "florida": 6.0,
              "illinois": 6.25, "washington": 6.5, "pennsylvania": 6.0, "ohio": 5.75,
              "georgia": 4.0, "north carolina": 4.75, "massachusetts": 6.25,
              "new jersey": 6.625, "arizona": 5.6, "colorado": 2.9, "nevada": 6.85,
              "michigan": 6.0, "virginia": 5.3, "tennessee": 7.0, "oregon": 0.0,
              "montana": 0.0, "delaware": 0.0, "new hampshire": 0.0, "alaska": 0.0,
              "ca": 7.25, "tx": 6.25, "ny": 4.0, "fl": 6.0, "il": 6.25, "wa": 6.5}


def sales_tax(args: Args) -> float | None:
    """A purchase times its state's sales tax rate (none when tax exempt)."""
    amount = arg(args, "purchase_amount", "amount", "price", "subtotal")
    state = str(args.get("state", "")).strip().lower()
    rate = _STATE_TAX.get(state)
    if amount is None or rate is None:
        return None
    return 0.0 if args.get("tax_exempt") is True else round(amount * rate / 100, 2)
