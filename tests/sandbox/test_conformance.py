"""Conformance: the sandbox answers every operation of our own specs exactly as the specs say.

schemathesis 4 generates spec-valid requests for every operation of `openapi/kalshi.yaml` (in both Kalshi
wire eras), `openapi/wealthy.yaml` and `openapi/vendor_gateway.yaml`, sends them to a real sandbox server,
and checks every response: documented status, documented content type, body valid against the response
schema, documented headers, and no 5xx. Generated data mostly exercises error answers (unknown ids,
business-rule rejections), so explicit scenarios also walk each operation's success path and validate
those answers the same way.

Kalshi requests are signed in the test with `cryptography` (see `conftest.sign_kalshi`), never with the
client's signer: the sandbox and the client must stay independent readings of the reference.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
import requests
import schemathesis
from brokerspec.sandbox import Sandbox, SandboxServer, VendorGateway
from brokerspec.sandbox.data import GATEWAY_AUTH_TOKEN, GATEWAY_INDIRA_USER_ID
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .conftest import KALSHI_AVAILABLE, sign_kalshi

ROOT = Path(__file__).resolve().parents[2]
SPECS = {name: ROOT / "openapi" / f"{name}.yaml" for name in ("kalshi", "wealthy", "vendor_gateway")}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
MAX_EXAMPLES = 15
ERAS = ["2025", "2026"]
TICKER = "KXDEMO-26-A"

pytestmark = pytest.mark.slow


@functools.cache
def _schema(name: str) -> Any:
    return schemathesis.openapi.from_path(SPECS[name])


def _operations(name: str) -> list[Any]:
    """`pytest.param(method, path)` for every operation of a spec (none when the spec is not written yet)."""
    if not SPECS[name].exists():
        return []
    params = []
    for result in _schema(name).get_all_operations():
        operation = result.ok()
        method = operation.method.upper()
        params.append(pytest.param(method, operation.path, id=f"{method} {operation.path}"))
    return params


class _KalshiSigner(requests.auth.AuthBase):
    """Signs each prepared request over its own (decoded) path, whatever schemathesis put in it."""

    def __init__(self, credentials: Any) -> None:
        self.credentials = credentials

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        assert request.url is not None and request.method is not None
        request.headers.update(
            sign_kalshi(self.credentials, request.method, unquote(urlsplit(request.url).path))
        )
        return request


def _describe(case: Any, response: requests.Response, error: BaseException) -> str:
    body = response.request.body
    sent = body.decode(errors="replace") if isinstance(body, bytes) else body
    return (
        f"{response.request.method} {response.request.url} body={str(sent)[:300]!r}\n"
        f"  -> {response.status_code} {response.headers.get('content-type')} {response.text[:300]!r}\n"
        f"  violation: {str(error)[:1200]}"
    )


def _fuzz(
    name: str, method: str, path: str, base_url: str, session: requests.Session, headers: dict[str, str]
) -> list[str]:
    """Send MAX_EXAMPLES generated, spec-valid requests; return every violation found (all, not the first)."""
    operation = _schema(name)[path][method]
    violations: list[str] = []

    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate],
    )
    @given(operation.as_strategy())
    def run(case: Any) -> None:
        response = case.call(base_url=base_url, session=session, headers=headers, timeout=10)
        try:
            case.validate_response(response, checks=CHECKS)
        except BaseException as error:  # schemathesis raises a failure group; collect and keep going
            violations.append(_describe(case, response, error))

    run()
    return violations


def _call(
    name: str,
    base_url: str,
    session: requests.Session,
    method: str,
    path: str,
    *,
    path_parameters: dict[str, Any] | None = None,
    query: dict[str, Any] | None = None,
    body: Any = None,
    headers: dict[str, str] | None = None,
) -> requests.Response:
    """One explicit request, validated against the spec like the generated ones; raises on a violation."""
    operation = _schema(name)[path][method]
    kwargs: dict[str, Any] = {"path_parameters": path_parameters or {}, "query": query or {}}
    if body is not None:
        kwargs.update(body=body, media_type="application/json")
    case = operation.Case(**kwargs)
    response = case.call(base_url=base_url, session=session, headers=headers or {}, timeout=10)
    try:
        case.validate_response(response, checks=CHECKS)
    except BaseException as error:
        pytest.fail(_describe(case, response, error))
    return response


# --------------------------------------------------------------------------------------------------
# Servers
# --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=ERAS, ids=[f"era{e}" for e in ERAS])
def kalshi_sandbox(request: pytest.FixtureRequest) -> Iterator[SandboxServer]:
    if not KALSHI_AVAILABLE:
        pytest.skip("the Kalshi simulator is not installed")
    # Generated requests come fast and many: token-bucket limiting is off here (it has its own tests).
    with SandboxServer(wire_era=request.param, rate_limit_tier=None) as server:
        yield server


@pytest.fixture(scope="module")
def kalshi_session(kalshi_sandbox: SandboxServer) -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.auth = _KalshiSigner(kalshi_sandbox.credentials)
        yield session


@pytest.fixture(scope="module")
def sandbox_server() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


# --------------------------------------------------------------------------------------------------
# Generated requests, every operation
# --------------------------------------------------------------------------------------------------


# Today's exchange sends `{}` for an empty order-group list and `{"queue_positions": null}` when nothing rests;
# openapi/kalshi.yaml does not allow either yet (issue 12, point 1: the spec catches up in its own branch).
SPEC_BEHIND_2026 = {("GET", "/portfolio/order_groups"), ("GET", "/portfolio/orders/queue_positions")}


@pytest.mark.parametrize(("method", "path"), _operations("kalshi"))
def test_kalshi_sandbox_answers_generated_requests_as_the_spec_says(
    kalshi_sandbox: SandboxServer, kalshi_session: requests.Session, method: str, path: str
) -> None:
    violations = _fuzz("kalshi", method, path, kalshi_sandbox.base_urls["kalshi"], kalshi_session, {})
    if violations and kalshi_sandbox.sandbox.wire_era == "2026" and (method, path) in SPEC_BEHIND_2026:
        pytest.xfail("the spec does not describe the omitted / null list yet")
    assert not violations, "\n\n".join(violations)


@pytest.mark.parametrize(("method", "path"), _operations("wealthy"))
def test_wealthy_sandbox_answers_generated_requests_as_the_spec_says(
    sandbox_server: SandboxServer, session: requests.Session, method: str, path: str
) -> None:
    headers = {"access-token": sandbox_server.credentials.wealthy_access_token}
    violations = _fuzz("wealthy", method, path, sandbox_server.base_urls["wealthy"], session, headers)
    assert not violations, "\n\n".join(violations)


@pytest.mark.parametrize(("method", "path"), _operations("vendor_gateway"))
def test_gateway_sandbox_answers_generated_requests_as_the_spec_says(
    sandbox_server: SandboxServer, session: requests.Session, method: str, path: str
) -> None:
    violations = _fuzz(
        "vendor_gateway", method, path, sandbox_server.base_urls["vendor_gateway"], session, {}
    )
    assert not violations, "\n\n".join(violations)


def test_every_operation_of_every_spec_is_covered() -> None:
    counts = {name: len(_operations(name)) for name in SPECS}
    assert counts["wealthy"] == 2 and counts["vendor_gateway"] == 2
    assert counts["kalshi"] >= 23


# --------------------------------------------------------------------------------------------------
# Success paths, explicitly
# --------------------------------------------------------------------------------------------------


def _order(
    client_order_id: str, *, side: str = "bid", price: str = "0.4000", tif: str = "good_till_canceled"
) -> dict[str, Any]:
    return {
        "ticker": TICKER,
        "side": side,
        "count": "3.00",
        "price": price,
        "time_in_force": tif,
        "self_trade_prevention_type": "taker_at_cross",
        "client_order_id": client_order_id,
    }


def test_kalshi_success_answers_conform_in_every_era(
    kalshi_sandbox: SandboxServer, kalshi_session: requests.Session
) -> None:
    base, s = kalshi_sandbox.base_urls["kalshi"], kalshi_session
    era = kalshi_sandbox.sandbox.wire_era
    prefix = f"sc{era}-"

    def call(method: str, path: str, status: int, **kwargs: Any) -> Any:
        response = _call("kalshi", base, s, method, path, **kwargs)
        assert response.status_code == status, (method, path, response.status_code, response.text[:300])
        return response.json() if response.content else None

    group = call("POST", "/portfolio/order_groups/create", 201, body={"contracts_limit": 50})
    group_id = group["order_group_id"]
    call("GET", "/portfolio/order_groups", 200)
    call("GET", "/portfolio/order_groups/{order_group_id}", 200, path_parameters={"order_group_id": group_id})
    call(
        "PUT",
        "/portfolio/order_groups/{order_group_id}/reset",
        200,
        path_parameters={"order_group_id": group_id},
    )

    resting = call(
        "POST", "/portfolio/events/orders", 201, body={**_order(prefix + "rest"), "order_group_id": group_id}
    )
    order_id = resting["order_id"]
    # Crosses the seeded ask at 0.52: a fill, a position, fees.
    call(
        "POST",
        "/portfolio/events/orders",
        201,
        body=_order(prefix + "take", price="0.5200", tif="immediate_or_cancel"),
    )
    orders = call("GET", "/portfolio/orders", 200, query={"ticker": TICKER})
    assert orders["orders"]
    call("GET", "/portfolio/orders/{order_id}", 200, path_parameters={"order_id": order_id})
    call("GET", "/portfolio/orders/queue_positions", 200, query={"market_tickers": TICKER})
    call("GET", "/portfolio/fills", 200, query={"limit": 5})
    call("GET", "/portfolio/positions", 200)
    call("GET", "/portfolio/balance", 200)

    amend = {**_order(prefix + "rest"), "price": "0.4100", "updated_client_order_id": prefix + "rest-a"}
    for key in ("time_in_force", "self_trade_prevention_type"):
        amend.pop(key)
    call(
        "POST",
        "/portfolio/events/orders/{order_id}/amend",
        200,
        path_parameters={"order_id": order_id},
        body=amend,
    )
    amended = call("GET", "/portfolio/orders", 200, query={"ticker": TICKER, "status": "resting"})
    live_id = next(o["order_id"] for o in amended["orders"] if o.get("client_order_id") == prefix + "rest-a")
    call(
        "POST",
        "/portfolio/events/orders/{order_id}/decrease",
        200,
        path_parameters={"order_id": live_id},
        body={"reduce_by": "1.00"},
    )
    call("DELETE", "/portfolio/events/orders/{order_id}", 200, path_parameters={"order_id": live_id})

    batch = call(
        "POST",
        "/portfolio/events/orders/batched",
        201,
        body={"orders": [_order(prefix + "b1", price="0.3000"), _order(prefix + "b2", price="0.3100")]},
    )
    ids = [o["order_id"] for o in batch["orders"] if o.get("order_id")]
    assert len(ids) == 2
    call("DELETE", "/portfolio/events/orders/batched", 200, body={"orders": [{"order_id": i} for i in ids]})
    call("POST", "/portfolio/events/orders", 201, body=_order(prefix + "last", price="0.3500"))
    call("DELETE", "/portfolio/events/orders", 204)
    call(
        "DELETE",
        "/portfolio/order_groups/{order_group_id}",
        200,
        path_parameters={"order_group_id": group_id},
    )


def test_kalshi_settlements_conform_after_a_market_settles(
    kalshi_sandbox: SandboxServer, kalshi_session: requests.Session
) -> None:
    base, s = kalshi_sandbox.base_urls["kalshi"], kalshi_session
    ticker = "KXRAIN-26NOV-T60"
    era = kalshi_sandbox.sandbox.wire_era
    body = {**_order(f"settle{era}", price="0.9800", tif="immediate_or_cancel"), "ticker": ticker}
    assert _call("kalshi", base, s, "POST", "/portfolio/events/orders", body=body).status_code == 201
    settled = requests.post(
        kalshi_sandbox.url + f"/kalshi/_admin/markets/{ticker}/settle", json={"result": "yes"}, timeout=10
    )
    assert settled.status_code == 200, settled.text
    response = _call("kalshi", base, s, "GET", "/portfolio/settlements")
    assert response.status_code == 200 and response.json()["settlements"]


def test_kalshi_legacy_writes_conform(
    kalshi_sandbox: SandboxServer, kalshi_session: requests.Session
) -> None:
    """2025 era: the legacy writes work; 2026 era: they answer 410 `deprecated_v1_order_endpoint`."""
    base, s = kalshi_sandbox.base_urls["kalshi"], kalshi_session
    legacy = kalshi_sandbox.sandbox.wire_era == "2025"
    order = {"ticker": TICKER, "side": "yes", "action": "buy", "count": 1, "type": "limit", "yes_price": 30}
    created = _call(
        "kalshi", base, s, "POST", "/portfolio/orders", body={**order, "client_order_id": "legacy-1"}
    )
    assert created.status_code == (201 if legacy else 410)
    batch = {"orders": [{**order, "client_order_id": "legacy-2"}]}
    batched = _call("kalshi", base, s, "POST", "/portfolio/orders/batched", body=batch)
    assert batched.status_code == (201 if legacy else 410)
    order_id = created.json()["order"]["order_id"] if legacy else "00000000-0000-4000-8000-000000000000"
    cancelled = _call(
        "kalshi", base, s, "DELETE", "/portfolio/orders/{order_id}", path_parameters={"order_id": order_id}
    )
    assert cancelled.status_code == (200 if legacy else 410)
    ids = [o["order"]["order_id"] for o in batched.json()["orders"]] if legacy else [order_id]
    batch_cancel = _call("kalshi", base, s, "DELETE", "/portfolio/orders/batched", body={"ids": ids})
    assert batch_cancel.status_code == (200 if legacy else 410)


def test_kalshi_authentication_failures_conform(
    kalshi_sandbox: SandboxServer, session: requests.Session
) -> None:
    base = kalshi_sandbox.base_urls["kalshi"]
    unsigned = _call("kalshi", base, session, "GET", "/portfolio/balance")
    assert unsigned.status_code == 401
    headers = sign_kalshi(kalshi_sandbox.credentials, "GET", "/trade-api/v2/portfolio/balance")  # no prefix
    wrong_path = _call("kalshi", base, session, "GET", "/portfolio/balance", headers=headers)
    assert wrong_path.status_code == 401


def test_wealthy_success_and_token_rejection_conform(
    sandbox_server: SandboxServer, session: requests.Session
) -> None:
    base = sandbox_server.base_urls["wealthy"]
    token = {"access-token": sandbox_server.credentials.wealthy_access_token}
    for path in ("/v1/report/holdings/", "/v0/report/positions/"):
        ok = _call("wealthy", base, session, "GET", path, headers=token)
        assert ok.status_code == 200 and ok.json()
        assert _call("wealthy", base, session, "GET", path).status_code == 401
        assert (
            _call("wealthy", base, session, "GET", path, headers={"access-token": "expired"}).status_code
            == 401
        )


def test_gateway_envelopes_conform_for_known_unknown_and_quirky_users(
    sandbox_server: SandboxServer, session: requests.Session
) -> None:
    base = sandbox_server.base_urls["vendor_gateway"]
    creds = sandbox_server.credentials
    bodies = [
        {"userId": creds.gateway_user_id, "vendor": creds.gateway_vendor},
        {"userId": GATEWAY_INDIRA_USER_ID, "vendor": "INDIRA"},
        {"userId": "NOBODY", "vendor": "KOTAK"},
        {"userId": creds.gateway_user_id, "vendor": "ZERODHA"},
    ]
    for path in ("/holdings/getUsrHold", "/positions/getposition"):
        statuses = [
            json.loads(_call("vendor_gateway", base, session, "POST", path, body=b).content)["status"]
            for b in bodies
        ]
        assert statuses[2:] == ["Not ok", "Not ok"]


def test_gateway_auth_rejection_conforms(session: requests.Session) -> None:
    header = ("Authorization", f"Bearer SBX001 {GATEWAY_AUTH_TOKEN}")
    sandbox = Sandbox(gateway=VendorGateway(auth_header=header))
    try:
        with SandboxServer(sandbox=sandbox) as server:
            base = server.base_urls["vendor_gateway"]
            body = {"userId": "SBX001", "vendor": "KOTAK"}
            rejected = _call("vendor_gateway", base, session, "POST", "/holdings/getUsrHold", body=body)
            assert rejected.status_code == 401
            accepted = _call(
                "vendor_gateway",
                base,
                session,
                "POST",
                "/holdings/getUsrHold",
                body=body,
                headers=dict([header]),
            )
            assert accepted.status_code == 200
    finally:
        sandbox.close()
