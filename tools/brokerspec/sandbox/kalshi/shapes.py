"""How the exchange's state looks on the wire, in each era.

- **2025** (the recorded cassettes, `fixtures/kalshi-wire-2025`): integer cents and counts next to 4-decimal
  `*_dollars` / `*_fixed` strings, `""` for the fill costs of an order that has not traded, `null` for an
  absent `expiration_time` / `order_group_id`, and a JSON-number `price` on fills (the only float the
  sandbox ever writes, made from a Decimal at the last moment because that is what the wire carried).
- **2026** (reference "Corrections and additions", field names and required/nullable flags from Kalshi's
  official SDK models): strings only — `*_fp` counts with 2 decimals, prices with 4 decimals, other money
  with 6 — except balance/portfolio value, settlement `revenue`/`value` (cents), `exchange_index`,
  `subaccount_number` and timestamps, which stay integers. Direction is `book_side`/`outcome_side`; the
  deprecated `side`/`action` pair is still sent.

Field names and order follow the fixtures (2025) and the official models (2026) so recordings look real.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from .catalog import Market, Series, Shard
from .grid import PriceRange
from .models import Fill, Order, OrderGroup, Position, Settlement, Transfer
from .money import ONE, ZERO, cents, cents_truncated, cents_up, dollars, fp, json_number, whole

Json = dict[str, Any]

PRICE_PLACES = 4
MONEY_PLACES_2026 = 6


def iso(ts: float) -> str:
    """RFC 3339 with microseconds and `Z`, as Kalshi writes `created_time` (`2025-12-24T06:24:47.592321Z`)."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _price(value: Decimal) -> str:
    return dollars(value, PRICE_PLACES)


def _money26(value: Decimal) -> str:
    return dollars(value, MONEY_PLACES_2026)


def _cost25(value: Decimal, traded: bool) -> str:
    """A 2025 fill-cost string: `""` until the order has traded, then 4 decimals."""
    return dollars(value, 4) if traded else ""


# -- balance -----------------------------------------------------------------------------------------


def balance(
    available: Decimal,
    portfolio_value: Decimal,
    updated_ts: float,
    era: str,
    breakdown: Iterable[tuple[int, Decimal]] = (),
) -> Json:
    """`balance` is whole cents truncated; `balance_dollars` (2026) keeps 4 decimals; `balance_breakdown`
    lists the available balance of every shard the subaccount has an account on (dollar strings)."""
    if era == "2025":
        return {
            "balance": cents_truncated(available),
            "portfolio_value": cents_truncated(portfolio_value),
            "updated_ts": int(updated_ts),
        }
    return {
        "balance": cents_truncated(available),
        "balance_dollars": dollars(available, 4),
        "portfolio_value": cents_truncated(portfolio_value),
        "updated_ts": int(updated_ts),
        "balance_breakdown": [{"exchange_index": i, "balance": dollars(b, 4)} for i, b in breakdown],
    }


# -- orders ------------------------------------------------------------------------------------------


def order(o: Order, era: str) -> Json:
    """One order in the era's shape."""
    expiration = iso(o.expiration_ts) if o.expiration_ts is not None else None
    if era == "2025":
        body: Json = {
            "action": o.action,
            "client_order_id": o.client_order_id,
            "created_time": iso(o.created_ts),
            "expiration_time": expiration,
            "fill_count": whole(o.fill_count),
            "initial_count": whole(o.initial_count),
            "last_update_time": iso(o.updated_ts),
            "maker_fees": cents_up(o.maker_fees),
            "maker_fill_cost": cents(o.maker_fill_cost),
            "maker_fill_cost_dollars": _cost25(o.maker_fill_cost, o.maker_fill_cost > 0),
            "no_price": cents(o.no_price),
            "no_price_dollars": _price(o.no_price),
            "order_group_id": o.order_group_id,
            "order_id": o.order_id,
            # The 2025 wire sent 0 here; the real figure comes from /portfolio/orders/queue_positions.
            "queue_position": 0,
            "remaining_count": whole(o.remaining_count),
        }
        if o.self_trade_prevention_type is not None:
            body["self_trade_prevention_type"] = o.self_trade_prevention_type
        body.update(
            {
                "side": o.side,
                "status": o.status,
                "taker_fees": cents_up(o.taker_fees),
                "taker_fill_cost": cents(o.taker_fill_cost),
                "taker_fill_cost_dollars": _cost25(o.taker_fill_cost, o.taker_fill_cost > 0),
                "ticker": o.ticker,
                "type": o.order_type,
                "user_id": o.member_id,
                "yes_price": cents(o.price),
                "yes_price_dollars": _price(o.price),
            }
        )
        return body
    return {
        "order_id": o.order_id,
        "client_order_id": o.client_order_id or "",
        "user_id": o.member_id,
        "ticker": o.ticker,
        "status": o.status,
        "type": o.order_type,
        "side": o.side,
        "action": o.action,
        "outcome_side": o.outcome_side,
        "book_side": o.book_side,
        "yes_price_dollars": _price(o.price),
        "no_price_dollars": _price(o.no_price),
        "initial_count_fp": fp(o.initial_count),
        "fill_count_fp": fp(o.fill_count),
        "remaining_count_fp": fp(o.remaining_count),
        "taker_fill_cost_dollars": _money26(o.taker_fill_cost),
        "maker_fill_cost_dollars": _money26(o.maker_fill_cost),
        "taker_fees_dollars": _money26(o.taker_fees),
        "maker_fees_dollars": _money26(o.maker_fees),
        "expiration_time": expiration,
        "order_group_id": o.order_group_id,
        "self_trade_prevention_type": o.self_trade_prevention_type,
        "cancel_order_on_pause": o.cancel_order_on_pause,
        "subaccount_number": o.subaccount,
        "exchange_index": o.exchange_index,
        "created_time": iso(o.created_ts),
        "last_update_time": iso(o.updated_ts),
    }


def queue_position(o: Order, ahead: Decimal, era: str) -> Json:
    if era == "2025":
        return {"market_ticker": o.ticker, "order_id": o.order_id, "queue_position": whole(ahead)}
    return {"market_ticker": o.ticker, "order_id": o.order_id, "queue_position_fp": fp(ahead)}


def _average(total: Decimal, count: Decimal) -> str:
    return dollars((total / count).quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN), 4)


def _averages(body: Json, o: Order, fills: Iterable[Fill]) -> None:
    taken = [f for f in fills if f.order_id == o.order_id]
    count = sum((f.count for f in taken), ZERO)
    if count > 0:
        body["average_fill_price"] = _average(sum((f.count * f.yes_price for f in taken), ZERO), count)
        body["average_fee_paid"] = _average(sum((f.fee for f in taken), ZERO), count)


def v2_summary(o: Order, fills: Iterable[Fill], now: float) -> Json:
    """The flat answer of a V2 create: counts as strings, averages over this call's fills.

    `average_fee_paid` is per contract (one contract at 0.52 → `"0.0175"`), as on the demo exchange.
    """
    body: Json = {"order_id": o.order_id}
    if o.client_order_id is not None:
        body["client_order_id"] = o.client_order_id
    body["fill_count"] = fp(o.fill_count)
    body["remaining_count"] = fp(o.remaining_count)
    _averages(body, o, fills)
    body["ts_ms"] = int(now * 1000)
    return body


def v2_amended(o: Order, fills: list[Fill], resized: bool, client_id_changed: bool, now: float) -> Json:
    """The answer of a V2 amend: the counts come only when it filled something or changed the resting size,
    so a price-only amend is just `{order_id, ts_ms}`."""
    body: Json = {"order_id": o.order_id}
    if client_id_changed and o.client_order_id is not None:
        body["client_order_id"] = o.client_order_id
    if resized:
        body["remaining_count"] = fp(o.remaining_count)
        body["fill_count"] = fp(sum((f.count for f in fills), ZERO))
        _averages(body, o, fills)
    body["ts_ms"] = int(now * 1000)
    return body


def v2_cancelled(o: Order, reduced: Decimal, now: float) -> Json:
    """The flat answer of a V2 cancel (and of each successful item of a batch cancel)."""
    body: Json = {"order_id": o.order_id}
    if o.client_order_id is not None:
        body["client_order_id"] = o.client_order_id
    body["reduced_by"] = fp(reduced)
    body["ts_ms"] = int(now * 1000)
    return body


def v2_decreased(o: Order, now: float) -> Json:
    """The answer of a V2 decrease: `{order_id, client_order_id?, remaining_count, ts_ms}` — no `reduced_by`."""
    body: Json = {"order_id": o.order_id}
    if o.client_order_id is not None:
        body["client_order_id"] = o.client_order_id
    body["remaining_count"] = fp(o.remaining_count)
    body["ts_ms"] = int(now * 1000)
    return body


# -- fills -------------------------------------------------------------------------------------------


def fill(f: Fill, era: str) -> Json:
    no_price = 1 - f.yes_price
    if era == "2025":
        return {
            "action": f.action,
            "count": whole(f.count),
            "created_time": iso(f.created_ts),
            "fill_id": f.trade_id,
            "is_taker": f.is_taker,
            "market_ticker": f.ticker,
            "no_price": cents(no_price),
            "no_price_fixed": _price(no_price),
            "order_id": f.order_id,
            "price": float(f.yes_price),
            "side": f.side,
            "ticker": f.ticker,
            "trade_id": f.trade_id,
            "ts": int(f.created_ts),
            "yes_price": cents(f.yes_price),
            "yes_price_fixed": _price(f.yes_price),
        }
    body: Json = {
        "fill_id": f.trade_id,
        "trade_id": f.trade_id,
        "order_id": f.order_id,
        "ticker": f.ticker,
        "market_ticker": f.ticker,
        "side": f.side,
        "action": f.action,
        "outcome_side": f.outcome_side,
        "book_side": f.book_side,
        "count_fp": fp(f.count),
        "yes_price_dollars": _price(f.yes_price),
        "no_price_dollars": _price(no_price),
        "is_taker": f.is_taker,
        "fee_cost": _money26(f.fee),
    }
    if f.is_taker:
        # The official schema lets `created_time` be absent; the sandbox leaves it off maker fills.
        body["created_time"] = iso(f.created_ts)
    body.update(
        {"ts": int(f.created_ts), "subaccount_number": f.subaccount, "exchange_index": f.exchange_index}
    )
    return body


# -- positions ---------------------------------------------------------------------------------------


def market_position(p: Position, resting_orders: int, era: str) -> Json:
    if era == "2025":
        return {
            "fees_paid": cents_up(p.fees_paid),
            "fees_paid_dollars": dollars(p.fees_paid, 4),
            "last_updated_ts": iso(p.last_updated_ts),
            "market_exposure": cents(p.exposure),
            "market_exposure_dollars": dollars(p.exposure, 4),
            "position": whole(p.net),
            "realized_pnl": cents(p.realized_pnl),
            "realized_pnl_dollars": dollars(p.realized_pnl, 4),
            "resting_orders_count": resting_orders,
            "ticker": p.ticker,
            "total_traded": cents(p.total_traded),
            "total_traded_dollars": dollars(p.total_traded, 4),
        }
    return {
        "ticker": p.ticker,
        "exchange_index": p.exchange_index,
        "position_fp": fp(p.net),
        "market_exposure_dollars": _money26(p.exposure),
        "realized_pnl_dollars": _money26(p.realized_pnl),
        "fees_paid_dollars": _money26(p.fees_paid),
        "total_traded_dollars": _money26(p.total_traded),
        "last_updated_ts": iso(p.last_updated_ts),
    }


def event_position(event_ticker: str, positions: list[Position], era: str) -> Json:
    """Sum of the event's market positions; `total_cost` is what the held contracts cost."""
    exposure = sum((p.exposure for p in positions), ZERO)
    fees = sum((p.fees_paid for p in positions), ZERO)
    realized = sum((p.realized_pnl for p in positions), ZERO)
    shares = sum((abs(p.net) for p in positions), ZERO)
    if era == "2025":
        return {
            "event_exposure": cents(exposure),
            "event_exposure_dollars": dollars(exposure, 4),
            "event_ticker": event_ticker,
            "fees_paid": cents_up(fees),
            "fees_paid_dollars": dollars(fees, 4),
            "realized_pnl": cents(realized),
            "realized_pnl_dollars": dollars(realized, 4),
            "total_cost": cents(exposure),
            "total_cost_dollars": dollars(exposure, 4),
            "total_cost_shares": whole(shares),
        }
    return {
        "event_ticker": event_ticker,
        "event_exposure_dollars": _money26(exposure),
        "fees_paid_dollars": _money26(fees),
        "realized_pnl_dollars": _money26(realized),
        "total_cost_dollars": _money26(exposure),
        "total_cost_shares_fp": fp(shares),
    }


# -- settlements -------------------------------------------------------------------------------------


def settlement(s: Settlement, era: str) -> Json:
    """`revenue` (payout) and `value` (one YES contract's payout) are integer cents in both eras."""
    if era == "2025":
        return {
            "market_result": s.market_result,
            "no_count": whole(s.no_count),
            "no_total_cost": cents(s.no_total_cost),
            "revenue": cents(s.revenue),
            "settled_time": iso(s.settled_ts),
            "ticker": s.ticker,
            "value": cents(s.value),
            "yes_count": whole(s.yes_count),
            "yes_total_cost": cents(s.yes_total_cost),
        }
    return {
        "ticker": s.ticker,
        "exchange_index": s.exchange_index,
        "event_ticker": s.event_ticker,
        "market_result": s.market_result,
        "yes_count_fp": fp(s.yes_count),
        "no_count_fp": fp(s.no_count),
        "yes_total_cost_dollars": _money26(s.yes_total_cost),
        "no_total_cost_dollars": _money26(s.no_total_cost),
        "revenue": cents(s.revenue),
        "value": cents(s.value) if s.value_known else None,
        "fee_cost": _money26(s.fee_cost),
        "settled_time": iso(s.settled_ts),
    }


# -- order groups ------------------------------------------------------------------------------------


def _limit(g: OrderGroup, era: str) -> Json:
    if era == "2025":
        return {"contracts_limit": whole(g.contracts_limit)}
    return {"contracts_limit_fp": fp(g.contracts_limit)}


def _shard(g: OrderGroup, era: str) -> Json:
    return {} if era == "2025" else {"exchange_index": g.exchange_index}


def order_group(g: OrderGroup, era: str) -> Json:
    """A listing entry. Auto-cancel is always on in the sandbox: it is what a group is for."""
    return {"id": g.group_id, "is_auto_cancel_enabled": True, **_limit(g, era), **_shard(g, era)}


def order_group_detail(g: OrderGroup, era: str) -> Json:
    return {"is_auto_cancel_enabled": True, "orders": list(g.order_ids), **_limit(g, era), **_shard(g, era)}


def order_group_created(g: OrderGroup, era: str) -> Json:
    return {"order_group_id": g.group_id, "subaccount": g.subaccount, **_shard(g, era)}


# -- transfers ---------------------------------------------------------------------------------------


def transfer(t: Transfer) -> Json:
    """A transfer record (`GET /portfolio/intra_exchange_instance_transfers`)."""
    return {
        "transfer_id": t.transfer_id,
        "source": "event_contract",
        "destination": "event_contract",
        "source_exchange_shard": t.source_exchange_shard,
        "destination_exchange_shard": t.destination_exchange_shard,
        "amount": dollars(t.amount, 4),
        "status": "complete",
        "created_ts": int(t.created_ts),
    }


# -- market data -------------------------------------------------------------------------------------


def price_ranges(ranges: Iterable[PriceRange]) -> list[Json]:
    return [{"start": _price(r.start), "end": _price(r.end), "step": _price(r.step)} for r in ranges]


Depth = dict[str, list[tuple[Decimal, Decimal]]]


def market(m: Market, depth: Depth, open_interest: Decimal, now: float) -> Json:
    """`GET /markets/{ticker}`'s `market` (every field the official `Market` model requires)."""
    bids, asks = depth["bids"], depth["asks"]
    yes_bid, bid_size = bids[0] if bids else (ZERO, ZERO)
    yes_ask, ask_size = asks[0] if asks else (ONE, ZERO)
    settled = m.status == "finalized"
    return {
        "ticker": m.ticker,
        "event_ticker": m.event_ticker,
        "market_type": "binary",
        "title": m.title,
        "subtitle": "",
        "yes_sub_title": m.title,
        "no_sub_title": m.title,
        "created_time": iso(m.created_ts),
        "updated_time": iso(m.updated_ts),
        "open_time": iso(m.open_ts),
        "close_time": iso(m.close_ts),
        "expected_expiration_time": iso(m.close_ts),
        "expiration_time": iso(m.close_ts),
        "latest_expiration_time": iso(m.close_ts + 7 * 86_400),
        "settlement_timer_seconds": 3600,
        "status": m.status,
        "yes_bid_dollars": _price(yes_bid),
        "yes_bid_size_fp": fp(bid_size),
        "yes_ask_dollars": _price(yes_ask),
        "yes_ask_size_fp": fp(ask_size),
        "no_bid_dollars": _price(ONE - yes_ask),
        "no_ask_dollars": _price(ONE - yes_bid),
        "last_price_dollars": _price(m.last_price),
        "volume_fp": fp(m.volume),
        "volume_24h_fp": fp(m.volume_since(now - 86_400)),
        "result": m.result,
        "can_close_early": True,
        "open_interest_fp": fp(open_interest),
        "notional_value_dollars": _price(ONE),
        "previous_yes_bid_dollars": _price(yes_bid),
        "previous_yes_ask_dollars": _price(yes_ask),
        "previous_price_dollars": _price(m.previous_price),
        "settlement_value_dollars": _price(ONE if m.result == "yes" else ZERO) if settled else None,
        "settlement_ts": iso(m.settled_ts) if settled and m.settled_ts is not None else None,
        "settlement_bounds_type": "default",
        "expiration_value": "",
        "rules_primary": f"If the outcome of {m.title!r} is yes, the market resolves to Yes.",
        "rules_secondary": "Sandbox market: settled by the sandbox operator.",
        "price_level_structure": m.price_level_structure,
        "price_ranges": price_ranges(m.price_ranges),
        "exchange_index": m.exchange_index,
        "fractional_trading_enabled": m.fractional_trading_enabled,
    }


def orderbook(depth: Depth, levels: int | None) -> Json:
    """`{"orderbook_fp": {"yes_dollars", "no_dollars"}}`: bids only on each side, each side in its own
    outcome's price (a YES ask at p is a NO bid at 1 − p), sorted ascending — the best bid is last."""
    yes = sorted(depth["bids"], key=lambda kv: kv[0])
    no = sorted(((ONE - p, c) for p, c in depth["asks"]), key=lambda kv: kv[0])
    if levels is not None:
        yes, no = yes[-levels:], no[-levels:]
    return {
        "orderbook_fp": {
            "yes_dollars": [[_price(p), fp(c)] for p, c in yes],
            "no_dollars": [[_price(p), fp(c)] for p, c in no],
        }
    }


def series(s: Series) -> Json:
    """`GET /series/{ticker}`'s `series` (`fee_multiplier` is a JSON number in the official schema)."""
    return {
        "ticker": s.ticker,
        "frequency": s.frequency,
        "title": s.title,
        "category": s.category,
        "categories": [s.category],
        "tags": [],
        "settlement_sources": [],
        "contract_url": f"https://sandbox.invalid/contracts/{s.ticker}.pdf",
        "contract_terms_url": f"https://sandbox.invalid/contracts/{s.ticker}-terms.pdf",
        "fee_type": s.fee_type,
        "fee_multiplier": json_number(s.fee_multiplier),
        "additional_prohibitions": [],
        "exchange_index": s.exchange_index,
    }


def exchange_status(shards: Iterable[Shard]) -> Json:
    """`GET /exchange/status`: the top-level flags are shard 0's; every shard is in `exchange_index_statuses`."""
    rows = sorted(shards, key=lambda s: s.exchange_index)
    primary = rows[0]
    return {
        "exchange_active": primary.exchange_active,
        "trading_active": primary.trading_active,
        "intra_exchange_transfers_active": primary.intra_exchange_transfers_active,
        "exchange_index_statuses": [
            {
                "exchange_index": s.exchange_index,
                "description": s.description,
                "exchange_active": s.exchange_active,
                "trading_active": s.trading_active,
                "intra_exchange_transfers_active": s.intra_exchange_transfers_active,
            }
            for s in rows
        ],
    }
