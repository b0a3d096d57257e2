"""Generated Kalshi read models in, normalized Kalshi models (`kalshi.models`) out: every value converted once, here.

Both wire eras are read (`wire.py`: the 2026 strings first, the 2025 cents and counts as the fallback). Each
function reads its generated model through the model's own attributes (mypy checks them against
`brokerspec_kalshi`). Direction comes from `book_side`/`outcome_side` only (`wire.direction`). Lists Kalshi
may send as `null` or leave out (`queue_positions`, `order_groups`) read as empty.

The generated package is imported for type checking only. Write replies are in `acks.py`, market data in
`market_convert.py`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from brokerspec.brokers.kalshi.models import (
    KalshiBalance,
    KalshiEventPosition,
    KalshiFill,
    KalshiFillPage,
    KalshiMarketPosition,
    KalshiOrder,
    KalshiOrderGroup,
    KalshiOrderGroups,
    KalshiOrderPage,
    KalshiPositionPage,
    KalshiQueuePosition,
    KalshiQueuePositions,
    KalshiSettlement,
    KalshiSettlementPage,
)
from brokerspec.brokers.kalshi.wire import (
    contracts,
    direction,
    dollars,
    flag,
    need,
    next_cursor,
    number,
    plain,
    text,
    total,
    whole,
)

if TYPE_CHECKING:
    from brokerspec_kalshi.models import (
        Balance,
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
    "fill_page",
    "order",
    "order_group",
    "order_groups",
    "order_page",
    "outcome_price",
    "position_page",
    "queue_positions",
    "settlement_page",
]

_ONE: Final = Decimal(1)


def outcome_price(outcome: str, yes_price: Decimal | None) -> Decimal | None:
    """What one contract of `outcome` costs at a YES-book price: the price for YES, 1 − it for NO."""
    if yes_price is None:
        return None
    return yes_price if outcome == "yes" else plain(_ONE - yes_price)


def _yes_price(yes: Decimal | None, no: Decimal | None) -> Decimal | None:
    """The YES-book price, from the YES fields, else from the NO price of the same trade."""
    return yes if yes is not None else (None if no is None else plain(_ONE - no))


def balance(b: Balance) -> KalshiBalance:
    """Cash; `balance_breakdown` (absent before 2026 and for subaccount-restricted keys) per shard."""
    breakdown = b.balance_breakdown
    by_shard = (
        {
            need(whole(item.exchange_index), "balance_breakdown exchange_index"): need(
                number(item.balance), "balance_breakdown balance"
            )
            for item in breakdown
        }
        if isinstance(breakdown, list)
        else None
    )
    return KalshiBalance(
        balance_dollars=need(dollars(b.balance_dollars, cents=b.balance), "balance"),
        portfolio_value_dollars=dollars(cents=b.portfolio_value),
        updated_ts=whole(b.updated_ts),
        by_shard_dollars=by_shard,
    )


def _fill(f: Fill) -> KalshiFill:
    ticker = need(text(f.ticker) or text(f.market_ticker), "fill ticker")
    book_side, outcome = need(
        direction(f.book_side, f.outcome_side, f.side, f.action), f"direction of a fill in {ticker}"
    )
    yes_price = need(
        _yes_price(
            dollars(f.yes_price_dollars, f.yes_price_fixed, cents=f.yes_price),
            dollars(f.no_price_dollars, f.no_price_fixed, cents=f.no_price),
        ),
        f"price of a fill in {ticker}",
    )
    count = need(contracts(f.count_fp, f.count), f"count of a fill in {ticker}")
    price = need(outcome_price(outcome, yes_price), f"price of a fill in {ticker}")
    return KalshiFill(
        fill_id=need(text(f.fill_id) or text(f.trade_id), "fill id"),
        order_id=need(text(f.order_id), "fill order_id"),
        ticker=ticker,
        book_side=book_side,
        yes_price_dollars=yes_price,
        outcome_side=outcome,
        outcome_price_dollars=price,
        count_contracts=count,
        fee_dollars=dollars(f.fee_cost),
        is_taker=need(flag(f.is_taker), f"is_taker of a fill in {ticker}"),
        created_time=text(f.created_time),
    )


def fill_page(page: GetFillsResponse) -> KalshiFillPage:
    return KalshiFillPage(items=[_fill(f) for f in page.fills], next_cursor=next_cursor(page.cursor))


def order(o: Order) -> KalshiOrder:
    order_id = need(text(o.order_id), "order_id")
    sides = direction(o.book_side, o.outcome_side, o.side, o.action)
    yes_price = _yes_price(
        dollars(o.yes_price_dollars, cents=o.yes_price), dollars(o.no_price_dollars, cents=o.no_price)
    )
    return KalshiOrder(
        order_id=order_id,
        client_order_id=text(o.client_order_id) or None,  # "" on orders placed without one
        ticker=need(text(o.ticker), f"ticker of order {order_id}"),
        status=need(text(o.status), f"status of order {order_id}"),
        book_side=None if sides is None else sides[0],
        yes_price_dollars=yes_price,
        outcome_side=None if sides is None else sides[1],
        outcome_price_dollars=None if sides is None else outcome_price(sides[1], yes_price),
        initial_count_contracts=contracts(o.initial_count_fp, o.initial_count),
        fill_count_contracts=contracts(o.fill_count_fp, o.fill_count),
        remaining_count_contracts=contracts(o.remaining_count_fp, o.remaining_count),
        fees_dollars=total(
            dollars(o.taker_fees_dollars, cents=o.taker_fees),
            dollars(o.maker_fees_dollars, cents=o.maker_fees),
        ),
        order_group_id=text(o.order_group_id),
        created_time=text(o.created_time),
        expiration_time=text(o.expiration_time),
    )


def order_page(page: GetOrdersResponse) -> KalshiOrderPage:
    return KalshiOrderPage(items=[order(o) for o in page.orders], next_cursor=next_cursor(page.cursor))


def _market_position(p: MarketPosition) -> KalshiMarketPosition:
    ticker = need(text(p.ticker), "position ticker")

    def money(name: str, in_dollars: str | Unset, cents: int | Unset) -> Decimal:
        return need(dollars(in_dollars, cents=cents), f"{name} of the {ticker} position")

    return KalshiMarketPosition(
        ticker=ticker,
        position_contracts=need(contracts(p.position_fp, p.position), f"size of the {ticker} position"),
        market_exposure_dollars=money("market_exposure", p.market_exposure_dollars, p.market_exposure),
        realized_pnl_dollars=money("realized_pnl", p.realized_pnl_dollars, p.realized_pnl),
        fees_paid_dollars=money("fees_paid", p.fees_paid_dollars, p.fees_paid),
        total_traded_dollars=money("total_traded", p.total_traded_dollars, p.total_traded),
        resting_orders_count=whole(p.resting_orders_count),
    )


def _event_position(p: EventPosition) -> KalshiEventPosition:
    return KalshiEventPosition(
        event_ticker=need(text(p.event_ticker), "event position ticker"),
        event_exposure_dollars=dollars(p.event_exposure_dollars, cents=p.event_exposure),
        total_cost_dollars=dollars(p.total_cost_dollars, cents=p.total_cost),
        realized_pnl_dollars=dollars(p.realized_pnl_dollars, cents=p.realized_pnl),
        fees_paid_dollars=dollars(p.fees_paid_dollars, cents=p.fees_paid),
    )


def position_page(page: GetPositionsResponse) -> KalshiPositionPage:
    return KalshiPositionPage(
        market_positions=[_market_position(p) for p in page.market_positions],
        event_positions=[_event_position(p) for p in page.event_positions],
        next_cursor=next_cursor(page.cursor),
    )


def _settlement(s: Settlement) -> KalshiSettlement:
    ticker = need(text(s.ticker), "settlement ticker")
    return KalshiSettlement(
        ticker=ticker,
        event_ticker=text(s.event_ticker),
        market_result=need(text(s.market_result), f"market_result of {ticker}"),
        yes_count_contracts=need(contracts(s.yes_count_fp, s.yes_count), f"yes count of {ticker}"),
        no_count_contracts=need(contracts(s.no_count_fp, s.no_count), f"no count of {ticker}"),
        yes_total_cost_dollars=dollars(s.yes_total_cost_dollars, cents=s.yes_total_cost),
        no_total_cost_dollars=dollars(s.no_total_cost_dollars, cents=s.no_total_cost),
        revenue_dollars=need(dollars(cents=s.revenue), f"revenue of {ticker}"),
        fee_dollars=dollars(s.fee_cost),
        settled_time=need(text(s.settled_time), f"settled_time of {ticker}"),
    )


def settlement_page(page: GetSettlementsResponse) -> KalshiSettlementPage:
    return KalshiSettlementPage(
        items=[_settlement(s) for s in page.settlements], next_cursor=next_cursor(page.cursor)
    )


def _queue_position(q: QueuePosition) -> KalshiQueuePosition:
    order_id = need(text(q.order_id), "queue position order_id")
    return KalshiQueuePosition(
        order_id=order_id,
        ticker=text(q.market_ticker),
        queue_position_contracts=need(
            contracts(q.queue_position_fp, q.queue_position), f"queue position of {order_id}"
        ),
    )


def queue_positions(reply: GetQueuePositionsResponse) -> KalshiQueuePositions:
    """`{"queue_positions": null}` (nothing rests) and an absent list are both an empty list."""
    items = reply.queue_positions
    return KalshiQueuePositions(items=[_queue_position(q) for q in items] if isinstance(items, list) else [])


def order_group(
    g: OrderGroup | GetOrderGroupResponse, order_group_id: str, orders: list[str] | Unset | None = None
) -> KalshiOrderGroup:
    return KalshiOrderGroup(
        order_group_id=order_group_id,
        is_auto_cancel_enabled=flag(g.is_auto_cancel_enabled),
        contracts_limit=contracts(g.contracts_limit_fp, g.contracts_limit),
        order_ids=[str(o) for o in orders] if isinstance(orders, list) else None,
    )


def order_groups(reply: GetOrderGroupsResponse) -> KalshiOrderGroups:
    """An omitted `order_groups` (no groups) is an empty list."""
    groups = reply.order_groups
    return KalshiOrderGroups(
        items=[order_group(g, need(text(g.id), "order group id")) for g in groups]
        if isinstance(groups, list)
        else []
    )
