"""The Kalshi adapter's rules one at a time, over `httpx.MockTransport` (the real generated client, no sandbox).

Routing (which shard a write reaches), direction (never inverted), the reply shapes Kalshi really sends
(price-only amends, decreases without `reduced_by`, null and omitted lists), the wire grammar of counts and
prices, and the market-data conversions. End-to-end behaviour against the sandbox is in
tests/test_adapter_kalshi_sandbox.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from brokerspec import errors
from brokerspec.brokers.kalshi.adapter import KalshiBroker
from brokerspec.brokers.kalshi.orders import count_wire, price_wire
from brokerspec.brokers.kalshi.routing import OrderRoute, RouteBook
from brokerspec.brokers.kalshi.terms import series_ticker_of
from brokerspec.domain.orders import InvalidOrder, OrderIntent
from brokerspec_kalshi import Client

BASE_URL = "https://demo.invalid/trade-api/v2"
PREFIX = "/trade-api/v2"
Reply = tuple[int, Any]


class Kalshi:
    """Answers by (method, path): a list of replies per route, used in order; remembers every request."""

    def __init__(self, routes: dict[tuple[str, str], list[Reply]]) -> None:
        self.routes = {key: list(replies) for key, replies in routes.items()}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        key = (request.method, request.url.path.removeprefix(PREFIX))
        replies = self.routes.get(key)
        if not replies:
            return httpx.Response(404, json={"error": {"code": "not_found", "message": "not found"}})
        status, body = replies.pop(0) if len(replies) > 1 else replies[0]
        return httpx.Response(status, json=body)

    def sent(self, method: str, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and r.url.path == PREFIX + path]


def broker_for(kalshi: Callable[[httpx.Request], httpx.Response]) -> KalshiBroker:
    return KalshiBroker(
        Client(base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(kalshi)}), environment="demo"
    )


def order(order_id: str, ticker: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "order_id": order_id,
        "client_order_id": f"bs-{order_id}",
        "ticker": ticker,
        "status": "resting",
        "outcome_side": "yes",
        "book_side": "bid",
        "yes_price_dollars": "0.0800",
        "no_price_dollars": "0.9200",
        "initial_count_fp": "5.00",
        "fill_count_fp": "0.00",
        "remaining_count_fp": "5.00",
        "subaccount_number": 0,
    }
    body.update(extra)
    return body


NOT_FOUND: Reply = (404, {"error": {"code": "not_found", "message": "not found", "service": "exchange"}})
CANCELED: Reply = (200, {"order_id": "o-1", "reduced_by": "5.00", "ts_ms": 1})
SHARD_2 = "KXDEMO15M-26DEC011230-30"


# --- routing ------------------------------------------------------------------------------------------------


async def test_an_unknown_order_is_looked_up_and_the_cancel_names_its_shard_and_subaccount() -> None:
    kalshi = Kalshi(
        {
            ("GET", "/portfolio/orders/o-1"): [
                (200, {"order": order("o-1", SHARD_2, exchange_index=2, subaccount_number=1)})
            ],
            ("DELETE", "/portfolio/events/orders/o-1"): [CANCELED],
        }
    )
    broker = broker_for(kalshi)

    ack = await broker.cancel_order("o-1")

    (cancel,) = kalshi.sent("DELETE", "/portfolio/events/orders/o-1")
    assert dict(cancel.url.params) == {"market_ticker": SHARD_2, "exchange_index": "2", "subaccount": "1"}
    assert ack.reduced_by_contracts == Decimal(5)
    assert broker.order_route("o-1") == OrderRoute(SHARD_2, 2, 1)


async def test_not_found_on_a_remembered_route_looks_again_and_resends_once_on_the_right_shard() -> None:
    kalshi = Kalshi(
        {
            ("DELETE", "/portfolio/events/orders/o-1"): [NOT_FOUND, CANCELED],
            ("GET", "/portfolio/orders/o-1"): [(200, {"order": order("o-1", SHARD_2, exchange_index=2)})],
        }
    )
    broker = broker_for(kalshi)
    broker.remember_order("o-1", "KXDEMO-26-A")

    await broker.cancel_order("o-1")

    first, second = kalshi.sent("DELETE", "/portfolio/events/orders/o-1")
    assert first.url.params["market_ticker"] == "KXDEMO-26-A"
    assert (second.url.params["market_ticker"], second.url.params["exchange_index"]) == (SHARD_2, "2")


async def test_not_found_after_a_fresh_lookup_is_final() -> None:
    kalshi = Kalshi(
        {
            ("GET", "/portfolio/orders/o-1"): [(200, {"order": order("o-1", SHARD_2, exchange_index=2)})],
            ("DELETE", "/portfolio/events/orders/o-1"): [NOT_FOUND],
        }
    )

    with pytest.raises(errors.NotFound):
        await broker_for(kalshi).cancel_order("o-1")

    assert len(kalshi.sent("DELETE", "/portfolio/events/orders/o-1")) == 1
    assert len(kalshi.sent("GET", "/portfolio/orders/o-1")) == 1


async def test_not_found_when_the_order_rests_where_it_was_asked_is_reported_as_is() -> None:
    kalshi = Kalshi(
        {
            ("DELETE", "/portfolio/events/orders/o-1"): [NOT_FOUND],
            ("GET", "/portfolio/orders/o-1"): [(200, {"order": order("o-1", SHARD_2, status="executed")})],
        }
    )
    broker = broker_for(kalshi)
    broker.remember_order("o-1", SHARD_2)

    with pytest.raises(errors.NotFound):
        await broker.cancel_order("o-1")
    assert len(kalshi.sent("DELETE", "/portfolio/events/orders/o-1")) == 1


async def test_the_callers_ticker_wins_and_saves_the_lookup() -> None:
    kalshi = Kalshi({("DELETE", "/portfolio/events/orders/o-1"): [CANCELED]})

    await broker_for(kalshi).cancel_order("o-1", ticker=SHARD_2, exchange_index=2, subaccount=3)

    (cancel,) = kalshi.requests
    assert dict(cancel.url.params) == {"market_ticker": SHARD_2, "exchange_index": "2", "subaccount": "3"}


async def test_batch_cancel_resends_an_item_that_was_asked_on_the_wrong_shard() -> None:
    kalshi = Kalshi(
        {
            ("DELETE", "/portfolio/events/orders/batched"): [
                (
                    200,
                    {
                        "orders": [
                            {"order_id": "o-1", "reduced_by": "5.00", "ts_ms": 1},
                            {"order_id": "o-2", "reduced_by": "0.00", "error": {"code": "not_found"}},
                        ]
                    },
                )
            ],
            ("GET", "/portfolio/orders/o-2"): [(200, {"order": order("o-2", SHARD_2, exchange_index=2)})],
            ("DELETE", "/portfolio/events/orders/o-2"): [
                (200, {"order_id": "o-2", "reduced_by": "3.00", "ts_ms": 2})
            ],
        }
    )

    first, second = await broker_for(kalshi).batch_cancel(
        ["o-1", "o-2"], tickers={"o-1": "KXDEMO-26-A", "o-2": "KXDEMO-26-A"}
    )

    assert first.ack is not None and second.ack is not None
    assert second.ack.reduced_by_contracts == Decimal(3)
    (resent,) = kalshi.sent("DELETE", "/portfolio/events/orders/o-2")
    assert resent.url.params["market_ticker"] == SHARD_2


async def test_batch_cancel_of_ids_no_shard_knows_sends_nothing() -> None:
    kalshi = Kalshi({})

    (missing,) = await broker_for(kalshi).batch_cancel(["o-9"])

    assert missing.ack is None and missing.error is not None and missing.error["broker_code"] == "not_found"
    assert kalshi.sent("DELETE", "/portfolio/events/orders/batched") == []


async def test_batch_cancel_refuses_repeated_ids() -> None:
    with pytest.raises(InvalidOrder):
        await broker_for(Kalshi({})).batch_cancel(["o-1", "o-1"])


async def test_the_route_book_forgets_the_least_recently_used_order() -> None:
    book = RouteBook(size=2)
    book.note("a", "T-A", exchange_index=1)
    book.note("b", "T-B")
    assert book.get("a") is not None  # "a" is now the most recent
    book.note("c", "T-C")
    assert (book.get("a"), book.get("b"), book.get("c")) == (OrderRoute("T-A", 1), None, OrderRoute("T-C"))
    book.note("a", "T-A", subaccount=2)  # same market: what was known stays
    assert book.get("a") == OrderRoute("T-A", 1, 2)


# --- decrease, amend -----------------------------------------------------------------------------------------


async def test_a_decrease_to_zero_without_a_lookup_reports_only_what_remains() -> None:
    kalshi = Kalshi(
        {
            ("POST", "/portfolio/events/orders/o-1/decrease"): [
                (200, {"order_id": "o-1", "remaining_count": "0.00", "ts_ms": 1})
            ]
        }
    )
    broker = broker_for(kalshi)
    broker.remember_order("o-1", SHARD_2, exchange_index=2, subaccount=1)

    ack = await broker.decrease_order("o-1", reduce_by=Decimal("7.5"))

    # everything went, but how much rested before is not known: reduce_by may have been more than that
    assert (ack.reduced_by_contracts, ack.remaining_count_contracts) == (None, Decimal(0))
    (request,) = kalshi.requests
    assert json.loads(request.content) == {"reduce_by": "7.50", "market_ticker": SHARD_2, "exchange_index": 2}
    assert dict(request.url.params) == {"subaccount": "1"}


async def test_a_decrease_refuses_counts_the_wire_cannot_carry() -> None:
    broker = broker_for(Kalshi({}))
    for bad in (Decimal("0.001"), Decimal(0), Decimal(-1)):
        with pytest.raises(InvalidOrder):
            await broker.decrease_order("o-1", reduce_by=bad, ticker=SHARD_2)


async def test_an_amend_sends_the_subaccount_in_the_query_and_reads_a_price_only_reply() -> None:
    kalshi = Kalshi(
        {("POST", "/portfolio/events/orders/o-1/amend"): [(200, {"order_id": "o-1", "ts_ms": 7})]}
    )
    broker = broker_for(kalshi)
    broker.remember_order("o-1", SHARD_2, subaccount=1)
    new_terms = OrderIntent(SHARD_2, "buy", "yes", Decimal(5), Decimal("0.081"), client_order_id="bs-1")

    ack = await broker.amend_order("o-1", new_terms, expiration_time=0)

    assert (ack.status, ack.fill_count_contracts, ack.remaining_count_contracts, ack.ts_ms) == (
        "resting",
        None,
        None,
        7,
    )
    (request,) = kalshi.requests
    assert dict(request.url.params) == {"subaccount": "1"}
    assert json.loads(request.content) == {
        "ticker": SHARD_2,
        "side": "bid",
        "price": "0.0810",
        "count": "5.00",
        "expiration_time": 0,
    }


# --- direction ----------------------------------------------------------------------------------------------


def _fill(**sides: str) -> dict[str, Any]:
    return {
        "fill_id": "f-1",
        "trade_id": "f-1",
        "order_id": "o-1",
        "ticker": "KXDEMO-26-A",
        "count_fp": "3.00",
        "yes_price_dollars": "0.5500",
        "is_taker": True,
        **sides,
    }


@pytest.mark.parametrize(
    "sides",
    [
        {"book_side": "ask", "outcome_side": "no", "side": "yes", "action": "sell"},
        {"book_side": "ask"},
        {"outcome_side": "no"},
        # the legacy pair paired wrongly with outcome_side used to read "sold NO at 0.45": never again
        {"outcome_side": "no", "side": "no", "action": "sell"},
    ],
)
async def test_sell_three_yes_at_055_is_an_ask_with_no_exposure_at_045(sides: dict[str, str]) -> None:
    kalshi = Kalshi({("GET", "/portfolio/fills"): [(200, {"fills": [_fill(**sides)], "cursor": ""})]})

    (fill,) = (await broker_for(kalshi).fills()).items

    assert (fill.book_side, fill.yes_price_dollars) == ("ask", Decimal("0.55"))
    assert (fill.outcome_side, fill.outcome_price_dollars) == ("no", Decimal("0.45"))
    assert fill.created_time is None  # optional (maker fills come without it)


async def test_book_side_and_outcome_side_that_disagree_make_the_reply_unreadable() -> None:
    kalshi = Kalshi(
        {("GET", "/portfolio/fills"): [(200, {"fills": [_fill(book_side="bid", outcome_side="no")]})]}
    )

    with pytest.raises(errors.InvalidResponse):
        await broker_for(kalshi).fills()


# --- null and omitted lists, balance per shard ------------------------------------------------------------


async def test_null_queue_positions_and_omitted_order_groups_are_empty() -> None:
    kalshi = Kalshi(
        {
            ("GET", "/portfolio/orders/queue_positions"): [(200, {"queue_positions": None})],
            ("GET", "/portfolio/order_groups"): [(200, {})],
        }
    )
    broker = broker_for(kalshi)

    assert (await broker.queue_positions(market_tickers=["KXDEMO-26-A"])).items == []
    assert (await broker.order_groups()).items == []
    assert all(r.url.params["subaccount"] == "0" for r in kalshi.requests)


async def test_balance_breakdown_is_cash_per_shard() -> None:
    body = {
        "balance": 9801,
        "balance_dollars": "98.0186",
        "portfolio_value": 0,
        "updated_ts": 1,
        "balance_breakdown": [
            {"exchange_index": 0, "balance": "68.6130"},
            {"exchange_index": 2, "balance": "29.4056"},
        ],
    }
    kalshi = Kalshi({("GET", "/portfolio/balance"): [(200, body)]})

    balance = await broker_for(kalshi).balance(subaccount=2)

    assert balance.by_shard_dollars == {0: Decimal("68.613"), 2: Decimal("29.4056")}
    assert dict(kalshi.requests[0].url.params) == {"subaccount": "2"}


# --- the wire grammar ---------------------------------------------------------------------------------------


def test_counts_and_prices_go_out_exactly_or_not_at_all() -> None:
    assert (count_wire(Decimal("2.5")), count_wire(3), count_wire(Decimal("0.01"))) == (
        "2.50",
        "3.00",
        "0.01",
    )
    assert (price_wire(Decimal("0.955")), price_wire(Decimal("0.0001"))) == ("0.9550", "0.0001")
    for bad_count in (Decimal("0.005"), Decimal(0), Decimal("NaN")):
        with pytest.raises(InvalidOrder):
            count_wire(bad_count)
    for bad_price in (Decimal("0.00005"), Decimal(0), Decimal(1), Decimal("1.5")):
        with pytest.raises(InvalidOrder):
            price_wire(bad_price)


async def test_buy_no_at_0955_is_an_ask_at_0045_on_the_wire() -> None:
    reply = {"order_id": "o-1", "fill_count": "0.00", "remaining_count": "2.50", "ts_ms": 1}
    kalshi = Kalshi({("POST", "/portfolio/events/orders"): [(201, reply)]})
    intent = OrderIntent(
        "KXBTCD-26DEC31-T100000", "buy", "no", Decimal("2.5"), Decimal("0.955"), client_order_id="bs-2"
    )

    await broker_for(kalshi).create_order(intent)

    body = json.loads(kalshi.requests[0].content)
    assert (body["side"], body["price"], body["count"]) == ("ask", "0.0450", "2.50")


# --- order groups and transfers ---------------------------------------------------------------------------


async def test_an_order_group_write_finds_the_groups_shard_in_the_list() -> None:
    kalshi = Kalshi(
        {
            ("GET", "/portfolio/order_groups"): [
                (200, {"order_groups": [{"id": "og-1", "is_auto_cancel_enabled": True, "exchange_index": 2}]})
            ],
            ("PUT", "/portfolio/order_groups/og-1/trigger"): [(200, {})],
        }
    )

    ack = await broker_for(kalshi).trigger_order_group("og-1")

    (trigger,) = kalshi.sent("PUT", "/portfolio/order_groups/og-1/trigger")
    assert dict(trigger.url.params) == {"subaccount": "0", "exchange_index": "2"}
    assert (ack.action, ack.exchange_index) == ("triggered", 2)


async def test_an_order_group_no_list_knows_is_not_found_before_any_write() -> None:
    kalshi = Kalshi({("GET", "/portfolio/order_groups"): [(200, {})]})

    with pytest.raises(errors.NotFound):
        await broker_for(kalshi).delete_order_group("og-9")
    assert [r.method for r in kalshi.requests] == ["GET"]


async def test_a_fractional_group_limit_goes_as_a_fixed_point_string() -> None:
    kalshi = Kalshi({("PUT", "/portfolio/order_groups/og-1/limit"): [(200, {})]})

    await broker_for(kalshi).update_order_group_limit("og-1", Decimal("7.5"), exchange_index=1)

    (request,) = kalshi.requests
    assert json.loads(request.content) == {"contracts_limit_fp": "7.50"}
    assert dict(request.url.params) == {"exchange_index": "1"}


async def test_a_transfer_is_counted_in_centicents() -> None:
    kalshi = Kalshi(
        {("POST", "/portfolio/intra_exchange_instance_transfer"): [(200, {"transfer_id": "tr-1"})]}
    )

    ack = await broker_for(kalshi).transfer_between_shards(
        Decimal("25.0001"),
        from_exchange_index=0,
        to_exchange_index=2,
        client_transfer_id="6f1c2d3e-4b5a-4978-8a6b-5c4d3e2f1a0b",
    )

    body = json.loads(kalshi.requests[0].content)
    assert body["amount"] == 250001 and body["destination_exchange_shard"] == 2
    assert ack.transfer_id == "tr-1"
    with pytest.raises(InvalidOrder):
        await broker_for(kalshi).transfer_between_shards(
            Decimal("0.00001"), from_exchange_index=0, to_exchange_index=1
        )


# --- market data ----------------------------------------------------------------------------------------------


async def test_no_bid_and_no_ask_read_as_null_not_zero_and_one() -> None:
    market = {
        "ticker": "KXNEW-26-A",
        "event_ticker": "KXNEW-26",
        "status": "initialized",
        "yes_bid_dollars": "0.0000",
        "yes_ask_dollars": "1.0000",
        "no_bid_dollars": "0.0000",
        "no_ask_dollars": "1.0000",
        "price_ranges": [],
        "result": "",
    }
    kalshi = Kalshi({("GET", "/markets/KXNEW-26-A"): [(200, {"market": market})]})

    read = await broker_for(kalshi).market("KXNEW-26-A")

    assert (read.yes_bid_dollars, read.yes_ask_dollars, read.no_bid_dollars, read.no_ask_dollars) == (
        None,
    ) * 4
    assert (read.result, read.fractional_trading_enabled, read.exchange_index) == (None, None, None)


async def test_an_order_book_with_a_null_side_reads_as_empty() -> None:
    body = {"orderbook_fp": {"yes_dollars": [["0.4000", "10.00"], ["0.4100", "2.50"]], "no_dollars": None}}
    kalshi = Kalshi({("GET", "/markets/KXDEMO-26-A/orderbook"): [(200, body)]})

    book = await broker_for(kalshi).orderbook("KXDEMO-26-A", depth=5)

    assert [(lv.price_dollars, lv.count_contracts) for lv in book.yes_bids] == [
        (Decimal("0.41"), Decimal("2.5")),
        (Decimal("0.4"), Decimal(10)),
    ]
    assert (book.no_bids, book.best_yes_ask_dollars) == ([], None)
    assert kalshi.requests[0].url.params["depth"] == "5"


async def test_a_series_fee_multiplier_is_read_through_its_decimal_text() -> None:
    body = {"series": {"ticker": "KXDEMO15M", "fee_type": "quadratic", "fee_multiplier": 0.1}}
    kalshi = Kalshi({("GET", "/series/KXDEMO15M"): [(200, body)]})

    series = await broker_for(kalshi).series("KXDEMO15M")

    assert series.fee_multiplier == Decimal("0.1")  # not 0.1000000000000000055511151231257827


async def test_market_terms_without_a_readable_series_leave_the_fees_unknown() -> None:
    market = {"ticker": "KXDEMO-26-A", "event_ticker": "KXDEMO-26", "status": "active", "price_ranges": []}
    kalshi = Kalshi({("GET", "/markets/KXDEMO-26-A"): [(200, {"market": market})]})

    terms = await broker_for(kalshi).market_terms("KXDEMO-26-A")

    assert kalshi.sent("GET", "/series/KXDEMO") != []
    assert terms.fees.known is False  # the taker rate everywhere: the conservative choice


def test_the_series_is_the_tickers_first_part() -> None:
    assert [series_ticker_of(t) for t in ("KXDEMO-26-A", "KXDEMO-26", "KXDEMO")] == ["KXDEMO"] * 3


async def test_a_ticker_that_is_not_one_path_segment_is_refused_before_sending() -> None:
    kalshi = Kalshi({})
    for bad in ("../portfolio", "a/b", ""):
        with pytest.raises(errors.InvalidArgument):
            await broker_for(kalshi).market(bad)
    assert kalshi.requests == []
