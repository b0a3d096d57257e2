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


class PreviewedOrder(_Model):
    client_order_id: str
    mapping: str = Field(description="the order as asked → as sent on the YES book")
    wire_body: dict[str, Any] = Field(description="exactly what will be sent")
    worst_case_cost_dollars: DecimalStr
    worst_case_fees_dollars: DecimalStr


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
    preview: OrderPreview | None = Field(None, description="set when called without a token")
    result: OrderOutcome | None = Field(None, description="set when the amend was sent")


class DecreaseResult(_Model):
    environment: str
    order_id: str
    reduced_by_contracts: DecimalStr | None
    remaining_count_contracts: DecimalStr | None = None


class OrderGroupResult(_Model):
    environment: str
    action: Literal["create", "delete", "reset"]
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
