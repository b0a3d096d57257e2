"""The Kalshi spec and its generated client against every payload we know: the seed's examples, the recorded
late-2025 wire, hand-built 2026-shape bodies and the three error shapes.

A payload "parses" when the generated model accepts it and `to_dict()` gives back exactly the JSON it was
given, unknown fields included. Requests are checked against the spec's JSON Schema, since the generated
request models do not validate.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from _kalshi_payloads import (
    SPEC_PATH,
    Interaction,
    assert_same_json,
    call,
    find_operation,
    model,
    operations,
    payloads_2026,
    recorded_interactions,
    resolve,
    spec,
    typed_query_value,
    validator,
)

OPERATIONS = operations()
INTERACTIONS = list(recorded_interactions())
PAYLOADS_2026 = payloads_2026()
UNKNOWN_FIELD = "brand_new_field"
LEGACY_WRITES = [
    "create_order_legacy",
    "batch_create_orders_legacy",
    "batch_cancel_orders_legacy",
    "cancel_order_legacy",
]
ERROR_STATUSES = ["400", "401", "403", "404", "409", "410", "429", "500"]


def _response_examples() -> list[Any]:
    """(operation, status, example name, schema, value) for every success example attached to the spec."""
    cases = []
    for op in OPERATIONS.values():
        for status, examples in op.response_examples.items():
            if not status.startswith("2"):
                continue
            for name, value in examples.items():
                schema = op.response_schemas[status]
                cases.append(pytest.param(schema, value, id=f"{op.operation_id}-{status}-{name}"))
    return cases


def _request_examples() -> list[Any]:
    return [
        pytest.param(op.request_schema, value, id=f"{op.operation_id}-{name}")
        for op in OPERATIONS.values()
        for name, value in op.request_examples.items()
    ]


def _error_examples() -> list[Any]:
    return [
        pytest.param(example["value"], id=name) for name, example in spec()["components"]["examples"].items()
    ]


RESPONSE_EXAMPLES = _response_examples()
REQUEST_EXAMPLES = _request_examples()
ERROR_EXAMPLES = _error_examples()


# ------------------------------------------------------------ (a) the spec's own examples (seed and others)


def test_every_seed_response_payload_is_attached_to_the_spec() -> None:
    # The seed documents 16 endpoints, each with one success example.
    seeded = {
        op.operation_id for op in OPERATIONS.values() if "seed" in op.response_examples[op.success_status]
    }
    assert len(seeded) == 16
    assert not seeded & {op for op in OPERATIONS if op.endswith("_v2")}


def test_every_seed_request_payload_is_attached_to_the_spec() -> None:
    seeded = {op.operation_id for op in OPERATIONS.values() if "seed" in op.request_examples}
    assert seeded == {
        "create_order_group",
        "create_order_legacy",
        "batch_create_orders_legacy",
        "batch_cancel_orders_legacy",
    }


@pytest.mark.parametrize(("schema", "payload"), RESPONSE_EXAMPLES)
def test_response_example_round_trips_through_its_model(schema: str, payload: dict[str, Any]) -> None:
    parsed = model(schema).from_dict(payload)
    assert_same_json(parsed.to_dict(), payload)


@pytest.mark.parametrize(("schema", "payload"), REQUEST_EXAMPLES)
def test_request_example_round_trips_through_its_model(schema: str, payload: dict[str, Any]) -> None:
    parsed = model(schema).from_dict(payload)
    assert_same_json(parsed.to_dict(), payload)


# ---------------------------------------------------------------- (b) the recorded 2025 wire


def test_recorded_cassettes_are_found() -> None:
    # Six cassettes, the lifecycle one with four calls of which the /markets call is out of scope.
    assert len(INTERACTIONS) == 8, f"fixtures not found or changed; looked in {INTERACTIONS!r}"


@pytest.mark.parametrize("interaction", INTERACTIONS, ids=lambda i: i.id)
def test_recorded_response_parses_through_the_generated_operation(interaction: Interaction) -> None:
    op, path_params = find_operation(interaction.method, interaction.api_path)
    recorded = json.loads(interaction.body_text)

    def check_request(request: Any) -> None:
        # The generated client sends what the recorder saw: method, path, query and JSON body.
        assert request.method == interaction.method
        assert str(request.url.copy_with(query=None)) == interaction.uri.split("?")[0]
        assert sorted(request.url.params.multi_items()) == sorted(interaction.query)
        if interaction.request_body is not None:
            assert json.loads(request.content) == interaction.request_body

    exchange = call(
        op,
        status=interaction.status,
        raw_body=interaction.body_text,
        base_url=interaction.base_url,
        path_params=path_params,
        query={name: typed_query_value(op, name, value) for name, value in interaction.query},
        request_body=interaction.request_body,
        check_request=check_request,
    )

    parsed = exchange.response.parsed
    assert isinstance(parsed, model(op.success_schema))
    assert_same_json(parsed.to_dict(), recorded)


def test_recorded_fill_keeps_the_deprecated_numeric_price() -> None:
    (fills,) = [i for i in INTERACTIONS if i.cassette == "kalshi_get_fills"]
    exchange = call(OPERATIONS["get_fills"], status=200, raw_body=fills.body_text)
    (fill,) = exchange.response.parsed.fills
    assert fill.price == 0.04
    assert fill.yes_price_fixed == "0.0400"


def test_recorded_order_keeps_empty_dollar_strings_and_nulls() -> None:
    (created,) = [i for i in INTERACTIONS if i.method == "POST"]
    exchange = call(
        OPERATIONS["create_order_legacy"],
        status=201,
        raw_body=created.body_text,
        request_body=created.request_body,
    )
    order = exchange.response.parsed.order
    assert order.taker_fill_cost_dollars == ""
    assert order.expiration_time is None
    assert order.order_group_id is None


# ---------------------------------------------------------------- (c) the 2026 shape


def test_every_operation_with_a_json_answer_has_a_2026_payload() -> None:
    with_body = {op.operation_id for op in OPERATIONS.values() if op.success_schema is not None}
    assert set(PAYLOADS_2026) == with_body


@pytest.mark.parametrize("operation_id", sorted(PAYLOADS_2026))
def test_2026_payload_parses_through_the_generated_operation(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    sample = PAYLOADS_2026[operation_id]
    assert str(sample["status"]) == op.success_status

    exchange = call(op, status=sample["status"], body=sample["body"])

    parsed = exchange.response.parsed
    assert isinstance(parsed, model(op.success_schema))
    assert_same_json(parsed.to_dict(), sample["body"])


@pytest.mark.parametrize("operation_id", sorted(PAYLOADS_2026))
def test_2026_unknown_field_lands_in_additional_properties(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    sample = PAYLOADS_2026[operation_id]
    parsed = call(op, status=sample["status"], body=sample["body"]).response.parsed
    assert parsed.additional_properties[UNKNOWN_FIELD] == {"x": 1}


def test_2026_order_with_unknown_status_parses() -> None:
    body = PAYLOADS_2026["get_orders"]["body"]
    parsed = call(OPERATIONS["get_orders"], status=200, body=body).response.parsed
    assert [order.status for order in parsed.orders] == ["resting", "brand_new_status"]


def test_2026_order_without_integer_counts_leaves_them_unset() -> None:
    from brokerspec_kalshi.types import Unset

    body = PAYLOADS_2026["get_order"]["body"]
    order = call(
        OPERATIONS["get_order"], status=200, path_params={"order_id": "o-1"}, body=body
    ).response.parsed.order
    assert isinstance(order.fill_count, Unset)
    assert order.fill_count_fp == "2.00"


def test_cancel_all_orders_answers_204_without_a_body() -> None:
    exchange = call(OPERATIONS["cancel_all_orders_v2"], status=204)
    assert exchange.request.method == "DELETE"
    assert exchange.request.url.path == "/trade-api/v2/portfolio/events/orders"
    assert exchange.response.status_code == 204
    assert exchange.response.parsed is None


# ---------------------------------------------------------------- (d) error bodies

ERROR_SHAPES = {
    "nested": {
        "error": {
            "code": "deprecated_v1_order_endpoint",
            "message": "use /portfolio/events/orders",
            "details": "",
            "service": "api",
        }
    },
    "nested_code_only": {"error": {"code": "header_timestamp_expired"}},
    "flat": {"code": "bad_request", "message": "bad request", "details": "invalid character 'x'"},
    "bare": {"msg": "limit must be at most 1000"},
    "bare_details": {"details": "Need to specify market_tickers or event_ticker"},
    "string_429": {"error": "too many requests"},
    "nested_with_unknown_fields": {
        "error": {"code": "not_found", "request_id": "r-1"},
        UNKNOWN_FIELD: {"x": 1},
    },
}


@pytest.mark.parametrize("status", [*ERROR_STATUSES, "503"])
@pytest.mark.parametrize("shape", sorted(ERROR_SHAPES))
def test_error_shape_parses_as_error_response(shape: str, status: str) -> None:
    # 503 is not listed in the spec: it goes through the `default` response.
    body = ERROR_SHAPES[shape]
    exchange = call(OPERATIONS["get_balance"], status=int(status), body=body)
    parsed = exchange.response.parsed
    assert isinstance(parsed, model("ErrorResponse"))
    assert_same_json(parsed.to_dict(), body)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_parses_an_error_answer(operation_id: str) -> None:
    body = ERROR_SHAPES["nested"]
    exchange = call(OPERATIONS[operation_id], status=410, body=body)
    parsed = exchange.response.parsed
    assert isinstance(parsed, model("ErrorResponse"))
    assert parsed.error.code == "deprecated_v1_order_endpoint"


@pytest.mark.parametrize("payload", ERROR_EXAMPLES)
def test_spec_error_example_round_trips(payload: dict[str, Any]) -> None:
    parsed = model("ErrorResponse").from_dict(payload)
    assert_same_json(parsed.to_dict(), payload)


def test_bare_error_keeps_its_message() -> None:
    parsed = model("ErrorResponse").from_dict(ERROR_SHAPES["bare"])
    assert parsed.msg == "limit must be at most 1000"


def test_rate_limit_body_keeps_its_string_error() -> None:
    # Kalshi's 429: `error` is a string, not the nested object; it must not crash the parser
    exchange = call(OPERATIONS["create_order_v2"], status=429, body=ERROR_SHAPES["string_429"])
    parsed = exchange.response.parsed
    assert isinstance(parsed, model("ErrorResponse"))
    assert parsed.error == "too many requests"


def test_bare_details_error_keeps_its_details() -> None:
    exchange = call(OPERATIONS["get_queue_positions"], status=400, body=ERROR_SHAPES["bare_details"])
    assert exchange.response.parsed.details == "Need to specify market_tickers or event_ticker"


# ------------------------------------------------------- (e) request bodies against the spec's JSON Schema


@pytest.mark.parametrize(("schema", "payload"), REQUEST_EXAMPLES)
def test_request_example_is_valid_for_its_schema(schema: str, payload: dict[str, Any]) -> None:
    validator(schema).validate(payload)


@pytest.mark.parametrize(("schema", "payload"), RESPONSE_EXAMPLES)
def test_response_example_is_valid_for_its_schema(schema: str, payload: dict[str, Any]) -> None:
    validator(schema).validate(payload)


@pytest.mark.parametrize("interaction", INTERACTIONS, ids=lambda i: i.id)
def test_recorded_response_is_valid_for_its_schema(interaction: Interaction) -> None:
    op, _ = find_operation(interaction.method, interaction.api_path)
    validator(op.success_schema).validate(json.loads(interaction.body_text))


@pytest.mark.parametrize("operation_id", sorted(PAYLOADS_2026))
def test_2026_payload_is_valid_for_its_schema(operation_id: str) -> None:
    validator(OPERATIONS[operation_id].success_schema).validate(PAYLOADS_2026[operation_id]["body"])


V2_ORDER = {
    "ticker": "KXDEMO-26-A",
    "side": "bid",
    "count": "10.00",
    "price": "0.5600",
    "time_in_force": "good_till_canceled",
    "self_trade_prevention_type": "taker_at_cross",
}
AMEND = {"ticker": "KXDEMO-26-A", "side": "bid", "price": "0.5800", "count": "10.00"}


def _without(body: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k != key}


INVALID_REQUESTS = [
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "count": 10}, id="v2-numeric-count"),
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "price": 0.56}, id="v2-numeric-price"),
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "price": "1.00"}, id="v2-price-above-range"),
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "price": "0.00"}, id="v2-price-zero"),
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "count": "1.005"}, id="v2-count-three-decimals"),
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "side": "yes"}, id="v2-side-yes-not-bid-ask"),
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "time_in_force": "day"}, id="v2-unknown-time-in-force"),
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "action": "buy"}, id="v2-unknown-field"),
    *[
        pytest.param("CreateOrderV2Request", _without(V2_ORDER, key), id=f"v2-missing-{key}")
        for key in V2_ORDER
    ],
    pytest.param(
        "BatchCreateOrdersV2Request", {"orders": [{**V2_ORDER, "count": 1}]}, id="v2-batch-numeric-count"
    ),
    pytest.param("BatchCreateOrdersV2Request", {"orders": []}, id="v2-batch-empty"),
    pytest.param("BatchCancelOrdersV2Request", {"orders": []}, id="v2-batch-cancel-empty"),
    pytest.param("BatchCancelOrdersV2Request", {"ids": ["o-1"]}, id="v2-batch-cancel-retired-ids-body"),
    pytest.param(
        "BatchCancelOrdersV2Request",
        {"orders": [{"market_ticker": "KXDEMO-26-A"}]},
        id="v2-batch-cancel-no-id",
    ),
    pytest.param(
        "BatchCancelOrdersV2Request",
        {"orders": [{"order_id": "o-1", "subaccount": 64}]},
        id="v2-batch-cancel-sub-64",
    ),
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "price": "0.5"}, id="v2-price-one-decimal"),
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "price": "0.55001"}, id="v2-price-five-decimals"),
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "price": "0.0000"}, id="v2-price-zero-four-decimals"),
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "count": "0"}, id="v2-count-zero"),
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "count": "0.00"}, id="v2-count-zero-decimals"),
    pytest.param("CreateOrderV2Request", {**V2_ORDER, "subaccount": 64}, id="v2-subaccount-64"),
    pytest.param(
        "CreateOrderV2Request", {**V2_ORDER, "exchange_index": -2}, id="v2-exchange-index-below-minus-1"
    ),
    pytest.param("AmendOrderV2Request", {**AMEND, "subaccount": 1}, id="amend-subaccount-in-body"),
    pytest.param("AmendOrderV2Request", {**AMEND, "expiration_time": -1}, id="amend-negative-expiry"),
    pytest.param("DecreaseOrderV2Request", {"reduce_by": "0"}, id="decrease-by-zero"),
    pytest.param("DecreaseOrderV2Request", {"reduce_by": "1.005"}, id="decrease-three-decimals"),
    pytest.param("UpdateOrderGroupLimitRequest", {}, id="group-limit-neither"),
    pytest.param("IntraExchangeInstanceTransferRequest", {"amount": 10000}, id="transfer-without-instances"),
    *[pytest.param("AmendOrderV2Request", _without(AMEND, key), id=f"amend-missing-{key}") for key in AMEND],
    pytest.param("AmendOrderV2Request", {**AMEND, "count": 10}, id="amend-numeric-count"),
    pytest.param("DecreaseOrderV2Request", {"reduce_by": "1.00", "reduce_to": "2.00"}, id="decrease-both"),
    pytest.param("DecreaseOrderV2Request", {"subaccount": 0}, id="decrease-subaccount-in-body"),
    pytest.param("DecreaseOrderV2Request", {"market_ticker": "KXDEMO-26-A"}, id="decrease-neither"),
    pytest.param("DecreaseOrderV2Request", {"reduce_by": 1}, id="decrease-numeric"),
    pytest.param("CreateOrderGroupRequest", {}, id="group-neither"),
    pytest.param("CreateOrderGroupRequest", {"subaccount": 1, "exchange_index": 2}, id="group-no-limit"),
    pytest.param(
        "CreateOrderLegacyRequest", {"ticker": "T", "side": "yes", "count": 1}, id="legacy-missing-action"
    ),
    pytest.param(
        "CreateOrderLegacyRequest",
        {"ticker": "T", "side": "yes", "action": "buy", "count": 1, "self_trade_prevention_type": "<string>"},
        id="legacy-placeholder-stp",
    ),
]


@pytest.mark.parametrize(("schema", "payload"), INVALID_REQUESTS)
def test_invalid_request_body_is_rejected_by_its_schema(schema: str, payload: dict[str, Any]) -> None:
    assert not validator(schema).is_valid(payload)


def test_v2_order_with_only_required_fields_is_valid() -> None:
    validator("CreateOrderV2Request").validate(V2_ORDER)


VALID_REQUESTS = [
    # Kalshi's input grammar: counts with 0-2 decimals, prices with 2-4, strictly between 0 and 1
    *[
        pytest.param("CreateOrderV2Request", {**V2_ORDER, "count": count}, id=f"v2-count-{count}")
        for count in ("10", "2.5", "2.50", "0.01", "0.5")
    ],
    *[
        pytest.param("CreateOrderV2Request", {**V2_ORDER, "price": price}, id=f"v2-price-{price}")
        for price in ("0.56", "0.5600", "0.555", "0.0050", "0.995", "0.9950", "0.0001", "0.01")
    ],
    pytest.param(
        "CreateOrderV2Request",
        {**V2_ORDER, "exchange_index": -1, "subaccount": 63, "cancel_order_on_pause": True},
        id="v2-routing-and-pause",
    ),
    pytest.param(
        "BatchCancelOrdersV2Request",
        {
            "orders": [
                {"order_id": "o-1"},
                {
                    "order_id": "o-2",
                    "market_ticker": "KXDEMO15M-26DEC011230-30",
                    "exchange_index": 2,
                    "subaccount": 1,
                },
            ]
        },
        id="v2-batch-cancel-routed",
    ),
    pytest.param(
        "AmendOrderV2Request", {**AMEND, "expiration_time": 0, "exchange_index": 2}, id="amend-remove-expiry"
    ),
    pytest.param(
        "DecreaseOrderV2Request",
        {"reduce_to": "0", "market_ticker": "KXDEMO-26-A", "exchange_index": 0},
        id="decrease-to-zero-routed",
    ),
    pytest.param(
        "CreateOrderGroupRequest", {"contracts_limit": 2, "contracts_limit_fp": "2.00"}, id="group-both-equal"
    ),
    pytest.param("UpdateOrderGroupLimitRequest", {"contracts_limit_fp": "7.5"}, id="group-limit-fractional"),
]


@pytest.mark.parametrize(("schema", "payload"), VALID_REQUESTS)
def test_valid_request_body_is_accepted_by_its_schema(schema: str, payload: dict[str, Any]) -> None:
    validator(schema).validate(payload)


# ---------------------------------------------------------------- the spec's own promises


def _walk(node: Any) -> Iterator[Any]:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _reachable_schemas(roots: set[str]) -> set[str]:
    """Component schemas reachable from `roots` through `$ref`."""
    schemas = spec()["components"]["schemas"]
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            refs = (
                node["$ref"] for node in _walk(schemas[name]) if isinstance(node, dict) and "$ref" in node
            )
            todo.extend(ref.rsplit("/", 1)[-1] for ref in refs)
    return seen


RESPONSE_SCHEMAS = sorted(
    _reachable_schemas({s for op in OPERATIONS.values() for s in op.response_schemas.values() if s})
)
REQUEST_SCHEMAS = sorted(
    _reachable_schemas({op.request_schema for op in OPERATIONS.values() if op.request_schema})
)


@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
def test_response_schema_stays_open(name: str) -> None:
    # Unknown fields must survive, new enum values must not break a call, odd timestamps must not crash.
    for node in _walk(spec()["components"]["schemas"][name]):
        if isinstance(node, dict):
            assert node.get("additionalProperties", True) is not False
            assert "enum" not in node
            assert node.get("format") not in {"date-time", "date"}


@pytest.mark.parametrize("name", sorted(set(REQUEST_SCHEMAS) - set(RESPONSE_SCHEMAS)))
def test_request_schema_is_closed(name: str) -> None:
    assert spec()["components"]["schemas"][name]["additionalProperties"] is False


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation_is_documented(operation_id: str) -> None:
    op = OPERATIONS[operation_id].raw
    assert len(op["tags"]) == 1
    assert op["summary"].strip()
    assert len(op["description"].split()) >= 15
    assert OPERATIONS[operation_id].response_examples[OPERATIONS[operation_id].success_status] or (
        OPERATIONS[operation_id].success_schema is None
    )


@pytest.mark.parametrize("operation_id", LEGACY_WRITES)
def test_legacy_write_is_deprecated_and_names_its_replacement(operation_id: str) -> None:
    op = OPERATIONS[operation_id].raw
    assert op["deprecated"] is True
    assert "410" in op["description"]
    assert "deprecated_v1_order_endpoint" in op["description"]
    assert "/portfolio/events/orders" in op["description"]
    gone = resolve(op["responses"]["410"])
    assert "deprecated_v1_order_endpoint" in json.dumps(gone)


def test_only_the_legacy_writes_are_deprecated() -> None:
    deprecated = {op.operation_id for op in OPERATIONS.values() if op.raw.get("deprecated")}
    assert deprecated == set(LEGACY_WRITES)


SIGNED = {"KalshiAccessKey": [], "KalshiAccessTimestamp": [], "KalshiAccessSignature": []}
PUBLIC_TAGS = {"markets", "exchange"}


def test_every_portfolio_and_account_call_requires_all_three_signature_headers() -> None:
    document = spec()
    assert document["security"] == [SIGNED]
    private = [op for op in OPERATIONS.values() if op.raw["tags"][0] not in PUBLIC_TAGS]
    assert not [op.operation_id for op in private if "security" in op.raw]
    headers = {scheme["name"] for scheme in document["components"]["securitySchemes"].values()}
    assert headers == {"KALSHI-ACCESS-KEY", "KALSHI-ACCESS-TIMESTAMP", "KALSHI-ACCESS-SIGNATURE"}


def test_market_data_may_be_read_with_or_without_a_signature() -> None:
    public = [op for op in OPERATIONS.values() if op.raw["tags"][0] in PUBLIC_TAGS]
    assert {op.operation_id for op in public} == {
        "get_markets",
        "get_market",
        "get_market_orderbook",
        "get_series",
        "get_exchange_status",
    }
    for op in public:
        assert op.raw["security"] == [{}, SIGNED]


def test_signature_scheme_says_what_is_signed() -> None:
    text = spec()["components"]["securitySchemes"]["KalshiAccessSignature"]["description"]
    for fact in ("/trade-api/v2", "without", "query", "RSA-PSS", "SHA-256", "MGF1", "32", "Ed25519"):
        assert fact in text


def test_servers_are_production_and_demo_hosts() -> None:
    assert [server["url"] for server in spec()["servers"]] == [
        "https://external-api.kalshi.com/trade-api/v2",
        "https://api.elections.kalshi.com/trade-api/v2",
        "https://external-api.demo.kalshi.co/trade-api/v2",
        "https://demo-api.kalshi.co/trade-api/v2",
    ]


def test_spec_is_openapi_3_1() -> None:
    assert spec()["openapi"] == "3.1.0"
    assert SPEC_PATH.name == "kalshi.yaml"
