"""The error vocabulary: every broker's failure shapes map to one family, and no secret survives."""

from __future__ import annotations

import base64
import email.utils
import json
import os
from typing import Any

import httpx
import pytest
from brokerspec import errors
from brokerspec.errors import (
    AuthenticationError,
    BrokerError,
    Conflict,
    DuplicateOrder,
    InvalidResponse,
    LegacyEndpointGone,
    NotFound,
    RateLimited,
    RejectedByBroker,
    Unavailable,
    Uncertain,
)
from brokerspec.http.translate import (
    error_from_exception,
    error_from_response,
    parse_retry_after,
    raise_for_response,
)
from brokerspec.redaction import redact

JSON = {"content-type": "application/json"}
HTML = {"content-type": "text/html; charset=utf-8"}


def kalshi(status: int, body: Any, headers: dict[str, str] | None = None, method: str | None = None) -> Any:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return error_from_response("kalshi", status, headers or JSON, raw, method=method)


def nested(code: str, message: str = "", details: str = "") -> dict[str, Any]:
    error: dict[str, str] = {"code": code}
    if message:
        error["message"] = message
    if details:
        error["details"] = details
    return {"error": {**error, "service": "exchange"}}


# Kalshi: three shapes


def test_kalshi_nested_shape_keeps_code_and_message_verbatim() -> None:
    err = kalshi(400, nested("insufficient_balance", "Insufficient balance"))
    assert isinstance(err, RejectedByBroker)
    assert (err.broker, err.http_status) == ("kalshi", 400)
    assert (err.broker_code, err.broker_message) == ("insufficient_balance", "Insufficient balance")
    assert err.retry_safe is False
    assert "funds" in err.suggestion


def test_kalshi_flat_shape_is_understood() -> None:
    err = kalshi(400, {"code": "bad_request", "message": "bad request", "details": "json: cannot unmarshal"})
    assert isinstance(err, RejectedByBroker)
    assert (err.broker_code, err.broker_message) == ("bad_request", "bad request")
    assert err.details == "json: cannot unmarshal"


def test_kalshi_bare_msg_shape_is_understood() -> None:
    err = kalshi(400, {"msg": "limit must be between 1 and 1000"})
    assert isinstance(err, RejectedByBroker)
    assert err.broker_code is None
    assert err.broker_message == "limit must be between 1 and 1000"
    assert "limit must be between 1 and 1000" in err.message


def test_kalshi_invalid_price_suggests_the_tick() -> None:
    err = kalshi(400, nested("invalid_price", "invalid price"))
    assert isinstance(err, RejectedByBroker)
    assert err.broker_code == "invalid_price"
    assert "tick" in err.suggestion


def test_kalshi_post_only_cross_keeps_invalid_order_code_and_details() -> None:
    err = kalshi(400, nested("invalid_order", "invalid order", "post only cross"))
    assert isinstance(err, RejectedByBroker)
    assert err.broker_code == "invalid_order"
    assert err.details == "post only cross"
    assert "post_only" in err.suggestion
    assert err.to_dict()["details"] == "post only cross"


def test_kalshi_duplicate_client_order_id_is_a_duplicate_order_conflict() -> None:
    err = kalshi(409, nested("order_already_exists", "order already exists"))
    assert isinstance(err, DuplicateOrder)
    assert isinstance(err, Conflict)
    assert err.to_dict()["code"] == "duplicate_order"


def test_other_conflicts_are_plain_conflicts() -> None:
    err = kalshi(409, nested("order_group_conflict", "group is full"))
    assert type(err) is Conflict


def test_kalshi_not_found() -> None:
    err = kalshi(404, nested("not_found", "not found"))
    assert isinstance(err, NotFound)
    assert err.retry_safe is False


def test_kalshi_retired_endpoint_is_legacy_endpoint_gone() -> None:
    err = kalshi(410, nested("deprecated_v1_order_endpoint", "use /portfolio/events/orders"))
    assert isinstance(err, LegacyEndpointGone)
    assert err.broker_code == "deprecated_v1_order_endpoint"
    assert "/portfolio/events/orders" in err.suggestion


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (nested("header_timestamp_expired", "header timestamp expired"), "clock_skew"),
        (
            {"error": {"code": "authentication_error", "details": "INCORRECT_API_KEY_SIGNATURE"}},
            "bad_signature",
        ),
        ({"error": {"code": "authentication_error", "details": "NOT_FOUND"}}, "unknown_key"),
        (nested("signature_is_missing_from_headers"), "missing_credentials"),
        (nested("authentication_error", "authentication error"), "invalid_credentials"),
    ],
)
def test_kalshi_401_bodies_give_an_authentication_reason(body: dict[str, Any], reason: str) -> None:
    err = kalshi(401, body)
    assert isinstance(err, AuthenticationError)
    assert err.reason == reason
    assert err.to_dict()["reason"] == reason
    assert err.retry_safe is False


def test_kalshi_403_is_forbidden() -> None:
    err = kalshi(403, nested("forbidden", "access denied"))
    assert isinstance(err, AuthenticationError)
    assert err.reason == "forbidden"


# Rate limits


def test_429_with_retry_after_seconds() -> None:
    err = kalshi(429, nested("too_many_requests", "slow down"), {"Retry-After": "3", **JSON})
    assert isinstance(err, RateLimited)
    assert err.retry_after == 3.0
    assert err.retry_safe is True
    assert err.to_dict()["retry_after"] == 3.0
    assert "3 s" in err.suggestion


def test_429_without_retry_after() -> None:
    err = kalshi(429, b"")
    assert isinstance(err, RateLimited)
    assert err.retry_after is None
    assert err.retry_safe is True


def test_429_header_lookup_is_case_insensitive_on_plain_dicts() -> None:
    err = kalshi(429, b"", {"retry-after": "1.5"})
    assert isinstance(err, RateLimited)
    assert err.retry_after == 1.5


def test_parse_retry_after_accepts_seconds_and_http_dates() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(" 0 ") == 0.0
    date = email.utils.formatdate(1_000_010, usegmt=True)
    assert parse_retry_after(date, now=1_000_000) == pytest.approx(10.0)


@pytest.mark.parametrize("value", [None, "", "soon", "Thu, 99 Foo 2026"])
def test_parse_retry_after_ignores_garbage(value: str | None) -> None:
    assert parse_retry_after(value) is None


def test_parse_retry_after_in_the_past_means_now() -> None:
    assert parse_retry_after("-5") == 0.0
    assert parse_retry_after(email.utils.formatdate(1_000_000, usegmt=True), now=2_000_000) == 0.0


# Unavailable, unknown statuses, HTML


@pytest.mark.parametrize("status", [500, 502, 503, 504, 520, 499, 529])
def test_server_and_cdn_statuses_are_unavailable_for_reads(status: int) -> None:
    err = kalshi(status, b"<html><head><title>Bad gateway</title></head></html>", HTML, method="GET")
    assert isinstance(err, Unavailable)
    assert err.http_status == status
    assert err.retry_safe is True


@pytest.mark.parametrize("status", [500, 502, 503, 520, 499])
def test_server_and_cdn_statuses_on_a_write_are_uncertain(status: int) -> None:
    err = kalshi(status, b"<html>oops</html>", HTML, method="POST")
    assert isinstance(err, Uncertain)
    assert err.retry_safe is False
    assert "client_order_id" in err.suggestion


def test_cloudflare_520_html_page_is_summarised_by_its_title() -> None:
    title = b"example.com | 520: Web server is returning an unknown error"
    page = b"<!DOCTYPE html><html><head><title>" + title + b"</title>"
    err = kalshi(520, page + b"<script>" + b"x" * 5000 + b"</script></head></html>", HTML)
    assert isinstance(err, Unavailable)
    assert err.broker_message == "HTML page: example.com | 520: Web server is returning an unknown error"
    assert len(err.message) < 200


def test_a_5xx_json_body_keeps_the_broker_code() -> None:
    err = kalshi(503, nested("exchange_unavailable", "exchange is closed"), method="GET")
    assert isinstance(err, Unavailable)
    assert err.broker_code == "exchange_unavailable"


# Malformed bodies


def test_malformed_json_on_a_read_is_invalid_response() -> None:
    err = kalshi(200, b'{"balance": 10', method="GET")
    assert isinstance(err, InvalidResponse)
    assert err.retry_safe is True


def test_malformed_json_on_a_write_is_uncertain_because_it_probably_executed() -> None:
    err = kalshi(201, b'{"order_id": "o-1", ', method="POST")
    assert isinstance(err, Uncertain)


def test_empty_200_is_invalid_but_204_is_success() -> None:
    assert isinstance(kalshi(200, b"", method="GET"), InvalidResponse)
    assert kalshi(204, b"", method="DELETE") is None


def test_a_valid_success_is_not_an_error() -> None:
    assert kalshi(200, {"balance": 100}, method="GET") is None
    assert error_from_response("wealthy", 200, JSON, b"[]", method="GET") is None


# Wealthy


def test_wealthy_401_is_an_expired_token_that_says_log_in_again() -> None:
    err = error_from_response("wealthy", 401, {"content-type": "text/plain"}, b"Unauthorized")
    assert isinstance(err, AuthenticationError)
    assert err.reason == "expired_token"
    assert "log in again" in err.message
    assert "log in again" in err.suggestion
    assert err.broker_message == "Unauthorized"


def test_wealthy_401_json_body_is_kept_raw() -> None:
    err = error_from_response("wealthy", 401, JSON, b'{"status": "error", "message": "Invalid access token"}')
    assert isinstance(err, AuthenticationError)
    assert err.broker_message == "Invalid access token"


def test_wealthy_undocumented_error_text_is_kept() -> None:
    err = error_from_response("wealthy", 400, {"content-type": "text/plain"}, b"segment not enabled for user")
    assert isinstance(err, RejectedByBroker)
    assert err.broker_message == "segment not enabled for user"


def test_wealthy_500_text_is_unavailable() -> None:
    err = error_from_response("wealthy", 500, {}, b"Internal Server Error", method="GET")
    assert isinstance(err, Unavailable)
    assert err.broker_message == "Internal Server Error"


# httpx failures


def request(method: str = "GET") -> httpx.Request:
    return httpx.Request(method, "https://broker.test/portfolio/events/orders")


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_connect_failures_are_unavailable_and_retry_safe_for_any_method(method: str) -> None:
    for exc in (httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")):
        err = error_from_exception("kalshi", exc, method)
        assert isinstance(err, Unavailable)
        assert err.retry_safe is True


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("timed out"),
        httpx.RemoteProtocolError("Server disconnected"),
        httpx.ReadError("reset"),
    ],
)
def test_a_write_that_lost_its_reply_is_uncertain(exc: Exception) -> None:
    err = error_from_exception("kalshi", exc, "POST")
    assert isinstance(err, Uncertain)
    assert err.retry_safe is False


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("timed out"),
        httpx.RemoteProtocolError("Server disconnected"),
        httpx.ReadError("reset"),
    ],
)
def test_a_read_that_lost_its_reply_is_unavailable_and_retry_safe(exc: Exception) -> None:
    err = error_from_exception("kalshi", exc, "GET")
    assert isinstance(err, Unavailable)
    assert err.retry_safe is True


def test_decode_errors_are_invalid_response_on_reads_and_uncertain_on_writes() -> None:
    exc = json.JSONDecodeError("Expecting value", "<html>", 0)
    assert isinstance(error_from_exception("kalshi", exc, "GET"), InvalidResponse)
    assert isinstance(error_from_exception("kalshi", exc, "POST"), Uncertain)


def test_a_broker_error_passes_through_unchanged() -> None:
    original = NotFound("gone", broker="kalshi")
    assert error_from_exception("kalshi", original, "GET") is original


def test_unknown_exceptions_are_plain_broker_errors() -> None:
    err = error_from_exception("kalshi", RuntimeError("boom"), "GET")
    assert type(err) is BrokerError
    assert err.retry_safe is False


# raise_for_response


def test_raise_for_response_uses_the_request_method_of_an_httpx_response() -> None:
    response = httpx.Response(500, json={"error": {"code": "internal"}}, request=request("POST"))
    with pytest.raises(Uncertain):
        raise_for_response("kalshi", response)


def test_raise_for_response_accepts_anything_shaped_like_a_generated_response() -> None:
    class Generated:
        def __init__(self, status_code: int, content: bytes) -> None:
            self.status_code = status_code
            self.headers = {"content-type": "application/json"}
            self.content = content

    with pytest.raises(NotFound):
        raise_for_response(
            "kalshi", Generated(404, b'{"error": {"code": "not_found", "message": "not found"}}')
        )
    raise_for_response("kalshi", Generated(200, b"{}"))


# to_dict


def test_to_dict_is_short_json_and_has_the_agent_fields() -> None:
    err = kalshi(400, nested("insufficient_balance", "Insufficient balance"))
    assert err is not None
    out = err.to_dict()
    assert {
        "code",
        "message",
        "broker",
        "http_status",
        "broker_code",
        "broker_message",
        "retry_safe",
        "suggestion",
    } <= out.keys()
    assert out["code"] == "rejected_by_broker"
    json.dumps(out)
    assert len(json.dumps(out)) < 600


def test_every_family_has_a_distinct_code_and_a_one_line_docstring() -> None:
    classes = [
        BrokerError,
        AuthenticationError,
        RateLimited,
        NotFound,
        Conflict,
        DuplicateOrder,
        RejectedByBroker,
        LegacyEndpointGone,
        Unavailable,
        InvalidResponse,
        Uncertain,
    ]
    assert len({cls.code for cls in classes}) == len(classes)
    for cls in classes:
        assert cls.__doc__ and "\n" not in cls.__doc__.strip(), cls
        assert issubclass(cls, BrokerError)
    assert set(errors.__all__) >= {cls.__name__ for cls in classes}


def test_only_uncertain_is_not_retry_safe_among_the_outage_families() -> None:
    assert Unavailable("x", broker="kalshi").retry_safe is True
    assert RateLimited("x", broker="kalshi").retry_safe is True
    assert Uncertain("x", broker="kalshi").retry_safe is False


# Redaction


SIGNATURE = base64.b64encode(os.urandom(256)).decode()
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx8Q1dWl0aGhvbGRpbmdzMTIzNDU2\nabcdEFGH\n"
    "-----END RSA PRIVATE KEY-----"
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Authorization: Bearer USER42 s3ss10n-t0ken-abc", "s3ss10n-t0ken-abc"),
        ("authorization=Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA=="),
        ('{"access-token": "wealthy-tok-123"}', "wealthy-tok-123"),
        ("access_token=abc123def&page=2", "abc123def"),
        ("{'access_token': 'abc123def'}", "abc123def"),
        (f"KALSHI-ACCESS-SIGNATURE: {SIGNATURE}", SIGNATURE),
        (f"signature={SIGNATURE[:60]}", SIGNATURE[:60]),
        ("KALSHI-ACCESS-KEY: 4c3e4b2a-1f5e-4c8e-9a7e-2b8f5d0e1c3a", "4c3e4b2a-1f5e-4c8e-9a7e-2b8f5d0e1c3a"),
        (f"key file:\n{PEM}\n", "MIIEowIBAAKCAQEA"),
        ("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "MIIEvQIBADANBgkq"),
        ("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl here", "eyJzdWIiOiIxMjMifQ"),
        ("password=hunter2, user=bob", "hunter2"),
        ('{"client_secret":"cs_live_0123"}', "cs_live_0123"),
        (f"raw blob {SIGNATURE} in a message", SIGNATURE[:50]),
    ],
)
def test_redact_scrubs_credentials(text: str, secret: str) -> None:
    scrubbed = redact(text)
    assert secret not in scrubbed
    assert "[REDACTED]" in scrubbed


def test_redact_scrubs_literal_secrets_known_to_the_caller() -> None:
    assert redact("user tok=ok value plainsecret99 here", secrets=["plainsecret99"]) == (
        "user tok=ok value [REDACTED] here"
    )


def test_redact_leaves_broker_codes_tickers_and_order_ids_alone() -> None:
    text = (
        "invalid_order: post only cross; deprecated_v1_order_endpoint; INCORRECT_API_KEY_SIGNATURE; "
        "signature_is_missing_from_headers; ticker KXDEMO-26-A; order 4c3e4b2a-1f5e-4c8e-9a7e-2b8f5d0e1c3a"
    )
    assert redact(text) == text


def test_redact_is_idempotent() -> None:
    once = redact(f"Authorization: Bearer a b, access-token: xyz, sig {SIGNATURE}")
    assert redact(once) == once


def test_error_text_never_carries_a_secret() -> None:
    body = json.dumps(
        {
            "error": {
                "code": "bad",
                "message": f"bad header access-token: tok-999 sig {SIGNATURE}",
                "details": PEM,
            }
        }
    ).encode()
    err = error_from_response("wealthy", 400, JSON, body)
    assert err is not None
    dumped = json.dumps(err.to_dict()) + repr(err) + str(err) + str(err.details)
    for secret in ("tok-999", SIGNATURE, "MIIEowIBAAKCAQEA"):
        assert secret not in dumped


def test_exception_text_is_redacted() -> None:
    exc = httpx.ConnectError("failed with Authorization: Bearer u sekrit-session")
    err = error_from_exception("vendor_gateway", exc, "POST")
    assert "sekrit-session" not in str(err)
    assert "sekrit-session" not in json.dumps(err.to_dict())
