"""Kalshi adapter: generated client in, normalized models out.

    broker = KalshiBroker(kalshi_client(), environment="demo")
    page = await broker.fills(limit=20)          # KalshiFillPage, same shape for 2025 and 2026 wires
    ack = await broker.create_order(intent)      # OrderIntent -> CreateOrderV2Request -> KalshiOrderAck
    await broker.cancel_order(ack.order_id)      # routed to the order's shard and subaccount

`KalshiBroker` is the facade the service uses; the work is split by job:

* `reads.py` (portfolio GETs), `market_reads.py` (markets, order book, series, exchange status, account
  limits) and `terms.py` (the same as the preview's `domain.market` / `domain.book` values), `orders.py` (placement and the intent -> request-model builders), `changes.py` (cancel, amend,
  decrease, cancel-all, each routed to the order's shard), `groups.py` (order groups, shard transfers):
  one generated `asyncio_detailed` call per method, made through `calls.call`;
* `routing.py`: where each known order and order group lives (ticker, shard, subaccount);
* `calls.py`: input checks, the typed success model of a reply, and the one place where a failure
  becomes a `BrokerError` (via `http.translate`);
* `wire.py`, `convert.py`, `acks.py`, `market_convert.py`: generated models -> `models.py` and
  `market_models.py` (the normalized Kalshi models), both wire eras;
* here: the reconciliation lookup and the cross-broker portfolio, which page through the reads.

The generated package is imported inside the methods, never at module level: importing this module is on
the MCP server's start-up path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from brokerspec import errors
from brokerspec.brokers.kalshi.calls import BROKER
from brokerspec.brokers.kalshi.changes import KalshiOrderChanges
from brokerspec.brokers.kalshi.groups import KalshiGroupWrites
from brokerspec.brokers.kalshi.models import KalshiMarketPosition, KalshiOrder
from brokerspec.brokers.kalshi.orders import KalshiWrites
from brokerspec.brokers.kalshi.routing import RouteBook
from brokerspec.brokers.kalshi.terms import KalshiMarketTerms
from brokerspec.domain.portfolio import BrokerPortfolio, Cash, Position, broker_portfolio

if TYPE_CHECKING:
    from brokerspec_kalshi import Client

__all__ = ["BROKER", "RECONCILE_MAX_PAGES", "KalshiBroker"]

#: Pages of GET /portfolio/orders that `find_order_by_client_order_id` reads before giving up.
RECONCILE_MAX_PAGES: Final = 5
_RECONCILE_PAGE_LIMIT: Final = 200
#: Pages of positions `portfolio()` reads (1000 positions each) before it stops.
_PORTFOLIO_MAX_PAGES: Final = 10
_PORTFOLIO_PAGE_LIMIT: Final = 1000


class KalshiBroker(KalshiOrderChanges, KalshiGroupWrites, KalshiWrites, KalshiMarketTerms):
    """The Kalshi portfolio and order API, normalized.

    Wraps one generated `brokerspec_kalshi.Client` (authenticated and with the shared transport, see
    `clients.kalshi_client`); `environment` ("demo", "production", "sandbox") is only reported, never
    used to pick a host, so a client and its label cannot disagree about where orders go. Each broker keeps
    its own route book (order id -> ticker, shard, subaccount), filled by its creates and reads.
    """

    broker: Final = BROKER

    def __init__(self, client: Client, environment: str, *, routes: RouteBook | None = None) -> None:
        self._client = client
        self._routes = RouteBook() if routes is None else routes
        self.environment = environment

    def __repr__(self) -> str:
        return f"KalshiBroker(environment={self.environment!r})"

    async def find_order_by_client_order_id(
        self,
        client_order_id: str,
        ticker: str,
        *,
        min_ts: int | None = None,
        max_pages: int = RECONCILE_MAX_PAGES,
        subaccount: int = 0,
    ) -> KalshiOrder | None:
        """The order carrying `client_order_id`, or None when the ticker's whole order list lacks it.

        Used after a write whose outcome is unknown. Reads at most `max_pages` pages (newest first, so a
        just-sent order is on the first); if the list goes on beyond that it raises `errors.Uncertain`
        rather than answer "not placed" without having looked everywhere.
        """
        cursor: str | None = None
        for _ in range(max_pages):
            page = await self.orders(
                ticker=ticker,
                limit=_RECONCILE_PAGE_LIMIT,
                cursor=cursor,
                min_ts=min_ts,
                subaccount=subaccount,
            )
            for order in page.items:
                if order.client_order_id == client_order_id:
                    return order
            if page.next_cursor is None or page.next_cursor == cursor:
                return None
            cursor = page.next_cursor
        raise errors.Uncertain(
            f"client_order_id {client_order_id!r} not in the newest {max_pages} pages of {ticker} orders; "
            "the list is longer, so the order may exist",
            broker=BROKER,
        )

    async def portfolio(self) -> BrokerPortfolio:
        """Cash and market positions in the cross-broker shape (`portfolio.BrokerPortfolio`).

        Positions are Kalshi's default set (markets not yet settled), flat ones included so the realized
        P&L total is complete. Kalshi reports no unrealized P&L, so that total is null while anything is open.
        """
        import asyncio

        balance, (positions, complete) = await asyncio.gather(self.balance(), self._all_market_positions())
        warnings = [
            "Kalshi reports no unrealized P&L or last price; exposure is the cost of the open contracts.",
            "Markets already settled are not listed; see kalshi settlements.",
        ]
        if not complete:
            warnings.append(f"Only the first {len(positions)} positions are listed.")
        return broker_portfolio(
            BROKER,
            [],
            [_portfolio_position(p) for p in positions],
            currency="USD",
            environment=self.environment,
            cash=Cash(available=balance.balance_dollars, currency="USD"),
            warnings=warnings,
        )

    async def _all_market_positions(self) -> tuple[list[KalshiMarketPosition], bool]:
        """Every market position, paging a bounded number of times; the flag says whether all were read."""
        positions: list[KalshiMarketPosition] = []
        cursor: str | None = None
        for _ in range(_PORTFOLIO_MAX_PAGES):
            page = await self.positions(limit=_PORTFOLIO_PAGE_LIMIT, cursor=cursor)
            positions.extend(page.market_positions)
            if page.next_cursor is None or page.next_cursor == cursor:
                return positions, True
            cursor = page.next_cursor
        return positions, False


def _portfolio_position(p: KalshiMarketPosition) -> Position:
    return Position(
        broker=BROKER,
        symbol=p.ticker,
        quantity=p.position_contracts,
        realized_pnl=p.realized_pnl_dollars,
        unrealized_pnl=None,
        exposure=p.market_exposure_dollars,
        fees_paid=p.fees_paid_dollars,
        total_traded=p.total_traded_dollars,
        currency="USD",
    )
