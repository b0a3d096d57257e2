"""The Wealthy and vendor-gateway specs, as generated clients, against the payloads their seeds publish.

Every call goes through the operation's generated `sync_detailed`/`asyncio_detailed` and an
`httpx.MockTransport`: no network. The seed payloads live in tests/data/seeds/ (shared with other tests).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("brokerspec_wealthy") is None:
    # The editable install predates generated/ in this checkout: import the packages from the tree.
    sys.path.insert(0, str(ROOT / "generated"))

import brokerspec_vendor_gateway  # noqa: E402
import brokerspec_wealthy  # noqa: E402
from brokerspec_vendor_gateway.api.portfolio import get_holdings as gateway_get_holdings  # noqa: E402
from brokerspec_vendor_gateway.api.portfolio import get_positions as gateway_get_positions  # noqa: E402
from brokerspec_vendor_gateway.models import (  # noqa: E402
    GatewayHolding,
    GatewayHoldingsResponse,
    GatewayPosition,
    GatewayPositionsResponse,
    GatewayRequest,
)
from brokerspec_wealthy.api.portfolio import get_holdings as wealthy_get_holdings  # noqa: E402
from brokerspec_wealthy.api.portfolio import get_positions as wealthy_get_positions  # noqa: E402
from brokerspec_wealthy.models import WealthyHolding, WealthyInstrument, WealthyPosition  # noqa: E402

SEEDS = ROOT / "tests" / "data" / "seeds"
BASE_URL = "http://127.0.0.1:9"
ABSENT_MARKERS = ["", "-", "- "]
UNKNOWN_KEY = "x_brokerspec_unknown"
UNKNOWN_VALUE = {"nested": [1, "two", None], "flag": True}

Handler = Callable[[httpx.Request], httpx.Response]


@dataclass(frozen=True)
class Case:
    """One operation of one spec, with the seed payload it answers with."""

    seed: str
    module: ModuleType
    method: str
    path: str
    spec: str
    envelope: type | None  # gateway envelope model; None for Wealthy's bare array
    item: type

    @property
    def is_gateway(self) -> bool:
        return self.envelope is not None

    def payload(self) -> Any:
        return json.loads((SEEDS / f"{self.seed}.json").read_text())

    def items(self, payload: Any) -> list[dict[str, Any]]:
        return payload["result"] if self.is_gateway else payload

    def client(self, handler: Handler, base_url: str = BASE_URL, **auth: str) -> Any:
        transport = {"transport": httpx.MockTransport(handler)}
        package = brokerspec_vendor_gateway if self.is_gateway else brokerspec_wealthy
        if self.is_gateway and not auth:
            return package.Client(base_url=base_url, httpx_args=transport)
        auth = auth or {"token": "test-token", "prefix": "", "auth_header_name": "access-token"}
        return package.AuthenticatedClient(base_url=base_url, httpx_args=transport, **auth)

    def kwargs(self, vendor: str = "KOTAK") -> dict[str, Any]:
        return {"body": GatewayRequest(user_id="<USER_ID>", vendor=vendor)} if self.is_gateway else {}

    def call(self, handler: Handler, *, vendor: str = "KOTAK", **auth: str) -> Any:
        return self.module.sync_detailed(client=self.client(handler, **auth), **self.kwargs(vendor))

    def to_wire(self, parsed: Any) -> Any:
        return parsed.to_dict() if self.is_gateway else [item.to_dict() for item in parsed]


CASES = [
    Case(
        "wealthy_holdings",
        wealthy_get_holdings,
        "GET",
        "/v1/report/holdings/",
        "wealthy",
        None,
        WealthyHolding,
    ),
    Case(
        "wealthy_positions",
        wealthy_get_positions,
        "GET",
        "/v0/report/positions/",
        "wealthy",
        None,
        WealthyPosition,
    ),
    Case(
        "gateway_holdings",
        gateway_get_holdings,
        "POST",
        "/holdings/getUsrHold",
        "vendor_gateway",
        GatewayHoldingsResponse,
        GatewayHolding,
    ),
    Case(
        "gateway_positions",
        gateway_get_positions,
        "POST",
        "/positions/getposition",
        "vendor_gateway",
        GatewayPositionsResponse,
        GatewayPosition,
    ),
]
CASE = {case.seed: case for case in CASES}
WEALTHY = [CASE["wealthy_holdings"], CASE["wealthy_positions"]]
GATEWAY = [CASE["gateway_holdings"], CASE["gateway_positions"]]


def _ids(cases: list[Case]) -> list[str]:
    return [case.seed for case in cases]


def _answer(body: Any, status: int = 200, seen: list[httpx.Request] | None = None) -> Handler:
    """A handler that records each request and answers with `body` (JSON unless it is already a str)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        if isinstance(body, str):
            return httpx.Response(status, text=body)
        return httpx.Response(status, json=body)

    return handler


def _with_unknown_keys(value: Any) -> Any:
    """A deep copy of `value` with an unknown key added to every JSON object in it."""
    if isinstance(value, list):
        return [_with_unknown_keys(v) for v in value]
    if isinstance(value, dict):
        return {**{k: _with_unknown_keys(v) for k, v in value.items()}, UNKNOWN_KEY: UNKNOWN_VALUE}
    return value


# --- the seed payloads parse and come back unchanged ---------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_seed_payload_parses_into_typed_models(case: Case) -> None:
    response = case.call(_answer(case.payload()))
    assert response.status_code == 200
    parsed = response.parsed
    if case.is_gateway:
        assert isinstance(parsed, case.envelope)
        items = parsed.result
    else:
        items = parsed
    assert isinstance(items, list)
    assert len(items) == len(case.items(case.payload()))
    assert all(isinstance(item, case.item) for item in items)


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_seed_payload_round_trips_through_to_dict(case: Case) -> None:
    payload = case.payload()
    response = case.call(_answer(payload))
    assert case.to_wire(response.parsed) == payload


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_unknown_fields_survive_at_every_level(case: Case) -> None:
    payload = _with_unknown_keys(case.payload())
    response = case.call(_answer(payload))
    assert case.to_wire(response.parsed) == payload


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
async def test_async_call_parses_seed_payload(case: Case) -> None:
    payload = case.payload()
    client = case.client(_answer(payload))
    response = await case.module.asyncio_detailed(client=client, **case.kwargs())
    assert case.to_wire(response.parsed) == payload


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_spec_seed_example_is_the_shared_seed_payload(case: Case) -> None:
    operation = _spec(case.spec)["paths"][case.path][case.method.lower()]
    examples = operation["responses"]["200"]["content"]["application/json"]["examples"]
    assert examples["seed"]["value"] == case.payload()


# --- wire types: numbers stay strings where the wire sends strings ------------------------------------

WIRE_VALUES = [
    ("wealthy_holdings", lambda items: items[0].avg_price, "1220.00"),
    ("wealthy_holdings", lambda items: items[0].holding_quantity, "1300"),
    ("wealthy_holdings", lambda items: items[0].collateral_quantity, "1155"),
    ("wealthy_holdings", lambda items: items[0].non_poa_dispaly_qty, ""),
    ("wealthy_holdings", lambda items: items[0].instrument[0].exchange_name, 1),
    ("wealthy_holdings", lambda items: items[0].instrument[1].exchange_name, 3),
    ("wealthy_holdings", lambda items: items[0].instrument[0].lot_size, 1),
    ("wealthy_holdings", lambda items: items[0].instrument[0].tick_size, "0.05"),
    ("wealthy_holdings", lambda items: items[0].instrument[0].token, "5054"),
    ("wealthy_positions", lambda items: items[0].order_type, 4),
    ("wealthy_positions", lambda items: items[1].order_type, 2),
    ("wealthy_positions", lambda items: items[1].net_quantity, "-1"),
    ("wealthy_positions", lambda items: items[0].realized_pnl, "-0.00"),
    ("wealthy_positions", lambda items: items[1].unrealized_mtom, "-1.59"),
    ("wealthy_positions", lambda items: items[1].day_sell_avg_amount, "8.06"),
    ("wealthy_positions", lambda items: items[0].price_factor, "1.000000"),
    ("wealthy_positions", lambda items: items[0].frozen_quantity, "12040313"),
    ("gateway_holdings", lambda items: items[0].qunatity, "45"),
    ("gateway_holdings", lambda items: items[0].average_price, "110.00"),
    ("gateway_holdings", lambda items: items[0].holding_cost, 4950),
    ("gateway_holdings", lambda items: items[0].unrealised_gain_loss, "-1737.00"),
    ("gateway_holdings", lambda items: items[0].lot_size, "1"),
    ("gateway_positions", lambda items: items[0].token, 212),
    ("gateway_positions", lambda items: items[0].total_net_qty, 0),
    ("gateway_positions", lambda items: items[0].buy_amt, "300.0"),
    ("gateway_positions", lambda items: items[0].ltp, "172"),
    ("gateway_positions", lambda items: items[0].option_type, "- "),
]


@pytest.mark.parametrize(
    ("seed", "read", "expected"),
    WIRE_VALUES,
    ids=[f"{seed}-{expected!r}-{n}" for n, (seed, _, expected) in enumerate(WIRE_VALUES)],
)
def test_field_keeps_its_wire_value_and_type(seed: str, read: Callable[[Any], Any], expected: Any) -> None:
    case = CASE[seed]
    parsed = case.call(_answer(case.payload())).parsed
    value = read(parsed.result if case.is_gateway else parsed)
    assert value == expected
    assert type(value) is type(expected)


def test_wealthy_instrument_listing_is_typed() -> None:
    case = CASE["wealthy_holdings"]
    holdings = case.call(_answer(case.payload())).parsed
    assert all(isinstance(i, WealthyInstrument) for h in holdings for i in h.instrument)


# --- absent markers ----------------------------------------------------------------------------------

MARKER_FIELDS = [
    ("wealthy_holdings", "avg_price", "avg_price"),
    ("wealthy_holdings", "non_poa_dispaly_qty", "non_poa_dispaly_qty"),
    ("wealthy_holdings", "btst_collateral_quantity", "btst_collateral_quantity"),
    ("wealthy_positions", "cf_sell_quantity", "cf_sell_quantity"),
    ("wealthy_positions", "cf_avg_price", "cf_avg_price"),
    ("wealthy_positions", "last_trade_price", "last_trade_price"),
    ("gateway_holdings", "averagePrice", "average_price"),
    ("gateway_holdings", "lastPrice", "last_price"),
    ("gateway_positions", "mtm", "mtm"),
    ("gateway_positions", "lotSize", "lot_size"),
    ("gateway_positions", "Expiry", "expiry"),
    ("gateway_positions", "option_Type", "option_type"),
]


@pytest.mark.parametrize("marker", ABSENT_MARKERS, ids=["empty", "dash", "dash-space"])
@pytest.mark.parametrize(
    ("seed", "wire", "attr"), MARKER_FIELDS, ids=[f"{s}.{w}" for s, w, _ in MARKER_FIELDS]
)
def test_absent_marker_survives_unchanged(seed: str, wire: str, attr: str, marker: str) -> None:
    case = CASE[seed]
    payload = case.payload()
    case.items(payload)[0][wire] = marker
    parsed = case.call(_answer(payload)).parsed
    first = (parsed.result if case.is_gateway else parsed)[0]
    assert getattr(first, attr) == marker
    assert case.to_wire(parsed) == payload


# --- open value sets and optional fields ----------------------------------------------------------------

UNKNOWN_CODES = [
    ("wealthy_positions", "exchange_name", 7),
    ("wealthy_positions", "order_type", 9),
    ("gateway_positions", "exchange", "NCO"),
    ("gateway_positions", "segment", "OPTIDX"),
]


@pytest.mark.parametrize(
    ("seed", "wire", "value"), UNKNOWN_CODES, ids=[f"{s}.{w}" for s, w, _ in UNKNOWN_CODES]
)
def test_undocumented_code_passes_through(seed: str, wire: str, value: Any) -> None:
    case = CASE[seed]
    payload = case.payload()
    case.items(payload)[0][wire] = value
    assert case.to_wire(case.call(_answer(payload)).parsed) == payload


def test_undocumented_exchange_code_passes_through_on_a_holding_listing() -> None:
    case = CASE["wealthy_holdings"]
    payload = case.payload()
    payload[0]["instrument"][0]["exchange_name"] = 5
    assert case.to_wire(case.call(_answer(payload)).parsed) == payload


MINIMAL_ITEMS = [
    ("wealthy_holdings", {"instrument": [{"exchange_name": 1, "token": "1", "trading_symbol": "A-EQ"}]}),
    ("wealthy_positions", {"exchange_name": 2, "token": "35001", "trading_symbol": "NIFTY25NOVFUT"}),
    ("gateway_holdings", {}),
    ("gateway_positions", {}),
]


@pytest.mark.parametrize(("seed", "item"), MINIMAL_ITEMS, ids=[s for s, _ in MINIMAL_ITEMS])
def test_item_with_only_required_fields_parses(seed: str, item: dict[str, Any]) -> None:
    case = CASE[seed]
    payload: Any = {"status": "Ok", "message": "success", "result": [item]} if case.is_gateway else [item]
    assert case.to_wire(case.call(_answer(payload)).parsed) == payload


def test_wealthy_position_accepts_the_table_name_day_sell_avg_price() -> None:
    case = CASE["wealthy_positions"]
    payload = case.payload()
    payload[1]["day_sell_avg_price"] = payload[1].pop("day_sell_avg_amount")
    positions = case.call(_answer(payload)).parsed
    assert positions[1].day_sell_avg_price == "8.06"
    assert case.to_wire(positions) == payload


@pytest.mark.parametrize("case", WEALTHY, ids=_ids(WEALTHY))
def test_wealthy_empty_portfolio_is_an_empty_list(case: Case) -> None:
    assert case.call(_answer([])).parsed == []


# --- the gateway envelope ------------------------------------------------------------------------------

NOT_OK_ENVELOPES = {
    "status-null-result": {"status": "Not ok", "message": "No data found", "result": None},
    "stat-null-result": {"stat": "Not ok", "message": "Invalid session", "result": None},
    "status-no-result": {"status": "Not ok", "message": "User not logged in"},
    "not-ok-with-success-message": {"status": "Not ok", "message": "success", "result": []},
}


@pytest.mark.parametrize("envelope", NOT_OK_ENVELOPES.values(), ids=NOT_OK_ENVELOPES.keys())
@pytest.mark.parametrize("case", GATEWAY, ids=_ids(GATEWAY))
def test_not_ok_envelope_parses_and_keeps_every_key(case: Case, envelope: dict[str, Any]) -> None:
    response = case.call(_answer(envelope))
    assert response.status_code == 200
    assert isinstance(response.parsed, case.envelope)
    assert response.parsed.message == envelope["message"]
    assert case.to_wire(response.parsed) == envelope


@pytest.mark.parametrize("case", GATEWAY, ids=_ids(GATEWAY))
def test_not_ok_envelope_result_null_is_none(case: Case) -> None:
    parsed = case.call(_answer(NOT_OK_ENVELOPES["status-null-result"])).parsed
    assert parsed.result is None
    assert parsed.status == "Not ok"


@pytest.mark.parametrize("case", GATEWAY, ids=_ids(GATEWAY))
def test_stat_key_is_read_as_a_status(case: Case) -> None:
    parsed = case.call(_answer(NOT_OK_ENVELOPES["stat-null-result"])).parsed
    assert parsed.stat == "Not ok"


# --- requests: method, path, body, headers -------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_operation_calls_its_documented_method_and_path(case: Case) -> None:
    seen: list[httpx.Request] = []
    case.call(_answer(case.payload(), seen=seen))
    assert [(r.method, r.url.path) for r in seen] == [(case.method, case.path)]


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_base_url_path_prefix_is_kept_in_front_of_the_operation_path(case: Case) -> None:
    seen: list[httpx.Request] = []
    client = case.client(_answer(case.payload(), seen=seen), base_url=f"{BASE_URL}/broking/api")
    case.module.sync_detailed(client=client, **case.kwargs())
    assert seen[0].url.path == f"/broking/api{case.path}"


@pytest.mark.parametrize("vendor", ["KOTAK", "INDIRA"])
@pytest.mark.parametrize("case", GATEWAY, ids=_ids(GATEWAY))
def test_gateway_request_body_is_exactly_user_id_and_vendor(case: Case, vendor: str) -> None:
    bodies: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        assert request.headers["content-type"] == "application/json"
        return httpx.Response(200, json=case.payload())

    case.call(handler, vendor=vendor)
    assert bodies == [{"userId": "<USER_ID>", "vendor": vendor}]


def test_gateway_request_model_drops_unknown_keys() -> None:
    request = GatewayRequest.from_dict({"userId": "U1", "vendor": "KOTAK", "extra": "x"})
    assert request.to_dict() == {"userId": "U1", "vendor": "KOTAK"}


@pytest.mark.parametrize("case", WEALTHY, ids=_ids(WEALTHY))
def test_access_token_header_reaches_the_server(case: Case) -> None:
    seen: list[httpx.Request] = []
    case.call(_answer(case.payload(), seen=seen), token="tok-123", prefix="", auth_header_name="access-token")
    assert seen[0].headers["access-token"] == "tok-123"
    assert "authorization" not in seen[0].headers


@pytest.mark.parametrize("case", GATEWAY, ids=_ids(GATEWAY))
def test_gateway_sends_no_auth_header_unless_configured(case: Case) -> None:
    seen: list[httpx.Request] = []
    case.call(_answer(case.payload(), seen=seen))
    assert "authorization" not in seen[0].headers


@pytest.mark.parametrize("case", GATEWAY, ids=_ids(GATEWAY))
def test_gateway_authorization_header_is_configurable(case: Case) -> None:
    seen: list[httpx.Request] = []
    case.call(_answer(case.payload(), seen=seen), token="<USER_ID> sess-9", prefix="Bearer")
    assert seen[0].headers["authorization"] == "Bearer <USER_ID> sess-9"


# --- failures outside the envelope -----------------------------------------------------------------------

RAW_FAILURES = [
    ("wealthy_holdings", 401, "Invalid or expired access token"),
    ("wealthy_positions", 401, '{"error": "token expired"}'),
    ("wealthy_holdings", 503, "<html>Service Unavailable</html>"),
    ("wealthy_positions", 400, ""),
    ("gateway_holdings", 403, "Forbidden"),
    ("gateway_positions", 502, "Bad Gateway"),
]


@pytest.mark.parametrize(
    ("seed", "status", "body"), RAW_FAILURES, ids=[f"{s}-{code}" for s, code, _ in RAW_FAILURES]
)
def test_error_status_keeps_the_raw_body_as_text(seed: str, status: int, body: str) -> None:
    response = CASE[seed].call(_answer(body, status=status))
    assert response.status_code == status
    assert response.parsed == body


# --- the specs themselves: payloads validated against the response schemas (JSON Schema 2020-12) ---------


@functools.cache
def _spec(name: str) -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi" / f"{name}.yaml").read_text())


def _validator(spec: str, pointer: str) -> Draft202012Validator:
    """A validator for the schema at `pointer` in the spec, with the spec's own $refs resolvable."""
    uri = f"urn:brokerspec:{spec}"
    registry = Registry().with_resource(uri, Resource(contents=_spec(spec), specification=DRAFT202012))
    return Draft202012Validator({"$ref": f"{uri}#{pointer}"}, registry=registry)


def _escape(path: str) -> str:
    return path.replace("~", "~0").replace("/", "~1")


def _response_validator(case: Case) -> Draft202012Validator:
    pointer = (
        f"/paths/{_escape(case.path)}/{case.method.lower()}/responses/200/content/application~1json/schema"
    )
    return _validator(case.spec, pointer)


def _request_validator() -> Draft202012Validator:
    return _validator("vendor_gateway", "/components/schemas/GatewayRequest")


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_seed_payload_conforms_to_its_response_schema(case: Case) -> None:
    _response_validator(case).validate(case.payload())


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_response_schema_admits_unknown_fields(case: Case) -> None:
    _response_validator(case).validate(_with_unknown_keys(case.payload()))


@pytest.mark.parametrize("marker", ABSENT_MARKERS, ids=["empty", "dash", "dash-space"])
@pytest.mark.parametrize(
    ("seed", "wire", "attr"), MARKER_FIELDS, ids=[f"{s}.{w}" for s, w, _ in MARKER_FIELDS]
)
def test_response_schema_admits_absent_marker(seed: str, wire: str, attr: str, marker: str) -> None:
    case = CASE[seed]
    payload = case.payload()
    case.items(payload)[0][wire] = marker
    _response_validator(case).validate(payload)


@pytest.mark.parametrize("envelope", NOT_OK_ENVELOPES.values(), ids=NOT_OK_ENVELOPES.keys())
@pytest.mark.parametrize("case", GATEWAY, ids=_ids(GATEWAY))
def test_response_schema_admits_not_ok_envelope(case: Case, envelope: dict[str, Any]) -> None:
    _response_validator(case).validate(envelope)


@pytest.mark.parametrize(
    ("seed", "wire", "value"), UNKNOWN_CODES, ids=[f"{s}.{w}" for s, w, _ in UNKNOWN_CODES]
)
def test_response_schema_admits_undocumented_code(seed: str, wire: str, value: Any) -> None:
    case = CASE[seed]
    payload = case.payload()
    case.items(payload)[0][wire] = value
    _response_validator(case).validate(payload)


WRONG_WIRE_TYPES = [
    ("wealthy_holdings", "avg_price", 1220.0),
    ("wealthy_holdings", "holding_quantity", 1300),
    ("wealthy_positions", "net_quantity", -1),
    ("wealthy_positions", "exchange_name", "1"),
    ("wealthy_positions", "order_type", "MIS"),
    ("wealthy_positions", "lot_size", "1"),
    ("wealthy_positions", "realized_pnl", "n/a"),
    ("gateway_holdings", "holdingCost", "4950"),
    ("gateway_holdings", "qunatity", 45),
    ("gateway_holdings", "averagePrice", "110,00"),
    ("gateway_positions", "token", "212"),
    ("gateway_positions", "netQty", "0"),
    ("gateway_positions", "ltp", 172),
]


@pytest.mark.parametrize(
    ("seed", "wire", "value"), WRONG_WIRE_TYPES, ids=[f"{s}.{w}={v!r}" for s, w, v in WRONG_WIRE_TYPES]
)
def test_response_schema_rejects_value_off_the_wire_type(seed: str, wire: str, value: Any) -> None:
    case = CASE[seed]
    payload = case.payload()
    case.items(payload)[0][wire] = value
    assert not _response_validator(case).is_valid(payload)


@pytest.mark.parametrize("spec", ["wealthy", "vendor_gateway"])
def test_spec_has_no_closed_enum_or_date_time(spec: str) -> None:
    nodes = _schemas_in(_spec(spec)["components"]["schemas"])
    assert not [n for n in nodes if "enum" in n or n.get("format") == "date-time"]


def _schemas_in(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        return [node, *(n for value in node.values() for n in _schemas_in(value))]
    if isinstance(node, list):
        return [n for value in node for n in _schemas_in(value)]
    return []


@pytest.mark.parametrize("vendor", ["KOTAK", "INDIRA", "ANGEL_ONE"])
def test_gateway_request_schema_accepts_uppercase_vendor(vendor: str) -> None:
    _request_validator().validate({"userId": "<USER_ID>", "vendor": vendor})


BAD_REQUESTS = {
    "extra-key": {"userId": "U1", "vendor": "KOTAK", "password": "x"},
    "lowercase-vendor": {"userId": "U1", "vendor": "kotak"},
    "no-vendor": {"userId": "U1"},
    "no-user": {"vendor": "KOTAK"},
    "empty-user": {"userId": "", "vendor": "KOTAK"},
}


@pytest.mark.parametrize("body", BAD_REQUESTS.values(), ids=BAD_REQUESTS.keys())
def test_gateway_request_schema_rejects_anything_but_user_id_and_vendor(body: dict[str, Any]) -> None:
    assert not _request_validator().is_valid(body)


SERVER_DEFAULTS = [
    ("wealthy", "https://api.wealthy.in/broking/api"),
    ("vendor_gateway", "https://vendor-gateway.invalid"),
]


@pytest.mark.parametrize(("spec", "default"), SERVER_DEFAULTS, ids=[s for s, _ in SERVER_DEFAULTS])
def test_server_base_url_is_a_variable_with_the_expected_default(spec: str, default: str) -> None:
    (server,) = _spec(spec)["servers"]
    assert server["url"] == "{base_url}"
    assert server["variables"]["base_url"]["default"] == default


def test_gateway_default_host_cannot_resolve() -> None:
    default = _spec("vendor_gateway")["servers"][0]["variables"]["base_url"]["default"]
    assert httpx.URL(default).host.endswith(".invalid")


# --- Wealthy authentication: two headers, either accepted -------------------------------------------------

WEALTHY_TOKEN_SCHEMES = [{"accessToken": []}, {"rawAuthorization": []}]


def test_wealthy_security_accepts_either_token_header() -> None:
    spec = _spec("wealthy")
    assert spec["security"] == WEALTHY_TOKEN_SCHEMES
    for path, item in spec["paths"].items():
        for method, op in item.items():
            assert op.get("security", spec["security"]) == WEALTHY_TOKEN_SCHEMES, f"{method.upper()} {path}"


def test_wealthy_token_schemes_are_raw_header_api_keys() -> None:
    schemes = _spec("wealthy")["components"]["securitySchemes"]
    assert set(schemes) == {"accessToken", "rawAuthorization"}
    assert {name: (s["type"], s["in"], s["name"]) for name, s in schemes.items()} == {
        "accessToken": ("apiKey", "header", "access-token"),
        "rawAuthorization": ("apiKey", "header", "Authorization"),
    }


def test_wealthy_token_schemes_say_where_each_fact_comes_from() -> None:
    spec = _spec("wealthy")
    schemes = spec["components"]["securitySchemes"]
    assert "portfolio page" in schemes["accessToken"]["description"]
    raw = schemes["rawAuthorization"]["description"]
    assert "github.com/wealthy/wealthy-mcp" in raw and "internal/falcon/falcon.go" in raw
    assert "no `Bearer` prefix" in raw
    overview = spec["info"]["description"]
    for fact in (
        "access-token: <token>",
        "Authorization: <token>",
        "wealthy/wealthy-mcp",
        "BROKERSPEC_WEALTHY_AUTH_HEADER",
    ):
        assert fact in overview
