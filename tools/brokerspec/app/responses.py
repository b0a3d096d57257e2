"""Output models of the MCP tools that are not broker data: capabilities, previews, write outcomes, pages.

Broker data models live with the data (`domain/portfolio.py`, `brokers/kalshi/models.py`); these are
the server's own answers. Every model is a top-level object, so each tool's outputSchema is a plain object.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

from brokerspec.domain.money import decimal_text
from brokerspec.domain.portfolio import Holding, Position

#: A Decimal that travels as a JSON string (never a float).
DecimalStr = Annotated[
    Decimal,
    PlainSerializer(decimal_text, return_type=str),
    WithJsonSchema({"type": "string"}),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- capabilities --------------------------------------------------------------------------------


class BrokerStatus(_Model):
    broker: str
    configured: bool
    environment: str | None = Field(None, description="sandbox, demo or production (live money)")
    writes_allowed: bool = Field(description="writes would pass the mode switches right now")
    note: str | None = None


class Limits(_Model):
    max_order_contracts: int
    max_order_dollars: str
    max_daily_dollars: str
    spent_today_dollars: str | None = Field(description="null when the daily ledger cannot be read")
    ticker_allowlist: list[str] | None
    token_ttl_seconds: int


class ConfigProblem(_Model):
    variable: str
    message: str
    fix: str
    broker: str | None = Field(description="the broker it disables; null: every write is refused")


class Capabilities(_Model):
    server_version: str
    mode: Literal["read_only", "trading"]
    live_trading_allowed: bool
    brokers: list[BrokerStatus]
    limits: Limits
    write_flow: str
    #: BROKERSPEC_CONFIRM: human (only a person confirms a write, never the model) or token.
    confirm: str
    #: How this session's host can reach its human ("form", "ticket", "url"), in the order tried.
    confirm_channels: list[str]
    problems: list[ConfigProblem] = Field(
        description="what is wrong with the server's environment; a human must fix it and restart"
    )


# --- Kalshi writes -------------------------------------------------------------------------------


class MarketView(_Model):
    """The market an order trades in, as read for its preview."""

    status: str
    exchange_index: int | None
    price_grid: str
    fractional_trading: bool | None
    fees: str
    yes_bid_dollars: DecimalStr | None
    yes_ask_dollars: DecimalStr | None
    #: the best price the book offers this order now, in the order's own terms (a NO price for side=no)
    fill_now_price_dollars: DecimalStr | None
    shard_cash_dollars: DecimalStr | None


class ExecutionView(_Model):
    """What the order would do now against the current book (an estimate: the book moves)."""

    fills_now_contracts: DecimalStr
    average_fill_price_dollars: DecimalStr | None
    rests_contracts: DecimalStr
    cancelled_contracts: DecimalStr
    taker_fees_now_dollars: DecimalStr
    maker_fee_if_rest_fills_dollars: DecimalStr


class PreviewedOrder(_Model):
    client_order_id: str
    mapping: str = Field(description="the order as asked → as sent on the YES book")
    wire_body: dict[str, Any] = Field(description="exactly what will be sent")
    worst_case_cost_dollars: DecimalStr
    worst_case_fees_dollars: DecimalStr
    market: MarketView | None = None
    now: ExecutionView | None = None
    notes: list[str] = []


class LimitCheckOut(_Model):
    name: str
    limit: str
    value: str
    unit: str
    passed: bool


class OrderPreview(_Model):
    environment: str
    orders: list[PreviewedOrder]
    total_worst_case_cost_dollars: DecimalStr
    limit_checks: list[LimitCheckOut]
    all_limits_pass: bool
    writes_allowed: bool
    preview_token: str | None = Field(None, description="pass to the place/amend call; single use")
    expires_at: str | None = None
    next_step: str


class OrderOutcome(_Model):
    client_order_id: str | None
    outcome: Literal["placed", "not_placed", "uncertain", "rejected"]
    order_id: str | None = None
    status: str | None = None
    fill_count_contracts: DecimalStr | None = None
    remaining_count_contracts: DecimalStr | None = None
    average_fill_price_dollars: DecimalStr | None = None
    error: dict[str, Any] | None = None


class Placement(_Model):
    environment: str
    human_confirmed: bool | None = Field(
        description="true/false when the host asked the human; null when it can't"
    )
    results: list[OrderOutcome]


class CancelOutcome(_Model):
    order_id: str
    outcome: Literal["canceled", "not_found", "failed"]
    reduced_by_contracts: DecimalStr | None = None
    error: dict[str, Any] | None = None


class Cancellation(_Model):
    environment: str
    results: list[CancelOutcome]


class AmendResult(_Model):
    environment: str
    #: the schema names the shape instead of repeating kalshi_preview_orders' whole output schema
    preview: Annotated[
        OrderPreview | None,
        WithJsonSchema(
            {"type": ["object", "null"], "description": "without a token: as kalshi_preview_orders"}
        ),
    ] = None
    result: OrderOutcome | None = Field(None, description="set when the amend was sent")


class DecreaseResult(_Model):
    environment: str
    order_id: str
    reduced_by_contracts: DecimalStr | None
    remaining_count_contracts: DecimalStr | None = None


GroupAction = Literal["create", "delete", "reset", "trigger", "limit"]


class OrderGroupResult(_Model):
    environment: str
    action: GroupAction
    order_group_id: str


# --- Indian brokers ---------------------------------------------------------------------------------


class HoldingsPage(_Model):
    broker: str
    items: list[Holding]
    next_cursor: str | None = Field(description="null on the last page")
    total_items: int


class PositionsPage(_Model):
    broker: str
    items: list[Position]
    next_cursor: str | None = Field(description="null on the last page")
    total_items: int
