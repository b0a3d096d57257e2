"""Normalized, cross-broker portfolio models: what every broker adapter returns and every MCP tool shows.

Why pydantic: the MCP server returns these from tools and their JSON schema becomes the tool's
`outputSchema`, so the schema is kept compact (short descriptions, no field titles) and honest:

* Money and quantities are `Decimal`, serialized as JSON **strings** (`"1586000.00"`, never a float) and
  described as `{"type": "string"}`; nullable where a broker may not report them.
* Absent is null, never 0: a broker's `""`, `"-"`, `"- "` become None (see `to_decimal`).
* Every row and every total names its currency (`"INR"`, `"USD"`).
* Every key is always present in the output (null when absent), so the schema marks every property
  required.

Figures are the broker's own: adapters never recompute a broker's P&L from prices. The only arithmetic
done here is the per-broker totals, with the rule "a total is null if any row it needs is null".
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, WithJsonSchema

from brokerspec.domain.money import ABSENT_MARKERS, decimal_text, to_decimal

__all__ = [
    "ABSENT_MARKERS",
    "BrokerPortfolio",
    "BrokerTotals",
    "Cash",
    "Currency",
    "Dec",
    "Holding",
    "OptDec",
    "Portfolio",
    "PortfolioError",
    "Position",
    "broker_portfolio",
    "broker_totals",
    "to_decimal",
]

# Decimal fields


def _require_decimal(value: Any) -> Decimal:
    result = to_decimal(value)
    if result is None:
        raise ValueError("a value is required here; absent markers are not accepted")
    return result


def _optional_decimal_text(value: Decimal | None) -> str | None:
    return None if value is None else decimal_text(value)


#: A required decimal: accepts Decimal, int, float (via str) or a numeric string; JSON string out.
Dec = Annotated[
    Decimal,
    BeforeValidator(_require_decimal),
    PlainSerializer(decimal_text, return_type=str),
    WithJsonSchema({"type": "string"}),
]
#: A nullable decimal: as `Dec`, plus None and the absent markers `""`, `"-"`, `"- "` (all -> null).
OptDec = Annotated[
    Decimal | None,
    BeforeValidator(to_decimal),
    PlainSerializer(_optional_decimal_text, return_type=str | None),
    WithJsonSchema({"type": ["string", "null"]}),
]

#: ISO 4217 code of the money on a row or total.
Currency = Literal["INR", "USD"]


class _Model(BaseModel):
    model_config = ConfigDict(
        frozen=True,
        # The schema describes what is sent, and every key is always sent (null when absent), so every key
        # is required. The server's one compactor (`brokerspec.app.schemas`) trims it when it publishes it.
        json_schema_mode_override="serialization",
        json_schema_serialization_defaults_required=True,
    )


# Rows


class Holding(_Model):
    """A long-term (delivery) holding, as the broker reports it."""

    broker: str = Field(description="Broker id, e.g. wealthy, vendor_gateway.")
    symbol: str = Field(description="Display symbol, e.g. GRINFRA.")
    trading_symbol: str | None = Field(default=None, description="Exchange trading symbol, e.g. GRINFRA-EQ.")
    exchange: str | None = Field(default=None, description="Exchange, e.g. NSE.")
    isin: str | None = Field(default=None, description="ISIN, when the broker sends it.")
    quantity: Dec = Field(description="Quantity held.")
    average_price: OptDec = Field(default=None, description="Average buy price per unit.")
    invested_value: OptDec = Field(default=None, description="Total cost: quantity x average price.")
    last_price: OptDec = Field(default=None, description="Last traded price; null if the broker sends none.")
    unrealized_pnl: OptDec = Field(default=None, description="Unrealized P&L as the broker reports it.")
    currency: Currency


class Position(_Model):
    """A position (intraday, F&O, prediction market), with the broker's own P&L figures."""

    broker: str = Field(description="Broker id.")
    symbol: str = Field(description="Display symbol or market ticker.")
    trading_symbol: str | None = Field(default=None, description="Exchange trading symbol.")
    exchange: str | None = Field(default=None, description="Exchange, e.g. NSE, NFO.")
    product: str | None = Field(default=None, description="Product, e.g. CNC, MIS, NRML.")
    segment: str | None = Field(default=None, description="Segment, e.g. EQ, FUT, CE, PE.")
    quantity: Dec = Field(description="Signed net quantity: long > 0, short < 0, flat 0.")
    average_price: OptDec = Field(default=None, description="Average price of the net position.")
    last_price: OptDec = Field(default=None, description="Last traded price.")
    realized_pnl: OptDec = Field(default=None, description="Realized P&L as the broker reports it.")
    unrealized_pnl: OptDec = Field(default=None, description="Unrealized P&L as the broker reports it.")
    pnl: OptDec = Field(default=None, description="realized + unrealized; null unless both are reported.")
    expiry: str | None = Field(default=None, description="Expiry as the broker writes it.")
    strike: OptDec = Field(default=None, description="Option strike.")
    option_type: str | None = Field(default=None, description="Option type, e.g. CE, PE.")
    exposure: OptDec = Field(default=None, description="Market exposure (prediction markets).")
    fees_paid: OptDec = Field(default=None, description="Fees paid (prediction markets).")
    total_traded: OptDec = Field(default=None, description="Total traded value (prediction markets).")
    currency: Currency


class Cash(_Model):
    """Cash available to trade."""

    available: Dec = Field(description="Available cash.")
    currency: Currency


# Per broker


class BrokerTotals(_Model):
    """Sums over one broker's rows; a total is null when any row it needs is null (never a partial sum)."""

    invested_value: OptDec = Field(default=None, description="Sum of holdings' invested value.")
    market_value: OptDec = Field(default=None, description="Sum of holdings' last price x quantity.")
    unrealized_pnl: OptDec = Field(default=None, description="Sum over holdings and open positions.")
    realized_pnl: OptDec = Field(default=None, description="Sum over positions.")
    currency: Currency


class BrokerPortfolio(_Model):
    """One broker's holdings, positions, cash and totals, with caveats in `warnings`."""

    broker: str = Field(description="Broker id.")
    environment: str | None = Field(
        default=None, description="demo or production, where the broker has both."
    )
    vendor: str | None = Field(default=None, description="Back-end broker behind a gateway, e.g. KOTAK.")
    holdings: list[Holding]
    positions: list[Position]
    cash: Cash | None = None
    totals: BrokerTotals
    warnings: list[str] = Field(default_factory=list, description="What the figures do not say.")


class PortfolioError(_Model):
    """A broker that could not be read; the others are still reported."""

    broker: str
    code: str = Field(description="Error code, e.g. authentication_failed.")
    message: str = Field(description="What went wrong, with the broker's own message.")
    retry_safe: bool = Field(description="Whether retrying the same call may help.")
    suggestion: str | None = Field(default=None, description="What to do about it.")


class Portfolio(_Model):
    """Portfolios of every broker asked for; a failing broker is listed in `errors`, not fatal."""

    brokers: list[BrokerPortfolio]
    errors: list[PortfolioError] = Field(default_factory=list)


# Totals


def _sum(values: Iterable[Decimal | None]) -> Decimal | None:
    """Exact sum, or None as soon as one value is unknown: a partial sum would look complete."""
    total = Decimal(0)
    for value in values:
        if value is None:
            return None
        total += value
    return total


def broker_totals(
    holdings: Iterable[Holding], positions: Iterable[Position], *, currency: Currency
) -> BrokerTotals:
    """Totals of one broker's rows.

    * invested_value, market_value: holdings only. Positions are left out on purpose: a short or an F&O
      position has no "invested" cost and its price x quantity is a notional, not a value.
    * unrealized_pnl: holdings and positions. A flat position (quantity 0) whose broker reports no
      unrealized figure contributes nothing: nothing is left open, so it has no unrealized P&L.
    * realized_pnl: positions (holdings carry no realized figure).
    An empty list sums to 0; a single unknown contributing value makes the total None.
    """
    holdings = list(holdings)
    positions = list(positions)
    rows: list[Holding | Position] = [*holdings, *positions]
    for row in rows:
        if row.currency != currency:
            raise ValueError(f"{row.symbol} is in {row.currency}, the totals are in {currency}")
    market = (None if h.last_price is None else h.last_price * h.quantity for h in holdings)
    open_positions = [p for p in positions if not (p.quantity == 0 and p.unrealized_pnl is None)]
    return BrokerTotals(
        invested_value=_sum(h.invested_value for h in holdings),
        market_value=_sum(market),
        unrealized_pnl=_sum(
            [*(h.unrealized_pnl for h in holdings), *(p.unrealized_pnl for p in open_positions)]
        ),
        realized_pnl=_sum(p.realized_pnl for p in positions),
        currency=currency,
    )


def broker_portfolio(
    broker: str,
    holdings: Iterable[Holding],
    positions: Iterable[Position],
    *,
    currency: Currency,
    environment: str | None = None,
    vendor: str | None = None,
    cash: Cash | None = None,
    warnings: Iterable[str] = (),
) -> BrokerPortfolio:
    """Assemble one broker's portfolio with its totals computed by `broker_totals`."""
    holdings = list(holdings)
    positions = list(positions)
    return BrokerPortfolio(
        broker=broker,
        environment=environment,
        vendor=vendor,
        holdings=holdings,
        positions=positions,
        cash=cash,
        totals=broker_totals(holdings, positions, currency=currency),
        warnings=list(warnings),
    )
