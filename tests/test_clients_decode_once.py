"""Each reply body is decoded once: a success by the generated parser only, an error once (by `translate`, or
by the generated parser when it builds an error model that `translate` then reads).

Every JSON decoder in play is spied on (`orjson.loads`, the generated clients' decoder, and `json.loads`, the
stdlib's, which httpx and `translate` use), and each call goes the product's way: the one client factory with
the broker transport, the generated operation, the adapter. Before, a success was decoded three times: by the
transport (to check the generated parser would not crash on it), by the parser, and again by `translate`
(looking for the vendor gateway's envelope, or for an unreadable 2xx).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import orjson
import pytest
from brokerspec.brokers import vendor_gateway, wealthy
from brokerspec.brokers.clients import gateway_client, kalshi_client, wealthy_client
from brokerspec.errors import AuthenticationError, NotFound, Unavailable
from brokerspec.http.auth import HeaderTokenAuth
from brokerspec.http.ratelimit import RateLimiter, RateLimits
from brokerspec.http.translate import raise_for_response
from brokerspec.http.transport import NO_RETRY

URL = "https://broker.test"
BALANCE = {"balance": 9801, "balance_dollars": "98.0100", "portfolio_value": 0, "updated_ts": 1}
WEALTHY_HOLDING = {
    "instrument": [{"exchange_name": 1, "trading_symbol": "GRINFRA-EQ", "token": "1"}],
    "holding_quantity": "1300",
    "avg_price": "1220.00",
}
GATEWAY_HOLDINGS = {
    "status": "Ok",
    "message": "success",
    "result": [{"symbol": "BHEL", "qunatity": "45", "averagePrice": "110.00", "holdingCost": 4950}],
}


class DecodeSpy:
    """Records every body handed to a JSON decoder."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.bodies: list[bytes] = []
        real_orjson, real_json = orjson.loads, json.loads

        def spy_orjson(content: Any) -> Any:
            self.bodies.append(bytes(content))
            return real_orjson(content)

        def spy_json(content: Any, *args: Any, **kwargs: Any) -> Any:
            self.bodies.append(content if isinstance(content, bytes) else str(content).encode())
            return real_json(content, *args, **kwargs)

        monkeypatch.setattr(orjson, "loads", spy_orjson)
        monkeypatch.setattr(json, "loads", spy_json)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> DecodeSpy:
    return DecodeSpy(monkeypatch)


def mock(status: int, body: Any, content_type: str = "application/json") -> httpx.MockTransport:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.MockTransport(
        lambda request: httpx.Response(status, content=content, headers={"content-type": content_type})
    )


def product_args(transport: httpx.MockTransport) -> dict[str, Any]:
    """The broker transport over a mock network, with a budget that never waits and no retries."""
    return {
        "httpx_args": {"transport": transport},
        "broker_transport": True,
        "limits": RateLimiter(RateLimits(1e9, 1e9, 1e9, 1e9)),
        "retry": NO_RETRY,
    }


def kalshi(transport: httpx.MockTransport) -> Any:
    return kalshi_client(auth=httpx.Auth(), base_url=URL, **product_args(transport))


def wealthy_over(transport: httpx.MockTransport) -> Any:
    return wealthy_client(auth=HeaderTokenAuth("access-token", "t"), base_url=URL, **product_args(transport))


# Successes: the generated parser alone


async def test_a_kalshi_success_is_decoded_once_through_the_adapter(spy: DecodeSpy) -> None:
    from brokerspec.brokers.kalshi.adapter import KalshiBroker

    balance = await KalshiBroker(kalshi(mock(200, BALANCE)), "sandbox").balance()
    assert balance is not None
    assert spy.bodies == [json.dumps(BALANCE).encode()]


def test_a_kalshi_success_is_decoded_once_by_the_generated_client_and_raise_for_response(
    spy: DecodeSpy,
) -> None:
    from brokerspec_kalshi.api.portfolio import get_balance

    response = get_balance.sync_detailed(client=kalshi(mock(200, BALANCE)))
    raise_for_response("kalshi", response, method="GET")
    assert response.parsed is not None
    assert len(spy.bodies) == 1


async def test_a_wealthy_success_is_decoded_once(spy: DecodeSpy) -> None:
    holdings = await wealthy.fetch_holdings(wealthy_over(mock(200, [WEALTHY_HOLDING])))
    assert [h.symbol for h in holdings] == ["GRINFRA"]
    assert spy.bodies == [json.dumps([WEALTHY_HOLDING]).encode()]


async def test_a_gateway_success_and_its_envelope_are_decoded_once(spy: DecodeSpy) -> None:
    client = gateway_client(base_url=URL, **product_args(mock(200, GATEWAY_HOLDINGS)))
    holdings = await vendor_gateway.fetch_holdings(client, user_id="U1", vendor="KOTAK")
    assert [h.symbol for h in holdings] == ["BHEL"]
    assert spy.bodies == [json.dumps(GATEWAY_HOLDINGS).encode()]


async def test_a_gateway_not_ok_envelope_is_decoded_once(spy: DecodeSpy) -> None:
    envelope = {"status": "Not ok", "message": "Invalid user", "result": None}
    client = gateway_client(base_url=URL, **product_args(mock(200, envelope)))
    with pytest.raises(Exception, match="Invalid user"):
        await vendor_gateway.fetch_holdings(client, user_id="U1", vendor="KOTAK")
    assert len(spy.bodies) == 1


# Errors: once


def test_a_kalshi_error_model_is_read_not_decoded_again(spy: DecodeSpy) -> None:
    from brokerspec_kalshi.api.portfolio import get_balance

    body = {"error": {"code": "not_found", "message": "no such thing", "service": "exchange"}}
    response = get_balance.sync_detailed(client=kalshi(mock(404, body)))
    with pytest.raises(NotFound) as caught:
        raise_for_response("kalshi", response, method="GET")
    assert (caught.value.broker_code, caught.value.broker_message) == ("not_found", "no such thing")
    assert len(spy.bodies) == 1  # the generated parser built ErrorResponse; translate read that


@pytest.mark.parametrize(
    ("status", "body", "content_type", "expected", "call"),
    [
        (401, b"Unauthorized", "text/plain", AuthenticationError, "wealthy"),
        (503, {"error": "maintenance"}, "application/json", Unavailable, "wealthy"),
        (503, {"error": {"code": "internal"}}, "application/json", Unavailable, "kalshi"),
    ],
    ids=["wealthy-401-text", "wealthy-503-json", "kalshi-503-json"],
)
async def test_an_error_reply_is_decoded_once_by_translate(
    spy: DecodeSpy, status: int, body: Any, content_type: str, expected: type[Exception], call: str
) -> None:
    transport = mock(status, body, content_type)
    run: Callable[[], Any]
    if call == "wealthy":
        run = lambda: wealthy.fetch_holdings(wealthy_over(transport))  # noqa: E731
    else:
        from brokerspec.brokers.kalshi.adapter import KalshiBroker

        run = KalshiBroker(kalshi(transport), "sandbox").balance
    with pytest.raises(expected):
        await run()
    assert len(spy.bodies) == 1
