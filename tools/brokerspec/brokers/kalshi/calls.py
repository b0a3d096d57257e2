"""One Kalshi call: inputs checked before anything is sent, failures translated, the typed reply returned.

    page = await call("GET", get_fills.asyncio_detailed(client=client), GetFillsResponse, convert.fill_page)

The reply body is decoded once, by the generated operation's parser; a successful reply is returned as
the generated model the parser built (checked with `isinstance`), and only a failed one goes to
`http.translate` (which reads the status, the headers and the body it needs). Everything that can go wrong
between sending and normalizing becomes a `BrokerError`; a write whose 2xx reply cannot be normalized was
executed, so that is `Uncertain`.

Imports nothing of the generated package at module level: the adapter is on the MCP server's start-up path.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from http import HTTPStatus
from typing import TYPE_CHECKING, Final, Protocol, TypeVar

from brokerspec import errors
from brokerspec.domain import identifiers
from brokerspec.http import translate

if TYPE_CHECKING:
    from brokerspec_kalshi.types import Unset

__all__ = [
    "BROKER",
    "MAX_SUBACCOUNT",
    "Reply",
    "call",
    "check_exchange_index",
    "check_path",
    "check_query",
    "check_subaccount",
    "or_unset",
    "success",
    "translated",
]

#: Subaccounts are 0 (the primary account) to 63.
MAX_SUBACCOUNT: Final = 63

BROKER: Final = "kalshi"

_M = TypeVar("_M")
_R = TypeVar("_R")
_V = TypeVar("_V")


class Reply(Protocol):
    """What every generated `asyncio_detailed` returns (`brokerspec_kalshi.types.Response`), read-only."""

    @property
    def status_code(self) -> HTTPStatus: ...
    @property
    def headers(self) -> MutableMapping[str, str]: ...
    @property
    def content(self) -> bytes: ...
    @property
    def parsed(self) -> object: ...


async def call(method: str, sent: Awaitable[Reply], model: type[_M], convert: Callable[[_M], _R]) -> _R:
    """Await one generated call and normalize its success model; every failure becomes a `BrokerError`."""
    with translated(method):
        return convert(success(await sent, model, method))


def success(response: Reply, model: type[_M], method: str) -> _M:
    """The success model the generated parser built; any other reply is translated (and raised)."""
    parsed = response.parsed
    if 200 <= response.status_code < 300 and isinstance(parsed, model):
        return parsed
    translate.raise_for_response(BROKER, response, method=method)
    raise ValueError(f"HTTP {int(response.status_code)} reply is not a {model.__name__}")


@contextmanager
def translated(method: str) -> Iterator[None]:
    """Turn every failure of one call, from sending to normalizing, into a `BrokerError`.

    A write that got a 2xx whose body we cannot normalize was executed: that is `Uncertain`, never a
    plain error (which would tell the agent the order was not placed).
    """
    import httpx

    try:
        yield
    except errors.BrokerError:
        raise
    except (httpx.HTTPError, ValueError, TypeError, KeyError) as exc:
        raise translate.error_from_exception(BROKER, exc, method) from exc
    except Exception as exc:
        if method.upper() in translate.READ_METHODS:
            raise
        raise errors.Uncertain(
            f"{method} to {BROKER} failed while reading its reply ({type(exc).__name__}: {exc})",
            broker=BROKER,
        ) from exc


def or_unset(value: _V | None) -> _V | Unset:
    """An optional argument of a generated call: None (not given) is the generated package's UNSET."""
    from brokerspec_kalshi.types import UNSET

    return UNSET if value is None else value


# --- inputs -----------------------------------------------------------------------------------------------


def _invalid(exc: identifiers.InvalidIdentifier) -> errors.InvalidArgument:
    return errors.InvalidArgument(str(exc), broker=BROKER)


_PATH_CHECKS: Final = {"ticker": identifiers.check_ticker, "series_ticker": identifiers.check_ticker}


def check_path(**values: str | None) -> None:
    """Every id or ticker that goes into a URL path: a safe single segment, or `InvalidArgument` (nothing sent)."""
    for what, value in values.items():
        try:
            _PATH_CHECKS.get(what, identifiers.check_id)(value, what)
        except identifiers.InvalidIdentifier as exc:
            raise _invalid(exc) from None


_QUERY_CHECKS: Final = {
    "ticker": identifiers.check_ticker,
    "market_ticker": identifiers.check_ticker,
    "series_ticker": identifiers.check_ticker,
    "event_ticker": identifiers.check_ticker_list,
    "market_tickers": identifiers.check_ticker_list,
    "tickers": identifiers.check_ticker_list,
    "order_id": identifiers.check_id,
    "cursor": identifiers.check_cursor,
}


def check_query(**values: str | None) -> None:
    """Query values are encoded by httpx, but are still bounded and of their documented form."""
    for what, value in values.items():
        if value is None:
            continue
        try:
            _QUERY_CHECKS[what](value, what)
        except identifiers.InvalidIdentifier as exc:
            raise _invalid(exc) from None


def check_subaccount(value: int | None) -> int | None:
    """A subaccount number, 0 (primary) to 63, or `InvalidArgument` (nothing is sent)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_SUBACCOUNT:
        raise errors.InvalidArgument(
            f"subaccount must be a whole number from 0 (primary) to {MAX_SUBACCOUNT}, not {value!r}",
            broker=BROKER,
        )
    return value


def check_exchange_index(value: int | None, *, route: bool = False) -> int | None:
    """An exchange shard, 0 and up (`-1`, "route by ticker", where the endpoint takes it), or `InvalidArgument`."""
    if value is None:
        return None
    lowest = -1 if route else 0
    if isinstance(value, bool) or not isinstance(value, int) or value < lowest:
        raise errors.InvalidArgument(
            f"exchange_index must be a whole number >= {lowest}, not {value!r}", broker=BROKER
        )
    return value
