"""Price grids: the three `price_level_structure`s and the `price_ranges` a price is checked against.

From Kalshi's *Fixed-point migration* / *Subpenny pricing* pages (reference "Fixed point"):

| structure           | ranges                          | tick   |
|---------------------|---------------------------------|--------|
| `linear_cent`       | $0.00 – $1.00                   | $0.01  |
| `tapered_deci_cent` | $0.00 – $0.10, $0.90 – $1.00    | $0.001 |
|                     | $0.10 – $0.90                   | $0.01  |
| `deci_cent`         | $0.00 – $1.00                   | $0.001 |

A price is valid when it lies strictly between 0 and 1 and on the step of a range that contains it
(range ends are inclusive, so 0.10 and 0.90 are valid on the tapered grid from either side).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .money import ONE, ZERO


@dataclass(frozen=True)
class PriceRange:
    start: Decimal
    end: Decimal
    step: Decimal

    def contains(self, price: Decimal) -> bool:
        return self.start <= price <= self.end and (price - self.start) % self.step == 0


def _ranges(*rows: tuple[str, str, str]) -> tuple[PriceRange, ...]:
    return tuple(PriceRange(Decimal(a), Decimal(b), Decimal(c)) for a, b, c in rows)


PRICE_STRUCTURES: dict[str, tuple[PriceRange, ...]] = {
    "linear_cent": _ranges(("0.0000", "1.0000", "0.0100")),
    "tapered_deci_cent": _ranges(
        ("0.0000", "0.1000", "0.0010"), ("0.1000", "0.9000", "0.0100"), ("0.9000", "1.0000", "0.0010")
    ),
    "deci_cent": _ranges(("0.0000", "1.0000", "0.0010")),
}


def on_grid(price: Decimal, ranges: tuple[PriceRange, ...]) -> bool:
    """Whether a YES price is one the market accepts."""
    return ZERO < price < ONE and any(r.contains(price) for r in ranges)


def finest_step(ranges: tuple[PriceRange, ...]) -> Decimal:
    return min(r.step for r in ranges)
