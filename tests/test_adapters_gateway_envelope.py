"""The vendor gateway's HTTP-200 envelope, read by its adapter from the model the generated parser built.

`http.translate` never looks into a 2xx: the envelope rule (status, then `result` and `message`) is the
gateway's quirk and lives in `brokers/vendor_gateway.py`, on the parsed `GatewayHoldingsResponse`.
"""

from __future__ import annotations

import json
from typing import Any

from brokerspec.brokers.vendor_gateway import envelope_error
from brokerspec.errors import AuthenticationError, NotFound, RejectedByBroker
from brokerspec.http.translate import error_from_response
from brokerspec_vendor_gateway.models import GatewayHoldingsResponse, GatewayPositionsResponse

JSON = {"content-type": "application/json"}


def envelope(body: dict[str, Any] | bytes) -> GatewayHoldingsResponse:
    """What the generated parser hands the adapter for a 200."""
    return GatewayHoldingsResponse.from_dict(json.loads(body) if isinstance(body, bytes) else body)


def test_gateway_not_ok_with_null_result_is_an_error_with_the_message() -> None:
    err = envelope_error(envelope({"status": "Not ok", "message": "Invalid vendor", "result": None}))
    assert isinstance(err, RejectedByBroker)
    assert (err.http_status, err.broker_code, err.broker_message) == (200, "Not ok", "Invalid vendor")


def test_gateway_stat_variant_is_understood() -> None:
    err = envelope_error(envelope(b'{"stat": "Not_Ok", "message": "Something went wrong", "result": null}'))
    assert isinstance(err, RejectedByBroker)
    assert err.broker_message == "Something went wrong"


def test_gateway_not_ok_with_a_result_and_success_message_is_a_success() -> None:
    body = {"status": "Not ok", "message": "success", "result": [{"symbol": "BHEL"}]}
    assert envelope_error(envelope(body)) is None


def test_gateway_not_ok_with_success_message_and_no_result_is_a_success() -> None:
    assert envelope_error(envelope({"status": "Not ok", "message": "Data fetched successfully"})) is None


def test_gateway_ok_is_a_success() -> None:
    assert envelope_error(envelope({"status": "Ok", "message": "success", "result": []})) is None


def test_gateway_session_errors_are_authentication_errors() -> None:
    err = envelope_error(
        envelope({"status": "Not ok", "message": "Session Expired. Please login", "result": None})
    )
    assert isinstance(err, AuthenticationError)
    assert err.reason == "expired_token"


def test_gateway_no_data_is_not_found() -> None:
    err = envelope_error(envelope({"status": "Not ok", "message": "No Data Found", "result": None}))
    assert isinstance(err, NotFound)


def test_gateway_envelope_is_the_adapters_not_the_translators() -> None:
    body = {"status": "Not ok", "message": "Invalid user", "result": None}
    # translate sees an HTTP 200 with JSON: a success; the envelope rule is not its business
    assert error_from_response("vendor_gateway", 200, JSON, json.dumps(body).encode(), method="POST") is None
    assert isinstance(envelope_error(GatewayPositionsResponse.from_dict(body)), RejectedByBroker)
    assert envelope_error(envelope({"status": "Ok", "result": []})) is None


def test_non_envelope_json_is_not_a_gateway_error() -> None:
    assert envelope_error(envelope({})) is None
    assert envelope_error(envelope({"result": []})) is None


def test_the_message_may_come_under_another_key() -> None:
    err = envelope_error(envelope({"status": "Not ok", "emsg": "Invalid vendor", "result": None}))
    assert isinstance(err, RejectedByBroker)
    assert err.broker_message == "Invalid vendor"
