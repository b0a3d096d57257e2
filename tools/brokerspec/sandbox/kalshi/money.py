"""Decimal arithmetic for the simulated exchange: prices, counts, fees and their wire renderings.

Everything that is money or a contract count is a `Decimal`; floats never enter the ledger, so cash,
payouts and fees reconcile to the last digit.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_HALF_EVEN, Decimal, InvalidOperation

ONE = Decimal(1)
ZERO = Decimal(0)
TICK = Decimal("0.01")
"""Every simulated market quotes in whole cents (Kalshi's `linear_cent` price structure)."""
MIN_PRICE = Decimal("0.01")
MAX_PRICE = Decimal("0.99")
FEE_RATE = Decimal("0.07")
FEE_QUANTUM = Decimal("0.0001")
"""Taker fees are rounded *up* to a hundredth of a cent, as the demo exchange does."""
COUNT_QUANTUM = Decimal("0.01")
CENT = Decimal("0.01")


def taker_fee(count: Decimal, price: Decimal) -> Decimal:
    """Fee a taker pays for one fill: 0.07 × contracts × P × (1 − P), rounded up to $0.0001.

    Symmetric in P and 1 − P, so it does not matter which side's price is used. Makers pay nothing.
    """
    raw = FEE_RATE * count * price * (ONE - price)
    return raw.quantize(FEE_QUANTUM, rounding=ROUND_CEILING)


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


def is_on_tick(price: Decimal) -> bool:
    """Whether a price is a whole number of ticks inside [0.01, 0.99]."""
    return MIN_PRICE <= price <= MAX_PRICE and price % TICK == 0


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
    """An integer count for the 2025 wire (counts are whole contracts in the sandbox)."""
    return int(count.to_integral_value(rounding=ROUND_DOWN))
