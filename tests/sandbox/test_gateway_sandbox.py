"""The vendor-gateway simulator speaks the gateway wire: POST bodies, envelope at HTTP 200, mixed types."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from brokerspec.sandbox import VendorGateway, create_gateway_app
from brokerspec.sandbox.data import GATEWAY_AUTH_TOKEN, GATEWAY_INDIRA_USER_ID, GATEWAY_USER_ID

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"
KOTAK = {"userId": GATEWAY_USER_ID, "vendor": "KOTAK"}
INDIRA = {"userId": GATEWAY_INDIRA_USER_ID, "vendor": "INDIRA"}
HOLDINGS, POSITIONS = "/holdings/getUsrHold", "/positions/getposition"
POSITION_INTS = {"token", "preNetQty", "netQty", "TotalNetQty", "SquareOff", "buyQty", "sellQty"}


def _client(gateway: VendorGateway | None = None) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=create_gateway_app(gateway))
    return httpx.AsyncClient(transport=transport, base_url="http://gateway.test")


@pytest.fixture
async def gateway() -> Any:
    async with _client() as c:
        yield c


async def _envelope(client: httpx.AsyncClient, path: str, body: Any) -> dict[str, Any]:
    response = await client.post(path, json=body)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    return response.json()  # type: ignore[no-any-return]


async def test_holdings_of_a_known_user_come_in_an_ok_envelope(gateway: httpx.AsyncClient) -> None:
    envelope = await _envelope(gateway, HOLDINGS, KOTAK)
    assert envelope["status"] == "Ok" and envelope["message"] == "success"
    assert isinstance(envelope["result"], list) and envelope["result"]


async def test_positions_of_a_known_user_come_in_an_ok_envelope(gateway: httpx.AsyncClient) -> None:
    envelope = await _envelope(gateway, POSITIONS, KOTAK)
    assert envelope["status"] == "Ok"
    assert isinstance(envelope["result"], list) and envelope["result"]


async def test_holdings_start_with_the_seeds_bhel_row_verbatim(gateway: httpx.AsyncClient) -> None:
    seed = json.loads((SEEDS / "gateway_holdings.json").read_text())["result"][0]
    assert (await _envelope(gateway, HOLDINGS, KOTAK))["result"][0] == seed


async def test_positions_start_with_the_seeds_starpaper_row_verbatim(gateway: httpx.AsyncClient) -> None:
    seed = json.loads((SEEDS / "gateway_positions.json").read_text())["result"][0]
    assert (await _envelope(gateway, POSITIONS, KOTAK))["result"][0] == seed


async def test_an_unknown_user_gets_not_ok_with_a_message_and_null_result(gateway: httpx.AsyncClient) -> None:
    envelope = await _envelope(gateway, HOLDINGS, {"userId": "NOBODY", "vendor": "KOTAK"})
    assert envelope == {"status": "Not ok", "message": envelope["message"], "result": None}
    assert "NOBODY" in envelope["message"]


async def test_an_unknown_vendor_gets_not_ok(gateway: httpx.AsyncClient) -> None:
    envelope = await _envelope(gateway, POSITIONS, {"userId": GATEWAY_USER_ID, "vendor": "ZERODHA"})
    assert envelope["status"] == "Not ok" and envelope["result"] is None
    assert "vendor" in envelope["message"].lower()


async def test_a_user_is_known_only_at_their_own_vendor(gateway: httpx.AsyncClient) -> None:
    envelope = await _envelope(gateway, HOLDINGS, {"userId": GATEWAY_USER_ID, "vendor": "INDIRA"})
    assert envelope["status"] == "Not ok" and envelope["result"] is None


async def test_both_known_vendors_serve_their_user(gateway: httpx.AsyncClient) -> None:
    for body in (KOTAK, INDIRA):
        assert (await _envelope(gateway, POSITIONS, body))["result"]


async def test_a_body_that_is_not_json_gets_not_ok_at_http_200(gateway: httpx.AsyncClient) -> None:
    response = await gateway.post(
        HOLDINGS,
        content=b'{"userId": "SBX001", "vendor": "KOTAK",}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 200
    assert response.json()["status"] == "Not ok" and response.json()["result"] is None


async def test_a_body_without_vendor_gets_not_ok(gateway: httpx.AsyncClient) -> None:
    envelope = await _envelope(gateway, HOLDINGS, {"userId": GATEWAY_USER_ID})
    assert envelope["status"] == "Not ok" and envelope["message"]


async def test_a_json_array_body_gets_not_ok(gateway: httpx.AsyncClient) -> None:
    envelope = await _envelope(gateway, POSITIONS, [KOTAK])
    assert envelope["status"] == "Not ok"


async def test_holdings_send_qunatity_as_string_and_holding_cost_as_total_number(
    gateway: httpx.AsyncClient,
) -> None:
    for row in (await _envelope(gateway, HOLDINGS, KOTAK))["result"]:
        assert isinstance(row["qunatity"], str) and isinstance(row["averagePrice"], str)
        assert isinstance(row["holdingCost"], int | float) and not isinstance(row["holdingCost"], bool)
        total = Decimal(row["qunatity"]) * Decimal(row["averagePrice"])
        assert Decimal(str(row["holdingCost"])) == total, row["symbol"]


async def test_a_fractional_holding_cost_travels_as_an_exact_json_number(gateway: httpx.AsyncClient) -> None:
    response = await gateway.post(HOLDINGS, json=KOTAK)
    assert b'"holdingCost":989.45' in response.content


async def test_unrealised_gain_is_last_minus_average_times_quantity(gateway: httpx.AsyncClient) -> None:
    for row in (await _envelope(gateway, HOLDINGS, KOTAK))["result"]:
        expected = (Decimal(row["lastPrice"]) - Decimal(row["averagePrice"])) * Decimal(row["qunatity"])
        assert Decimal(row["unrealisedGainLoss"]) == expected, row["symbol"]


async def test_positions_send_integer_quantities_and_token(gateway: httpx.AsyncClient) -> None:
    for row in (await _envelope(gateway, POSITIONS, KOTAK))["result"]:
        for key, value in row.items():
            if key in POSITION_INTS:
                assert type(value) is int, (key, value)
            else:
                assert isinstance(value, str), (key, value)


async def test_cash_equity_positions_carry_the_absent_markers(gateway: httpx.AsyncClient) -> None:
    equity = [r for r in (await _envelope(gateway, POSITIONS, KOTAK))["result"] if r["segment"] == "EQ"]
    assert equity and all(
        r["Expiry"] == "-" and r["option_Type"] == "- " and r["lotSize"] == "" for r in equity
    )


async def test_positions_cover_equity_and_fno_long_and_short(gateway: httpx.AsyncClient) -> None:
    rows = (await _envelope(gateway, POSITIONS, KOTAK))["result"]
    kinds = {(r["segment"] == "EQ", r["netQty"] > 0) for r in rows if r["netQty"] != 0}
    assert kinds == {(True, True), (True, False), (False, True), (False, False)}
    assert {r["segment"] for r in rows} >= {"EQ", "FUT", "CE"}


async def test_net_quantity_is_buys_minus_sells_and_mtm_matches(gateway: httpx.AsyncClient) -> None:
    for row in (await _envelope(gateway, POSITIONS, KOTAK))["result"][1:]:
        assert row["netQty"] == row["buyQty"] - row["sellQty"]
        expected = (Decimal(row["ltp"]) - Decimal(row["netPrice"])) * row["netQty"]
        assert Decimal(row["mtm"]) == expected, row["tradeSymbol"]


async def test_indira_holdings_reply_says_not_ok_with_a_success_message_and_data(
    gateway: httpx.AsyncClient,
) -> None:
    envelope = await _envelope(gateway, HOLDINGS, INDIRA)
    assert envelope["status"] == "Not ok" and envelope["message"] == "success"
    assert envelope["result"]


async def test_without_configured_auth_no_header_is_needed(gateway: httpx.AsyncClient) -> None:
    response = await gateway.post(HOLDINGS, json=KOTAK, headers={"Authorization": "anything"})
    assert response.status_code == 200 and response.json()["status"] == "Ok"


async def test_configured_auth_refuses_a_request_without_the_header() -> None:
    header = ("Authorization", f"Bearer {GATEWAY_USER_ID} {GATEWAY_AUTH_TOKEN}")
    async with _client(VendorGateway(auth_header=header)) as c:
        response = await c.post(HOLDINGS, json=KOTAK)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("text/plain")


async def test_configured_auth_accepts_the_exact_header() -> None:
    header = ("Authorization", f"Bearer {GATEWAY_USER_ID} {GATEWAY_AUTH_TOKEN}")
    async with _client(VendorGateway(auth_header=header)) as c:
        response = await c.post(HOLDINGS, json=KOTAK, headers={header[0]: header[1]})
    assert response.status_code == 200 and response.json()["status"] == "Ok"


async def test_get_is_not_allowed(gateway: httpx.AsyncClient) -> None:
    response = await gateway.get(HOLDINGS)
    assert response.status_code == 405
