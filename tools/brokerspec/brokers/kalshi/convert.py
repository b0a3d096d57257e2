"""Generated Kalshi models in, normalized Kalshi models (`kalshi.models`) out: every value converted once, here.

The 2026 strings (`*_dollars`, `*_fp`) win, the 2025 integer cents and counts are the fallback, `""` means
absent. Each function reads its generated model through the model's own attributes (mypy checks them
against `brokerspec_kalshi`). The generated `from_dict` does not check a value's JSON type, so each read
also checks it at run time: a field of the wrong type reads as absent, and a required one then fails
with ValueError (which the caller turns into an "unreadable reply" error).

The generated package is imported for type checking only (and, inside `_item_error`, once a reply exists).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, TypeVar

from brokerspec.brokers.kalshi.models import (
    KalshiBalance,
    KalshiBatchCancelItem,
    KalshiBatchCreateItem,
    KalshiCancelAck,
    KalshiDecreaseAck,
    KalshiEventPosition,
    KalshiFill,
    KalshiFillPage,
    KalshiMarketPosition,
    KalshiOrder,
    KalshiOrderAck,
    KalshiOrderGroup,
    KalshiOrderGroups,
    KalshiOrderPage,
    KalshiPositionPage,
    KalshiQueuePosition,
    KalshiQueuePositions,
    KalshiSettlement,
    KalshiSettlementPage,
    OrderAckStatus,
)
from brokerspec.domain.money import to_decimal

if TYPE_CHECKING:
    from brokerspec_kalshi.models import (
        AmendOrderV2Response,
        Balance,
        BatchCancelOrdersV2Result,
        BatchCreateOrdersV2Result,
        CancelOrderV2Response,
        CreateOrderV2Response,
        DecreaseOrderV2Response,
        EventPosition,
        Fill,
        GetFillsResponse,
        GetOrderGroupResponse,
        GetOrderGroupsResponse,
        GetOrdersResponse,
        GetPositionsResponse,
        GetQueuePositionsResponse,
        GetSettlementsResponse,
        MarketPosition,
        Order,
        OrderGroup,
        QueuePosition,
        Settlement,
    )
    from brokerspec_kalshi.types import Unset

__all__ = [
    "balance",
    "batch_cancel_item",
    "batch_create_item",
    "cancel_ack",
    "decrease_ack",
    "fill_page",
    "order",
    "order_ack",
    "order_group",
    "order_groups",
    "order_page",
    "position_page",
    "queue_positions",
    "settlement_page",
]

_CENT: Final = Decimal(100)
_T = TypeVar("_T")

# --- one wire value --------------------------------------------------------------------------------------


def _text(value: str | Unset | None) -> str | None:
    return value if isinstance(value, str) else None


def _whole(value: int | Unset | None) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _flag(value: bool | Unset | None) -> bool | None:
    return value if isinstance(value, bool) else None


def _plain(value: Decimal) -> Decimal:
    """Drop trailing zeros, so "0.9600", "0.96" and 96 cents print alike (and shorter)."""
    value = value.normalize()
    exponent = value.as_tuple().exponent
    return value.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else value


def _number(value: str | Unset | None) -> Decimal | None:
    """A fixed-point string ("0.5600", "3.00") as a Decimal; absent or `""` is None."""
    number = to_decimal(_text(value))
    return None if number is None else _plain(number)


def _dollars(*strings: str | Unset | None, cents: int | Unset | None = None) -> Decimal | None:
    """Dollars from the first non-empty dollar string, else from integer cents, else None."""
    for text in strings:
        number = _number(text)
        if number is not None:
            return number
    whole_cents = _whole(cents)
    return None if whole_cents is None else _plain(Decimal(whole_cents) / _CENT)


def _contracts(fp: str | Unset | None, count: int | Unset | None) -> Decimal | None:
    """Contracts from the `*_fp` string (2026), else the integer count (2025)."""
    number = _number(fp)
    if number is not None:
        return number
    whole = _whole(count)
    return None if whole is None else Decimal(whole)


def _need(value: _T | None, what: str) -> _T:
    """A value every known wire sends; its absence makes the reply unreadable."""
    if value is None:
        raise ValueError(f"Kalshi reply has no {what}")
    return value


def _sum(*values: Decimal | None) -> Decimal | None:
    present = [v for v in values if v is not None]
    return _plain(sum(present, Decimal(0))) if present else None


def _next_cursor(cursor: str | Unset) -> str | None:
    """Kalshi marks the last page with an empty cursor; agents get null instead."""
    return _text(cursor) or None


# --- reads -------------------------------------------------------------------------------------------------


def balance(b: Balance) -> KalshiBalance:
    return KalshiBalance(
        balance_dollars=_need(_dollars(b.balance_dollars, cents=b.balance), "balance"),
        portfolio_value_dollars=_dollars(cents=b.portfolio_value),
        updated_ts=_whole(b.updated_ts),
    )


def _fill(f: Fill) -> KalshiFill:
    ticker = _need(_text(f.ticker) or _text(f.market_ticker), "fill ticker")
    outcome = _need(
        _text(f.outcome_side) or _text(f.side) or _text(f.purchased_side), f"side of fill in {ticker}"
    )
    yes_price = _dollars(f.yes_price_dollars, f.yes_price_fixed, cents=f.yes_price)
    no_price = _dollars(f.no_price_dollars, f.no_price_fixed, cents=f.no_price)
    if outcome == "yes":
        price = yes_price
    elif outcome == "no":
        price = no_price if no_price is not None else (None if yes_price is None else 1 - yes_price)
    else:
        raise ValueError(f"unknown outcome side {outcome!r} of a fill in {ticker}")
    return KalshiFill(
        fill_id=_need(_text(f.fill_id) or _text(f.trade_id), "fill id"),
        order_id=_need(_text(f.order_id), "fill order_id"),
        ticker=ticker,
        outcome_side=outcome,
        book_side=_text(f.book_side),
        action=_text(f.action),
        count_contracts=_need(_contracts(f.count_fp, f.count), f"count of a fill in {ticker}"),
        price_dollars=_need(price, f"price of a fill in {ticker}"),
        yes_price_dollars=_need(yes_price, f"yes price of a fill in {ticker}"),
        fee_dollars=_dollars(f.fee_cost),
        is_taker=_need(_flag(f.is_taker), f"is_taker of a fill in {ticker}"),
        created_time=_need(_text(f.created_time), f"created_time of a fill in {ticker}"),
    )


def fill_page(page: GetFillsResponse) -> KalshiFillPage:
    return KalshiFillPage(items=[_fill(f) for f in page.fills], next_cursor=_next_cursor(page.cursor))


def order(o: Order) -> KalshiOrder:
    order_id = _need(_text(o.order_id), "order_id")
    return KalshiOrder(
        order_id=order_id,
        client_order_id=_text(o.client_order_id),
        ticker=_need(_text(o.ticker), f"ticker of order {order_id}"),
        status=_need(_text(o.status), f"status of order {order_id}"),
        outcome_side=_text(o.outcome_side) or _text(o.side),
        book_side=_text(o.book_side),
        action=_text(o.action),
        yes_price_dollars=_dollars(o.yes_price_dollars, cents=o.yes_price),
        no_price_dollars=_dollars(o.no_price_dollars, cents=o.no_price),
        initial_count_contracts=_contracts(o.initial_count_fp, o.initial_count),
        fill_count_contracts=_contracts(o.fill_count_fp, o.fill_count),
        remaining_count_contracts=_contracts(o.remaining_count_fp, o.remaining_count),
        fees_dollars=_sum(
            _dollars(o.taker_fees_dollars, cents=o.taker_fees),
            _dollars(o.maker_fees_dollars, cents=o.maker_fees),
        ),
        order_group_id=_text(o.order_group_id),
        created_time=_text(o.created_time),
        expiration_time=_text(o.expiration_time),
    )


def order_page(page: GetOrdersResponse) -> KalshiOrderPage:
    return KalshiOrderPage(items=[order(o) for o in page.orders], next_cursor=_next_cursor(page.cursor))


def _market_position(p: MarketPosition) -> KalshiMarketPosition:
    ticker = _need(_text(p.ticker), "position ticker")

    def money(name: str, dollars: str | Unset, cents: int | Unset) -> Decimal:
        return _need(_dollars(dollars, cents=cents), f"{name} of the {ticker} position")

    return KalshiMarketPosition(
        ticker=ticker,
        position_contracts=_need(_contracts(p.position_fp, p.position), f"size of the {ticker} position"),
        market_exposure_dollars=money("market_exposure", p.market_exposure_dollars, p.market_exposure),
        realized_pnl_dollars=money("realized_pnl", p.realized_pnl_dollars, p.realized_pnl),
        fees_paid_dollars=money("fees_paid", p.fees_paid_dollars, p.fees_paid),
        total_traded_dollars=money("total_traded", p.total_traded_dollars, p.total_traded),
        resting_orders_count=_whole(p.resting_orders_count),
    )


def _event_position(p: EventPosition) -> KalshiEventPosition:
    return KalshiEventPosition(
        event_ticker=_need(_text(p.event_ticker), "event position ticker"),
        event_exposure_dollars=_dollars(p.event_exposure_dollars, cents=p.event_exposure),
        total_cost_dollars=_dollars(p.total_cost_dollars, cents=p.total_cost),
        realized_pnl_dollars=_dollars(p.realized_pnl_dollars, cents=p.realized_pnl),
        fees_paid_dollars=_dollars(p.fees_paid_dollars, cents=p.fees_paid),
    )


def position_page(page: GetPositionsResponse) -> KalshiPositionPage:
    return KalshiPositionPage(
        market_positions=[_market_position(p) for p in page.market_positions],
        event_positions=[_event_position(p) for p in page.event_positions],
        next_cursor=_next_cursor(page.cursor),
    )


def _settlement(s: Settlement) -> KalshiSettlement:
    ticker = _need(_text(s.ticker), "settlement ticker")
    return KalshiSettlement(
        ticker=ticker,
        event_ticker=_text(s.event_ticker),
        market_result=_need(_text(s.market_result), f"market_result of {ticker}"),
        yes_count_contracts=_need(_contracts(s.yes_count_fp, s.yes_count), f"yes count of {ticker}"),
        no_count_contracts=_need(_contracts(s.no_count_fp, s.no_count), f"no count of {ticker}"),
        yes_total_cost_dollars=_dollars(s.yes_total_cost_dollars, cents=s.yes_total_cost),
        no_total_cost_dollars=_dollars(s.no_total_cost_dollars, cents=s.no_total_cost),
        revenue_dollars=_need(_dollars(cents=s.revenue), f"revenue of {ticker}"),
        fee_dollars=_dollars(s.fee_cost),
        settled_time=_need(_text(s.settled_time), f"settled_time of {ticker}"),
    )


def settlement_page(page: GetSettlementsResponse) -> KalshiSettlementPage:
    return KalshiSettlementPage(
        items=[_settlement(s) for s in page.settlements], next_cursor=_next_cursor(page.cursor)
    )


def _queue_position(q: QueuePosition) -> KalshiQueuePosition:
    order_id = _need(_text(q.order_id), "queue position order_id")
    return KalshiQueuePosition(
        order_id=order_id,
        ticker=_text(q.market_ticker),
        queue_position_contracts=_need(
            _contracts(q.queue_position_fp, q.queue_position), f"queue position of {order_id}"
        ),
    )


def queue_positions(reply: GetQueuePositionsResponse) -> KalshiQueuePositions:
    return KalshiQueuePositions(items=[_queue_position(q) for q in reply.queue_positions])


def order_group(
    g: OrderGroup | GetOrderGroupResponse, order_group_id: str, orders: list[str] | Unset | None = None
) -> KalshiOrderGroup:
    return KalshiOrderGroup(
        order_group_id=order_group_id,
        is_auto_cancel_enabled=_flag(g.is_auto_cancel_enabled),
        contracts_limit=_contracts(g.contracts_limit_fp, g.contracts_limit),
        order_ids=[str(o) for o in orders] if isinstance(orders, list) else None,
    )


def order_groups(reply: GetOrderGroupsResponse) -> KalshiOrderGroups:
    return KalshiOrderGroups(
        items=[order_group(g, _need(_text(g.id), "order group id")) for g in reply.order_groups]
    )


# --- write replies -----------------------------------------------------------------------------------------


def _ack_status(fill: Decimal, remaining: Decimal, requested: Decimal | None) -> OrderAckStatus:
    """What happened right away. An IOC that filled part of its size reports 0 remaining: still partial."""
    if fill == 0:
        return "resting" if remaining > 0 else "canceled"
    if remaining > 0 or (requested is not None and fill < requested):
        return "partially_filled"
    return "filled"


def order_ack(
    r: CreateOrderV2Response | AmendOrderV2Response | BatchCreateOrdersV2Result,
    *,
    requested: Decimal | None,
    client_order_id: str | None,
    order_id: str | None = None,
) -> KalshiOrderAck:
    """The reply to a create or an amend; `client_order_id` is the one sent (kept when the reply omits it)."""
    oid = _need(_text(r.order_id) or order_id, "order_id in the write reply")
    fill = _need(_number(r.fill_count), f"fill_count of order {oid}")
    remaining = _need(_number(r.remaining_count), f"remaining_count of order {oid}")
    return KalshiOrderAck(
        order_id=oid,
        client_order_id=_text(r.client_order_id) or client_order_id,
        status=_ack_status(fill, remaining, requested),
        fill_count_contracts=fill,
        remaining_count_contracts=remaining,
        average_fill_price_dollars=_number(r.average_fill_price),
        average_fee_dollars=_number(r.average_fee_paid),
        ts_ms=_need(_whole(r.ts_ms), f"ts_ms of order {oid}"),
    )


def cancel_ack(r: CancelOrderV2Response | BatchCancelOrdersV2Result, order_id: str) -> KalshiCancelAck:
    oid = _text(r.order_id) or order_id
    return KalshiCancelAck(
        order_id=oid,
        client_order_id=_text(r.client_order_id),
        reduced_by_contracts=_need(_number(r.reduced_by), f"reduced_by of order {oid}"),
        ts_ms=_whole(r.ts_ms),
    )


def decrease_ack(r: DecreaseOrderV2Response, order_id: str) -> KalshiDecreaseAck:
    return KalshiDecreaseAck(
        order_id=_text(r.order_id) or order_id,
        client_order_id=_text(r.client_order_id),
        reduced_by_contracts=_number(r.reduced_by),
        remaining_count_contracts=_number(r.remaining_count),
        ts_ms=_whole(r.ts_ms),
    )


def _item_error(r: BatchCreateOrdersV2Result | BatchCancelOrdersV2Result) -> dict[str, Any] | None:
    """A refused batch item's error as `{"code", "message"}`, Kalshi's words verbatim."""
    from brokerspec_kalshi.models import ErrorDetail

    error = r.error
    if not isinstance(error, ErrorDetail):  # absent, null, or not an object
        return None
    return {"code": _text(error.code), "message": _text(error.message) or _text(error.details)}


def batch_create_item(
    r: BatchCreateOrdersV2Result, *, requested: Decimal, client_order_id: str | None
) -> KalshiBatchCreateItem:
    coid = _text(r.client_order_id) or client_order_id
    error = _item_error(r)
    if error is not None:
        return KalshiBatchCreateItem(client_order_id=coid, ack=None, error=error)
    ack = order_ack(r, requested=requested, client_order_id=coid)
    return KalshiBatchCreateItem(client_order_id=coid, ack=ack, error=None)


def batch_cancel_item(r: BatchCancelOrdersV2Result, order_id: str) -> KalshiBatchCancelItem:
    error = _item_error(r)
    if error is not None:
        return KalshiBatchCancelItem(order_id=order_id, ack=None, error=error)
    return KalshiBatchCancelItem(order_id=order_id, ack=cancel_ack(r, order_id), error=None)
