"""Every answer the sandbox gives matches `openapi/kalshi.yaml`: one representative success per operation in each
wire era, plus the error shapes, validated with jsonschema (Draft 2020-12) against the spec's own schemas."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._kalshi_support import MARKET, Member, sandbox

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "kalshi.yaml"
URN = "urn:brokerspec:kalshi-spec"
PREFIX = "/trade-api/v2"
METHODS = ("get", "put", "post", "delete", "patch")

pytestmark = pytest.mark.skipif(not SPEC_PATH.exists(), reason="openapi/kalshi.yaml is not written yet")


@functools.cache
def _spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


@functools.cache
def _registry() -> Registry:
    return Registry().with_resource(URN, Resource.from_contents(_spec(), default_specification=DRAFT202012))


def _pointer(*parts: str) -> str:
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


def _operation_ids() -> dict[str, tuple[str, str]]:
    """operationId → (METHOD, spec path)."""
    out = {}
    for path, item in _spec()["paths"].items():
        for method in METHODS:
            if method in item:
                out[item[method]["operationId"]] = (method.upper(), path)
    return out


def _spec_path_for(method: str, url_path: str) -> str:
    """The spec's templated path that a concrete request path matches."""
    segments = url_path.removeprefix(PREFIX).strip("/").split("/")
    candidates = []
    for path, item in _spec()["paths"].items():
        parts = path.strip("/").split("/")
        matches = len(parts) == len(segments) and all(
            p == s or (p.startswith("{") and p.endswith("}")) for p, s in zip(parts, segments, strict=True)
        )
        if method.lower() in item and matches:
            candidates.append((sum(p.startswith("{") for p in parts), path))
    assert candidates, f"{method} {url_path} is not in the spec"
    return min(candidates)[1]


def assert_matches_spec(response: httpx.Response) -> None:
    """The response's status is documented for its operation and its body fits the documented schema."""
    method = response.request.method
    path = _spec_path_for(method, response.request.url.path)
    responses = _spec()["paths"][path][method.lower()]["responses"]
    status = str(response.status_code)
    assert status in responses, f"{method} {path} does not document {status}"
    pointer = _pointer("paths", path, method.lower(), "responses", status)
    documented = responses[status]
    if "$ref" in documented:
        pointer = documented["$ref"].removeprefix("#")
        documented = _resolve(documented["$ref"])
    if "content" not in documented:
        assert response.content == b"", f"{method} {path} {status} documents no body"
        return
    schema_pointer = pointer + _pointer("content", "application/json", "schema")
    validator = Draft202012Validator({"$ref": f"{URN}#{schema_pointer}"}, registry=_registry())
    errors = sorted(validator.iter_errors(response.json()), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def _resolve(ref: str) -> Any:
    node: Any = _spec()
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


# -- one representative call per operation -------------------------------------------------------------


class World:
    """A sandbox with something in every list: a fill, a resting order, an order group, a settlement."""

    def __init__(self, era: str) -> None:
        self.exchange, self.alice, _ = sandbox(era=era)
        a = self.alice
        a.create(side="ask", price="0.48", count="3", time_in_force="immediate_or_cancel")
        a.create(
            side="bid", price="0.34", count="2", ticker="KXDEMO-26-B", time_in_force="immediate_or_cancel"
        )
        self.exchange.settle_market("KXDEMO-26-B", "yes")
        self.group_id = a.post("/portfolio/order_groups/create", {"contracts_limit": 50}).json()[
            "order_group_id"
        ]
        self.resting_id = a.create(price="0.40", count="5", order_group_id=self.group_id).json()["order_id"]

    def resting(self) -> str:
        return str(self.alice.create(price="0.41", count="4").json()["order_id"])

    def legacy_body(self) -> dict[str, Any]:
        return {"ticker": MARKET, "side": "yes", "action": "buy", "count": 1, "yes_price": 20}


def _v2(world: World, **fields: Any) -> dict[str, Any]:
    return {
        "ticker": MARKET,
        "side": "bid",
        "count": "1",
        "price": "0.3000",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
    } | fields


Call = Callable[[World], httpx.Response]

# Keyed by "METHOD /spec/path" rather than operationId, so the calls do not depend on how the spec names
# its operations; a call whose path is not in the spec yet is skipped until the spec documents it.
CALLS: dict[str, Call] = {
    "GET /portfolio/balance": lambda w: w.alice.get("/portfolio/balance"),
    "GET /portfolio/fills": lambda w: w.alice.get("/portfolio/fills"),
    "GET /portfolio/order_groups": lambda w: w.alice.get("/portfolio/order_groups"),
    "POST /portfolio/order_groups/create": lambda w: w.alice.post(
        "/portfolio/order_groups/create", {"contracts_limit_fp": "3.00"}
    ),
    "GET /portfolio/order_groups/{order_group_id}": lambda w: w.alice.get(
        f"/portfolio/order_groups/{w.group_id}"
    ),
    "DELETE /portfolio/order_groups/{order_group_id}": lambda w: w.alice.delete(
        f"/portfolio/order_groups/{w.group_id}"
    ),
    "PUT /portfolio/order_groups/{order_group_id}/reset": lambda w: w.alice.put(
        f"/portfolio/order_groups/{w.group_id}/reset"
    ),
    "PUT /portfolio/order_groups/{order_group_id}/trigger": lambda w: w.alice.put(
        f"/portfolio/order_groups/{w.group_id}/trigger"
    ),
    "PUT /portfolio/order_groups/{order_group_id}/limit": lambda w: w.alice.put(
        f"/portfolio/order_groups/{w.group_id}/limit", {"contracts_limit": 40}
    ),
    "GET /portfolio/orders": lambda w: w.alice.get("/portfolio/orders"),
    "POST /portfolio/orders": lambda w: w.alice.post("/portfolio/orders", w.legacy_body()),
    "POST /portfolio/orders/batched": lambda w: w.alice.post(
        "/portfolio/orders/batched", {"orders": [w.legacy_body(), w.legacy_body() | {"yes_price": 200}]}
    ),
    "DELETE /portfolio/orders/batched": lambda w: w.alice.delete(
        "/portfolio/orders/batched", {"ids": [w.resting_id, "unknown-id"]}
    ),
    "GET /portfolio/orders/queue_positions": lambda w: w.alice.get(
        "/portfolio/orders/queue_positions", market_tickers=MARKET
    ),
    "GET /portfolio/orders/{order_id}": lambda w: w.alice.get(f"/portfolio/orders/{w.resting_id}"),
    "GET /portfolio/orders/{order_id}/queue_position": lambda w: w.alice.get(
        f"/portfolio/orders/{w.resting_id}/queue_position"
    ),
    "DELETE /portfolio/orders/{order_id}": lambda w: w.alice.delete(f"/portfolio/orders/{w.resting_id}"),
    "GET /portfolio/positions": lambda w: w.alice.get("/portfolio/positions", settlement_status="all"),
    "GET /portfolio/settlements": lambda w: w.alice.get("/portfolio/settlements"),
    "POST /portfolio/events/orders": lambda w: w.alice.post(
        "/portfolio/events/orders", _v2(w, price="0.5300", count="3", client_order_id="spec-1")
    ),
    "DELETE /portfolio/events/orders": lambda w: w.alice.delete("/portfolio/events/orders"),
    "POST /portfolio/events/orders/batched": lambda w: w.alice.post(
        "/portfolio/events/orders/batched", {"orders": [_v2(w), _v2(w, price="0.3050")]}
    ),
    "DELETE /portfolio/events/orders/batched": lambda w: w.alice.delete(
        "/portfolio/events/orders/batched",
        {"orders": [{"order_id": w.resting_id, "market_ticker": MARKET}, {"order_id": "unknown-id"}]},
    ),
    "DELETE /portfolio/events/orders/{order_id}": lambda w: w.alice.delete(
        f"/portfolio/events/orders/{w.resting_id}", market_ticker=MARKET
    ),
    "POST /portfolio/events/orders/{order_id}/amend": lambda w: w.alice.post(
        f"/portfolio/events/orders/{w.resting()}/amend",
        {"ticker": MARKET, "side": "bid", "price": "0.5200", "count": "6.00"},
    ),
    "POST /portfolio/events/orders/{order_id}/decrease": lambda w: w.alice.post(
        f"/portfolio/events/orders/{w.resting_id}/decrease", {"reduce_to": "2.00", "market_ticker": MARKET}
    ),
    "POST /portfolio/intra_exchange_instance_transfer": lambda w: w.alice.post(
        "/portfolio/intra_exchange_instance_transfer",
        {
            "source": "event_contract",
            "destination": "event_contract",
            "amount": 10_000,
            "destination_exchange_shard": 3,
        },
    ),
    "GET /markets": lambda w: w.alice.get("/markets", event_ticker="KXDEMO-26"),
    "GET /markets/{ticker}": lambda w: w.alice.get(f"/markets/{MARKET}"),
    "GET /markets/{ticker}/orderbook": lambda w: w.alice.get(f"/markets/{MARKET}/orderbook", depth=2),
    "GET /series/{series_ticker}": lambda w: w.alice.get("/series/KXDEMO"),
    "GET /exchange/status": lambda w: w.alice.get("/exchange/status"),
    "GET /account/limits": lambda w: w.alice.get("/account/limits"),
    "GET /account/endpoint_costs": lambda w: w.alice.get("/account/endpoint_costs"),
}
LEGACY_WRITES = {
    "POST /portfolio/orders",
    "POST /portfolio/orders/batched",
    "DELETE /portfolio/orders/batched",
    "DELETE /portfolio/orders/{order_id}",
}


def _shape(operation: str) -> str:
    """`GET /markets/{ticker}` → `GET /markets/{}`: path parameters may be named differently in the spec."""
    return re.sub(r"\{[^}]*\}", "{}", operation)


def _spec_operations() -> dict[str, str]:
    """Normalized "METHOD /path" → the spec's own "METHOD /path"."""
    return {_shape(f"{method} {path}"): f"{method} {path}" for method, path in _operation_ids().values()}


def test_every_operation_of_the_spec_has_a_representative_call() -> None:
    missing = set(_spec_operations()) - {_shape(c) for c in CALLS}
    assert not missing, f"no representative call for {sorted(missing)}"


@pytest.mark.parametrize("era", ["2025", "2026"])
@pytest.mark.parametrize("operation", sorted(CALLS))
def test_the_answer_to_each_operation_matches_the_spec(era: str, operation: str) -> None:
    documented = _spec_operations().get(_shape(operation))
    if documented is None:
        pytest.skip(f"{operation} is not in openapi/kalshi.yaml yet")
    world = World(era)
    response = CALLS[operation](world)
    method, path = documented.split(" ", 1)
    assert (response.request.method, _spec_path_for(method, response.request.url.path)) == (method, path)
    expected = 410 if era == "2026" and operation in LEGACY_WRITES else None
    if expected is not None:
        assert response.status_code == expected
    else:
        assert response.status_code < 300, response.text
    assert_matches_spec(response)


# -- error answers ------------------------------------------------------------------------------------


def _unsigned(alice: Member) -> httpx.Response:
    return alice.client.get(PREFIX + "/portfolio/balance")


ERRORS: dict[str, Callable[[Member], httpx.Response]] = {
    "401 missing signature": _unsigned,
    "400 flat decode error": lambda a: a.post("/portfolio/events/orders", {"count": 1}),
    "400 bare limit": lambda a: a.get("/portfolio/fills", limit=1001),
    "400 nested invalid price": lambda a: a.create(price="0.5150"),
    "400 post only cross": lambda a: a.create(price="0.52", post_only=True),
    "400 insufficient balance": lambda a: a.create(price="0.40", count="5000"),
    "404 unknown order": lambda a: a.get("/portfolio/orders/no-such-order"),
    "404 unknown group": lambda a: a.get("/portfolio/order_groups/no-such-group"),
    "409 duplicate client order id": lambda a: (
        a.create(client_order_id="dup"),
        a.create(client_order_id="dup"),
    )[1],
    "410 legacy write": lambda a: a.post("/portfolio/orders", {"ticker": MARKET}),
    "400 bare details": lambda a: a.get("/portfolio/orders/queue_positions"),
    "400 market inactive": lambda a: a.create(ticker="KXDEMO-26-C", price="0.21"),
    "404 wrong shard": lambda a: a.delete(
        "/portfolio/events/orders/"
        + a.create(ticker="KXDEMO15M-26DEC011230-30", price="0.050").json()["order_id"]
    ),
    "404 user not found": lambda a: a.create(ticker="KXWTI-26DEC31-T80", price="0.40"),
    "429 rate limited": lambda a: (
        a.client.post("/_admin/rate_limits", json={"tier": "basic"}),
        [a.get("/portfolio/balance") for _ in range(21)][-1],
    )[1],
}


# Bodies of today's exchange that openapi/kalshi.yaml does not describe yet (issue 12, point 1: the spec
# catches up in its own branch); once it does, these pass and the marker can go.
SPEC_BEHIND: set[str] = set()  # the spec now describes every error body the sandbox sends


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            c, marks=pytest.mark.xfail(reason="the spec does not describe this body yet", strict=False)
        )
        if c in SPEC_BEHIND
        else c
        for c in sorted(ERRORS)
    ],
)
def test_error_answers_match_the_documented_error_responses(case: str) -> None:
    _, alice, _ = sandbox()
    response = ERRORS[case](alice)
    assert response.status_code == int(case.split()[0])
    assert_matches_spec(response)


def test_the_spec_validator_rejects_a_wrong_body() -> None:
    """The check itself can fail: a balance sent as a string is not what the spec allows."""
    _, alice, _ = sandbox()
    response = alice.get("/portfolio/balance")
    broken = httpx.Response(200, json={"balance": "100"}, request=response.request)
    with pytest.raises(AssertionError):
        assert_matches_spec(broken)
