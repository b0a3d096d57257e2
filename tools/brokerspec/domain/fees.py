"""Kalshi's fees as the exchange charges them, and a worst case that no way of filling an order can exceed.

The facts (reference/kalshi.md, "Fees"; Kalshi's *Fee rounding* page; the official SDK's `FeeType`):

- **Trade fee** of one fill = rate x fee_multiplier x count x P x (1 - P), rounded **up** to $0.0001. P x (1 - P) is
  symmetric, so the YES price and the NO price of one trade give the same fee. The taker rate is 0.07; a maker pays
  0.0175 on `quadratic_with_maker_fees`, 0.035 on `quadratic_with_combo_maker_fees` (the maker multiplier 0.5
  instead of 0.25) and nothing on `quadratic`. Any other `fee_type` (`flat`, or one Kalshi adds later) is not
  known here: every fill is charged the taker rate, the highest known, and the schedule says so.
- **Rounding fee**: the fill's balance change (revenue - trade fee, revenue negative for a buyer) is floored toward
  -infinity to the member's balance precision ($0.0001 for direct members, $0.01 otherwise); the difference is
  the rounding fee. A per-order accumulator later refunds whole cents of rounding; refunds only lower what an
  order costs, so the worst case here ignores them.

Every amount is a Decimal; nothing here knows about orders, markets or the wire.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Literal

import attrs

from brokerspec.domain.money import round_up, to_decimal

__all__ = [
    "COMBO_MAKER_RATE",
    "DIRECT_MEMBER_PRECISION",
    "FEE_QUANTUM",
    "FRACTIONAL_FILL_UNIT",
    "MAKER_RATE",
    "NON_DIRECT_MEMBER_PRECISION",
    "TAKER_RATE",
    "UNKNOWN_FEES",
    "WHOLE_FILL_UNIT",
    "FeeSchedule",
    "FillCharge",
    "Role",
    "WorstCase",
    "fee_schedule",
    "fill_charge",
    "taker_fee",
    "trade_fee",
    "worst_case_charge",
]

Role = Literal["taker", "maker"]

#: Kalshi's fee coefficients (before the series' fee_multiplier).
TAKER_RATE: Final = Decimal("0.07")
MAKER_RATE: Final = Decimal("0.0175")
COMBO_MAKER_RATE: Final = Decimal("0.035")
#: A trade fee is rounded up to a multiple of this ($0.0001, a centicent).
FEE_QUANTUM: Final = Decimal("0.0001")
#: Balance precision of a direct member of the exchange (balances carry 4 decimals, e.g. "98.0186").
DIRECT_MEMBER_PRECISION: Final = Decimal("0.0001")
#: Balance precision of a member trading through an intermediary (whole cents).
NON_DIRECT_MEMBER_PRECISION: Final = Decimal("0.01")
#: The smallest fill of a fractional market (counts have at most 2 decimals), and of a whole-contract one.
FRACTIONAL_FILL_UNIT: Final = Decimal("0.01")
WHOLE_FILL_UNIT: Final = Decimal(1)

_ONE = Decimal(1)
_PRICE_STEP = Decimal("0.0001")  # every price Kalshi accepts is a multiple of this (at most 4 decimals)
_MAKER_RATES: Final = {
    "quadratic": Decimal(0),
    "quadratic_with_maker_fees": MAKER_RATE,
    "quadratic_with_combo_maker_fees": COMBO_MAKER_RATE,
}


@attrs.frozen
class FeeSchedule:
    """A series' fees: the rates per role (already times `multiplier`), and a note when they are assumed."""

    fee_type: str | None
    multiplier: Decimal
    taker_rate: Decimal
    maker_rate: Decimal
    note: str | None = None

    @property
    def known(self) -> bool:
        """False when the fee type was absent or not one this module knows (the taker rate is then assumed)."""
        return self.note is None

    def rate(self, role: Role) -> Decimal:
        """The coefficient of count x P x (1 - P) for a fill in `role`."""
        return self.taker_rate if role == "taker" else self.maker_rate


def fee_schedule(
    fee_type: str | None, fee_multiplier: Decimal | str | int | float | None = None
) -> FeeSchedule:
    """The schedule of a series from its `fee_type` and `fee_multiplier` (as the series read gives them).

    An absent multiplier is 1 (and said so); a negative one is refused. An absent or unknown fee type charges
    every fill the taker rate, the highest rate known, and `note` says why.
    """
    multiplier = to_decimal(fee_multiplier)
    notes: list[str] = []
    if multiplier is None:
        multiplier = _ONE
        notes.append("fee_multiplier unknown: assumed 1")
    if multiplier < 0:
        raise ValueError(f"fee_multiplier must not be negative, not {fee_multiplier!r}")
    taker = TAKER_RATE * multiplier
    if fee_type in _MAKER_RATES:
        maker = _MAKER_RATES[fee_type] * multiplier
    else:
        maker = taker
        what = "unknown" if fee_type is None else f"{fee_type!r} is not a fee type known here"
        notes.insert(0, f"fee_type {what}: every fill is charged the taker rate {TAKER_RATE}")
    return FeeSchedule(
        fee_type=fee_type,
        multiplier=multiplier,
        taker_rate=taker,
        maker_rate=maker,
        note="; ".join(notes) or None,
    )


#: The schedule assumed when nothing is known about the series.
UNKNOWN_FEES: Final = fee_schedule(None)


def _check_count_and_price(count: Decimal, price: Decimal) -> None:
    if count < 0:
        raise ValueError(f"count must not be negative, not {count}")
    if not (0 <= price <= 1):
        raise ValueError(f"price {price} is outside [0, 1]")


def trade_fee(count: int | Decimal, price: Decimal, rate: Decimal = TAKER_RATE) -> Decimal:
    """The trade fee of ONE fill: `rate` x count x P x (1 - P), rounded up to $0.0001.

    `rate` includes the series' multiplier (`FeeSchedule.rate`). Two fills pay two rounded fees, which is why
    the fee of an order depends on how it is filled.
    """
    contracts = Decimal(count)
    _check_count_and_price(contracts, price)
    return round_up(rate * contracts * price * (_ONE - price), FEE_QUANTUM)


def taker_fee(count: int | Decimal, price: Decimal) -> Decimal:
    """The taker fee of one fill on a series with multiplier 1: 0.07 x count x P x (1 - P), rounded up."""
    return trade_fee(count, price, TAKER_RATE)


@attrs.frozen
class FillCharge:
    """What one fill takes from the balance, in Kalshi's three parts (before any accumulator refund)."""

    principal_dollars: Decimal
    trade_fee_dollars: Decimal
    rounding_fee_dollars: Decimal

    @property
    def total_dollars(self) -> Decimal:
        """How much the balance goes down: principal + trade fee + rounding fee, a multiple of the precision."""
        return self.principal_dollars + self.trade_fee_dollars + self.rounding_fee_dollars


def fill_charge(
    count: int | Decimal,
    cost_price: Decimal,
    rate: Decimal = TAKER_RATE,
    precision: Decimal = DIRECT_MEMBER_PRECISION,
) -> FillCharge:
    """One fill that buys `count` contracts of an outcome at `cost_price` each, settled as Kalshi settles it.

    revenue = -(cost_price x count); balance_change = revenue - trade_fee; the balance moves by
    floor(balance_change) to `precision`, and rounding_fee = balance_change - floor(balance_change).
    """
    contracts = Decimal(count)
    _check_count_and_price(contracts, cost_price)
    principal = cost_price * contracts
    fee = trade_fee(contracts, cost_price, rate)
    debit = round_up(principal + fee, precision)  # -floor(-x) == ceil(x)
    return FillCharge(
        principal_dollars=principal, trade_fee_dollars=fee, rounding_fee_dollars=debit - principal - fee
    )


@attrs.frozen
class WorstCase:
    """The most an order can take from the balance if it fills completely, however it is split into fills."""

    count: Decimal
    cost_price: Decimal
    rate: Decimal
    precision: Decimal
    fill_unit: Decimal
    #: the worst single fill of one `fill_unit` (the bound is count / fill_unit of these)
    unit_charge_dollars: Decimal
    total_dollars: Decimal

    @property
    def principal_dollars(self) -> Decimal:
        """count x the limit cost, rounded up to the cent's hundredth (the part that is not fees)."""
        return round_up(self.count * self.cost_price, FEE_QUANTUM)

    @property
    def fees_dollars(self) -> Decimal:
        """Everything above the principal: trade fees and rounding fees, all fills at their worst."""
        return self.total_dollars - self.principal_dollars


def _unit_charge(unit: Decimal, cost: Decimal, rate: Decimal, precision: Decimal) -> Decimal:
    return round_up(cost * unit + trade_fee(unit, cost, rate), precision)


def worst_case_charge(
    count: int | Decimal,
    cost_price: Decimal,
    rate: Decimal = TAKER_RATE,
    *,
    precision: Decimal = DIRECT_MEMBER_PRECISION,
    fill_unit: Decimal = FRACTIONAL_FILL_UNIT,
) -> WorstCase:
    """A true upper bound of what filling `count` contracts at a cost of at most `cost_price` each can take.

    Fills are pieces of `fill_unit` (0.01 on a fractional market, 1 on a whole-contract one) at prices of at
    most 4 decimals no worse than the limit (a price improvement is a lower cost). One fill of c contracts at
    cost q takes phi(c, q) = ceil_precision(q c + ceil_0.0001(rate c q (1 - q))) from the balance.

    Why count / fill_unit x max_q phi(fill_unit, q) bounds every way of filling: for a fixed q, phi is
    subadditive in c (q(a + b) = qa + qb, and both ceilings are subadditive and monotone), so a fill of k units
    takes at most k x phi(unit, q) <= k x max_q phi(unit, q); summing over the fills gives the bound. It is
    reached (all fills one unit at the worst price), so it is the exact worst case without refunds. The max
    runs over every 4-decimal cost q <= cost_price, a superset of any market's grid; since phi(unit, q) <=
    ceil(q unit + max fee of a unit), the search stops as soon as lower prices cannot beat the best so far.
    This is at least as safe as the reference's "one precision step of rounding per fill" and never larger.
    """
    contracts = Decimal(count)
    _check_count_and_price(contracts, cost_price)
    if not (0 < cost_price < 1):
        raise ValueError(f"cost_price {cost_price} must be strictly between 0 and 1")
    if fill_unit <= 0 or contracts % fill_unit != 0:
        raise ValueError(f"count {contracts} is not a whole number of fills of {fill_unit}")
    if cost_price != cost_price.quantize(_PRICE_STEP):
        raise ValueError(f"cost_price {cost_price} has more than 4 decimals")
    # the largest fee one unit can pay at any cost <= cost_price: P(1 - P) peaks at 0.5
    peak = cost_price * (_ONE - cost_price) if cost_price <= Decimal("0.5") else Decimal("0.25")
    unit_fee_max = round_up(rate * fill_unit * peak, FEE_QUANTUM)
    best = _unit_charge(fill_unit, cost_price, rate, precision)
    ceiling = round_up(cost_price * fill_unit + unit_fee_max, precision)
    cost = cost_price - _PRICE_STEP
    while best < ceiling and cost > 0 and round_up(cost * fill_unit + unit_fee_max, precision) > best:
        best = max(best, _unit_charge(fill_unit, cost, rate, precision))
        cost -= _PRICE_STEP
    return WorstCase(
        count=contracts,
        cost_price=cost_price,
        rate=rate,
        precision=precision,
        fill_unit=fill_unit,
        unit_charge_dollars=best,
        total_dollars=best * (contracts / fill_unit),
    )
