"""Wealthy: generated `WealthyHolding`/`WealthyPosition` -> normalized `Holding`/`Position`.

Wealthy's payloads are a renamed Noren OMS schema, so Noren's documented rules apply (see
`valuation_quantity`). Its figures are used as reported; the only arithmetic is the holding quantity
(Noren's own sum) and invested value (quantity x average price), since Wealthy sends neither.

Decisions:
* `symbol` is the display symbol: the NSE listing's trading symbol (else the first listing's) with the
  `-EQ` series suffix removed (`GRINFRA-EQ` -> `GRINFRA`); the exact `trading_symbol` is kept alongside,
  because that is what an order needs. Other series suffixes (`-BE`, `-SM`, ...) are kept: they mean a
  different settlement and must not be hidden.
* Unknown codes pass through readably instead of failing: exchange 7 -> `"EXCH_7"`, product 9 ->
  `"PRODUCT_9"`.
* Holdings carry no last price and no P&L: those stay None and the portfolio says so in `warnings`.
* Wealthy positions carry no segment, expiry, strike or option type: those stay None.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Final, TypeAlias, TypeVar

from brokerspec.brokers import read_call, unreadable_reply
from brokerspec.domain.money import ABSENT_MARKERS, given, wire_decimal
from brokerspec.domain.portfolio import BrokerPortfolio, Holding, Position, broker_portfolio

if TYPE_CHECKING:
    from brokerspec_wealthy import AuthenticatedClient, Client
    from brokerspec_wealthy.models import WealthyHolding, WealthyInstrument, WealthyPosition

    WealthyClient: TypeAlias = AuthenticatedClient | Client

__all__ = [
    "BROKER",
    "CURRENCY",
    "EXCHANGES",
    "NO_LAST_PRICE_WARNING",
    "PRODUCTS",
    "display_symbol",
    "exchange_from_code",
    "fetch_holdings",
    "fetch_portfolio",
    "fetch_positions",
    "holdings_from_wealthy",
    "positions_from_wealthy",
    "product_from_code",
    "valuation_quantity",
]

BROKER: Final = "wealthy"
CURRENCY: Final = "INR"

#: `exchange_name` codes (Wealthy's "See details").
EXCHANGES: Final[Mapping[int, str]] = {1: "NSE", 2: "NFO", 3: "BSE", 4: "BFO"}
#: Positions' `order_type` codes, which are the product despite the name.
PRODUCTS: Final[Mapping[int, str]] = {1: "CNC", 2: "MIS", 3: "NRML", 4: "CO", 5: "BO", 6: "MTF"}

NO_LAST_PRICE_WARNING: Final = (
    "Wealthy holdings carry no last price: their market value and unrealized P&L are unknown (null), "
    "not zero."
)

_NSE: Final = 1


# Small readers


_given = given
_decimal = wire_decimal


def _code(value: object) -> int | None:
    """An integer code; a digit string is accepted too (the spec says int, a drifting wire may not)."""
    given = _given(value)
    if isinstance(given, str):
        text = given.strip()
        if text in ABSENT_MARKERS:
            return None
        if text.isdigit():
            return int(text)
    elif isinstance(given, int) and not isinstance(given, bool):
        return given
    elif given is None:
        return None
    raise ValueError(f"not an integer code: {given!r}")


def exchange_from_code(code: int | None) -> str | None:
    """1 -> NSE, 2 -> NFO, 3 -> BSE, 4 -> BFO; an unknown code passes through as `EXCH_<code>`."""
    if code is None:
        return None
    return EXCHANGES.get(code, f"EXCH_{code}")


def product_from_code(code: int | None) -> str | None:
    """1 -> CNC, 2 -> MIS, 3 -> NRML, 4 -> CO, 5 -> BO, 6 -> MTF; unknown -> `PRODUCT_<code>`."""
    if code is None:
        return None
    return PRODUCTS.get(code, f"PRODUCT_{code}")


def display_symbol(trading_symbol: str) -> str:
    """`GRINFRA-EQ` -> `GRINFRA`: only the ordinary equity series is dropped (see module docstring)."""
    return trading_symbol.removesuffix("-EQ")


# Holdings


def valuation_quantity(holding: WealthyHolding) -> Decimal:
    """Noren's valuation quantity.

    btst + holding + broker + unpledged + beneficiary + max(non_poa, dp) - used.

    Here, and only here, an absent bucket counts as 0: the OMS sends `""` for an empty bucket (the seed's
    `non_poa_dispaly_qty` is `""` next to `holding_quantity` `"1300"`), and a sum of buckets where an empty
    bucket poisoned the total would leave every real holding without a quantity. A holding where every
    bucket is absent has no quantity at all, which is an unreadable row, not a zero.
    """
    terms = {
        "btst_quantity": _decimal(holding.btst_quantity),
        "holding_quantity": _decimal(holding.holding_quantity),
        "broker_quantity": _decimal(holding.broker_quantity),
        "unpledged_quantity": _decimal(holding.unpledged_quantity),
        "beneficiary_quantity": _decimal(holding.beneficiary_quantity),
        "non_poa_dispaly_qty": _decimal(holding.non_poa_dispaly_qty),
        "dp_quantity": _decimal(holding.dp_quantity),
        "used_quantity": _decimal(holding.used_quantity),
    }
    if all(value is None for value in terms.values()):
        raise ValueError("a Wealthy holding reports no quantity at all")
    q = {name: value if value is not None else Decimal(0) for name, value in terms.items()}
    return (
        q["btst_quantity"]
        + q["holding_quantity"]
        + q["broker_quantity"]
        + q["unpledged_quantity"]
        + q["beneficiary_quantity"]
        + max(q["non_poa_dispaly_qty"], q["dp_quantity"])
        - q["used_quantity"]
    )


def _listing(instruments: list[WealthyInstrument]) -> WealthyInstrument:
    """The NSE listing if there is one (the usual quote), else the first."""
    if not instruments:
        raise ValueError("a Wealthy holding lists no instrument")
    for instrument in instruments:
        if _code(instrument.exchange_name) == _NSE:
            return instrument
    return instruments[0]


def holdings_from_wealthy(items: Iterable[WealthyHolding]) -> list[Holding]:
    """Normalize Wealthy holdings. Raises ValueError on a row that cannot be read (see module docstring)."""
    holdings = []
    for item in items:
        listing = _listing(item.instrument)
        trading_symbol = str(listing.trading_symbol)
        quantity = valuation_quantity(item)
        average = _decimal(item.avg_price)
        holdings.append(
            Holding(
                broker=BROKER,
                symbol=display_symbol(trading_symbol),
                trading_symbol=trading_symbol,
                exchange=exchange_from_code(_code(listing.exchange_name)),
                isin=None,
                quantity=quantity,
                average_price=average,
                invested_value=None if average is None else average * quantity,
                last_price=None,
                unrealized_pnl=None,
                currency=CURRENCY,
            )
        )
    return holdings


# Positions


def positions_from_wealthy(items: Iterable[WealthyPosition]) -> list[Position]:
    """Normalize Wealthy positions with the broker's own figures.

    quantity = net_quantity (signed), average = net_avg_price, last = last_trade_price,
    realized = realized_pnl, unrealized = unrealized_mtom, pnl = unrealized + realized (Noren's rule),
    None unless both are reported.
    """
    positions = []
    for item in items:
        trading_symbol = str(item.trading_symbol)
        quantity = _decimal(item.net_quantity)
        if quantity is None:
            raise ValueError(f"Wealthy position {trading_symbol} reports no net_quantity")
        realized = _decimal(item.realized_pnl)
        unrealized = _decimal(item.unrealized_mtom)
        positions.append(
            Position(
                broker=BROKER,
                symbol=display_symbol(trading_symbol),
                trading_symbol=trading_symbol,
                exchange=exchange_from_code(_code(item.exchange_name)),
                product=product_from_code(_code(item.order_type)),
                quantity=quantity,
                average_price=_decimal(item.net_avg_price),
                last_price=_decimal(item.last_trade_price),
                realized_pnl=realized,
                unrealized_pnl=unrealized,
                pnl=None if realized is None or unrealized is None else realized + unrealized,
                currency=CURRENCY,
            )
        )
    return positions


# Fetchers


async def fetch_holdings(client: WealthyClient) -> list[Holding]:
    """GET the holdings and normalize them; raises a `BrokerError` (401 -> log in again)."""
    from brokerspec_wealthy.api.portfolio import get_holdings

    response = await read_call(BROKER, get_holdings.asyncio_detailed(client=client))
    try:
        return holdings_from_wealthy(_array(response.parsed))
    except (ValueError, TypeError) as exc:
        raise unreadable_reply(BROKER, exc) from exc


async def fetch_positions(client: WealthyClient) -> list[Position]:
    """GET the net positions and normalize them; raises a `BrokerError` (401 -> log in again)."""
    from brokerspec_wealthy.api.portfolio import get_positions

    response = await read_call(BROKER, get_positions.asyncio_detailed(client=client))
    try:
        return positions_from_wealthy(_array(response.parsed))
    except (ValueError, TypeError) as exc:
        raise unreadable_reply(BROKER, exc) from exc


async def fetch_portfolio(client: WealthyClient, *, environment: str | None = None) -> BrokerPortfolio:
    """Holdings and positions, fetched concurrently; either failing fails the broker (first error wins)."""
    import asyncio

    holdings, positions = await asyncio.gather(
        fetch_holdings(client), fetch_positions(client), return_exceptions=True
    )
    if isinstance(holdings, BaseException):
        raise holdings
    if isinstance(positions, BaseException):
        raise positions
    return broker_portfolio(
        BROKER,
        holdings,
        positions,
        currency=CURRENCY,
        environment=environment,
        warnings=[NO_LAST_PRICE_WARNING] if holdings else [],
    )


_T = TypeVar("_T")


def _array(parsed: list[_T] | str | None) -> list[_T]:
    """The generated parser's list for a 200; any other 2xx body (e.g. a 204's text) is unreadable."""
    if not isinstance(parsed, list):
        raise TypeError(f"expected a JSON array, got {type(parsed).__name__}")
    return parsed
