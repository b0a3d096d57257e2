"""Broker adapters: generated client -> normalized `brokerspec.domain.portfolio` models.

One module per broker (`wealthy`, `vendor_gateway`, later `kalshi`), each with pure conversion functions
(generated models in, normalized models out) and async fetchers that call the generated client's
`asyncio_detailed` and raise `brokerspec.errors.BrokerError` subclasses on failure.

Nothing heavy is imported here on purpose: the MCP server's start-up time is a product metric, and an
adapter pulls in pydantic and its generated package only when it is used.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from brokerspec.errors import BrokerError
    from brokerspec.http.translate import ResponseLike

__all__ = ["READ", "read_call", "unreadable_reply"]

#: The method every adapter read is reported as to `http.translate`, which tells reads from writes by method:
#: a read that timed out or hit a 5xx is safe to retry, a write is not. The vendor gateway reads with
#: POST, and must still count as a read.
READ = "GET"

R = TypeVar("R", bound="ResponseLike")


async def read_call(broker: str, call: Awaitable[R]) -> R:
    """Await a generated `asyncio_detailed` read; raise the translated `BrokerError` on any failure.

    Covers the three ways a read fails: httpx raises (no connection, timeout), the generated parser raises
    (a 200 whose body is broken JSON or not what the spec says), or the reply is a non-2xx. All translation
    is `http.translate`'s; nothing is decoded here (a 2xx was decoded once, by the generated parser). What a
    2xx body means (the vendor gateway's "Not ok" envelope) is the adapter's business.
    """
    from brokerspec.errors import BrokerError
    from brokerspec.http.translate import error_from_exception, raise_for_response

    try:
        response = await call
    except BrokerError:
        raise
    except Exception as exc:
        raise error_from_exception(broker, exc, READ) from exc
    raise_for_response(broker, response, method=READ)
    return response


def unreadable_reply(broker: str, exc: Exception) -> BrokerError:
    """A reply that parsed but cannot be normalized (garbage in a number, a row without a quantity)."""
    from brokerspec.http.translate import error_from_exception

    return error_from_exception(broker, exc, READ)
