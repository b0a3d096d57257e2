"""The Wealthy simulator speaks Wealthy's wire: paths, `access-token`/raw `Authorization`, bare arrays, string numbers."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from brokerspec.sandbox import WealthyBroker, create_wealthy_app
from brokerspec.sandbox.data import WEALTHY_ACCESS_TOKEN

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"
HEADERS = {"access-token": WEALTHY_ACCESS_TOKEN}
INT_FIELDS = {"exchange_name", "lot_size", "order_type"}
ABSENT = {"", "-", "- "}


@pytest.fixture
def broker() -> WealthyBroker:
    return WealthyBroker()


@pytest.fixture
async def wealthy(broker: WealthyBroker) -> Any:
    transport = httpx.ASGITransport(app=create_wealthy_app(broker))
    async with httpx.AsyncClient(transport=transport, base_url="http://wealthy.test") as c:
        yield c


async def _holdings(client: httpx.AsyncClient) -> list[dict[str, Any]]:
    response = await client.get("/v1/report/holdings/", headers=HEADERS)
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


async def _positions(client: httpx.AsyncClient) -> list[dict[str, Any]]:
    response = await client.get("/v0/report/positions/", headers=HEADERS)
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


async def test_holdings_are_a_bare_json_array_at_the_versioned_path(wealthy: httpx.AsyncClient) -> None:
    response = await wealthy.get("/v1/report/holdings/", headers=HEADERS)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert isinstance(response.json(), list) and response.json()


async def test_positions_are_a_bare_json_array_at_the_v0_path(wealthy: httpx.AsyncClient) -> None:
    response = await wealthy.get("/v0/report/positions/", headers=HEADERS)
    assert response.status_code == 200
    assert isinstance(response.json(), list) and response.json()


async def test_the_seeds_unversioned_paths_serve_the_same_data(wealthy: httpx.AsyncClient) -> None:
    holdings = await wealthy.get("/report/holdings/", headers=HEADERS)
    positions = await wealthy.get("/report/positions/", headers=HEADERS)
    assert holdings.json() == await _holdings(wealthy)
    assert positions.json() == await _positions(wealthy)


async def test_a_path_without_its_trailing_slash_is_not_found(wealthy: httpx.AsyncClient) -> None:
    response = await wealthy.get("/v1/report/holdings", headers=HEADERS)
    assert response.status_code == 404


async def test_a_missing_access_token_is_401_in_plain_text(wealthy: httpx.AsyncClient) -> None:
    response = await wealthy.get("/v1/report/holdings/")
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("text/plain")
    assert "access-token" in response.text


async def test_an_unknown_access_token_is_401(wealthy: httpx.AsyncClient) -> None:
    response = await wealthy.get("/v0/report/positions/", headers={"access-token": "not-a-token"})
    assert response.status_code == 401
    assert "log in again" in response.text


async def test_a_bearer_prefix_is_not_accepted(wealthy: httpx.AsyncClient) -> None:
    response = await wealthy.get(
        "/v1/report/holdings/", headers={"access-token": f"Bearer {WEALTHY_ACCESS_TOKEN}"}
    )
    assert response.status_code == 401


# Either header carries the token: `access-token` (the seed), raw `Authorization` (Wealthy's own client).

BAD_TOKEN_BODY = "access-token is invalid or expired: log in again"


async def test_the_token_in_a_raw_authorization_header_alone_is_accepted(wealthy: httpx.AsyncClient) -> None:
    response = await wealthy.get("/v1/report/holdings/", headers={"Authorization": WEALTHY_ACCESS_TOKEN})
    assert response.status_code == 200
    assert response.json() == await _holdings(wealthy)


async def test_the_token_in_both_headers_is_accepted(wealthy: httpx.AsyncClient) -> None:
    headers = {"access-token": WEALTHY_ACCESS_TOKEN, "Authorization": WEALTHY_ACCESS_TOKEN}
    response = await wealthy.get("/v0/report/positions/", headers=headers)
    assert response.status_code == 200


@pytest.mark.parametrize("header", ["access-token", "Authorization"])
async def test_a_wrong_token_in_either_header_alone_is_the_same_401(
    wealthy: httpx.AsyncClient, header: str
) -> None:
    response = await wealthy.get("/v1/report/holdings/", headers={header: "not-a-token"})
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text == BAD_TOKEN_BODY


@pytest.mark.parametrize("wrong", ["access-token", "Authorization"])
async def test_a_wrong_token_in_one_header_is_401_even_when_the_other_is_right(
    wealthy: httpx.AsyncClient, wrong: str
) -> None:
    headers = {"access-token": WEALTHY_ACCESS_TOKEN, "Authorization": WEALTHY_ACCESS_TOKEN, wrong: "stale"}
    response = await wealthy.get("/v1/report/holdings/", headers=headers)
    assert response.status_code == 401
    assert response.text == BAD_TOKEN_BODY


async def test_a_bearer_prefix_in_authorization_is_not_accepted(wealthy: httpx.AsyncClient) -> None:
    # Wealthy's own client sends the token raw; nothing shows the real API taking `Bearer`.
    response = await wealthy.get(
        "/v1/report/holdings/", headers={"Authorization": f"Bearer {WEALTHY_ACCESS_TOKEN}"}
    )
    assert response.status_code == 401
    assert response.text == BAD_TOKEN_BODY


async def test_a_missing_token_names_both_headers(wealthy: httpx.AsyncClient) -> None:
    response = await wealthy.get("/v1/report/holdings/", headers={"Authorization": " "})
    assert response.status_code == 401
    assert "access-token" in response.text and "Authorization" in response.text


@pytest.mark.parametrize("header", ["access-token", "Authorization"])
async def test_a_non_ascii_token_is_a_401_not_a_crash(wealthy: httpx.AsyncClient, header: str) -> None:
    response = await wealthy.get("/v1/report/holdings/", headers={header: "t\u00f6ken".encode()})
    assert response.status_code == 401


async def test_the_broker_records_which_auth_headers_arrived_but_not_their_values(
    wealthy: httpx.AsyncClient, broker: WealthyBroker
) -> None:
    await wealthy.get("/v1/report/holdings/", headers={"access-token": WEALTHY_ACCESS_TOKEN})
    await wealthy.get("/v1/report/holdings/", headers={"Authorization": WEALTHY_ACCESS_TOKEN})
    both = {"access-token": WEALTHY_ACCESS_TOKEN, "Authorization": WEALTHY_ACCESS_TOKEN}
    await wealthy.get("/v1/report/holdings/", headers=both)
    await wealthy.get("/v1/report/holdings/")

    assert list(broker.auth_headers_seen) == [
        ("access-token",),
        ("authorization",),
        ("access-token", "authorization"),
        (),
    ]
    assert WEALTHY_ACCESS_TOKEN not in repr(list(broker.auth_headers_seen))


@pytest.mark.parametrize("header", ["access-token", "Authorization"])
async def test_an_expired_token_is_rejected(
    wealthy: httpx.AsyncClient, broker: WealthyBroker, header: str
) -> None:
    broker.expire_token(WEALTHY_ACCESS_TOKEN)
    response = await wealthy.get("/v1/report/holdings/", headers={header: WEALTHY_ACCESS_TOKEN})
    assert response.status_code == 401


async def test_a_newly_issued_token_is_accepted(wealthy: httpx.AsyncClient, broker: WealthyBroker) -> None:
    token = broker.issue_token()
    response = await wealthy.get("/v1/report/holdings/", headers={"access-token": token})
    assert response.status_code == 200


async def test_holdings_start_with_the_seeds_two_holdings_verbatim(wealthy: httpx.AsyncClient) -> None:
    seed = json.loads((SEEDS / "wealthy_holdings.json").read_text())
    holdings = await _holdings(wealthy)
    assert holdings[:2] == seed
    assert [h["instrument"][0]["trading_symbol"] for h in holdings[:2]] == ["GRINFRA-EQ", "AVANTIFEED-EQ"]


async def test_positions_start_with_the_seeds_suzlon_rows_verbatim(wealthy: httpx.AsyncClient) -> None:
    seed = json.loads((SEEDS / "wealthy_positions.json").read_text())
    positions = await _positions(wealthy)
    assert positions[:2] == seed


def _scalar_fields(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "instrument"}


async def test_holdings_send_strings_except_the_integer_fields(wealthy: httpx.AsyncClient) -> None:
    for holding in await _holdings(wealthy):
        assert all(isinstance(v, str) for v in _scalar_fields(holding).values()), holding
        for listing in holding["instrument"]:
            for key, value in listing.items():
                assert isinstance(value, int) if key in INT_FIELDS else isinstance(value, str), (key, value)


async def test_positions_send_strings_except_exchange_name_lot_size_and_order_type(
    wealthy: httpx.AsyncClient,
) -> None:
    for position in await _positions(wealthy):
        for key, value in position.items():
            if key in INT_FIELDS:
                assert type(value) is int, (key, value)
            else:
                assert isinstance(value, str), (key, value)


async def test_amounts_are_decimal_strings_or_absent_markers(wealthy: httpx.AsyncClient) -> None:
    for position in await _positions(wealthy):
        for key in ("net_avg_price", "last_trade_price", "unrealized_mtom", "realized_pnl", "cf_sell_amount"):
            value = position[key]
            assert value in ABSENT or Decimal(value) == Decimal(value).quantize(Decimal("0.01")), (key, value)


async def test_wire_names_keep_their_typos(wealthy: httpx.AsyncClient) -> None:
    holdings, positions = await _holdings(wealthy), await _positions(wealthy)
    assert all("non_poa_dispaly_qty" in h for h in holdings)
    assert all("day_sell_avg_amount" in p and "day_sell_avg_price" not in p for p in positions)


async def test_empty_strings_mark_absent_values(wealthy: httpx.AsyncClient) -> None:
    holdings = await _holdings(wealthy)
    assert holdings[0]["non_poa_dispaly_qty"] == "" and holdings[0]["btst_collateral_quantity"] == ""
    intraday = [p for p in await _positions(wealthy) if p["cf_sell_quantity"] == ""]
    assert intraday and all(p["cf_avg_price"] == "" for p in intraday)


async def test_positions_include_a_nifty_future_short_on_nfo(wealthy: httpx.AsyncClient) -> None:
    future = next(p for p in await _positions(wealthy) if p["trading_symbol"] == "NIFTY26MARFUT")
    assert future["exchange_name"] == 2
    assert int(future["net_quantity"]) < 0
    assert future["lot_size"] == 75 and future["order_type"] == 3


async def test_positions_include_an_option_long_on_nfo(wealthy: httpx.AsyncClient) -> None:
    option = next(p for p in await _positions(wealthy) if p["trading_symbol"].endswith("CE"))
    assert option["exchange_name"] == 2
    assert int(option["net_quantity"]) > 0


async def test_positions_include_an_intraday_equity_short_with_realized_pnl(
    wealthy: httpx.AsyncClient,
) -> None:
    equity = next(p for p in await _positions(wealthy) if p["trading_symbol"] == "TATAMOTORS-EQ")
    assert equity["order_type"] == 2
    assert int(equity["net_quantity"]) == -50
    assert Decimal(equity["realized_pnl"]) == (Decimal("715.40") - Decimal("712.00")) * 50


async def test_unrealized_pnl_matches_quantity_and_prices(wealthy: httpx.AsyncClient) -> None:
    for position in (await _positions(wealthy))[2:]:
        net = Decimal(position["net_quantity"])
        expected = (Decimal(position["last_trade_price"]) - Decimal(position["net_avg_price"])) * net
        assert Decimal(position["unrealized_mtom"]) == expected, position["trading_symbol"]


async def test_net_quantity_is_buys_minus_sells(wealthy: httpx.AsyncClient) -> None:
    def qty(value: str) -> int:
        return 0 if value in ABSENT else int(value)

    for position in (await _positions(wealthy))[2:]:
        bought = qty(position["day_buy_quantity"]) + qty(position["cf_buy_quantity"])
        sold = qty(position["day_sell_quantity"]) + qty(position["cf_sell_quantity"])
        assert int(position["net_quantity"]) == bought - sold, position["trading_symbol"]


async def test_a_holding_listed_on_one_exchange_has_one_instrument(wealthy: httpx.AsyncClient) -> None:
    single = [h for h in await _holdings(wealthy) if len(h["instrument"]) == 1]
    assert single and single[0]["instrument"][0]["exchange_name"] == 1


async def test_every_app_serves_identical_bytes() -> None:
    bodies = []
    for _ in range(2):
        transport = httpx.ASGITransport(app=create_wealthy_app())
        async with httpx.AsyncClient(transport=transport, base_url="http://w.test") as c:
            bodies.append((await c.get("/v0/report/positions/", headers=HEADERS)).content)
    assert bodies[0] == bodies[1]


async def test_writes_to_the_report_paths_are_not_allowed(wealthy: httpx.AsyncClient) -> None:
    response = await wealthy.post("/v1/report/holdings/", headers=HEADERS)
    assert response.status_code == 405
