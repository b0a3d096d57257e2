"""The Kalshi adapter against today's exchange: the sandbox in-process, through the GENERATED client, signed.

The sandbox is written from the reference, not from our client: markets live on shards 0–3, a cancel or
decrease without `market_ticker`/`exchange_index` goes to shard 0, prices follow each market's grid
(subpenny on `deci_cent` and `tapered_deci_cent` markets), some markets take fractional counts, cash is
held per shard. Every request the client sends and every response the sandbox serves is also judged by
Kalshi's own SDK (tests/oracle, `BROKERSPEC_ORACLE=enforce`).

Seeded markets used here (tools/brokerspec/sandbox/kalshi/README.md): `KXDEMO-26-A` (shard 0, cents),
`KXBTCD-26DEC31-T100000` (shard 1, deci-cent, fractional), `KXDEMO15M-26DEC011230-30` (shard 2, tapered,
bid 0.085 / ask 0.087), `KXWTI-26DEC31-T80` (shard 3, where the member holds nothing). The member holds
$1,000 on subaccount 0, spread 70/20/10 over shards 0, 1, 2.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from brokerspec import errors
from brokerspec.brokers.clients import kalshi_client
from brokerspec.brokers.kalshi.adapter import KalshiBroker
from brokerspec.domain.market import count_allowed, price_on_grid, tradable
from brokerspec.domain.orders import OrderIntent
from brokerspec.http.auth import KalshiAuth
from brokerspec.sandbox import Sandbox
from brokerspec_kalshi.api.orders import cancel_order_v2

ORIGIN = "http://sandbox.test"
CENTS = "KXDEMO-26-A"
FRACTIONAL = "KXBTCD-26DEC31-T100000"
TAPERED = "KXDEMO15M-26DEC011230-30"
UNFUNDED = "KXWTI-26DEC31-T80"
_ids = itertools.count(1)
#: The reference: markets carry `fractional_trading_enabled` (in Kalshi's changelog, not yet in its SDK).
FRACTIONAL_FLAG = "the reference: markets carry fractional_trading_enabled, which the SDK's Market lacks"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    box = Sandbox(rate_limit_tier=None)
    if "kalshi" not in box.brokers:
        pytest.skip("the Kalshi simulator is not installed in this tree")
    yield box
    box.close()


def new_broker(sandbox: Sandbox) -> KalshiBroker:
    """A broker as the server builds it (the one client factory), with an empty route book."""
    creds = sandbox.credentials
    assert creds.kalshi_key_id and creds.kalshi_private_key_path
    client = kalshi_client(
        auth=KalshiAuth.from_pem_file(creds.kalshi_key_id, creds.kalshi_private_key_path),
        base_url=sandbox.base_urls(ORIGIN)["kalshi"],
        httpx_args={"transport": httpx.ASGITransport(app=sandbox.app)},
    )
    return KalshiBroker(client, environment="sandbox")


@pytest.fixture
async def broker(sandbox: Sandbox) -> AsyncIterator[KalshiBroker]:
    yield new_broker(sandbox)


def intent(ticker: str, action: str, side: str, count: str, price: str, **kw: Any) -> OrderIntent:
    return OrderIntent(
        ticker=ticker,
        action=action,  # type: ignore[arg-type]
        side=side,  # type: ignore[arg-type]
        count=Decimal(count),
        price_dollars=Decimal(price),
        client_order_id=f"bs-sbx-{next(_ids)}",
        **kw,
    )


def sent(sandbox: Sandbox, method: str, suffix: str) -> list[Any]:
    return [r for r in sandbox.requests if r.method == method and r.path.endswith(suffix)]


async def resting(broker: KalshiBroker, ticker: str, price: str = "0.080", count: str = "5") -> str:
    """A resting bid (buy YES) below the market's ask; its order id."""
    ack = await broker.create_order(intent(ticker, "buy", "yes", count, price))
    assert ack.status == "resting", ack
    return ack.order_id


# --- routing: a write that names an order reaches the order's shard -------------------------------------


async def test_a_cancel_without_the_ticker_misses_a_shard_2_order_and_the_adapter_routes_it(
    sandbox: Sandbox, broker: KalshiBroker
) -> None:
    order_id = await resting(broker, TAPERED)
    # the failure being fixed: a bare V2 cancel goes to shard 0, "not found", while the order keeps resting
    bare = await cancel_order_v2.asyncio_detailed(order_id, client=broker._client)
    assert bare.status_code == 404
    assert (await broker.order(order_id)).status == "resting"

    fresh = new_broker(sandbox)  # knows nothing: looks the order up (any shard), then cancels there
    ack = await fresh.cancel_order(order_id)

    assert ack.reduced_by_contracts == Decimal(5)
    assert (await fresh.order(order_id)).status == "canceled"
    (cancel,) = [r for r in sent(sandbox, "DELETE", f"/portfolio/events/orders/{order_id}") if r.query]
    assert f"market_ticker={TAPERED}" in cancel.query and "exchange_index=2" in cancel.query


async def test_a_create_remembers_the_route_so_the_cancel_needs_no_lookup(
    sandbox: Sandbox, broker: KalshiBroker
) -> None:
    order_id = await resting(broker, TAPERED)
    lookups_before = len(sent(sandbox, "GET", f"/portfolio/orders/{order_id}"))

    await broker.cancel_order(order_id)

    assert len(sent(sandbox, "GET", f"/portfolio/orders/{order_id}")) == lookups_before


async def test_a_wrong_remembered_ticker_is_corrected_before_reporting_not_found(
    sandbox: Sandbox, broker: KalshiBroker
) -> None:
    order_id = await resting(broker, TAPERED)
    stale = new_broker(sandbox)
    stale.remember_order(order_id, CENTS)  # a shard-0 market: the first cancel is asked on the wrong shard

    ack = await stale.cancel_order(order_id)

    assert ack.reduced_by_contracts == Decimal(5)
    assert (await stale.order(order_id)).status == "canceled"


async def test_an_unknown_order_is_not_found_without_sending_a_cancel(
    sandbox: Sandbox, broker: KalshiBroker
) -> None:
    unknown = "00000000-0000-4000-8000-000000000000"
    with pytest.raises(errors.NotFound):
        await broker.cancel_order(unknown)
    assert sent(sandbox, "DELETE", unknown) == []


async def test_a_canceled_order_is_not_found_without_a_second_cancel(
    sandbox: Sandbox, broker: KalshiBroker
) -> None:
    order_id = await resting(broker, CENTS, price="0.40")
    await broker.cancel_order(order_id)
    fresh = new_broker(sandbox)

    with pytest.raises(errors.NotFound, match="canceled"):
        await fresh.cancel_order(order_id)
    assert len(sent(sandbox, "DELETE", order_id)) == 1


async def test_batch_cancel_routes_each_item_to_its_shard(sandbox: Sandbox, broker: KalshiBroker) -> None:
    on_0 = await resting(broker, CENTS, price="0.40")
    on_1 = await resting(broker, FRACTIONAL, price="0.500", count="2.5")
    on_2 = await resting(broker, TAPERED)
    fresh = new_broker(sandbox)

    items = await fresh.batch_cancel([on_0, on_1, on_2])

    assert [i.error for i in items] == [None, None, None]
    assert [i.ack.reduced_by_contracts for i in items if i.ack] == [Decimal(5), Decimal("2.5"), Decimal(5)]
    for order_id in (on_0, on_1, on_2):
        assert (await fresh.order(order_id)).status == "canceled"


async def test_batch_cancel_reports_an_unknown_id_and_cancels_the_rest(
    sandbox: Sandbox, broker: KalshiBroker
) -> None:
    order_id = await resting(broker, TAPERED)
    unknown = "00000000-0000-4000-8000-000000000001"

    done, missing = await broker.batch_cancel([order_id, unknown])

    assert done.ack is not None and done.ack.reduced_by_contracts == Decimal(5)
    assert missing.ack is None and missing.error is not None and missing.error["broker_code"] == "not_found"


async def test_decrease_on_shard_2_reports_what_came_off_and_what_remains(
    sandbox: Sandbox, broker: KalshiBroker
) -> None:
    order_id = await resting(broker, TAPERED, count="5")
    fresh = new_broker(sandbox)

    ack = await fresh.decrease_order(order_id, reduce_to=Decimal(3))

    # the reply has no reduced_by: the lookup that found the shard said 5 rested, 3 remain
    assert (ack.reduced_by_contracts, ack.remaining_count_contracts) == (Decimal(2), Decimal(3))
    assert (await fresh.order(order_id)).remaining_count_contracts == Decimal(3)


async def test_a_price_only_amend_is_a_success_without_counts(sandbox: Sandbox, broker: KalshiBroker) -> None:
    order_id = await resting(broker, TAPERED, price="0.080", count="5")

    ack = await broker.amend_order(order_id, intent(TAPERED, "buy", "yes", "5", "0.081"))

    assert ack.status == "resting"
    assert (ack.fill_count_contracts, ack.remaining_count_contracts) == (None, None)
    order = await broker.order(order_id)
    assert order.yes_price_dollars == Decimal("0.081")
    assert order.remaining_count_contracts == Decimal(5)


# --- fixed point and direction ------------------------------------------------------------------------------


async def test_a_fractional_subpenny_order_reads_back_exactly(sandbox: Sandbox, broker: KalshiBroker) -> None:
    # buy 2.5 NO at 0.395 on the deci-cent, fractional market = ask 2.5 on the YES book at 0.605 (above the
    # best bid 0.555, so it rests)
    ack = await broker.create_order(intent(FRACTIONAL, "buy", "no", "2.5", "0.395"))
    assert ack.status == "resting"

    order = await broker.order(ack.order_id)

    assert (order.book_side, order.yes_price_dollars) == ("ask", Decimal("0.605"))
    assert (order.outcome_side, order.outcome_price_dollars) == ("no", Decimal("0.395"))
    assert order.remaining_count_contracts == Decimal("2.5")


async def test_a_sell_yes_fill_reads_as_an_ask_with_no_exposure_never_inverted(
    sandbox: Sandbox, broker: KalshiBroker
) -> None:
    # sell 3 YES at 0.48 into the market maker's 0.48 bid: ask at 0.48, NO exposure at 0.52
    ack = await broker.create_order(
        intent(CENTS, "sell", "yes", "3", "0.48", time_in_force="immediate_or_cancel")
    )
    assert ack.fill_count_contracts == Decimal(3)

    (fill,) = (await broker.fills(order_id=ack.order_id)).items

    assert (fill.book_side, fill.yes_price_dollars) == ("ask", Decimal("0.48"))
    assert (fill.outcome_side, fill.outcome_price_dollars) == ("no", Decimal("0.52"))
    assert fill.count_contracts == Decimal(3)


# --- subaccounts and shards in the portfolio ----------------------------------------------------------------


async def test_lists_send_the_subaccount_explicitly(sandbox: Sandbox, broker: KalshiBroker) -> None:
    await resting(broker, CENTS, price="0.40")

    primary = await broker.orders(ticker=CENTS)
    other = await broker.orders(ticker=CENTS, subaccount=1)
    await broker.fills(subaccount=1)
    await broker.settlements()
    await broker.positions(subaccount=1)

    assert len(primary.items) == 1 and other.items == []
    queries = [r.query for r in sandbox.requests if r.method == "GET" and "/portfolio/" in r.path]
    assert queries and all("subaccount=" in q for q in queries)
    with pytest.raises(errors.InvalidArgument):
        await broker.orders(subaccount=64)


async def test_balance_shows_the_cash_of_every_shard(broker: KalshiBroker) -> None:
    balance = await broker.balance()

    assert balance.by_shard_dollars == {0: Decimal(700), 1: Decimal(200), 2: Decimal(100)}
    assert balance.balance_dollars == Decimal(1000)
    assert (await broker.balance(subaccount=1)).balance_dollars == Decimal(100)


async def test_a_transfer_funds_a_shard_and_an_order_there_then_rests(broker: KalshiBroker) -> None:
    order = intent(UNFUNDED, "buy", "yes", "1", "0.40")
    with pytest.raises(errors.NotFound):  # 404 user_not_found: nothing held on shard 3
        await broker.create_order(order)

    await broker.transfer_between_shards(Decimal("5"), from_exchange_index=0, to_exchange_index=3)

    assert (await broker.balance()).by_shard_dollars == {
        0: Decimal(695),
        1: Decimal(200),
        2: Decimal(100),
        3: Decimal(5),
    }
    assert (await broker.create_order(intent(UNFUNDED, "buy", "yes", "1", "0.40"))).status == "resting"


@pytest.mark.oracle_exempt('the reference: {"queue_positions": null} when nothing rests; the SDK says a list')
async def test_queue_positions_with_nothing_resting_are_an_empty_list(broker: KalshiBroker) -> None:
    assert (await broker.queue_positions(market_tickers=[UNFUNDED])).items == []


# --- order groups on a shard --------------------------------------------------------------------------------


async def test_an_order_group_on_shard_2_is_triggered_reset_limited_and_deleted_there(
    sandbox: Sandbox, broker: KalshiBroker
) -> None:
    created = await broker.create_order_group(10, exchange_index=2)
    assert (created.exchange_index, created.subaccount) == (2, 0)
    group_id = created.order_group_id
    fresh = new_broker(sandbox)  # finds the group's shard in the group list

    for write in (fresh.trigger_order_group, fresh.reset_order_group):
        assert (await write(group_id)).exchange_index == 2
    assert (await fresh.update_order_group_limit(group_id, Decimal("7.5"))).action == "limit_updated"
    group = await fresh.order_group(group_id)
    assert group.contracts_limit == Decimal("7.5")
    assert (await fresh.delete_order_group(group_id)).action == "deleted"
    assert all(g.order_group_id != group_id for g in (await fresh.order_groups()).items)


async def test_no_order_groups_is_an_empty_list(broker: KalshiBroker) -> None:
    assert (await broker.order_groups()).items == []


# --- market reads -------------------------------------------------------------------------------------------


@pytest.mark.oracle_exempt(FRACTIONAL_FLAG)
async def test_a_tapered_market_on_shard_2_reads_with_its_grid_and_top_of_book(broker: KalshiBroker) -> None:
    market = await broker.market(TAPERED)

    assert (market.status, market.exchange_index, market.price_level_structure) == (
        "active",
        2,
        "tapered_deci_cent",
    )
    assert [(r.start_dollars, r.end_dollars, r.step_dollars) for r in market.price_ranges] == [
        (Decimal(0), Decimal("0.1"), Decimal("0.001")),
        (Decimal("0.1"), Decimal("0.9"), Decimal("0.01")),
        (Decimal("0.9"), Decimal(1), Decimal("0.001")),
    ]
    assert (market.yes_bid_dollars, market.yes_ask_dollars) == (Decimal("0.085"), Decimal("0.087"))
    assert market.fractional_trading_enabled is False


@pytest.mark.oracle_exempt(FRACTIONAL_FLAG)
async def test_market_terms_check_grid_fractions_and_status(broker: KalshiBroker) -> None:
    tapered = await broker.market_terms(TAPERED)
    fractional = await broker.market_terms(FRACTIONAL)
    status = await broker.trading_status()

    assert tradable(tapered, status) is None
    assert price_on_grid(tapered, Decimal("0.085")) is None
    off = price_on_grid(tapered, Decimal("0.155"))
    assert off is not None  # 0.155 is between 0.10 and 0.90, where the step is a cent
    assert count_allowed(fractional, Decimal("2.5")) is None
    assert count_allowed(tapered, Decimal("2.5")) is not None
    assert (tapered.fees.fee_type, tapered.fees.multiplier) == ("quadratic", Decimal("0.5"))
    assert fractional.fees.fee_type == "quadratic_with_maker_fees"


@pytest.mark.oracle_exempt(FRACTIONAL_FLAG)
async def test_markets_filter_by_event_and_status(broker: KalshiBroker) -> None:
    page = await broker.markets(event_ticker="KXDEMO-26", status="open")

    assert {m.ticker for m in page.items} == {"KXDEMO-26-A", "KXDEMO-26-B"}
    assert page.next_cursor is None
    (one,) = (await broker.markets(tickers=[TAPERED])).items
    assert one.exchange_index == 2


async def test_the_order_book_is_best_first_and_the_yes_ask_is_one_minus_the_no_bid(
    broker: KalshiBroker,
) -> None:
    book = await broker.orderbook(TAPERED, depth=2)

    assert [lv.price_dollars for lv in book.yes_bids] == [Decimal("0.085"), Decimal("0.08")]
    assert book.best_yes_bid_dollars == Decimal("0.085")
    assert book.best_yes_ask_dollars == Decimal("0.087")
    assert (await broker.order_book(TAPERED)).best_yes_ask is not None


async def test_exchange_status_series_and_account_limits(broker: KalshiBroker) -> None:
    status = await broker.exchange_status()
    series = await broker.series("KXRAIN")
    limits = await broker.account_limits()
    costs = await broker.endpoint_costs()

    assert (
        status.trading_active and status.shards and {s.exchange_index for s in status.shards} >= {0, 1, 2, 3}
    )
    assert (series.fee_type, series.fee_multiplier) == ("quadratic_with_maker_fees", Decimal(1))
    assert limits.read.refill_rate > 0 and limits.write.bucket_capacity > 0
    assert costs.default_cost == 10 and costs.endpoint_costs
