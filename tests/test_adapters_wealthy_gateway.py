"""Wealthy and vendor-gateway adapters: generated models -> normalized rows, and fetchers over HTTP mocks.

Expected figures come from the seeds (tests/data/seeds/) and the reference notes, worked out by hand in
the comments. Fetchers run the real generated clients over `httpx.MockTransport`: no network.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("brokerspec_wealthy") is None:
    sys.path.insert(0, str(ROOT / "generated"))

from brokerspec.app.portfolio_read import gather_portfolio  # noqa: E402
from brokerspec.brokers import vendor_gateway, wealthy  # noqa: E402
from brokerspec.brokers.clients import gateway_client, wealthy_client  # noqa: E402
from brokerspec.errors import (  # noqa: E402
    AuthenticationError,
    InvalidResponse,
    NotFound,
    RejectedByBroker,
    Unavailable,
)
from brokerspec.http.auth import HeaderTokenAuth  # noqa: E402
from brokerspec_vendor_gateway.models import GatewayHolding, GatewayPosition  # noqa: E402
from brokerspec_wealthy.models import WealthyHolding, WealthyPosition  # noqa: E402

SEEDS = ROOT / "tests" / "data" / "seeds"
BASE_URL = "http://broker.test"
Handler = Callable[[httpx.Request], httpx.Response]


def _seed(name: str) -> Any:
    return json.loads((SEEDS / f"{name}.json").read_text())


def _wealthy_holdings(*rows: dict[str, Any]) -> list[WealthyHolding]:
    return [WealthyHolding.from_dict(row) for row in (rows or _seed("wealthy_holdings"))]


def _wealthy_positions(*rows: dict[str, Any]) -> list[WealthyPosition]:
    return [WealthyPosition.from_dict(row) for row in (rows or _seed("wealthy_positions"))]


def _gateway_holdings(*rows: dict[str, Any]) -> list[GatewayHolding]:
    return [GatewayHolding.from_dict(row) for row in (rows or _seed("gateway_holdings")["result"])]


def _gateway_positions(*rows: dict[str, Any]) -> list[GatewayPosition]:
    return [GatewayPosition.from_dict(row) for row in (rows or _seed("gateway_positions")["result"])]


def _grinfra(**changes: Any) -> dict[str, Any]:
    row = copy.deepcopy(_seed("wealthy_holdings")[0])
    row.update(changes)
    return row


def _suzlon(**changes: Any) -> dict[str, Any]:
    row = copy.deepcopy(_seed("wealthy_positions")[0])
    row.update(changes)
    return row


def _bhel(**changes: Any) -> dict[str, Any]:
    row = copy.deepcopy(_seed("gateway_holdings")["result"][0])
    row.update(changes)
    return row


def _starpaper(**changes: Any) -> dict[str, Any]:
    row = copy.deepcopy(_seed("gateway_positions")["result"][0])
    row.update(changes)
    return row


def _wealthy_client(handler: Handler) -> Any:
    """Built by the one factory, as the product builds it, over a mock network."""
    return wealthy_client(
        auth=HeaderTokenAuth("access-token", "tok-123"),
        base_url=BASE_URL,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def _gateway_client(handler: Handler) -> Any:
    return gateway_client(base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(handler)})


def _wealthy_seed_handler(seen: list[httpx.Request] | None = None) -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        if request.url.path == "/v1/report/holdings/":
            return httpx.Response(200, json=_seed("wealthy_holdings"))
        if request.url.path == "/v0/report/positions/":
            return httpx.Response(200, json=_seed("wealthy_positions"))
        return httpx.Response(404, text="no such path")

    return handle


def _gateway_handler(
    holdings: Any = None, positions: Any = None, seen: list[httpx.Request] | None = None
) -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        if request.url.path == "/holdings/getUsrHold":
            return httpx.Response(200, json=_seed("gateway_holdings") if holdings is None else holdings)
        if request.url.path == "/positions/getposition":
            return httpx.Response(200, json=_seed("gateway_positions") if positions is None else positions)
        return httpx.Response(404, text="no such path")

    return handle


# Wealthy holdings


def test_wealthy_holding_quantity_is_the_noren_valuation_quantity_of_the_seed() -> None:
    # GRINFRA: btst 0 + holding 1300 + broker 0 + unpledged 0 + beneficiary 0 + max("", 0) - used 0 = 1300
    # (collateral_quantity 1155 is not a term: it is part of the 1300, pledged)
    grinfra, avanti = wealthy.holdings_from_wealthy(_wealthy_holdings())
    assert grinfra.quantity == Decimal(1300)
    assert avanti.quantity == Decimal(1500)


def test_valuation_quantity_adds_every_bucket_takes_the_larger_of_non_poa_and_dp_and_subtracts_used() -> None:
    row = _grinfra(
        btst_quantity="5",
        holding_quantity="100",
        broker_quantity="7",
        unpledged_quantity="3",
        beneficiary_quantity="2",
        non_poa_dispaly_qty="11",
        dp_quantity="4",
        used_quantity="10",
        collateral_quantity="999",
        btst_collateral_quantity="888",
    )
    # 5 + 100 + 7 + 3 + 2 + max(11, 4) - 10 = 118
    assert wealthy.valuation_quantity(WealthyHolding.from_dict(row)) == Decimal(118)


def test_valuation_quantity_uses_dp_when_it_exceeds_non_poa() -> None:
    row = _grinfra(holding_quantity="100", non_poa_dispaly_qty="2", dp_quantity="9", used_quantity="1")
    # 0 + 100 + 0 + 0 + 0 + max(2, 9) - 1 = 108
    assert wealthy.valuation_quantity(WealthyHolding.from_dict(row)) == Decimal(108)


def test_valuation_quantity_counts_absent_buckets_as_zero() -> None:
    row = _grinfra(holding_quantity="100", btst_quantity="", dp_quantity="-", used_quantity="- ")
    row.pop("broker_quantity")  # a key missing altogether counts as 0 too
    assert wealthy.valuation_quantity(WealthyHolding.from_dict(row)) == Decimal(100)


def test_a_wealthy_holding_with_no_quantity_at_all_is_an_error_not_zero() -> None:
    row = {"instrument": _grinfra()["instrument"], "avg_price": "10.00"}
    with pytest.raises(ValueError, match="no quantity"):
        wealthy.holdings_from_wealthy(_wealthy_holdings(row))


def test_wealthy_invested_value_is_quantity_times_average_price() -> None:
    grinfra, avanti = wealthy.holdings_from_wealthy(_wealthy_holdings())
    assert grinfra.invested_value == Decimal("1586000.00")  # 1300 x 1220.00
    assert avanti.invested_value == Decimal("690000.00")  # 1500 x 460.00


def test_wealthy_holding_without_average_price_has_no_invested_value() -> None:
    (holding,) = wealthy.holdings_from_wealthy(_wealthy_holdings(_grinfra(avg_price="")))
    assert holding.average_price is None
    assert holding.invested_value is None


def test_wealthy_holding_uses_the_nse_listing_with_the_eq_suffix_dropped_for_display() -> None:
    grinfra, avanti = wealthy.holdings_from_wealthy(_wealthy_holdings())
    assert (grinfra.symbol, grinfra.trading_symbol, grinfra.exchange) == ("GRINFRA", "GRINFRA-EQ", "NSE")
    assert (avanti.symbol, avanti.trading_symbol) == ("AVANTIFEED", "AVANTIFEED-EQ")


def test_wealthy_holding_prefers_nse_even_when_it_is_not_listed_first() -> None:
    nse, bse = _grinfra()["instrument"]
    (holding,) = wealthy.holdings_from_wealthy(_wealthy_holdings(_grinfra(instrument=[bse, nse])))
    assert holding.exchange == "NSE"


def test_wealthy_holding_without_an_nse_listing_uses_the_first_listing() -> None:
    bse = _grinfra()["instrument"][1]
    (holding,) = wealthy.holdings_from_wealthy(_wealthy_holdings(_grinfra(instrument=[bse])))
    assert (holding.symbol, holding.exchange) == ("GRINFRA", "BSE")


def test_a_series_suffix_other_than_eq_is_kept() -> None:
    nse = dict(_grinfra()["instrument"][0], trading_symbol="GRINFRA-BE")
    (holding,) = wealthy.holdings_from_wealthy(_wealthy_holdings(_grinfra(instrument=[nse])))
    assert holding.symbol == "GRINFRA-BE"


def test_wealthy_holdings_carry_no_last_price_and_no_pnl() -> None:
    for holding in wealthy.holdings_from_wealthy(_wealthy_holdings()):
        assert holding.last_price is None
        assert holding.unrealized_pnl is None
        assert holding.isin is None
        assert holding.currency == "INR"


@pytest.mark.parametrize(
    ("code", "name"), [(1, "NSE"), (2, "NFO"), (3, "BSE"), (4, "BFO"), (7, "EXCH_7"), (None, None)]
)
def test_wealthy_exchange_codes_map_and_unknown_codes_pass_through(
    code: int | None, name: str | None
) -> None:
    assert wealthy.exchange_from_code(code) == name


@pytest.mark.parametrize(
    ("code", "name"),
    [(1, "CNC"), (2, "MIS"), (3, "NRML"), (4, "CO"), (5, "BO"), (6, "MTF"), (9, "PRODUCT_9"), (None, None)],
)
def test_wealthy_order_type_is_the_product_and_unknown_codes_pass_through(
    code: int | None, name: str | None
) -> None:
    assert wealthy.product_from_code(code) == name


def test_an_unknown_exchange_on_the_wire_passes_through_instead_of_failing() -> None:
    (position,) = wealthy.positions_from_wealthy(_wealthy_positions(_suzlon(exchange_name=7, order_type=9)))
    assert (position.exchange, position.product) == ("EXCH_7", "PRODUCT_9")


# Wealthy positions


def test_suzlon_positions_keep_the_sign_of_net_quantity() -> None:
    long, short = wealthy.positions_from_wealthy(_wealthy_positions())
    assert long.quantity == Decimal(1)
    assert short.quantity == Decimal(-1)


def test_suzlon_positions_map_product_exchange_and_symbol() -> None:
    long, short = wealthy.positions_from_wealthy(_wealthy_positions())
    assert (long.symbol, long.trading_symbol, long.exchange, long.product) == (
        "SUZLON",
        "SUZLON-EQ",
        "NSE",
        "CO",
    )
    assert short.product == "MIS"


def test_suzlon_positions_use_the_brokers_own_prices_and_pnl() -> None:
    long, short = wealthy.positions_from_wealthy(_wealthy_positions())
    assert (long.average_price, long.last_price) == (Decimal("8.06"), Decimal("9.65"))
    assert (long.unrealized_pnl, long.realized_pnl) == (Decimal("1.59"), Decimal(0))  # realized "-0.00"
    assert (short.unrealized_pnl, short.realized_pnl) == (Decimal("-1.59"), Decimal(0))  # realized "0.00"


def test_suzlon_position_pnl_is_unrealized_plus_realized() -> None:
    long, short = wealthy.positions_from_wealthy(_wealthy_positions())
    assert long.pnl == Decimal("1.59")  # 1.59 + -0.00
    assert short.pnl == Decimal("-1.59")  # -1.59 + 0.00


def test_position_pnl_adds_a_nonzero_realized_figure_rather_than_recomputing_from_prices() -> None:
    (position,) = wealthy.positions_from_wealthy(_wealthy_positions(_suzlon(realized_pnl="-12.40")))
    # 1.59 + -12.40 = -10.81 (prices would say (9.65 - 8.06) x 1 = 1.59 and lose the realized loss)
    assert position.pnl == Decimal("-10.81")


def test_position_pnl_is_null_when_either_figure_is_absent() -> None:
    (position,) = wealthy.positions_from_wealthy(_wealthy_positions(_suzlon(realized_pnl="")))
    assert position.realized_pnl is None
    assert position.unrealized_pnl == Decimal("1.59")
    assert position.pnl is None


def test_wealthy_positions_have_no_derivative_or_prediction_market_fields() -> None:
    for position in wealthy.positions_from_wealthy(_wealthy_positions()):
        assert (position.segment, position.expiry, position.strike, position.option_type) == (None,) * 4
        assert (position.exposure, position.fees_paid, position.total_traded) == (None,) * 3
        assert position.currency == "INR"


def test_garbage_in_a_wealthy_number_is_an_error_not_a_zero() -> None:
    with pytest.raises(ValueError, match="not a decimal"):
        wealthy.positions_from_wealthy(_wealthy_positions(_suzlon(last_trade_price="n/a")))


# Wealthy fetchers


async def test_wealthy_fetch_portfolio_reads_both_versioned_paths_with_the_access_token() -> None:
    seen: list[httpx.Request] = []
    await wealthy.fetch_portfolio(_wealthy_client(_wealthy_seed_handler(seen)))
    assert sorted(r.url.path for r in seen) == ["/v0/report/positions/", "/v1/report/holdings/"]
    assert all(r.method == "GET" and r.headers["access-token"] == "tok-123" for r in seen)


async def test_wealthy_fetch_portfolio_normalizes_the_seed_and_totals_it() -> None:
    portfolio = await wealthy.fetch_portfolio(_wealthy_client(_wealthy_seed_handler()))
    assert portfolio.broker == "wealthy"
    assert [h.symbol for h in portfolio.holdings] == ["GRINFRA", "AVANTIFEED"]
    assert [p.quantity for p in portfolio.positions] == [Decimal(1), Decimal(-1)]
    assert portfolio.totals.invested_value == Decimal("2276000.00")  # 1586000.00 + 690000.00
    assert portfolio.totals.realized_pnl == Decimal(0)  # -0.00 + 0.00
    assert portfolio.totals.currency == "INR"


async def test_wealthy_totals_without_last_prices_are_null_and_a_warning_says_why() -> None:
    portfolio = await wealthy.fetch_portfolio(_wealthy_client(_wealthy_seed_handler()))
    assert portfolio.totals.market_value is None
    assert portfolio.totals.unrealized_pnl is None  # holdings' unrealized P&L is unknown
    assert any("no last price" in warning for warning in portfolio.warnings)


async def test_wealthy_fetch_holdings_and_positions_alone() -> None:
    client = _wealthy_client(_wealthy_seed_handler())
    assert len(await wealthy.fetch_holdings(client)) == 2
    assert len(await wealthy.fetch_positions(client)) == 2


async def test_wealthy_401_is_an_authentication_error_asking_to_log_in_again() -> None:
    client = _wealthy_client(lambda request: httpx.Response(401, text="Unauthorized"))
    with pytest.raises(AuthenticationError) as caught:
        await wealthy.fetch_portfolio(client)
    assert "log in again" in str(caught.value)
    assert caught.value.broker == "wealthy"
    assert caught.value.retry_safe is False


async def test_wealthy_401_on_positions_alone_still_fails_the_broker() -> None:
    seed = _wealthy_seed_handler()

    def handle(request: httpx.Request) -> httpx.Response:
        if "positions" in request.url.path:
            return httpx.Response(401, text="token expired")
        return seed(request)

    with pytest.raises(AuthenticationError):
        await wealthy.fetch_portfolio(_wealthy_client(handle))


async def test_wealthy_server_error_is_unavailable_and_safe_to_retry() -> None:
    client = _wealthy_client(lambda request: httpx.Response(503, text="maintenance"))
    with pytest.raises(Unavailable) as caught:
        await wealthy.fetch_holdings(client)
    assert caught.value.retry_safe is True


async def test_wealthy_connection_failure_is_unavailable() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(Unavailable):
        await wealthy.fetch_positions(_wealthy_client(refuse))


async def test_wealthy_html_instead_of_json_is_an_invalid_response() -> None:
    client = _wealthy_client(
        lambda request: httpx.Response(200, text="<html>login</html>", headers={"content-type": "text/html"})
    )
    with pytest.raises(InvalidResponse):
        await wealthy.fetch_holdings(client)


async def test_wealthy_garbage_number_in_a_200_is_an_invalid_response() -> None:
    rows = [_suzlon(net_quantity="one")]
    client = _wealthy_client(lambda request: httpx.Response(200, json=rows))
    with pytest.raises(InvalidResponse):
        await wealthy.fetch_positions(client)


# Gateway holdings


def test_gateway_bhel_holding_maps_the_brokers_fields() -> None:
    (bhel,) = vendor_gateway.holdings_from_gateway(_gateway_holdings())
    assert (bhel.broker, bhel.symbol, bhel.isin, bhel.exchange) == (
        "vendor_gateway",
        "BHEL",
        "INE257A01026",
        "NSE",
    )
    assert bhel.quantity == Decimal(45)  # "qunatity" (sic)
    assert bhel.average_price == Decimal("110.00")
    assert bhel.last_price == Decimal("71.40")
    assert bhel.currency == "INR"


def test_gateway_holding_cost_is_the_total_invested_value() -> None:
    (bhel,) = vendor_gateway.holdings_from_gateway(_gateway_holdings())
    assert bhel.invested_value == Decimal(4950)
    assert bhel.invested_value == Decimal(45) * Decimal("110.00")  # the seed's own arithmetic: a total


def test_gateway_unrealized_pnl_is_reported_and_matches_the_seeds_own_arithmetic() -> None:
    (bhel,) = vendor_gateway.holdings_from_gateway(_gateway_holdings())
    assert bhel.unrealized_pnl == Decimal("-1737.00")
    assert bhel.unrealized_pnl == (Decimal("71.40") - Decimal("110.00")) * 45  # -38.60 x 45


def test_gateway_unrealized_pnl_is_kept_as_reported_not_recomputed() -> None:
    (bhel,) = vendor_gateway.holdings_from_gateway(_gateway_holdings(_bhel(unrealisedGainLoss="-1700.00")))
    assert bhel.unrealized_pnl == Decimal("-1700.00")


def test_gateway_fractional_holding_cost_number_is_read_without_float_noise() -> None:
    (holding,) = vendor_gateway.holdings_from_gateway(_gateway_holdings(_bhel(holdingCost=4950.1)))
    assert holding.invested_value == Decimal("4950.1")


def test_gateway_missing_holding_cost_falls_back_to_quantity_times_average() -> None:
    row = _bhel()
    del row["holdingCost"]
    (holding,) = vendor_gateway.holdings_from_gateway(_gateway_holdings(row))
    assert holding.invested_value == Decimal("4950.00")  # 45 x 110.00


def test_gateway_holding_exchange_is_bse_with_only_a_bse_token_and_null_with_none() -> None:
    (bse,) = vendor_gateway.holdings_from_gateway(_gateway_holdings(_bhel(NSEToken="")))
    (neither,) = vendor_gateway.holdings_from_gateway(_gateway_holdings(_bhel(NSEToken="", BSEToken="-")))
    assert (bse.exchange, neither.exchange) == ("BSE", None)


def test_gateway_holding_absent_last_price_and_pnl_are_null() -> None:
    (holding,) = vendor_gateway.holdings_from_gateway(
        _gateway_holdings(_bhel(lastPrice="", unrealisedGainLoss="-"))
    )
    assert (holding.last_price, holding.unrealized_pnl) == (None, None)


# Gateway positions


def test_starpaper_absent_markers_become_null() -> None:
    (star,) = vendor_gateway.positions_from_gateway(_gateway_positions())
    assert star.unrealized_pnl is None  # mtm ""
    assert star.expiry is None  # Expiry "-"
    assert star.option_type is None  # option_Type "- "
    assert star.strike is None  # strike_price "0" on an equity
    assert star.product is None  # ProductType ""


def test_starpaper_maps_the_reported_fields() -> None:
    (star,) = vendor_gateway.positions_from_gateway(_gateway_positions())
    assert (star.symbol, star.trading_symbol, star.exchange, star.segment) == (
        "STARPAPER",
        "STARPAPER-EQ",
        "NSE",
        "EQ",
    )
    assert (star.quantity, star.average_price, star.last_price) == (Decimal(0), Decimal(0), Decimal(172))
    assert (star.realized_pnl, star.pnl) == (None, None)  # the gateway reports no realized P&L


def test_gateway_position_quantity_is_signed_net_qty() -> None:
    (short,) = vendor_gateway.positions_from_gateway(
        _gateway_positions(_starpaper(netQty=-25, TotalNetQty=-25))
    )
    assert short.quantity == Decimal(-25)


def test_gateway_position_reports_mtm_as_unrealized() -> None:
    (position,) = vendor_gateway.positions_from_gateway(
        _gateway_positions(_starpaper(netQty=10, mtm="-42.50"))
    )
    assert position.unrealized_pnl == Decimal("-42.50")


def test_gateway_option_keeps_strike_expiry_and_takes_its_type_from_the_segment() -> None:
    row = _starpaper(
        segment="CE", tradeSymbol="NIFTY24NOV22500CE", Expiry="28NOV2024", strike_price="22500", netQty=-50
    )
    (option,) = vendor_gateway.positions_from_gateway(_gateway_positions(row))
    assert (option.option_type, option.strike, option.expiry) == ("CE", Decimal(22500), "28NOV2024")
    assert option.quantity == Decimal(-50)


def test_gateway_option_type_field_wins_when_sent() -> None:
    row = _starpaper(segment="OPTIDX", option_Type="pe", strike_price="100.5")
    (option,) = vendor_gateway.positions_from_gateway(_gateway_positions(row))
    assert (option.option_type, option.strike) == ("PE", Decimal("100.5"))


def test_gateway_future_has_no_strike_even_though_the_wire_says_zero() -> None:
    row = _starpaper(segment="FUT", Expiry="28NOV2024", strike_price="0", ProductType="NRML")
    (future,) = vendor_gateway.positions_from_gateway(_gateway_positions(row))
    assert (future.strike, future.option_type, future.expiry, future.product) == (
        None,
        None,
        "28NOV2024",
        "NRML",
    )


def test_gateway_zero_strike_is_filler_even_on_an_option() -> None:
    (option,) = vendor_gateway.positions_from_gateway(_gateway_positions(_starpaper(segment="PE")))
    assert (option.option_type, option.strike) == ("PE", None)


def test_gateway_warns_when_total_net_qty_differs_from_net_qty() -> None:
    assert vendor_gateway.quantity_warnings(_gateway_positions()) == []
    (warning,) = vendor_gateway.quantity_warnings(_gateway_positions(_starpaper(preNetQty=5, TotalNetQty=5)))
    assert "STARPAPER-EQ" in warning and "TotalNetQty" in warning


# Gateway fetchers


async def test_gateway_fetch_posts_exactly_user_id_and_vendor() -> None:
    seen: list[httpx.Request] = []
    await vendor_gateway.fetch_portfolio(
        _gateway_client(_gateway_handler(seen=seen)), user_id="AB1234", vendor="KOTAK"
    )
    assert sorted(r.url.path for r in seen) == ["/holdings/getUsrHold", "/positions/getposition"]
    for request in seen:
        assert request.method == "POST"
        assert json.loads(request.content) == {"userId": "AB1234", "vendor": "KOTAK"}


async def test_gateway_fetch_portfolio_normalizes_the_seed_and_totals_it() -> None:
    portfolio = await vendor_gateway.fetch_portfolio(
        _gateway_client(_gateway_handler()), user_id="AB1234", vendor="KOTAK"
    )
    assert (portfolio.broker, portfolio.vendor) == ("vendor_gateway", "KOTAK")
    assert portfolio.totals.invested_value == Decimal(4950)
    assert portfolio.totals.market_value == Decimal("3213.00")  # 71.40 x 45
    # BHEL -1737.00; STARPAPER is flat (netQty 0) with no mtm, so it adds nothing
    assert portfolio.totals.unrealized_pnl == Decimal("-1737.00")
    assert portfolio.totals.realized_pnl is None  # the gateway reports none
    assert portfolio.warnings == []


async def test_gateway_not_ok_envelope_is_a_broker_error_keeping_the_message_verbatim() -> None:
    message = "RMS: Order service unavailable for INDIRA (code 17)"
    client = _gateway_client(
        _gateway_handler(holdings={"status": "Not ok", "message": message, "result": None})
    )
    with pytest.raises(RejectedByBroker) as caught:
        await vendor_gateway.fetch_holdings(client, user_id="AB1234", vendor="INDIRA")
    assert caught.value.broker_message == message
    assert message in str(caught.value)


async def test_gateway_not_ok_with_stat_key_and_session_message_is_an_authentication_error() -> None:
    envelope = {"stat": "Not ok", "message": "Invalid session", "result": None}
    client = _gateway_client(_gateway_handler(positions=envelope))
    with pytest.raises(AuthenticationError) as caught:
        await vendor_gateway.fetch_positions(client, user_id="AB1234", vendor="KOTAK")
    assert caught.value.broker_message == "Invalid session"


async def test_gateway_not_ok_that_is_really_a_success_returns_the_holdings() -> None:
    quirk = {"status": "Not ok", "message": "success", "result": [_bhel()]}
    client = _gateway_client(_gateway_handler(holdings=quirk))
    (bhel,) = await vendor_gateway.fetch_holdings(client, user_id="AB1234", vendor="KOTAK")
    assert bhel.symbol == "BHEL"


async def test_gateway_nothing_held_is_an_empty_list_with_the_message_as_a_warning() -> None:
    envelope = {"status": "Not ok", "message": "No holdings found for user", "result": None}
    client = _gateway_client(_gateway_handler(holdings=envelope))
    portfolio = await vendor_gateway.fetch_portfolio(client, user_id="AB1234", vendor="KOTAK")
    assert portfolio.holdings == []
    assert portfolio.totals.invested_value == Decimal(0)
    assert any("No holdings found for user" in warning for warning in portfolio.warnings)


async def test_gateway_user_not_found_stays_an_error() -> None:
    envelope = {"status": "Not ok", "message": "User not found", "result": None}
    client = _gateway_client(_gateway_handler(holdings=envelope))
    with pytest.raises(NotFound):
        await vendor_gateway.fetch_holdings(client, user_id="nobody", vendor="KOTAK")


async def test_gateway_ok_with_null_result_is_empty() -> None:
    client = _gateway_client(
        _gateway_handler(positions={"status": "Ok", "message": "success", "result": None})
    )
    assert await vendor_gateway.fetch_positions(client, user_id="AB1234", vendor="KOTAK") == []


async def test_gateway_server_error_on_a_post_read_is_unavailable_not_uncertain() -> None:
    client = _gateway_client(lambda request: httpx.Response(502, text="bad gateway"))
    with pytest.raises(Unavailable) as caught:
        await vendor_gateway.fetch_holdings(client, user_id="AB1234", vendor="KOTAK")
    assert caught.value.retry_safe is True


async def test_gateway_timeout_on_a_post_read_is_unavailable_and_safe_to_retry() -> None:
    def hang(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(Unavailable) as caught:
        await vendor_gateway.fetch_positions(_gateway_client(hang), user_id="AB1234", vendor="KOTAK")
    assert caught.value.retry_safe is True


async def test_gateway_row_without_quantity_is_an_invalid_response() -> None:
    envelope = {"status": "Ok", "message": "success", "result": [_bhel(qunatity="")]}
    client = _gateway_client(_gateway_handler(holdings=envelope))
    with pytest.raises(InvalidResponse):
        await vendor_gateway.fetch_holdings(client, user_id="AB1234", vendor="KOTAK")


# Together


async def test_a_wealthy_401_does_not_hide_the_gateway_portfolio() -> None:
    wealthy_client = _wealthy_client(lambda request: httpx.Response(401, text="Unauthorized"))
    portfolio = await gather_portfolio(
        {
            "wealthy": wealthy.fetch_portfolio(wealthy_client),
            "vendor_gateway": vendor_gateway.fetch_portfolio(
                _gateway_client(_gateway_handler()), user_id="AB1234", vendor="KOTAK"
            ),
        }
    )
    assert [b.broker for b in portfolio.brokers] == ["vendor_gateway"]
    (error,) = portfolio.errors
    assert (error.broker, error.code, error.retry_safe) == ("wealthy", "authentication_failed", False)
    assert "log in again" in error.message


def test_importing_the_adapters_does_not_import_the_generated_packages() -> None:
    code = (
        "import sys, brokerspec.brokers.wealthy, brokerspec.brokers.vendor_gateway; "
        "print(sorted(m for m in sys.modules if m.startswith('brokerspec_')))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.strip() == "[]"
