"""Vendor gateway: generated `GatewayHolding`/`GatewayPosition` -> normalized `Holding`/`Position`.

The gateway answers HTTP 200 for success and failure alike, inside `{"status", "message", "result"}`.
Success is decided by `translate.gateway_envelope_error` (reached through `raise_for_response`), never here:
"Ok" is success; otherwise the reply is a success only if it carries a result or its message reads as
a success (some successful replies say "Not ok"), else it is a `BrokerError` with the gateway's message
kept verbatim. One exception is made here: a "Not ok" that only says there is nothing to show ("No
holdings found for user") is an empty list plus that message as a warning, not a failure: an account
that holds nothing is not broken.

Decisions:
* Holdings: quantity = `qunatity` (sic), average = `averagePrice`, invested = `holdingCost` (the TOTAL cost:
  45 x 110.00 = 4950 in the seed, although the gateway's table calls it an average; avg x quantity only
  when it is missing), last = `lastPrice`, unrealized = `unrealisedGainLoss` as reported. The gateway names
  no exchange for a holding: `"NSE"` when it sends an NSE token (else `"BSE"` for a BSE token, else None),
  as the listing the holding is quoted on.
* Positions: quantity = `netQty` (signed), average = `netPrice`, last = `ltp`, unrealized = `mtm` as
  reported; realized is not sent (None), so pnl is None too. A warning says when `TotalNetQty` (brought
  forward + today) differs from `netQty`, since the published table does not say which one is "the"
  position. `option_Type` `"- "` -> None, falling back to the segment when that is CE/PE; `strike_price`
  only for options (the gateway fills `"0"` for everything else); `Expiry` `"-"` -> None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final, Literal, TypeAlias, overload

from brokerspec.brokers import read_call, unreadable_reply
from brokerspec.domain.money import ABSENT_MARKERS, given, wire_decimal
from brokerspec.domain.portfolio import BrokerPortfolio, Holding, Position, broker_portfolio

if TYPE_CHECKING:
    from brokerspec_vendor_gateway import AuthenticatedClient, Client
    from brokerspec_vendor_gateway.models import GatewayHolding, GatewayPosition

    GatewayClient: TypeAlias = AuthenticatedClient | Client

__all__ = [
    "BROKER",
    "CURRENCY",
    "fetch_holdings",
    "fetch_portfolio",
    "fetch_positions",
    "holdings_from_gateway",
    "positions_from_gateway",
    "quantity_warnings",
]

BROKER: Final = "vendor_gateway"
CURRENCY: Final = "INR"

_OPTION_SEGMENTS: Final = frozenset({"CE", "PE"})
# "No holdings found for user", "no positions", "No data": nothing held. "User not found" stays an error.
_NOTHING_HELD: Final = re.compile(r"\bno (?:holdings?|positions?|data|records?)\b", re.IGNORECASE)


# Small readers


_given = given
_decimal = wire_decimal


def _text(value: object) -> str | None:
    """A wire string, stripped; missing, `""`, `"-"` and `"- "` -> None."""
    given = _given(value)
    if given is None:
        return None
    text = str(given).strip()
    return None if text in ABSENT_MARKERS else text


# Holdings


def holdings_from_gateway(items: Iterable[GatewayHolding]) -> list[Holding]:
    """Normalize gateway holdings (see the module docstring for the field mapping)."""
    holdings = []
    for item in items:
        symbol = _text(item.symbol) or _text(item.instrument_name)
        if symbol is None:
            raise ValueError("a gateway holding has neither symbol nor instrumentName")
        quantity = _decimal(item.qunatity)
        if quantity is None:
            raise ValueError(f"gateway holding {symbol} reports no quantity")
        average = _decimal(item.average_price)
        invested = _decimal(item.holding_cost)
        if invested is None and average is not None:
            invested = average * quantity
        if _text(item.nse_token) is not None:
            exchange: str | None = "NSE"
        elif _text(item.bse_token) is not None:
            exchange = "BSE"
        else:
            exchange = None
        holdings.append(
            Holding(
                broker=BROKER,
                symbol=symbol,
                trading_symbol=None,
                exchange=exchange,
                isin=_text(item.isin),
                quantity=quantity,
                average_price=average,
                invested_value=invested,
                last_price=_decimal(item.last_price),
                unrealized_pnl=_decimal(item.unrealised_gain_loss),
                currency=CURRENCY,
            )
        )
    return holdings


# Positions


def _option_type(item: GatewayPosition, segment: str | None) -> str | None:
    """`option_Type` when sent (`"- "` is absent), else CE/PE from the segment; None for non-options."""
    option_type = _text(item.option_type)
    if option_type is not None:
        return option_type.upper()
    if segment is not None and segment.upper() in _OPTION_SEGMENTS:
        return segment.upper()
    return None


def positions_from_gateway(items: Iterable[GatewayPosition]) -> list[Position]:
    """Normalize gateway positions (see the module docstring for the field mapping)."""
    positions = []
    for item in items:
        trading_symbol = _text(item.trade_symbol) or _text(item.instrument)
        symbol = _text(item.symbol) or (trading_symbol.removesuffix("-EQ") if trading_symbol else None)
        if symbol is None:
            raise ValueError("a gateway position has no symbol")
        quantity = _decimal(item.net_qty)
        if quantity is None:
            raise ValueError(f"gateway position {symbol} reports no netQty")
        segment = _text(item.segment)
        option_type = _option_type(item, segment)
        strike = _decimal(item.strike_price) if option_type is not None else None
        positions.append(
            Position(
                broker=BROKER,
                symbol=symbol,
                trading_symbol=trading_symbol,
                exchange=_text(item.exchange),
                product=_text(item.product_type),
                segment=segment,
                quantity=quantity,
                average_price=_decimal(item.net_price),
                last_price=_decimal(item.ltp),
                realized_pnl=None,
                unrealized_pnl=_decimal(item.mtm),
                pnl=None,
                expiry=_text(item.expiry),
                strike=None if strike is None or strike == 0 else strike,
                option_type=option_type,
                currency=CURRENCY,
            )
        )
    return positions


def quantity_warnings(items: Iterable[GatewayPosition]) -> list[str]:
    """One warning per position whose `TotalNetQty` differs from the `netQty` shown as its quantity."""
    warnings = []
    for item in items:
        net, total = _decimal(item.net_qty), _decimal(item.total_net_qty)
        if net is not None and total is not None and net != total:
            name = _text(item.trade_symbol) or _text(item.symbol) or "?"
            warnings.append(
                f"{name}: quantity shows netQty {net}; the gateway's TotalNetQty (brought forward + today) "
                f"is {total}."
            )
    return warnings


# Fetchers


@overload
async def _read_result(
    client: GatewayClient, operation: Literal["holdings"], user_id: str, vendor: str
) -> tuple[list[GatewayHolding], list[str]]: ...
@overload
async def _read_result(
    client: GatewayClient, operation: Literal["positions"], user_id: str, vendor: str
) -> tuple[list[GatewayPosition], list[str]]: ...
async def _read_result(
    client: GatewayClient, operation: str, user_id: str, vendor: str
) -> tuple[list[GatewayHolding] | list[GatewayPosition], list[str]]:
    """POST one portfolio read; its `result` items, plus the gateway's message when it had nothing to show."""
    from brokerspec_vendor_gateway.api.portfolio import get_holdings, get_positions
    from brokerspec_vendor_gateway.models import GatewayRequest

    from brokerspec.errors import NotFound

    api = get_holdings if operation == "holdings" else get_positions
    body = GatewayRequest(user_id=user_id, vendor=vendor)
    try:
        response = await read_call(BROKER, api.asyncio_detailed(client=client, body=body))
    except NotFound as exc:
        message = exc.broker_message or ""
        if exc.http_status == 200 and _NOTHING_HELD.search(message):
            return [], [f"vendor_gateway {operation}: {message}"]
        raise
    envelope = response.parsed
    result = _given(getattr(envelope, "result", None))
    if result is None:
        return [], []
    if not isinstance(result, list):
        raise unreadable_reply(BROKER, TypeError(f"result is {type(result).__name__}, not a list"))
    return result, []


async def _holdings(client: GatewayClient, user_id: str, vendor: str) -> tuple[list[Holding], list[str]]:
    items, notes = await _read_result(client, "holdings", user_id, vendor)
    try:
        return holdings_from_gateway(items), notes
    except (ValueError, TypeError) as exc:
        raise unreadable_reply(BROKER, exc) from exc


async def _positions(client: GatewayClient, user_id: str, vendor: str) -> tuple[list[Position], list[str]]:
    items, notes = await _read_result(client, "positions", user_id, vendor)
    try:
        return positions_from_gateway(items), notes + quantity_warnings(items)
    except (ValueError, TypeError) as exc:
        raise unreadable_reply(BROKER, exc) from exc


async def fetch_holdings(client: GatewayClient, *, user_id: str, vendor: str) -> list[Holding]:
    """POST holdings/getUsrHold for `user_id` at `vendor` (KOTAK, INDIRA) and normalize the result."""
    holdings, _ = await _holdings(client, user_id, vendor)
    return holdings


async def fetch_positions(client: GatewayClient, *, user_id: str, vendor: str) -> list[Position]:
    """POST positions/getposition for `user_id` at `vendor` and normalize the result."""
    positions, _ = await _positions(client, user_id, vendor)
    return positions


async def fetch_portfolio(
    client: GatewayClient, *, user_id: str, vendor: str, environment: str | None = None
) -> BrokerPortfolio:
    """Holdings and positions, fetched concurrently; either failing fails the broker (first error wins)."""
    import asyncio

    held, positioned = await asyncio.gather(
        _holdings(client, user_id, vendor), _positions(client, user_id, vendor), return_exceptions=True
    )
    if isinstance(held, BaseException):
        raise held
    if isinstance(positioned, BaseException):
        raise positioned
    (holdings, holding_notes), (positions, position_notes) = held, positioned
    return broker_portfolio(
        BROKER,
        holdings,
        positions,
        currency=CURRENCY,
        environment=environment,
        vendor=vendor,
        warnings=[*holding_notes, *position_notes],
    )
