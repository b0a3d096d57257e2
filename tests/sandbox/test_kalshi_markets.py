"""Market data as the exchange serves it: `GET /markets/{ticker}`, `GET /markets` and its filters, the order
book (bids only on each side), `GET /series/{ticker}` with the fee schedule, and `GET /exchange/status` with
every shard. Bodies are also parsed with Kalshi's official models when they are unpacked (`_sdk_oracle`)."""

from __future__ import annotations

import pytest

from . import _sdk_oracle
from ._kalshi_support import API, MARKET, add_member, sandbox

# Every field the official `Market` model requires, plus the ones the reference lists.
MARKET_FIELDS = {
    "ticker",
    "event_ticker",
    "market_type",
    "status",
    "open_time",
    "close_time",
    "yes_bid_dollars",
    "yes_ask_dollars",
    "no_bid_dollars",
    "no_ask_dollars",
    "yes_bid_size_fp",
    "yes_ask_size_fp",
    "last_price_dollars",
    "volume_fp",
    "volume_24h_fp",
    "open_interest_fp",
    "result",
    "price_level_structure",
    "price_ranges",
    "exchange_index",
    "fractional_trading_enabled",
    "yes_sub_title",
    "no_sub_title",
    "created_time",
    "updated_time",
    "latest_expiration_time",
    "settlement_timer_seconds",
    "can_close_early",
    "notional_value_dollars",
    "previous_yes_bid_dollars",
    "previous_yes_ask_dollars",
    "previous_price_dollars",
    "settlement_bounds_type",
    "expiration_value",
    "rules_primary",
    "rules_secondary",
}


def test_get_market_wraps_one_market_with_its_top_of_book() -> None:
    _, alice, _ = sandbox()
    response = alice.public(f"/markets/{MARKET}")
    assert response.status_code == 200
    market = response.json()["market"]
    assert set(market) >= MARKET_FIELDS
    assert (market["status"], market["exchange_index"], market["price_level_structure"]) == (
        "active",
        0,
        "linear_cent",
    )
    assert (market["yes_bid_dollars"], market["yes_bid_size_fp"]) == ("0.4800", "100.00")
    assert (market["yes_ask_dollars"], market["yes_ask_size_fp"]) == ("0.5200", "100.00")
    assert (market["no_bid_dollars"], market["no_ask_dollars"]) == ("0.4800", "0.5200")
    _sdk_oracle.conforms("GetMarketResponse", response.json())


def test_volume_open_interest_and_last_price_follow_the_trades() -> None:
    _, alice, _ = sandbox()
    alice.create(price="0.53", count="150", time_in_force="immediate_or_cancel")
    market = alice.public(f"/markets/{MARKET}").json()["market"]
    assert (market["volume_fp"], market["volume_24h_fp"], market["open_interest_fp"]) == (
        "150.00",
        "150.00",
        "150.00",
    )
    assert (market["last_price_dollars"], market["yes_ask_dollars"], market["yes_ask_size_fp"]) == (
        "0.5300",
        "0.5300",
        "150.00",
    )


@pytest.mark.parametrize(
    ("ticker", "status", "result"),
    [("KXDEMO-26-C", "inactive", ""), ("KXDEMO-25-X", "closed", ""), ("KXDEMO-25-Y", "finalized", "yes")],
)
def test_paused_closed_and_settled_markets_are_listed_with_their_status(
    ticker: str, status: str, result: str
) -> None:
    _, alice, _ = sandbox()
    market = alice.public(f"/markets/{ticker}").json()["market"]
    assert (market["status"], market["result"]) == (status, result)
    if status == "finalized":
        assert market["settlement_value_dollars"] == "1.0000" and market["settlement_ts"]
    _sdk_oracle.conforms("Market", market)


def test_an_unknown_market_is_a_404() -> None:
    _, alice, _ = sandbox()
    response = alice.public("/markets/KXNOPE-1")
    assert (response.status_code, response.json()["error"]["code"]) == (404, "not_found")


def test_get_markets_filters_by_event_series_and_tickers() -> None:
    _, alice, _ = sandbox()

    def tickers(**params: str) -> list[str]:
        body = alice.public("/markets", **params).json()
        _sdk_oracle.conforms("GetMarketsResponse", body)
        return [m["ticker"] for m in body["markets"]]

    assert tickers(event_ticker="KXDEMO-26") == ["KXDEMO-26-A", "KXDEMO-26-B", "KXDEMO-26-C"]
    assert tickers(series_ticker="KXBTCD") == ["KXBTCD-26DEC31-T100000"]
    assert tickers(tickers="KXWTI-26DEC31-T80,KXRAIN-26NOV-T60") == ["KXRAIN-26NOV-T60", "KXWTI-26DEC31-T80"]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("paused", ["KXDEMO-26-C"]),
        ("closed", ["KXDEMO-25-X"]),
        ("settled", ["KXDEMO-25-Y"]),
        ("unopened", []),
    ],
)
def test_the_status_filter_speaks_its_own_vocabulary(status: str, expected: list[str]) -> None:
    _, alice, _ = sandbox()
    markets = alice.public("/markets", status=status).json()["markets"]
    assert [m["ticker"] for m in markets] == expected


def test_the_open_filter_lists_only_active_markets_and_a_bad_status_is_a_bare_400() -> None:
    _, alice, _ = sandbox()
    markets = alice.public("/markets", status="open").json()["markets"]
    assert markets and {m["status"] for m in markets} == {"active"}
    assert set(alice.public("/markets", status="active").json()) == {"msg"}


def test_get_markets_pages_with_a_cursor() -> None:
    _, alice, _ = sandbox()
    first = alice.public("/markets", limit=4).json()
    second = alice.public("/markets", limit=4, cursor=first["cursor"]).json()
    third = alice.public("/markets", limit=4, cursor=second["cursor"]).json()
    seen = [m["ticker"] for page in (first, second, third) for m in page["markets"]]
    assert len(seen) == len(set(seen)) == 9 and third["cursor"] == ""


# -- the order book ----------------------------------------------------------------------------------


def test_the_orderbook_has_bids_only_each_side_ascending_with_the_best_last() -> None:
    _, alice, _ = sandbox()
    response = alice.public(f"/markets/{MARKET}/orderbook")
    book = response.json()
    assert set(book) == {"orderbook_fp"}
    # YES bids 0.46/300, 0.47/200, 0.48/100; the YES asks 0.52/0.53/0.54 are NO bids at 0.48/0.47/0.46.
    assert book["orderbook_fp"] == {
        "yes_dollars": [["0.4600", "300.00"], ["0.4700", "200.00"], ["0.4800", "100.00"]],
        "no_dollars": [["0.4600", "300.00"], ["0.4700", "200.00"], ["0.4800", "100.00"]],
    }
    _sdk_oracle.conforms("GetMarketOrderbookResponse", book)


def test_orderbook_depth_keeps_the_best_levels() -> None:
    exchange, alice, _ = sandbox()
    bob = add_member(exchange, alice, "bob")
    bob.create(ticker="KXDEMO-26-B", side="ask", price="0.33", count="5")
    book = alice.public("/markets/KXDEMO-26-B/orderbook", depth=1).json()["orderbook_fp"]
    assert book == {"yes_dollars": [["0.3000", "100.00"]], "no_dollars": [["0.6700", "5.00"]]}
    everything = alice.public("/markets/KXDEMO-26-B/orderbook", depth=0).json()["orderbook_fp"]
    assert len(everything["no_dollars"]) == 3
    assert set(alice.public("/markets/KXDEMO-26-B/orderbook", depth=101).json()) == {"msg"}


def test_a_subpenny_book_keeps_its_prices() -> None:
    _, alice, _ = sandbox()
    book = alice.public("/markets/KXDEMO15M-26DEC011230-30/orderbook").json()["orderbook_fp"]
    assert book["yes_dollars"][-1] == ["0.0850", "50.00"]
    assert book["no_dollars"][-1] == ["0.9130", "50.00"]  # the YES ask at 0.087


# -- series and exchange status -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("series", "fee_type", "multiplier"),
    [("KXDEMO", "quadratic", 1), ("KXRAIN", "quadratic_with_maker_fees", 1), ("KXDEMO15M", "quadratic", 0.5)],
)
def test_a_series_states_its_fee_type_and_multiplier(series: str, fee_type: str, multiplier: float) -> None:
    _, alice, _ = sandbox()
    response = alice.public(f"/series/{series}")
    body = response.json()["series"]
    assert (body["ticker"], body["fee_type"], body["fee_multiplier"]) == (series, fee_type, multiplier)
    assert {"title", "category", "frequency"} <= set(body)
    _sdk_oracle.conforms("GetSeriesResponse", response.json())


def test_an_unknown_series_is_a_404() -> None:
    _, alice, _ = sandbox()
    assert alice.public("/series/KXNOPE").status_code == 404


def test_exchange_status_lists_every_shard() -> None:
    exchange, alice, _ = sandbox()
    exchange.set_trading_active(2, False)
    body = alice.public("/exchange/status").json()
    assert (body["exchange_active"], body["trading_active"]) == (True, True)  # shard 0's flags
    statuses = {s["exchange_index"]: s["trading_active"] for s in body["exchange_index_statuses"]}
    assert statuses == {0: True, 1: True, 2: False, 3: True}
    _sdk_oracle.conforms("ExchangeStatus", body)


# -- authentication of public reads ----------------------------------------------------------------


def test_market_reads_need_no_signature_but_a_bad_one_is_refused() -> None:
    _, alice, _ = sandbox()
    assert alice.get(f"/markets/{MARKET}").status_code == 200  # signed is fine too
    bad = alice.headers("GET", f"{API}/markets/{MARKET}") | {"KALSHI-ACCESS-SIGNATURE": "AAAA"}
    response = alice.client.get(f"{API}/markets/{MARKET}", headers=bad)
    assert (response.status_code, response.json()["error"]["code"]) == (401, "authentication_error")


def test_the_sdk_oracle_is_available() -> None:
    """The other checks in this file parse bodies with the official models only when they are unpacked."""
    _sdk_oracle.require()
