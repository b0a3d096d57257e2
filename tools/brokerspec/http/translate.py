"""The one translator of lower-layer failures into the `brokerspec.errors` vocabulary.

`error_from_response` reads an HTTP reply, `error_from_exception` an httpx or decoding failure of a call made
with a given method. Call sites never inspect a status or a body themselves: they ask here. Every message is
redacted. An error body is decoded once, here, unless the generated parser already built its error model
(Kalshi's `ErrorResponse`): then that model is read. A generated reply that succeeded is never decoded again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Protocol

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
from brokerspec.redaction import clip, redact

__all__ = [
    "READ_METHODS",
    "ResponseLike",
    "error_from_exception",
    "error_from_response",
    "is_known_status",
    "parse_retry_after",
    "raise_for_response",
]

#: Methods that cannot change anything at the broker. Everything else is a write.
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

_EMPTY_OK = frozenset({204, 205, 304})  # statuses that carry no body by definition


_KALSHI_AUTH_REASONS = {
    "header_timestamp_expired": "clock_skew",
    "signature_is_missing_from_headers": "missing_credentials",
    "missing_authentication": "missing_credentials",
}
_KALSHI_AUTH_DETAILS = {
    "INCORRECT_API_KEY_SIGNATURE": "bad_signature",
    "NOT_FOUND": "unknown_key",
}
_AUTH_SUGGESTIONS = {
    ("kalshi", "clock_skew"): "The request timestamp was rejected: sync the system clock (NTP).",
    ("kalshi", "bad_signature"): (
        "The signature was rejected: sign timestamp+METHOD+path with the /trade-api/v2 prefix and no query "
        "string, RSA-PSS SHA-256; check the key matches the environment (demo vs production)."
    ),
    ("kalshi", "unknown_key"): "The API key id is unknown here: demo and production keys are separate.",
    ("kalshi", "missing_credentials"): "Configure the Kalshi API key id and private key file.",
    (
        "wealthy",
        "expired_token",
    ): "The Wealthy access token is expired or invalid: log in again to get a new one.",
    ("wealthy", "forbidden"): "Wealthy refused the token: log in again to get a new one.",
    ("vendor_gateway", "expired_token"): "The gateway session is invalid or expired: log in again.",
}
_NOT_DECODED: Any = object()
_REJECTION_SUGGESTIONS = {
    "insufficient_balance": "Not enough funds: reduce the size or price of the order.",
    "invalid_price": "The price is not on the market's tick (e.g. whole cents): round it to a valid tick.",
    "post_only_cross": "A post-only order would cross the book: move the price away or drop post_only.",
    "invalid_order": "The broker rejected the order as invalid; check its fields.",
}


class ResponseLike(Protocol):
    """What `raise_for_response` reads: an httpx `Response` or a generated one."""

    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def content(self) -> bytes: ...


def is_known_status(status: int) -> bool:
    """Whether `http.HTTPStatus` knows the code (the generated clients crash on any other)."""
    return status in HTTPStatus._value2member_map_


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date); None when absent or garbage."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime  # costs ~20 ms; only HTTP-date values need it

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        if now is None:
            import time

            now = time.time()
        seconds = when.timestamp() - now
    if seconds != seconds or seconds in (float("inf"), float("-inf")):
        return None
    return max(0.0, seconds)


def error_from_response(
    broker: str,
    status: int,
    headers: Mapping[str, str] | None,
    body: bytes | str | None,
    *,
    method: str | None = None,
    decoded: Any = _NOT_DECODED,
) -> BrokerError | None:
    """Translate one HTTP reply into the vocabulary; None when it is a success.

    `method` matters for 5xx and unreadable 2xx replies: a write that got one of those may have been
    executed, so it becomes `Uncertain` instead of `Unavailable`/`InvalidResponse`. `decoded` is the body
    already decoded (a generated error model's `to_dict()`); without it the body is decoded here.
    """
    broker = _broker_name(broker)
    status = int(status)
    is_write = method is not None and method.upper() not in READ_METHODS
    raw = body.encode("utf-8", "replace") if isinstance(body, str) else (body or b"")
    content_type = _header(headers, "content-type") or ""
    if decoded is _NOT_DECODED:
        parsed, readable = _parse_json(raw, content_type)
    else:
        parsed, readable = decoded, True
    fields = _extract(parsed) if readable else _Fields(message=_excerpt(raw, content_type))
    common: dict[str, Any] = {
        "broker": broker,
        "http_status": status,
        "broker_code": fields.code,
        "broker_message": fields.message,
        "details": fields.details,
    }

    if 200 <= status < 300:
        if readable and not raw.strip() and status not in _EMPTY_OK and (method or "").upper() != "HEAD":
            readable = False  # every broker answers JSON; an empty 200/201 is a broken reply
            fields = _Fields(message="empty body")
            common["broker_message"] = fields.message
        if not readable:
            what = f"{broker} answered HTTP {status} with an unreadable body ({fields.message})"
            if is_write:
                return Uncertain(what + "; the write was probably executed", **common)
            return InvalidResponse(what, **common)
        return None

    if not is_known_status(status) or status >= 500:
        label = _status_label(status)
        if is_write:
            return Uncertain(
                f"{broker} answered the write with {label}; it may or may not have been executed", **common
            )
        return Unavailable(f"{broker} is unavailable ({label})", **common)

    if status < 400:  # 1xx/3xx: nothing we asked for
        return InvalidResponse(f"{broker} answered with unexpected HTTP {status}", retry_safe=False, **common)

    return _client_error(broker, status, headers, fields, common, is_write=is_write)


def raise_for_response(broker: str, response: ResponseLike, *, method: str | None = None) -> None:
    """Raise the translated error for a failed reply (httpx or generated `Response`); None on success.

    A generated `Response` (it has `parsed`) with a 2xx status was decoded by its operation's parser: it is
    a success and its body is not read again. A failed one whose parser built an error model (`to_dict()`)
    is translated from that model, not from its bytes.
    """
    if method is None:
        request = getattr(response, "request", None)
        method = getattr(request, "method", None) if request is not None else None
    status = int(response.status_code)
    decoded: Any = _NOT_DECODED
    if hasattr(response, "parsed"):
        if 200 <= status < 300:
            return
        to_dict = getattr(getattr(response, "parsed", None), "to_dict", None)
        if callable(to_dict):
            decoded = to_dict()
    error = error_from_response(
        broker, status, response.headers, response.content, method=method, decoded=decoded
    )
    if error is not None:
        raise error


# Translation of httpx failures


def error_from_exception(broker: str, exc: BaseException, method: str) -> BrokerError:
    """Translate a lower-layer failure (httpx, JSON decoding) of a call made with `method`."""
    import httpx

    broker = _broker_name(broker)
    if isinstance(exc, BrokerError):
        return exc
    is_write = method.upper() not in READ_METHODS
    name = type(exc).__name__
    text = redact(str(exc)) or name
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Unavailable(
            f"could not connect to {broker} ({name}: {text}); the request was not sent",
            broker=broker,
            retry_safe=True,
        )
    if isinstance(exc, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError):
        if is_write:
            return Uncertain(
                f"{method.upper()} to {broker} was sent but no reply arrived ({name}: {text})", broker=broker
            )
        return Unavailable(f"{broker} did not answer ({name}: {text})", broker=broker, retry_safe=True)
    if isinstance(exc, httpx.DecodingError | ValueError | KeyError | TypeError):
        # json.JSONDecodeError, or a generated `from_dict`/`check_*` refusing the reply's shape
        if is_write:
            return Uncertain(f"the reply of {broker} to a write could not be decoded ({text})", broker=broker)
        return InvalidResponse(f"the reply of {broker} could not be decoded ({text})", broker=broker)
    if is_write and isinstance(exc, httpx.TransportError) and not isinstance(exc, httpx.LocalProtocolError):
        return Uncertain(f"{method.upper()} to {broker} failed ({name}: {text})", broker=broker)
    return BrokerError(f"{broker} call failed: {name}: {text}", broker=broker, retry_safe=False)


# Private helpers


class _Fields:
    """The broker's own code, message and details, whatever shape they came in."""

    __slots__ = ("code", "details", "message")

    def __init__(self, code: str | None = None, message: str | None = None, details: Any = None) -> None:
        self.code = code
        self.message = message
        self.details = details


def _extract(data: Any) -> _Fields:
    """Find code/message/details in Kalshi's nested, flat and bare shapes and in raw Wealthy bodies."""
    if isinstance(data, str):
        return _Fields(message=data or None)
    if not isinstance(data, Mapping):
        return _Fields()
    error = data.get("error")
    if isinstance(error, Mapping):  # Kalshi nested: {"error": {code, message, details, service}}
        source: Mapping[str, Any] = error
    else:
        source = data
    code = _first_str(source, ("code", "error_code", "errorCode", "err_code"))
    message = _first_str(source, ("message", "msg", "emsg", "errorMessage", "error_description", "detail"))
    if message is None and isinstance(error, str):
        message = error
    if code is None and isinstance(error, str) and message != error:
        code = error
    details = source.get("details")
    if details is None and source is error:
        details = data.get("details")
    return _Fields(code=code, message=message, details=details)


def _client_error(
    broker: str,
    status: int,
    headers: Mapping[str, str] | None,
    fields: _Fields,
    common: dict[str, Any],
    *,
    is_write: bool = False,
) -> BrokerError:
    code = fields.code
    detail_text = fields.details if isinstance(fields.details, str) else None
    said = fields.message or detail_text or code or HTTPStatus(status).phrase
    if code == "deprecated_v1_order_endpoint" or status == 410:
        return LegacyEndpointGone(f"{broker}: this endpoint is retired ({said})", **common)
    if status == 429:  # Kalshi: {"error": "too many requests"}, no Retry-After; refused before execution
        retry_after = parse_retry_after(_header(headers, "retry-after"))
        if is_write:
            text = f"{broker} refused the write before executing it: rate limit ({said}); it was not executed"
            return RateLimited(text, retry_after=retry_after, **common)
        return RateLimited(f"{broker} rate limit hit ({said})", retry_after=retry_after, **common)
    if status in (401, 403) or code in _KALSHI_AUTH_REASONS:
        reason = _auth_reason(broker, status, code, detail_text)
        suggestion = _AUTH_SUGGESTIONS.get((broker, reason))
        text = f"{broker} rejected the credentials ({reason}: {said})"
        if broker == "wealthy":
            text = f"wealthy access token expired or invalid, log in again ({said})"
        return AuthenticationError(
            text,
            reason=reason,
            suggestion=suggestion,
            **common,
        )
    if status == 408:
        return Unavailable(f"{broker} timed out waiting for the request ({said})", **common)
    if status == 404 or code == "not_found":
        return NotFound(f"{broker}: not found ({said})", **common)
    if status == 409 or code == "order_already_exists":
        text = f"{fields.message or ''} {detail_text or ''}".lower()
        if code == "order_already_exists" or "already exists" in text or "duplicate" in text:
            return DuplicateOrder(f"{broker}: duplicate order ({said})", **common)
        return Conflict(f"{broker}: conflict ({said})", **common)
    key = "post_only_cross" if detail_text and "post only cross" in detail_text.lower() else code
    suggestion = _REJECTION_SUGGESTIONS.get(key or "")
    return RejectedByBroker(
        f"{broker} rejected the request: {code or status}: {said}", suggestion=suggestion, **common
    )


def _auth_reason(broker: str, status: int, code: str | None, details: str | None) -> str:
    if code in _KALSHI_AUTH_REASONS:
        return _KALSHI_AUTH_REASONS[code]
    if details and details.upper() in _KALSHI_AUTH_DETAILS:
        return _KALSHI_AUTH_DETAILS[details.upper()]
    if status == 403:
        return "forbidden"
    if broker in ("wealthy", "vendor_gateway"):
        return "expired_token"  # tokens/sessions are the only credential; they expire daily
    return "invalid_credentials"


def _parse_json(raw: bytes, content_type: str) -> tuple[Any, bool]:
    """(value, readable): an empty body is readable (None); HTML or broken JSON is not."""
    if not raw.strip():
        return None, True
    if "html" in content_type.lower() or raw.lstrip()[:1] == b"<":
        return None, False
    try:
        return json.loads(raw), True
    except ValueError:
        return None, False


def _excerpt(raw: bytes, content_type: str) -> str | None:
    """A short, human-readable, secret-free summary of a non-JSON body."""
    if not raw.strip():
        return None
    text = raw.decode("utf-8", "replace")
    if "html" in content_type.lower() or text.lstrip()[:1] == "<":
        title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
        inner = re.sub(r"\s+", " ", title.group(1)).strip() if title else ""
        return f"HTML page: {inner}" if inner else "HTML page"
    return clip(redact(re.sub(r"\s+", " ", text).strip()), 200)


def _status_label(status: int) -> str:
    if is_known_status(status):
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    return f"HTTP {status}"


def _first_str(data: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    if not headers:
        return None
    value = headers.get(name)
    if value is not None:
        return value
    for key, val in headers.items():
        if key.lower() == name:
            return val
    return None


def _broker_name(broker: str) -> str:
    name = broker.strip().lower().replace("-", "_")
    return "vendor_gateway" if name in ("gateway", "vendor") else name
