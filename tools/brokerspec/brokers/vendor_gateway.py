"""Vendor gateway: generated `GatewayHolding`/`GatewayPosition` -> normalized `Holding`/`Position`.

The gateway answers HTTP 200 for success and failure alike, inside `{"status", "message", "result"}`.
Success is decided by `envelope_error`, on the envelope the generated parser built (the body is decoded once,
by that parser): "Ok" is success; otherwise the reply is a success only if it carries a result or its
message reads as a success (some successful replies say "Not ok"), else it is a `BrokerError` with the
gateway's message kept verbatim. One exception: a "Not ok" that only says there is nothing to show ("No
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
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias, overload

from brokerspec.brokers import read_call, unreadable_reply
from brokerspec.domain.money import ABSENT_MARKERS, given, wire_decimal
from brokerspec.domain.portfolio import BrokerPortfolio, Holding, Position, broker_portfolio

if TYPE_CHECKING:
    from brokerspec_vendor_gateway import AuthenticatedClient, Client
    from brokerspec_vendor_gateway.models import (
        GatewayHolding,
        GatewayHoldingsResponse,
        GatewayPosition,
        GatewayPositionsResponse,
    )

    from brokerspec.errors import BrokerError

    GatewayClient: TypeAlias = AuthenticatedClient | Client
    Envelope: TypeAlias = GatewayHoldingsResponse | GatewayPositionsResponse

__all__ = [
    "BROKER",
    "CURRENCY",
    "envelope_error",
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
_NO_DATA: Final = re.compile(r"\bno (data|record|holding|position|order|trade)s?\b|\bnot found\b")
_SESSION_WORDS: Final = ("session", "token", "login", "log in", "unauthori", "authenticat")
_MESSAGE_KEYS: Final = ("msg", "emsg", "errorMessage", "error")  # seen instead of `message` in error replies
_SESSION_SUGGESTION: Final = "The gateway session is invalid or expired: log in again."


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


# The envelope


def envelope_error(envelope: Envelope) -> BrokerError | None:
    """The gateway's HTTP-200 `{"status": "Not ok", "message", "result"}` envelope as an error; None if a success.

    `status` alone is unreliable (some successes say "Not ok" with a success message and a result; one
    error sample spells it `stat`), so a reply is an error only when the status is not "Ok" AND there is
    no result AND the message does not read as a success.
    """
    from brokerspec.errors import AuthenticationError, NotFound, RejectedByBroker

    status = _given(envelope.status)
    if status is None:
        status = _given(envelope.stat)
    if status is None:
        return None
    status_text = str(status).strip()
    if status_text.lower() in ("ok", "success", "true"):
        return None
    message = _message(envelope)
    if _given(envelope.result) is not None or _reads_as_success(message):
        return None
    common: dict[str, Any] = {
        "broker": BROKER,
        "http_status": 200,
        "broker_code": status_text,
        "broker_message": message,
    }
    text = f"{BROKER} said {status_text!r}: {message or 'no message'}"
    lowered = (message or "").lower()
    if any(word in lowered for word in _SESSION_WORDS):
        return AuthenticationError(text, reason="expired_token", suggestion=_SESSION_SUGGESTION, **common)
    if _NO_DATA.search(lowered):
        suggestion = "The gateway has no data for this request (often: nothing held)."
        return NotFound(text, suggestion=suggestion, **common)
    return RejectedByBroker(text, **common)


def _message(envelope: Envelope) -> str | None:
    """`message`, else the first of the other keys error replies use for it; blank counts as absent."""
    candidates = [_given(envelope.message), *(envelope.additional_properties.get(k) for k in _MESSAGE_KEYS)]
    return next((c for c in candidates if isinstance(c, str) and c.strip()), None)


def _reads_as_success(message: str | None) -> bool:
    lowered = (message or "").lower()
    return "success" in lowered and "unsuccess" not in lowered and "not success" not in lowered


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
    from brokerspec_vendor_gateway.models import (
        GatewayHoldingsResponse,
        GatewayPositionsResponse,
        GatewayRequest,
    )

    from brokerspec.errors import NotFound

    api = get_holdings if operation == "holdings" else get_positions
    body = GatewayRequest(user_id=user_id, vendor=vendor)
    envelope = (await read_call(BROKER, api.asyncio_detailed(client=client, body=body))).parsed
    if not isinstance(envelope, GatewayHoldingsResponse | GatewayPositionsResponse):
        raise unreadable_reply(BROKER, TypeError(f"the reply is {type(envelope).__name__}, not an envelope"))
    error = envelope_error(envelope)
    if isinstance(error, NotFound) and _NOTHING_HELD.search(error.broker_message or ""):
        return [], [f"vendor_gateway {operation}: {error.broker_message}"]
    if error is not None:
        raise error
    result = _given(envelope.result)
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
