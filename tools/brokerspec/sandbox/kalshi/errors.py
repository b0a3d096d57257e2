"""The errors the simulated exchange answers with, carrying Kalshi's own status, code and wording.

The exchange raises them; the HTTP layer renders them in one of the five shapes seen on the wire
(reference "Errors on the wire" and "Corrections and additions"):

| shape     | body                                          | when                                   |
|-----------|-----------------------------------------------|----------------------------------------|
| `nested`  | `{"error": {"code", "message", "details"?}}`  | most refusals                          |
| `flat`    | `{"code", "message", "details"}`              | the JSON decoder refused the body      |
| `bare`    | `{"msg": "..."}`                              | query-parameter validation             |
| `details` | `{"details": "..."}`                          | queue positions without a filter       |
| `string`  | `{"error": "too many requests"}`              | 429, rate limited (no Retry-After)     |
"""

from __future__ import annotations

from typing import Literal

ErrorShape = Literal["nested", "flat", "bare", "details", "string"]


class ExchangeError(Exception):
    """A request the exchange refuses; `status` is the HTTP status the real API uses for it.

    `shape` picks one of the three bodies seen on the wire: nested (most errors), flat (a body the JSON
    decoder refused) or bare (`{"msg"}`, query-parameter validation).
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: str | None = None,
        shape: ErrorShape = "nested",
    ) -> None:
        super().__init__(f"{status} {code}: {message}" + (f" ({details})" if details else ""))
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.shape = shape

    def detail(self) -> dict[str, object]:
        """The inner `{"code", "message", "details"?}` object (also used per entry in batch answers)."""
        error: dict[str, object] = {"code": self.code, "message": self.message}
        if self.details is not None:
            error["details"] = self.details
        return error

    def body(self) -> dict[str, object]:
        """The wire body for this error, in its shape."""
        if self.shape == "bare":
            return {"msg": self.message}
        if self.shape == "details":
            return {"details": self.message}
        if self.shape == "string":
            return {"error": self.message}
        if self.shape == "flat":
            return self.detail()
        return {"error": self.detail()}


# -- request decoding: flat and bare shapes ---------------------------------------------------------


def bad_request(details: str) -> ExchangeError:
    """The body is not JSON, or a field has a JSON type Go cannot decode into it (a number for `count`)."""
    return ExchangeError(400, "bad_request", "bad request", details, shape="flat")


def bad_query(message: str) -> ExchangeError:
    """A query parameter failed validation (e.g. `limit=1001`); Kalshi answers a bare `{"msg"}`."""
    return ExchangeError(400, "bad_request", message, shape="bare")


# -- 400: the request is well formed but the exchange will not do it ------------------------------


def invalid_parameters(details: str) -> ExchangeError:
    """A field is missing, has the wrong JSON type, or is out of range."""
    return ExchangeError(400, "invalid_parameters", "invalid parameters", details)


def bare_details(message: str) -> ExchangeError:
    """A validation refusal answered with a bare `{"details"}` (e.g. queue positions without a filter)."""
    return ExchangeError(400, "bad_request", message, shape="details")


def invalid_price(details: str = "price is not on the market's price grid") -> ExchangeError:
    """A price that is not a 2–4 decimal dollar string, or is off the market's `price_ranges` grid."""
    return ExchangeError(400, "invalid_price", "invalid price", details)


def invalid_order(details: str) -> ExchangeError:
    """The order is refused as a whole (post-only cross, reduce-only growth, triggered order group)."""
    return ExchangeError(400, "invalid_order", "invalid order", details)


def insufficient_balance() -> ExchangeError:
    """Available cash does not cover the order's worst-case cost and fees."""
    return ExchangeError(400, "insufficient_balance", "insufficient balance")


def market_inactive(ticker: str, status: str) -> ExchangeError:
    """The market is not `active`: paused (`inactive`), not open yet, or past its close (Market lifecycle:
    "all order operations, including cancellations, are rejected with MARKET_INACTIVE" after close)."""
    why = {
        "inactive": f"trading is paused on market {ticker}",
        "initialized": f"market {ticker} is not open yet",
    }.get(status, f"market {ticker} is {status}")
    return ExchangeError(400, "market_inactive", "market inactive", why)


def trading_paused(exchange_index: int) -> ExchangeError:
    """Trading is paused on the market's exchange shard: no new orders or amends (cancels still work)."""
    return ExchangeError(
        400, "trading_paused", "trading is paused", f"trading is paused on exchange index {exchange_index}"
    )


# -- 404 / 409 -------------------------------------------------------------------------------------


def not_found(details: str | None = None) -> ExchangeError:
    """Unknown, already-canceled and executed orders all look the same to a write (reference §Errors)."""
    return ExchangeError(404, "not_found", "not found", details)


def market_not_found(ticker: str) -> ExchangeError:
    """An order names a ticker the exchange does not list."""
    return ExchangeError(404, "market_not_found", "market not found", ticker)


def user_not_found(exchange_index: int) -> ExchangeError:
    """The member has no funded account on the shard the order routes to (seen on production, 2026-08-31)."""
    return ExchangeError(
        404,
        "user_not_found",
        "Exchange user not found",
        f"the member has no account on exchange index {exchange_index}",
    )


def order_already_exists() -> ExchangeError:
    """The `client_order_id` was used before by this member; ids stay taken after a cancel."""
    return ExchangeError(409, "order_already_exists", "order already exists")


def too_many_requests() -> ExchangeError:
    """The member's token bucket cannot pay for the request: 429 `{"error": "too many requests"}`."""
    return ExchangeError(429, "too_many_requests", "too many requests", shape="string")


# -- 410 ----------------------------------------------------------------------------------------------


def deprecated_v1_order_endpoint() -> ExchangeError:
    """A legacy order write on the 2026 wire: retired in favour of `/portfolio/events/orders`."""
    return ExchangeError(
        410,
        "deprecated_v1_order_endpoint",
        "this endpoint is deprecated, use /portfolio/events/orders",
    )
