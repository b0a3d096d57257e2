"""Decimal arithmetic for the simulated exchange: prices, counts, fees and their wire renderings.

Everything that is money or a contract count is a `Decimal`; floats never enter the ledger, so cash,
payouts and fees reconcile to the last digit.

Fees follow Kalshi's *Fee Rounding* page (reference "Fees"):

1. the **trade fee** of one fill is rate × fee_multiplier × count × P × (1 − P), rounded **up** to $0.0001
   (taker rate 0.07; makers pay 0.0175 on `quadratic_with_maker_fees` series and nothing on `quadratic`);
2. `balance_change = revenue − trade_fee` is floored toward −∞ to the member's balance precision
   ($0.0001 for direct members, $0.01 otherwise) and the difference is the **rounding fee**;
3. a per-order **accumulator** adds up the rounding fees; once it exceeds $0.01 one whole-cent **rebate**
   is paid back and the accumulator drops by $0.01.

Net fee = trade fee + rounding fee − rebate, never negative.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal, InvalidOperation

ONE = Decimal(1)
ZERO = Decimal(0)
CENT = Decimal("0.01")
CENTICENT = Decimal("0.0001")
COUNT_QUANTUM = Decimal("0.01")
"""The finest contract count (fractional markets); whole-contract markets use 1."""

TAKER_RATE = Decimal("0.07")
MAKER_RATE = Decimal("0.0175")
FEE_QUANTUM = CENTICENT
"""Trade fees are rounded *up* to a hundredth of a cent."""
REBATE = CENT
"""Rebates are whole cents."""
DIRECT_MEMBER_PRECISION = CENTICENT
"""Balance precision of a direct member of the exchange (every API member of the sandbox by default)."""
NON_DIRECT_PRECISION = CENT

MAKER_FEE_TYPES = frozenset({"quadratic_with_maker_fees", "quadratic_with_combo_maker_fees"})
"""Series fee types whose makers pay the maker rate (the combo variant is treated like the plain one)."""


def trade_fee(
    count: Decimal, price: Decimal, rate: Decimal = TAKER_RATE, multiplier: Decimal = ONE
) -> Decimal:
    """rate × multiplier × count × P × (1 − P), rounded up to $0.0001 (symmetric in P and 1 − P)."""
    raw = rate * multiplier * count * price * (ONE - price)
    return raw.quantize(FEE_QUANTUM, rounding=ROUND_CEILING)


def taker_fee(count: Decimal, price: Decimal, multiplier: Decimal = ONE) -> Decimal:
    """The taker's trade fee for one fill (0.07 × multiplier × count × P × (1 − P), rounded up)."""
    return trade_fee(count, price, TAKER_RATE, multiplier)


def fee_rate(fee_type: str, *, is_taker: bool) -> Decimal:
    """The quadratic rate a side of a fill pays on a series with this `fee_type`."""
    if is_taker:
        return TAKER_RATE
    return MAKER_RATE if fee_type in MAKER_FEE_TYPES else ZERO


@dataclass(frozen=True)
class FillFee:
    """The three fee components of one fill (Kalshi's *Fee Rounding*), and what the balance moves by."""

    trade_fee: Decimal
    rounding_fee: Decimal
    accumulated: Decimal
    """The order's accumulator with this fill's rounding fee added (the docs' "Accumulator" column)."""
    rebate: Decimal
    balance_change: Decimal
    """`revenue − trade_fee` floored to the member's precision (the docs' "Balance Change" column)."""

    @property
    def net_fee(self) -> Decimal:
        return self.trade_fee + self.rounding_fee - self.rebate

    @property
    def carry(self) -> Decimal:
        """The accumulator the order keeps for its next fill (the rebate taken off)."""
        return self.accumulated - self.rebate

    @property
    def cash_change(self) -> Decimal:
        """What the member's cash moves by: the floored balance change plus the rebate."""
        return self.balance_change + self.rebate


def apply_rounding(
    revenue: Decimal, fee: Decimal, accumulator: Decimal, precision: Decimal = DIRECT_MEMBER_PRECISION
) -> FillFee:
    """Round one fill's balance change to the member's precision and run the per-order accumulator.

    `revenue` is signed (negative for a buyer), `fee` the trade fee already rounded up to $0.0001.
    A rebate is paid only when it leaves the fill's net fee at zero or more ("net fee ≥ $0.00"); otherwise
    the accumulator keeps the overpayment for a later fill.
    """
    change = revenue - fee
    floored = change.quantize(precision, rounding=ROUND_FLOOR)
    rounding = change - floored
    total = accumulator + rounding
    rebate = REBATE if total > REBATE and fee + rounding >= REBATE else ZERO
    return FillFee(fee, rounding, total, rebate, floored)


def parse_decimal(text: str) -> Decimal | None:
    """A finite Decimal from a plain decimal string (`"0.56"`, `"10"`), or None when it is not one."""
    stripped = text.strip()
    if not stripped or stripped != text or any(c not in "0123456789.-" for c in stripped):
        return None
    try:
        value = Decimal(stripped)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def fp(count: Decimal) -> str:
    """A `*_fp` count string: always two decimals (`"3.00"`)."""
    return f"{count.quantize(COUNT_QUANTUM, rounding=ROUND_HALF_EVEN):f}"


def dollars(amount: Decimal, places: int = 4) -> str:
    """A `*_dollars` string with a fixed number of decimals (4 for prices and balances, 6 for fees)."""
    quantum = Decimal(1).scaleb(-places)
    return f"{amount.quantize(quantum, rounding=ROUND_HALF_EVEN):f}"


def cents(amount: Decimal) -> int:
    """Whole cents for an amount that is already a cent multiple (costs, exposures, payouts)."""
    return int((amount * 100).to_integral_value(rounding=ROUND_HALF_EVEN))


def cents_truncated(amount: Decimal) -> int:
    """Whole cents rounded toward zero: how the exchange reports `balance` next to `balance_dollars`."""
    return int((amount * 100).to_integral_value(rounding=ROUND_DOWN))


def cents_up(amount: Decimal) -> int:
    """Whole cents rounded up: how the 2025 wire reported fees (0.2769 → 28)."""
    return int((amount * 100).to_integral_value(rounding=ROUND_CEILING))


def whole(count: Decimal) -> int:
    """An integer count for the 2025 wire (fractional counts are truncated there)."""
    return int(count.to_integral_value(rounding=ROUND_DOWN))


def json_number(value: Decimal) -> int | float:
    """A Decimal as a JSON number (only for fields the wire sends as numbers, e.g. `fee_multiplier`)."""
    return int(value) if value == value.to_integral_value() else float(value)
