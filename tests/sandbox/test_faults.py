"""Fault injection: rule format, per-call counting, every fault kind, connection drops on real sockets."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
from brokerspec.sandbox import FaultController, FaultRule, Sandbox, SandboxServer
from brokerspec.sandbox.faults import is_admin_path

from .conftest import GATEWAY_BODY, WEALTHY_HEADERS, kalshi_headers, needs_kalshi

W_HOLDINGS = "/wealthy/v1/report/holdings/"
W_POSITIONS = "/wealthy/v0/report/positions/"
G_HOLDINGS = "/vendor-gateway/holdings/getUsrHold"


async def _get_holdings(client: httpx.AsyncClient) -> httpx.Response:
    return await client.get(W_HOLDINGS, headers=WEALTHY_HEADERS)


# --------------------------------------------------------------------------------------------------
# Rule format
# --------------------------------------------------------------------------------------------------


def test_a_rule_round_trips_through_its_json_form() -> None:
    raw = {"kind": "error", "status": 503, "method": "POST", "path": "/kalshi/**", "calls": [1, 3]}
    rule = FaultRule.from_dict(raw)
    assert rule.to_dict() == {**raw, "matched": 0, "fired": 0}


def test_defaults_match_every_method_and_path_on_every_call() -> None:
    rule = FaultRule.from_dict({"kind": "drop_before"})
    assert rule.method == "*" and rule.path == "**" and rule.calls is None and rule.times is None


@pytest.mark.parametrize(
    "raw",
    [
        {"kind": "explode"},
        {"kind": "error", "stauts": 500},
        {"kind": "error", "calls": [1], "times": 2},
        {"kind": "error", "calls": [0]},
        {"kind": "error", "calls": []},
        {"kind": "error", "times": 0},
        {"kind": "error", "status": 200},
        {"kind": "drop_before", "status": 500},
        {"kind": "latency"},
        {"kind": "latency", "delay_ms": -5},
        {"kind": "html_error", "retry_after": 3},
        {"kind": "error", "path": "re:("},
        {"method": "GET"},
    ],
)
def test_an_invalid_rule_is_refused(raw: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        FaultRule.from_dict(raw)


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("/wealthy/*/report/holdings/", "/wealthy/v1/report/holdings/", True),
        ("/wealthy/*/holdings/", "/wealthy/v1/report/holdings/", False),
        ("/wealthy/**", "/wealthy/v1/report/holdings/", True),
        ("/kalshi/**/orders", "/kalshi/trade-api/v2/portfolio/events/orders", True),
        ("/kalshi/**/orders", "/kalshi/trade-api/v2/portfolio/events/orders/abc", False),
        ("re:/kalshi/.*/orders/[^/]+", "/kalshi/trade-api/v2/portfolio/orders/abc", True),
        ("/wealthy/v?/report/holdings/", "/wealthy/v1/report/holdings/", True),
    ],
)
def test_paths_match_as_globs_or_regexes(pattern: str, path: str, expected: bool) -> None:
    assert FaultRule("error", path=pattern).matches("GET", path) is expected


def test_a_method_restricts_the_rule() -> None:
    rule = FaultRule("error", method="post")
    assert rule.matches("POST", "/x") and not rule.matches("GET", "/x")


def test_admin_paths_are_recognised() -> None:
    assert is_admin_path("/_sandbox/faults") and is_admin_path("/kalshi/_admin/markets")
    assert not is_admin_path("/wealthy/v1/report/holdings/")


# --------------------------------------------------------------------------------------------------
# When a rule fires
# --------------------------------------------------------------------------------------------------


async def test_calls_fire_on_the_listed_matching_calls_only(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    sandbox.faults.add(FaultRule("error", status=503, path=W_HOLDINGS, calls=(1, 3)))
    statuses = [(await _get_holdings(client)).status_code for _ in range(4)]
    assert statuses == [503, 200, 503, 200]


async def test_times_fires_on_the_next_n_matching_calls(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.faults.add(FaultRule("error", status=502, times=2))
    statuses = [(await _get_holdings(client)).status_code for _ in range(3)]
    assert statuses == [502, 502, 200]


async def test_a_rule_without_calls_or_times_fires_every_time(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    sandbox.faults.add(FaultRule("error", status=500))
    statuses = {(await _get_holdings(client)).status_code for _ in range(5)}
    assert statuses == {500}


async def test_requests_that_do_not_match_do_not_advance_the_count(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    sandbox.faults.add(FaultRule("error", status=503, path=W_HOLDINGS, calls=(2,)))
    await client.get(W_POSITIONS, headers=WEALTHY_HEADERS)
    first = await _get_holdings(client)
    await client.get(W_POSITIONS, headers=WEALTHY_HEADERS)
    second = await _get_holdings(client)
    assert (first.status_code, second.status_code) == (200, 503)


async def test_a_method_filter_leaves_other_methods_alone(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    sandbox.faults.add(FaultRule("error", method="POST"))
    assert (await _get_holdings(client)).status_code == 200
    assert (await client.post(G_HOLDINGS, json=GATEWAY_BODY)).status_code == 500


async def test_the_first_firing_rule_decides(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.faults.add(FaultRule("error", status=502, calls=(2,)), FaultRule("error", status=503))
    statuses = [(await _get_holdings(client)).status_code for _ in range(2)]
    assert statuses == [503, 502]


async def test_every_matching_rule_counts_a_request(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.faults.add(FaultRule("error", status=503), FaultRule("error", status=502, calls=(2,)))
    await _get_holdings(client)
    second = await _get_holdings(client)
    assert second.status_code == 503
    assert [(r.matched, r.fired) for r in sandbox.faults.rules] == [(2, 2), (2, 0)]


async def test_replacing_the_rules_restarts_counting(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.faults.add(FaultRule("error", calls=(1,)))
    await _get_holdings(client)
    sandbox.faults.set_rules([FaultRule("error", calls=(1,))])
    assert (await _get_holdings(client)).status_code == 500


async def test_clearing_the_rules_restores_normal_answers(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    sandbox.faults.add(FaultRule("error"))
    sandbox.faults.clear()
    assert (await _get_holdings(client)).status_code == 200


# --------------------------------------------------------------------------------------------------
# Each kind
# --------------------------------------------------------------------------------------------------


async def test_latency_delays_then_answers_normally(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.faults.add(FaultRule("latency", delay_ms=300))
    started = time.monotonic()
    response = await _get_holdings(client)
    assert response.status_code == 200 and response.json()
    assert time.monotonic() - started >= 0.29


async def test_latency_adds_to_another_fault(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.faults.add(FaultRule("latency", delay_ms=200), FaultRule("error", status=503))
    started = time.monotonic()
    response = await _get_holdings(client)
    assert response.status_code == 503
    assert time.monotonic() - started >= 0.19


async def test_rate_limit_answers_429_with_retry_after(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.faults.add(FaultRule("rate_limit", retry_after=2))
    response = await _get_holdings(client)
    assert response.status_code == 429
    assert response.headers["retry-after"] == "2"
    assert response.json()["error"]["code"] == "too_many_requests"


async def test_rate_limit_can_come_without_retry_after(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.faults.add(FaultRule("rate_limit"))
    response = await _get_holdings(client)
    assert response.status_code == 429
    assert "retry-after" not in response.headers


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_server_errors_come_with_a_json_body(
    client: httpx.AsyncClient, sandbox: Sandbox, status: int
) -> None:
    sandbox.faults.add(FaultRule("error", status=status))
    response = await _get_holdings(client)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert set(response.json()["error"]) >= {"code", "message"}


async def test_an_error_body_can_be_replaced(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.faults.add(FaultRule("error", status=500, body='{"msg":"boom"}'))
    assert (await _get_holdings(client)).json() == {"msg": "boom"}


async def test_html_error_is_a_cloudflare_520_page(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.faults.add(FaultRule("html_error"))
    response = await _get_holdings(client)
    assert response.status_code == 520
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["server"] == "cloudflare" and "cf-ray" in response.headers
    assert "<!DOCTYPE html>" in response.text and "Error code 520" in response.text


async def test_malformed_json_is_a_200_whose_body_does_not_parse(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    sandbox.faults.add(FaultRule("malformed_json"))
    response = await _get_holdings(client)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)


async def test_malformed_json_is_the_start_of_the_real_answer(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    real = (await _get_holdings(client)).content
    sandbox.faults.add(FaultRule("malformed_json"))
    truncated = (await _get_holdings(client)).content
    assert truncated and real.startswith(truncated) and len(truncated) < len(real)


async def test_malformed_json_still_processes_the_request(
    client: httpx.AsyncClient, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_gateway_calls(sandbox, monkeypatch)
    sandbox.faults.add(FaultRule("malformed_json"))
    await client.post(G_HOLDINGS, json=GATEWAY_BODY)
    assert calls == ["holdings"]


async def test_in_process_drop_raises_the_error_a_network_drop_would(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    sandbox.faults.add(FaultRule("drop_before"))
    with pytest.raises(httpx.RemoteProtocolError):
        await _get_holdings(client)


async def test_in_process_drop_after_processes_the_request(
    client: httpx.AsyncClient, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_gateway_calls(sandbox, monkeypatch)
    sandbox.faults.add(FaultRule("drop_after"))
    with pytest.raises(httpx.RemoteProtocolError):
        await client.post(G_HOLDINGS, json=GATEWAY_BODY)
    assert calls == ["holdings"]


def _count_gateway_calls(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record each time the gateway simulator's logic runs (i.e. the inner app processed a request)."""
    calls: list[str] = []
    original = sandbox.gateway.answer

    def answer(kind: str, body: Any) -> dict[str, Any]:
        calls.append(kind)
        return original(kind, body)

    monkeypatch.setattr(sandbox.gateway, "answer", answer)
    return calls


# --------------------------------------------------------------------------------------------------
# Drops on a real server (uvicorn on 127.0.0.1)
# --------------------------------------------------------------------------------------------------


def test_drop_before_leaves_the_client_without_an_answer(server: SandboxServer, http: httpx.Client) -> None:
    server.faults.add(FaultRule("drop_before", path=W_HOLDINGS))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        http.get(W_HOLDINGS, headers=WEALTHY_HEADERS)


def test_drop_before_never_reaches_the_simulator(
    server: SandboxServer, http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_gateway_calls(server.sandbox, monkeypatch)
    server.faults.add(FaultRule("drop_before", method="POST"))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        http.post(G_HOLDINGS, json=GATEWAY_BODY)
    assert calls == []


def test_drop_after_processes_the_request_but_the_client_gets_no_answer(
    server: SandboxServer, http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_gateway_calls(server.sandbox, monkeypatch)
    server.faults.add(FaultRule("drop_after", method="POST"))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        http.post(G_HOLDINGS, json=GATEWAY_BODY)
    assert calls == ["holdings"]


def test_a_dropped_connection_sends_no_bytes_at_all(server: SandboxServer) -> None:
    import socket

    server.faults.add(FaultRule("drop_before"))
    host, port = "127.0.0.1", server.ports["admin"]
    with socket.create_connection((host, port), timeout=5) as sock:
        sock.sendall(b"GET /wealthy/v1/report/holdings/ HTTP/1.1\r\nHost: x\r\n\r\n")
        try:
            received = sock.recv(1024)
        except ConnectionResetError:
            received = b""
    assert received == b""


def test_the_next_request_after_a_drop_is_answered(server: SandboxServer, http: httpx.Client) -> None:
    server.faults.add(FaultRule("drop_before", times=1))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        http.get(W_HOLDINGS, headers=WEALTHY_HEADERS)
    assert http.get(W_HOLDINGS, headers=WEALTHY_HEADERS).status_code == 200


def test_a_drop_on_a_kept_alive_connection_is_seen_by_the_client(
    server: SandboxServer, http: httpx.Client
) -> None:
    assert http.get(W_HOLDINGS, headers=WEALTHY_HEADERS).status_code == 200
    server.faults.add(FaultRule("drop_after", times=1))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        http.get(W_HOLDINGS, headers=WEALTHY_HEADERS)


def test_html_error_over_real_http_keeps_its_unusual_status(
    server: SandboxServer, http: httpx.Client
) -> None:
    server.faults.add(FaultRule("html_error", status=520))
    response = http.get(W_HOLDINGS, headers=WEALTHY_HEADERS)
    assert response.status_code == 520 and "cloudflare" in response.text.lower()


# --------------------------------------------------------------------------------------------------
# Stats
# --------------------------------------------------------------------------------------------------


async def test_each_request_is_counted_under_its_method_and_full_path(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    await _get_holdings(client)
    await _get_holdings(client)
    await client.post(G_HOLDINGS, json=GATEWAY_BODY)
    assert sandbox.faults.stats() == {f"GET {W_HOLDINGS}": 2, f"POST {G_HOLDINGS}": 1}


async def test_requests_are_counted_on_arrival_even_when_a_fault_answers(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    sandbox.faults.add(FaultRule("drop_before"))
    with pytest.raises(httpx.RemoteProtocolError):
        await client.post(G_HOLDINGS, json=GATEWAY_BODY)
    assert sandbox.faults.count("POST", G_HOLDINGS) == 1


async def test_the_query_string_is_not_part_of_the_stats_key(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    await client.get(W_HOLDINGS + "?x=1", headers=WEALTHY_HEADERS)
    assert sandbox.faults.count("GET", W_HOLDINGS) == 1


async def test_admin_requests_are_neither_counted_nor_faulted(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    sandbox.faults.add(FaultRule("error"))
    assert (await client.get("/_sandbox/stats")).status_code == 200
    assert sandbox.faults.stats() == {}


def test_stats_can_be_reset() -> None:
    controller = FaultController()
    controller._arrive("GET", "/x")
    controller.reset_stats()
    assert controller.stats() == {} and controller.count("GET", "/x") == 0


# --------------------------------------------------------------------------------------------------
# Kalshi: an order created while the answer is lost
# --------------------------------------------------------------------------------------------------

KALSHI_CREATE = "/kalshi/trade-api/v2/portfolio/events/orders"


def _create_order(server: SandboxServer, client_order_id: str) -> httpx.Response:
    url = server.url + KALSHI_CREATE
    body = {
        "ticker": "KXDEMO-26-A",
        "side": "bid",
        "count": "1.00",
        "price": "0.40",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
        "client_order_id": client_order_id,
    }
    return httpx.post(url, json=body, headers=kalshi_headers(server, "POST", url), timeout=5)


@needs_kalshi
def test_drop_after_on_create_leaves_the_order_on_the_exchange(server: SandboxServer) -> None:
    server.faults.add(FaultRule("drop_after", method="POST", path=KALSHI_CREATE, calls=(1,)))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        _create_order(server, "drop-after-1")
    resting = [o for o in server.exchange.resting_orders() if o.client_order_id == "drop-after-1"]
    assert len(resting) == 1
    assert server.faults.count("POST", KALSHI_CREATE) == 1


@needs_kalshi
def test_drop_before_on_create_leaves_no_order(server: SandboxServer) -> None:
    server.faults.add(FaultRule("drop_before", method="POST", path=KALSHI_CREATE, calls=(1,)))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        _create_order(server, "drop-before-1")
    assert not [o for o in server.exchange.resting_orders() if o.client_order_id == "drop-before-1"]
    assert _create_order(server, "drop-before-1").status_code == 201


@needs_kalshi
def test_a_rate_limit_fault_on_kalshi_answers_kalshis_own_429_body(server: SandboxServer) -> None:
    server.faults.add(FaultRule("rate_limit", method="POST", path=KALSHI_CREATE, calls=(1,)))
    response = _create_order(server, "rate-limited-1")
    assert (response.status_code, response.json()) == (429, {"error": "too many requests"})
    assert "retry-after" not in response.headers
    assert not [o for o in server.exchange.resting_orders() if o.client_order_id == "rate-limited-1"]
