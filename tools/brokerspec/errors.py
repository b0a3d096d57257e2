"""The error vocabulary: one root class and its families. Nothing here translates anything.

* BrokerspecError                  every error brokerspec raises on purpose has a `code` and a `to_dict()`
  * BrokerError                    a broker call failed; the broker's own code and message kept verbatim
    x AuthenticationError          401/403, Wealthy expired token, gateway session errors
    x RateLimited                  429
    x NotFound                     404, gateway "no data"
    x Conflict                     409
      + DuplicateOrder             409 order_already_exists (client_order_id taken)
    x RejectedByBroker             other 4xx, gateway "Not ok": the broker read the request and said no
    x LegacyEndpointGone           410 deprecated_v1_order_endpoint
    x Unavailable                  5xx, CDN 499/520/529, HTML pages, connection failures
    x InvalidResponse              a reply that cannot be read (malformed JSON, HTML where JSON belongs)
    x InvalidArgument              a value we refuse to put on the wire (nothing was sent)
    x Uncertain                    a write whose outcome is unknown
  * SafetyRefusal                  the server refused a write on policy grounds; nothing was sent
    x ReadOnlyMode, LiveTradingNotAllowed, InvalidConfiguration, LimitExceeded, TickerNotAllowed,
      LedgerUnavailable, AuditUnavailable, HumanDeclined
    x HumanConfirmationRequired    BROKERSPEC_CONFIRM=human and no human act happened in this call
      + ConfirmOnTicket            the human places it with the order ticket's Place button (MCP Apps)
    x TokenRefusal: TokenInvalid, TokenExpired, TokenReused, OrderChanged
  * ServiceError                   a request the server cannot act on (bad input, broker not configured)

The one rule the MCP layer relies on: for a write, every error except `Uncertain` means the write was
*not* executed (the broker refused it, or it never left this machine). `Uncertain` means "look the order
up by its client_order_id before doing anything else"; it is never safe to resend.

Translation of lower-layer failures (httpx errors, non-2xx replies, unreadable bodies) into this vocabulary
lives in one place, `brokerspec.http.translate`. Every message is passed through `brokerspec.redaction`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from brokerspec.redaction import clip, redact, redact_value

__all__ = [
    "AuditUnavailable",
    "AuthenticationError",
    "BrokerError",
    "BrokerspecError",
    "ConfirmOnTicket",
    "Conflict",
    "DuplicateOrder",
    "HumanConfirmationRequired",
    "HumanDeclined",
    "InvalidArgument",
    "InvalidConfiguration",
    "InvalidResponse",
    "LedgerUnavailable",
    "LegacyEndpointGone",
    "LimitExceeded",
    "LiveTradingNotAllowed",
    "NotFound",
    "OrderChanged",
    "RateLimited",
    "ReadOnlyMode",
    "RejectedByBroker",
    "SafetyRefusal",
    "ServiceError",
    "TickerNotAllowed",
    "TokenExpired",
    "TokenInvalid",
    "TokenRefusal",
    "TokenReused",
    "Unavailable",
    "Uncertain",
    "proves_not_executed",
]


class BrokerspecError(Exception):
    """Root of the vocabulary: a stable machine-readable `code` and a JSON-ready, secret-free `to_dict()`."""

    code: str = "error"
    message: str

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError


class BrokerError(BrokerspecError):
    """Base class: any failure of a broker call, with the broker's own code and message kept verbatim."""

    code = "broker_error"
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
        message = clip(redact(message))
        super().__init__(message)
        self.message = message
        self.broker = broker
        self.http_status = http_status
        self.broker_code = broker_code
        self.broker_message = None if broker_message is None else clip(redact(broker_message))
        self.retry_safe = self.default_retry_safe if retry_safe is None else retry_safe
        self.details = redact_value(details)
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
            out["details"] = clip(self.details, 200)
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


# Policy refusals


class SafetyRefusal(BrokerspecError):
    """Base class: the server refused a write on policy grounds; nothing was sent to the broker."""

    code = "refused"

    def __init__(self, message: str, *, suggestion: str = "", details: Mapping[str, Any] | None = None):
        super().__init__(message)
        self.message = message
        self.suggestion = suggestion
        self.details: dict[str, Any] = dict(details or {})

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for a structured tool error."""
        out: dict[str, Any] = {"code": self.code, "message": self.message, "suggestion": self.suggestion}
        if self.details:
            out["details"] = self.details
        return out


# Modes


class ReadOnlyMode(SafetyRefusal):
    """A write was attempted while trading is disabled (the default)."""

    code = "read_only"


class LiveTradingNotAllowed(SafetyRefusal):
    """A write to production (live money) was attempted without the second switch."""

    code = "live_not_allowed"


class InvalidConfiguration(SafetyRefusal):
    """The server's environment has a problem (a switch, a limit, the audit log): writes stay refused."""

    code = "invalid_configuration"


# Limits


class LimitExceeded(SafetyRefusal):
    """The order exceeds a per-order or per-day limit."""

    code = "limit_exceeded"


class TickerNotAllowed(SafetyRefusal):
    """The order's ticker is not on the configured allow-list."""

    code = "ticker_not_allowed"


class LedgerUnavailable(SafetyRefusal):
    """The per-day ledger cannot be read or written, so the daily limit cannot be enforced."""

    code = "ledger_unavailable"


# Preview tokens


class TokenRefusal(SafetyRefusal):
    """Base class for preview-token refusals: the agent must preview again."""


class TokenInvalid(TokenRefusal):
    """The token is malformed, altered, or was issued by another server process."""

    code = "token_invalid"


class TokenExpired(TokenRefusal):
    """The token's lifetime has passed."""

    code = "token_expired"


class TokenReused(TokenRefusal):
    """The token was already redeemed (tokens are single use)."""

    code = "token_reused"


class OrderChanged(TokenRefusal):
    """The order being placed differs from the previewed one the token is bound to."""

    code = "order_changed"


class AuditUnavailable(SafetyRefusal):
    """The audit log cannot be written, so the write is refused before anything is sent."""

    code = "audit_unavailable"


class ServiceError(BrokerspecError):
    """A request the server cannot act on (bad input, broker not configured); nothing was sent."""

    def __init__(self, code: str, message: str, suggestion: str = "") -> None:
        super().__init__(message)
        self.code, self.message, self.suggestion = code, message, suggestion

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "suggestion": self.suggestion,
            "retry_safe": False,
        }


# Service errors


class HumanDeclined(SafetyRefusal):
    """The human, asked through the MCP host, did not confirm the write."""

    code = "human_declined"


class HumanConfirmationRequired(SafetyRefusal):
    """BROKERSPEC_CONFIRM=human: the write needs a human act the model cannot produce, and this call had none.

    The message speaks to the human (how to confirm); it never carries a link the model could open."""

    code = "human_confirmation_required"

    @classmethod
    def none_given(cls) -> HumanConfirmationRequired:
        """The refusal of a write that reached the service with no human act (the host offers no channel)."""
        return cls(
            "this server lets only a person confirm orders (BROKERSPEC_CONFIRM=human), and this host "
            "offers no way to ask one: nothing was sent",
            suggestion="to the human: use a host that supports MCP elicitation or MCP Apps (the order "
            "ticket), or knowingly set BROKERSPEC_CONFIRM=token and restart; the model cannot confirm for you",
        )


class ConfirmOnTicket(HumanConfirmationRequired):
    """The host shows the order ticket (MCP Apps): the human places the order with its Place button."""

    code = "confirm_on_ticket"
