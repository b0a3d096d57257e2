"""Output models of the Kalshi tools: one compact shape for both wire eras.

Kalshi moved from integer cents and integer counts (2025) to fixed-point strings (`*_dollars`, `*_fp`,
2026); `convert.py` reads whichever is present and fills these models, so an agent
never sees the difference. Each model's JSON schema becomes a tool's outputSchema and is paid for in
tokens on every tool listing: few fields, unit in the name, one-line descriptions. Money and contract
counts are Decimal and travel as JSON strings; absent values are null, never 0.

Direction (orders and fills) is stated twice, once per reading, and never inverted: `book_side` and
`yes_price_dollars` are the order on Kalshi's YES book; `outcome_side` is the exposure it builds (`bid` ≡
`yes`, `ask` ≡ `no`) and `outcome_price_dollars` what one contract of that exposure costs (the YES price for
`yes`, 1 − it for `no`). "Sell 3 YES at 0.55" is `ask` at 0.55 = 3 NO at 0.45: a V2 order cannot tell the two
readings apart, so both are given and neither is called a buy or a sell.

Market data models are in `market_models.py`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from brokerspec.domain.portfolio import Dec, OptDec

__all__ = [
    "KalshiAmendAck",
    "KalshiBalance",
    "KalshiBatchCancelItem",
    "KalshiBatchCancelResult",
    "KalshiBatchCreateItem",
    "KalshiBatchCreateResult",
    "KalshiCancelAck",
    "KalshiCancelAllAck",
    "KalshiDecreaseAck",
    "KalshiEventPosition",
    "KalshiFill",
    "KalshiFillPage",
    "KalshiMarketPosition",
    "KalshiOrder",
    "KalshiOrderAck",
    "KalshiOrderGroup",
    "KalshiOrderGroupAck",
    "KalshiOrderGroups",
    "KalshiOrderPage",
    "KalshiPositionPage",
    "KalshiQueuePosition",
    "KalshiQueuePositions",
    "KalshiSettlement",
    "KalshiSettlementPage",
    "KalshiTransferAck",
    "OrderAckStatus",
]

#: What a write did to the order right away; derived from the fill and remaining counts.
OrderAckStatus = Literal["filled", "partially_filled", "resting", "canceled"]

_NEXT_CURSOR = "pass as cursor for the next page; null on the last page"


class _Model(BaseModel):
    # frozen: a normalized broker answer is a value; forbid: a typo in the adapter fails loudly
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        # The schema describes what is sent, and every key is always sent (null when absent), so every key
        # is required. The server's one compactor (`brokerspec.app.schemas`) trims it when it publishes it.
        json_schema_mode_override="serialization",
        json_schema_serialization_defaults_required=True,
    )


# --- reads --------------------------------------------------------------------------------------------


class KalshiBalance(_Model):
    balance_dollars: Dec = Field(description="cash available, all shards")
    portfolio_value_dollars: OptDec = Field(description="market value of open positions")
    updated_ts: int | None = Field(description="Unix seconds")
    by_shard_dollars: dict[int, Dec] | None = Field(
        description="cash available per exchange shard (key: exchange_index); an order is paid from its market's shard"
    )
    currency: Literal["USD"] = "USD"


class KalshiFill(_Model):
    fill_id: str
    order_id: str
    ticker: str
    book_side: str = Field(description="bid|ask: side of the YES book")
    yes_price_dollars: Dec = Field(description="YES-book price")
    outcome_side: str = Field(description="yes|no: exposure gained, bid=yes, ask=no")
    outcome_price_dollars: Dec = Field(description="price of one contract of outcome_side")
    count_contracts: Dec
    fee_dollars: OptDec
    is_taker: bool
    created_time: str | None


class KalshiOrder(_Model):
    order_id: str
    client_order_id: str | None
    ticker: str
    status: str = Field(description="resting|canceled|executed|...")
    book_side: str | None = Field(description="bid|ask: side of the YES book")
    yes_price_dollars: OptDec = Field(description="YES-book limit price")
    outcome_side: str | None = Field(description="yes|no: exposure, bid=yes, ask=no")
    outcome_price_dollars: OptDec = Field(description="limit price of one contract of outcome_side")
    initial_count_contracts: OptDec
    fill_count_contracts: OptDec
    remaining_count_contracts: OptDec
    fees_dollars: OptDec = Field(description="taker + maker fees paid")
    order_group_id: str | None
    created_time: str | None
    expiration_time: str | None


class KalshiMarketPosition(_Model):
    ticker: str
    position_contracts: Dec = Field(description="YES held > 0, NO held < 0")
    market_exposure_dollars: Dec
    realized_pnl_dollars: Dec
    fees_paid_dollars: Dec
    total_traded_dollars: Dec
    resting_orders_count: int | None


class KalshiEventPosition(_Model):
    event_ticker: str
    event_exposure_dollars: OptDec
    total_cost_dollars: OptDec
    realized_pnl_dollars: OptDec
    fees_paid_dollars: OptDec


class KalshiSettlement(_Model):
    ticker: str
    event_ticker: str | None
    market_result: str = Field(description="yes|no|scalar|...")
    yes_count_contracts: Dec
    no_count_contracts: Dec
    yes_total_cost_dollars: OptDec
    no_total_cost_dollars: OptDec
    revenue_dollars: Dec = Field(description="paid out at settlement")
    fee_dollars: OptDec
    settled_time: str


class KalshiQueuePosition(_Model):
    order_id: str
    ticker: str | None
    queue_position_contracts: Dec = Field(description="contracts ahead in the queue")


class KalshiOrderGroup(_Model):
    order_group_id: str
    is_auto_cancel_enabled: bool | None
    contracts_limit: OptDec = Field(description="contracts per rolling 15 s")
    order_ids: list[str] | None


# --- pages and lists (tool outputs are objects, never bare arrays) -------------------------------------


class KalshiFillPage(_Model):
    items: list[KalshiFill]
    next_cursor: str | None = Field(description=_NEXT_CURSOR)


class KalshiOrderPage(_Model):
    items: list[KalshiOrder]
    next_cursor: str | None = Field(description=_NEXT_CURSOR)


class KalshiPositionPage(_Model):
    market_positions: list[KalshiMarketPosition]
    event_positions: list[KalshiEventPosition]
    next_cursor: str | None = Field(description=_NEXT_CURSOR)


class KalshiSettlementPage(_Model):
    items: list[KalshiSettlement]
    next_cursor: str | None = Field(description=_NEXT_CURSOR)


class KalshiQueuePositions(_Model):
    items: list[KalshiQueuePosition]


class KalshiOrderGroups(_Model):
    items: list[KalshiOrderGroup]


# --- write acknowledgements ------------------------------------------------------------------------------


class KalshiOrderAck(_Model):
    order_id: str
    client_order_id: str | None
    status: OrderAckStatus
    fill_count_contracts: Dec
    remaining_count_contracts: Dec = Field(description="still resting")
    average_fill_price_dollars: OptDec = Field(description="YES price")
    average_fee_dollars: OptDec = Field(description="per contract")
    ts_ms: int


class KalshiAmendAck(_Model):
    """An amend's reply: counts only when it filled something or changed the resting size (price-only: null)."""

    order_id: str
    client_order_id: str | None
    status: OrderAckStatus
    fill_count_contracts: OptDec
    remaining_count_contracts: OptDec
    average_fill_price_dollars: OptDec = Field(description="YES price")
    average_fee_dollars: OptDec = Field(description="per contract")
    ts_ms: int


class KalshiCancelAck(_Model):
    order_id: str
    client_order_id: str | None
    reduced_by_contracts: Dec
    ts_ms: int | None


class KalshiDecreaseAck(_Model):
    order_id: str
    client_order_id: str | None
    reduced_by_contracts: OptDec = Field(description="remaining before - after, when the before is known")
    remaining_count_contracts: Dec
    ts_ms: int | None


class KalshiCancelAllAck(_Model):
    canceled_all: Annotated[Literal[True], Field(description="every resting order was canceled")] = True


class KalshiOrderGroupAck(_Model):
    order_group_id: str
    action: Literal["created", "deleted", "reset", "triggered", "limit_updated"]
    exchange_index: int | None = None
    subaccount: int | None = None


class KalshiTransferAck(_Model):
    transfer_id: str
    amount_dollars: Dec
    from_exchange_index: int
    to_exchange_index: int
    subaccount: int


class KalshiBatchCreateItem(_Model):
    client_order_id: str | None
    ack: KalshiOrderAck | None
    error: dict[str, Any] | None = Field(description="Kalshi's code and message, verbatim")


class KalshiBatchCancelItem(_Model):
    order_id: str
    ack: KalshiCancelAck | None
    error: dict[str, Any] | None = Field(description="Kalshi's code and message, verbatim")


class KalshiBatchCreateResult(_Model):
    items: list[KalshiBatchCreateItem]


class KalshiBatchCancelResult(_Model):
    items: list[KalshiBatchCancelItem]
