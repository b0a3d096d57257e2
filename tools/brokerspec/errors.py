"""One error vocabulary for every broker.

Our exception hierarchy:

* BrokerError
  x AuthenticationError        401/403, Wealthy expired token, gateway session errors
  x RateLimited                429
  x NotFound                   404, gateway "no data"
  x Conflict                   409
    + DuplicateOrder           409 order_already_exists (client_order_id taken)
  x RejectedByBroker           other 4xx, gateway "Not ok": the broker read the request and said no
  x LegacyEndpointGone         410 deprecated_v1_order_endpoint
  x Unavailable                5xx, CDN 499/520/529, HTML pages, connection failures
  x InvalidResponse            a reply that cannot be read (malformed JSON, HTML where JSON belongs)
  x Uncertain                  a write whose outcome is unknown

The one rule the MCP layer relies on: for a write, every error except `Uncertain` means the write was
*not* executed (the broker refused it, or it never left this machine). `Uncertain` means "look the order
up by its client_order_id before doing anything else"; it is never safe to resend.

All broker error shapes are translated here, in `error_from_response` (HTTP replies, including the
vendor gateway's HTTP-200 "Not ok" envelopes) and `error_from_exception` (httpx failures), never at call
sites. Every message is passed through `redact` so tokens, signatures and keys never reach a log, a
cassette or a tool result.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, ClassVar, Protocol

__all__ = [
    "READ_METHODS",
    "AuthenticationError",
    "BrokerError",
    "Conflict",
    "DuplicateOrder",
    "InvalidArgument",
    "InvalidResponse",
    "LegacyEndpointGone",
    "NotFound",
    "RateLimited",
    "RejectedByBroker",
    "Unavailable",
    "Uncertain",
    "error_from_exception",
    "error_from_response",
    "gateway_envelope_error",
    "is_known_status",
    "parse_retry_after",
    "proves_not_executed",
    "raise_for_response",
    "redact",
]

#: Methods that cannot change anything at the broker. Everything else is a write.
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

_MAX_TEXT = 300
_EMPTY_OK = frozenset({204, 205, 304})  # statuses that carry no body by definition


class BrokerError(Exception):
    """Base class: any failure of a broker call, with the broker's own code and message kept verbatim."""

    code: ClassVar[str] = "broker_error"
    default_suggestion: ClassVar[str] = "The broker call failed; see the message."
    default_retry_safe: ClassVar[bool] = False

    def __init__(
        self,
        message: str,
        *,
        broker: str,
        http_status: int | None = None,
        broker_code: str | None = None,
        broker_message: str | None = None,
        retry_safe: bool | None = None,
        details: Any = None,
        suggestion: str | None = None,
    ) -> None:
        message = _short(redact(message))
        super().__init__(message)
        self.message = message
        self.broker = broker
        self.http_status = http_status
        self.broker_code = broker_code
        self.broker_message = None if broker_message is None else _short(redact(broker_message))
        self.retry_safe = self.default_retry_safe if retry_safe is None else retry_safe
        self.details = _redact_any(details)
        self.suggestion = suggestion or self.default_suggestion

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.message!r}, broker={self.broker!r}, "
            f"http_status={self.http_status!r}, broker_code={self.broker_code!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """A compact, secret-free summary for a tool result or an audit line."""
        out: dict[str, Any] = {
            "code": self.code,
            "message": self.message,
            "broker": self.broker,
            "http_status": self.http_status,
            "broker_code": self.broker_code,
            "broker_message": self.broker_message,
            "retry_safe": self.retry_safe,
            "suggestion": self.suggestion,
        }
        if isinstance(self.details, str) and self.details:
            out["details"] = _short(self.details, 200)
        out.update(self._extra())
        return out

    def _extra(self) -> dict[str, Any]:
        return {}


# Authentication


class AuthenticationError(BrokerError):
    """The broker did not accept our credentials (expired token, clock skew, bad signature, unknown key)."""

    code = "authentication_failed"
    default_suggestion = "Check the configured credentials."

    #: Known values of `reason`; others may appear ("invalid_credentials" when the broker says no more).
    REASONS: ClassVar[frozenset[str]] = frozenset(
        {
            "expired_token",
            "clock_skew",
            "bad_signature",
            "unknown_key",
            "missing_credentials",
            "forbidden",
            "invalid_credentials",
        }
    )

    def __init__(self, message: str, *, reason: str = "invalid_credentials", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.reason = reason

    def _extra(self) -> dict[str, Any]:
        return {"reason": self.reason}


# Throttling


class RateLimited(BrokerError):
    """The broker refused the call before executing it because of its rate limit (HTTP 429)."""

    code = "rate_limited"
    default_suggestion = "Wait and retry; the request was not executed."
    default_retry_safe = True

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        if retry_after is not None and "suggestion" not in kwargs:
            kwargs["suggestion"] = f"Wait {retry_after:g} s and retry; the request was not executed."
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    def _extra(self) -> dict[str, Any]:
        return {"retry_after": self.retry_after}


# The broker read the request and refused it: nothing was executed


class NotFound(BrokerError):
    """The object does not exist (Kalshi answers the same for unknown, canceled and executed orders)."""

    code = "not_found"
    default_suggestion = "Check the id; on Kalshi a canceled or fully executed order is also 'not found'."


class Conflict(BrokerError):
    """The request conflicts with the broker's current state (HTTP 409)."""

    code = "conflict"
    default_suggestion = "Refresh the state (orders, positions) and decide again."


class DuplicateOrder(Conflict):
    """An order with this client_order_id already exists (ids stay taken even after a cancel)."""

    code = "duplicate_order"
    default_suggestion = (
        "An order with this client_order_id exists already: look it up instead of resending, "
        "or use a new client_order_id for a new order."
    )


class RejectedByBroker(BrokerError):
    """The broker validated the request and refused it; its code and message are kept verbatim."""

    code = "rejected_by_broker"
    default_suggestion = "Change the request according to the broker's message; resending it as-is will fail."


class LegacyEndpointGone(BrokerError):
    """A retired endpoint was called (Kalshi 410 deprecated_v1_order_endpoint): a bug on our side."""

    code = "legacy_endpoint_gone"
    default_suggestion = "Use the /portfolio/events/orders endpoints; the legacy order endpoints are retired."


# The broker could not answer


class Unavailable(BrokerError):
    """The broker or its CDN failed (5xx, 520/529, an HTML error page, no connection)."""

    code = "broker_unavailable"
    default_suggestion = "The broker is unavailable; retry later."
    default_retry_safe = True


class InvalidResponse(BrokerError):
    """The broker answered but the body cannot be read (malformed JSON, HTML where JSON was expected)."""

    code = "invalid_response"
    default_suggestion = "The broker sent an unreadable reply; retry later."
    default_retry_safe = True


# Refused before sending


class InvalidArgument(BrokerError):
    """A value cannot be sent safely (it could change the request's route, or is out of bounds); nothing was sent."""

    code = "invalid_argument"
    default_suggestion = "Fix the value named in the message and call again; nothing was sent."
    default_retry_safe = False


# Unknown outcome


class Uncertain(BrokerError):
    """A write was sent but its outcome is unknown (timeout, dropped connection, 5xx or unreadable reply)."""

    code = "outcome_uncertain"
    default_suggestion = (
        "Do not resend. Look the order up by its client_order_id to learn whether it was placed."
    )
    default_retry_safe = False


def proves_not_executed(exc: BaseException) -> bool:
    """True only when a failed write provably did not execute: nothing was sent, or the broker refused it.

    A 4xx refusal is proof (bad price, no funds, bad signature, rate limited) — except 408 and 499 (the
    request may have run) and 409 (an order with this `client_order_id` already exists, so a booking held
    for it belongs to a live order). Timeouts, 5xx and unreadable replies are never proof.
    """
    if isinstance(exc, InvalidArgument):
        return True
    if not isinstance(exc, BrokerError) or isinstance(exc, Uncertain | Conflict | InvalidResponse):
        return False
    status = exc.http_status
    return status is not None and 400 <= status < 500 and status not in (408, 409, 499)


# Translation of HTTP replies

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
_REJECTION_SUGGESTIONS = {
    "insufficient_balance": "Not enough funds: reduce the size or price of the order.",
    "invalid_price": "The price is not on the market's tick (e.g. whole cents): round it to a valid tick.",
    "post_only_cross": "A post-only order would cross the book: move the price away or drop post_only.",
    "invalid_order": "The broker rejected the order as invalid; check its fields.",
}


class _ResponseLike(Protocol):
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
) -> BrokerError | None:
    """Translate one HTTP reply into the vocabulary; None when it is a success.

    `method` matters for 5xx and unreadable 2xx replies: a write that got one of those may have been
    executed, so it becomes `Uncertain` instead of `Unavailable`/`InvalidResponse`.
    """
    broker = _broker_name(broker)
    status = int(status)
    is_write = method is not None and method.upper() not in READ_METHODS
    raw = body.encode("utf-8", "replace") if isinstance(body, str) else (body or b"")
    content_type = _header(headers, "content-type") or ""
    parsed, readable = _parse_json(raw, content_type)
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
        if broker == "vendor_gateway" and parsed is not None:
            return gateway_envelope_error(parsed)
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

    return _client_error(broker, status, headers, fields, common)


def raise_for_response(broker: str, response: _ResponseLike, *, method: str | None = None) -> None:
    """Raise the translated error for a failed reply (httpx or generated `Response`); None on success."""
    if method is None:
        request = getattr(response, "request", None)
        method = getattr(request, "method", None) if request is not None else None
    error = error_from_response(
        broker, int(response.status_code), response.headers, response.content, method=method
    )
    if error is not None:
        raise error


def gateway_envelope_error(body: bytes | str | Mapping[str, Any] | Any) -> BrokerError | None:
    """The vendor gateway's HTTP-200 `{"status": "Not ok", "message", "result"}` envelope as an error.

    `status` alone is unreliable (some successes say "Not ok" with a success message and a result; one
    error sample spells it `stat`), so a reply is an error only when the status is not "Ok" AND there is
    no result AND the message does not read as a success.
    """
    if isinstance(body, bytes | str):
        try:
            body = json.loads(body)
        except ValueError:
            return InvalidResponse(
                "vendor_gateway sent a reply that is not JSON", broker="vendor_gateway", http_status=200
            )
    if not isinstance(body, Mapping):
        return None
    status = body.get("status", body.get("stat"))
    if status is None:
        return None
    status_text = str(status).strip()
    message = _first_str(body, ("message", "msg", "emsg", "errorMessage", "error"))
    if status_text.lower() in ("ok", "success", "true"):
        return None
    result = body.get("result")
    if result is not None or _reads_as_success(message):
        return None
    common: dict[str, Any] = {
        "broker": "vendor_gateway",
        "http_status": 200,
        "broker_code": status_text,
        "broker_message": message,
    }
    text = f"vendor_gateway said {status_text!r}: {message or 'no message'}"
    lowered = (message or "").lower()
    if any(word in lowered for word in ("session", "token", "login", "log in", "unauthori", "authenticat")):
        return AuthenticationError(
            text,
            reason="expired_token",
            suggestion=_AUTH_SUGGESTIONS[("vendor_gateway", "expired_token")],
            **common,
        )
    if re.search(r"\bno (data|record|holding|position|order|trade)s?\b|\bnot found\b", lowered):
        return NotFound(
            text, suggestion="The gateway has no data for this request (often: nothing held).", **common
        )
    return RejectedByBroker(text, **common)


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


# Redaction

_REDACTED = "[REDACTED]"
_PEM = re.compile(r"-----BEGIN [A-Z0-9 ]+-----.*?(?:-----END [A-Z0-9 ]+-----|\Z)", re.DOTALL)
# A header line or JSON member whose whole value is a credential: `Authorization: Bearer u t`.
_AUTH_HEADER = re.compile(
    r"""(?P<key>["']?\b(?:proxy-)?authorization\b["']?\s*[:=]\s*)(?P<quote>["']?)[^"'\r\n,;}]*""",
    re.IGNORECASE,
)
_SECRET_KEYS = (
    r"access[-_ ]?token|refresh[-_ ]?token|id[-_]?token|session[-_ ]?token|sessiontoken|susertoken|"
    r"api[-_ ]?key|api[-_ ]?secret|client[-_ ]?secret|secret|password|passwd|private[-_ ]?key|signature|"
    r"kalshi-access-key|kalshi-access-signature|x-api-key|cookie|set-cookie|token|jkey|authorization_code"
)
# `"access-token": "abc"`, `access_token=abc`, `'token': 'x'`, `KALSHI-ACCESS-SIGNATURE: abc==`
_KEY_VALUE = re.compile(
    rf"""(?P<key>["']?\b(?:{_SECRET_KEYS})\b["']?\s*[:=]\s*)(?P<value>"[^"]*"|'[^']*'|[^\s"',;&}}\]]+)""",
    re.IGNORECASE,
)
_BEARER = re.compile(r"\b(Bearer|Basic)\s+[^\s,;\"']+(?:\s+(?![A-Za-z-]+:)[^\s,;\"']+)?")
_JWT = re.compile(r"\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*")
_BLOB = re.compile(r"(?<![\w+/=-])[A-Za-z0-9+/_-]{40,}={0,2}")


def redact(text: str, secrets: tuple[str, ...] | list[str] = ()) -> str:
    """Scrub tokens, signatures, keys, Authorization values and PEM blocks from `text`.

    `secrets` are literal values known to the caller (a token, a key id) removed wherever they appear.
    Over-scrubbing a harmless value is acceptable; leaking a credential is not.
    """
    if not text:
        return text
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, _REDACTED)
    text = _PEM.sub(_REDACTED, text)
    text = _AUTH_HEADER.sub(lambda m: f"{m.group('key')}{m.group('quote')}{_REDACTED}", text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {_REDACTED}", text)
    text = _KEY_VALUE.sub(_redact_value, text)
    text = _JWT.sub(_REDACTED, text)
    return _BLOB.sub(_redact_blob, text)


def _redact_value(match: re.Match[str]) -> str:
    value = match.group("value")
    quote = value[0] if value[:1] in ("'", '"') else ""
    if value.strip(quote).startswith(_REDACTED[:-1]) or not value.strip(quote):
        return match.group(0)  # already scrubbed, or empty
    return f"{match.group('key')}{quote}{_REDACTED}{quote}"


def _redact_blob(match: re.Match[str]) -> str:
    """Random-looking runs (base64 signatures, hex digests, raw tokens); long snake_case codes survive."""
    blob = match.group(0)
    for segment in re.split(r"[_-]", blob):
        if len(segment) >= 24 and any(c.isdigit() for c in segment) and any(c.isalpha() for c in segment):
            return _REDACTED
        if len(segment) >= 24 and ("+" in segment or "/" in segment):
            return _REDACTED
    return blob


def _redact_any(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping | list | tuple):
        try:
            return json.loads(redact(json.dumps(value, default=str)))
        except ValueError:
            return None
    return value


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
    broker: str, status: int, headers: Mapping[str, str] | None, fields: _Fields, common: dict[str, Any]
) -> BrokerError:
    code = fields.code
    detail_text = fields.details if isinstance(fields.details, str) else None
    said = fields.message or detail_text or code or HTTPStatus(status).phrase
    if code == "deprecated_v1_order_endpoint" or status == 410:
        return LegacyEndpointGone(f"{broker}: this endpoint is retired ({said})", **common)
    if status == 429:
        retry_after = parse_retry_after(_header(headers, "retry-after"))
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
    return _short(redact(re.sub(r"\s+", " ", text).strip()), 200)


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


def _reads_as_success(message: str | None) -> bool:
    if not message:
        return False
    lowered = message.lower()
    return "success" in lowered and "unsuccess" not in lowered and "not success" not in lowered


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


def _short(text: str, limit: int = _MAX_TEXT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
