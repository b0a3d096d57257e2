"""Generated Kalshi write replies in, normalized acknowledgements (`kalshi.models`) out.

What each V2 reply carries (reference, "Exchange sharding"): a create has its counts; an amend has them only
when it filled something or changed the resting size (a price-only amend is `{order_id, ts_ms}` and a
success); a decrease says what remains and has no `reduced_by`; a cancel and each batch-cancel item say what
came off (`reduced_by`) or why not (`error`). A missing value that every reply of its kind carries makes the
reply unreadable (ValueError, which `calls` turns into `Uncertain` for a write that got a 2xx).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from brokerspec.brokers.kalshi.models import (
    KalshiAmendAck,
    KalshiBatchCancelItem,
    KalshiBatchCreateItem,
    KalshiCancelAck,
    KalshiDecreaseAck,
    KalshiOrderAck,
    OrderAckStatus,
)
from brokerspec.brokers.kalshi.wire import need, number, plain, text, whole

if TYPE_CHECKING:
    from brokerspec_kalshi.models import (
        AmendOrderV2Response,
        BatchCancelOrdersV2Result,
        BatchCreateOrdersV2Result,
        CancelOrderV2Response,
        CreateOrderV2Response,
        DecreaseOrderV2Response,
    )

__all__ = [
    "amend_ack",
    "batch_cancel_item",
    "batch_create_item",
    "cancel_ack",
    "decrease_ack",
    "item_error_code",
    "order_ack",
]


def _ack_status(fill: Decimal, remaining: Decimal, requested: Decimal | None) -> OrderAckStatus:
    """What happened right away. An IOC that filled part of its size reports 0 remaining: still partial."""
    if fill == 0:
        return "resting" if remaining > 0 else "canceled"
    if remaining > 0 or (requested is not None and fill < requested):
        return "partially_filled"
    return "filled"


def order_ack(
    r: CreateOrderV2Response | BatchCreateOrdersV2Result,
    *,
    requested: Decimal | None,
    client_order_id: str | None,
) -> KalshiOrderAck:
    """The reply to a create; `client_order_id` is the one sent (kept when the reply omits it)."""
    oid = need(text(r.order_id), "order_id in the write reply")
    fill = need(number(r.fill_count), f"fill_count of order {oid}")
    remaining = need(number(r.remaining_count), f"remaining_count of order {oid}")
    return KalshiOrderAck(
        order_id=oid,
        client_order_id=text(r.client_order_id) or client_order_id,
        status=_ack_status(fill, remaining, requested),
        fill_count_contracts=fill,
        remaining_count_contracts=remaining,
        average_fill_price_dollars=number(r.average_fill_price),
        average_fee_dollars=number(r.average_fee_paid),
        ts_ms=need(whole(r.ts_ms), f"ts_ms of order {oid}"),
    )


def amend_ack(r: AmendOrderV2Response, *, order_id: str, requested: Decimal | None) -> KalshiAmendAck:
    """An amend's reply. Without counts nothing filled and the resting size did not change: still resting."""
    oid = text(r.order_id) or order_id
    fill = number(r.fill_count)
    remaining = number(r.remaining_count)
    if fill is None and remaining is None:
        status: OrderAckStatus = "resting"
    else:
        status = _ack_status(fill or Decimal(0), remaining or Decimal(0), requested)
    return KalshiAmendAck(
        order_id=oid,
        client_order_id=text(r.client_order_id),
        status=status,
        fill_count_contracts=fill,
        remaining_count_contracts=remaining,
        average_fill_price_dollars=number(r.average_fill_price),
        average_fee_dollars=number(r.average_fee_paid),
        ts_ms=need(whole(r.ts_ms), f"ts_ms of the amend of order {oid}"),
    )


def cancel_ack(r: CancelOrderV2Response | BatchCancelOrdersV2Result, order_id: str) -> KalshiCancelAck:
    oid = text(r.order_id) or order_id
    return KalshiCancelAck(
        order_id=oid,
        client_order_id=text(r.client_order_id),
        reduced_by_contracts=need(number(r.reduced_by), f"reduced_by of order {oid}"),
        ts_ms=whole(r.ts_ms),
    )


def decrease_ack(
    r: DecreaseOrderV2Response, order_id: str, *, reduce_by: Decimal | None, before: Decimal | None
) -> KalshiDecreaseAck:
    """What a decrease did. Kalshi's reply has no `reduced_by`; it is known exactly when `reduce_by` was asked
    and something still rests (all of it came off), else from the remainder `before` when that was read in
    the same call, else not at all (null)."""
    oid = text(r.order_id) or order_id
    remaining = need(number(r.remaining_count), f"remaining_count of order {oid}")
    if reduce_by is not None and remaining > 0:
        reduced: Decimal | None = plain(reduce_by)
    elif before is not None:
        reduced = plain(max(before - remaining, Decimal(0)))
    else:
        reduced = None
    return KalshiDecreaseAck(
        order_id=oid,
        client_order_id=text(r.client_order_id),
        reduced_by_contracts=reduced,
        remaining_count_contracts=remaining,
        ts_ms=whole(r.ts_ms),
    )


def _item_error(r: BatchCreateOrdersV2Result | BatchCancelOrdersV2Result) -> dict[str, Any] | None:
    """A refused batch item's error as `{"code", "message"}`, Kalshi's words verbatim."""
    from brokerspec_kalshi.models import ErrorDetail

    error = r.error
    if not isinstance(error, ErrorDetail):  # absent, null, or not an object
        return None
    return {"code": text(error.code), "message": text(error.message) or text(error.details)}


def item_error_code(item: KalshiBatchCancelItem) -> str | None:
    error = item.error
    code = None if error is None else error.get("code")
    return code if isinstance(code, str) else None


def batch_create_item(
    r: BatchCreateOrdersV2Result, *, requested: Decimal, client_order_id: str | None
) -> KalshiBatchCreateItem:
    coid = text(r.client_order_id) or client_order_id
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
