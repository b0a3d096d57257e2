"""What an identifier may look like before it goes near a URL: one set of patterns, used twice.

The tools' input schemas carry these patterns (so an agent sees the rule and the SDK refuses early), and
the adapters check them again before a request is built (so a Python caller of `KalshiBroker` gets the
same protection). Why both: a value that reaches a URL path can change the route. `"."` or `""` as an order
id turns `DELETE /portfolio/events/orders/{id}` into `DELETE /portfolio/events/orders` — Kalshi's
cancel-all — and `".."` or `"a/b"` reach other endpoints. Percent-encoding alone does not help: `.` is an
unreserved character, and HTTP clients remove dot segments. So identifiers are refused unless they are
made of letters, digits, `-` and `_` (tickers may also hold `.` after their first character, as real
ones do: `KXFED-26DEC-T4.25`), and bounded in length; the generated clients then encode each value as
one path segment.

Stdlib only: the server imports this at start-up through its input models.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "CLIENT_ORDER_ID_PATTERN",
    "CURSOR_PATTERN",
    "ID_PATTERN",
    "MAX_CURSOR_LENGTH",
    "MAX_ID_LENGTH",
    "MAX_TICKER_LENGTH",
    "RESERVED_SEGMENTS",
    "TICKER_LIST_PATTERN",
    "TICKER_PATTERN",
    "InvalidIdentifier",
    "check_cursor",
    "check_id",
    "check_ticker",
    "check_ticker_list",
]

MAX_ID_LENGTH: Final = 64
MAX_TICKER_LENGTH: Final = 64
MAX_CURSOR_LENGTH: Final = 1024
MAX_TICKERS_IN_LIST: Final = 20

#: Order ids, order group ids (UUIDs on the wire): one path segment, never a dot segment.
ID_PATTERN: Final = r"^[A-Za-z0-9_-]{1,64}$"
CLIENT_ORDER_ID_PATTERN: Final = ID_PATTERN
#: A market, event or series ticker: `.` allowed inside, never first (so never a value of only dots).
TICKER_PATTERN: Final = r"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$"
_ONE_TICKER: Final = r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}"
#: A comma list of tickers (Kalshi's `market_tickers`, `event_ticker` lists).
TICKER_LIST_PATTERN: Final = rf"^{_ONE_TICKER}(,{_ONE_TICKER}){{0,{MAX_TICKERS_IN_LIST - 1}}}$"
#: Opaque page cursors (URL-safe base64 on Kalshi, offsets for local paging).
CURSOR_PATTERN: Final = r"^[A-Za-z0-9+/=_.:~-]{1,1024}$"

#: Fixed path segments of the Kalshi API that sit where an id goes (`/portfolio/orders/queue_positions`
#: beside `/portfolio/orders/{order_id}`): an "id" equal to one reaches that other endpoint. Real ids are
#: UUIDs, so refusing these costs nothing.
RESERVED_SEGMENTS: Final = frozenset(
    {
        "amend",
        "batched",
        "create",
        "decrease",
        "events",
        "limit",
        "orders",
        "queue_position",
        "queue_positions",
        "reset",
        "trigger",
    }
)

_ID = re.compile(ID_PATTERN)
_TICKER = re.compile(TICKER_PATTERN)
_TICKER_LIST = re.compile(TICKER_LIST_PATTERN)
_CURSOR = re.compile(CURSOR_PATTERN)


class InvalidIdentifier(ValueError):
    """An identifier that could change the route or is out of bounds; nothing was sent."""

    def __init__(self, what: str, value: object, rule: str) -> None:
        self.what, self.rule = what, rule
        super().__init__(f"{what} {_shown(value)} is not valid: {rule}")


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _check(pattern: re.Pattern[str], value: object, what: str, rule: str) -> str:
    # fullmatch, not match: `$` also matches before a trailing newline.
    if not isinstance(value, str) or pattern.fullmatch(value) is None:
        raise InvalidIdentifier(what, value, rule)
    return value


def check_id(value: object, what: str = "order_id") -> str:
    """`value` if it is a safe order / order group / client order id, else `InvalidIdentifier`."""
    _check(_ID, value, what, f"1-{MAX_ID_LENGTH} letters, digits, '-' or '_'")
    if str(value).lower() in RESERVED_SEGMENTS:
        raise InvalidIdentifier(what, value, "that is the name of another endpoint, not an id")
    return str(value)


def check_ticker(value: object, what: str = "ticker") -> str:
    """`value` if it is a plausible ticker (letters, digits, `-`, `_`, inner `.`), else `InvalidIdentifier`."""
    return _check(
        _TICKER, value, what, f"1-{MAX_TICKER_LENGTH} letters, digits, '-', '_' or '.', not starting with '.'"
    )


def check_ticker_list(value: object, what: str = "market_tickers") -> str:
    """A comma list of up to 20 tickers, no spaces."""
    return _check(_TICKER_LIST, value, what, f"a comma list of up to {MAX_TICKERS_IN_LIST} tickers")


def check_cursor(value: object, what: str = "cursor") -> str:
    """An opaque cursor as a broker or this server returned it."""
    return _check(
        _CURSOR, value, what, f"a cursor returned by the previous page (≤ {MAX_CURSOR_LENGTH} chars)"
    )
