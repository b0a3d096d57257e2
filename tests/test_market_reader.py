"""The preview's market reads (`MarketReader`): what is read again, what is kept for booking, and bounds.

A placement books the worst case its preview showed, computed from the terms the preview read; those
terms must outlive any burst of other reads for as long as a token issued with them can be redeemed. The
broker here is a counter of reads (what it answers is opaque to the reader), the clock a variable.
"""

from __future__ import annotations

from typing import Any

import pytest
from brokerspec.app.market_preview import FRESH_S, KEEP_S, MarketReader
from brokerspec.errors import NotFound, ServiceError


class Counting:
    """A broker that answers each market read with a new object and counts the reads."""

    def __init__(self) -> None:
        self.reads: list[tuple[str, str]] = []

    async def market_terms(self, ticker: str) -> Any:
        self.reads.append(("terms", ticker))
        if ticker == "NOPE":
            raise NotFound("no such market", broker="kalshi", http_status=404)
        return object()

    async def order_book(self, ticker: str) -> Any:
        self.reads.append(("book", ticker))
        return object()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def reader() -> tuple[MarketReader, Counting, Clock]:
    clock = Clock()
    return MarketReader(clock), Counting(), clock


async def test_a_read_is_fresh_for_two_seconds_then_read_again(reader: Any) -> None:
    markets, broker, clock = reader
    first = await markets.terms(broker, "A")
    clock.now += FRESH_S - 0.01
    assert await markets.terms(broker, "A") is first
    clock.now += 0.02
    assert await markets.terms(broker, "A") is not first
    assert broker.reads == [("terms", "A"), ("terms", "A")]


async def test_the_terms_a_preview_used_survive_a_burst_of_other_reads(reader: Any) -> None:
    markets, broker, clock = reader
    previewed = await markets.terms(broker, "A")
    for n in range(3 * MarketReader.FRESH_MAX):  # other agents read many books meanwhile
        clock.now += 0.1
        await markets.book(broker, f"B{n}")
    assert len(markets._cache) <= MarketReader.FRESH_MAX  # the fresh reads stay bounded
    assert markets.terms_for_booking("A") is previewed  # and booking still uses what the preview showed


async def test_kept_terms_end_with_the_token_and_are_bounded(reader: Any) -> None:
    markets, broker, clock = reader
    previewed = await markets.terms(broker, "A")
    clock.now += KEEP_S - 1
    assert markets.terms_for_booking("A") is previewed
    clock.now += 2
    assert markets.terms_for_booking("A") is None  # no token of that preview can still be redeemed
    for n in range(MarketReader.KEPT_MAX + 10):
        await markets.terms(broker, f"T{n}")
    assert len(markets._kept) == MarketReader.KEPT_MAX
    assert markets.terms_for_booking("T0") is None and markets.terms_for_booking(f"T{n}") is not None


async def test_a_market_kalshi_does_not_have_is_unknown_market(reader: Any) -> None:
    markets, broker, _ = reader
    with pytest.raises(ServiceError) as raised:
        await markets.terms(broker, "NOPE")
    assert raised.value.code == "unknown_market" and "kalshi_find_markets" in raised.value.suggestion
    assert markets.terms_for_booking("NOPE") is None


async def test_a_look_at_the_market_leaves_the_booked_terms_as_previewed(reader: Any) -> None:
    """The confirmation page reads the market again; the placement must still book the preview's terms."""
    markets, broker, clock = reader
    previewed = await markets.terms(broker, "A")
    clock.now += FRESH_S + 1
    looked = await markets.terms(broker, "A", keep=False)
    assert looked is not previewed  # read afresh
    assert markets.terms_for_booking("A") is previewed
