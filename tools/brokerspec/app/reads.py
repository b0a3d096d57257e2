"""The read use cases: capabilities, the cross-broker portfolio, holdings and positions pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from brokerspec import __version__
from brokerspec.app.responses import (
    BrokerStatus,
    Capabilities,
    HoldingsPage,
    Limits,
    PositionsPage,
)
from brokerspec.domain.money import DOLLARS, decimal_text
from brokerspec.errors import (
    SafetyRefusal,
    ServiceError,
)

if TYPE_CHECKING:
    from brokerspec.domain.portfolio import BrokerPortfolio, Portfolio
from brokerspec.app.runtime import BROKERS, FIX_AND_RESTART, Runtime, problem_text


def _slice(items: list[Any], limit: int, cursor: str | None) -> tuple[list[Any], str | None]:
    """Local pagination over a list the broker returns whole (cursor = offset)."""
    start = int(cursor) if cursor and cursor.isdigit() and len(cursor) <= 9 else (0 if not cursor else -1)
    if start < 0:
        raise ServiceError(
            "invalid_cursor", "cursor is not one this tool returned", "start again without a cursor"
        )
    end = start + limit
    return items[start:end], (str(end) if end < len(items) else None)


class Reads(Runtime):
    """Reads never write and never need the gate: a broker's failure is shown, not raised, where others answered."""

    async def capabilities(self, host_channels: Sequence[str] = ()) -> Capabilities:
        """`host_channels`: how this session's host can reach its human (`confirm.host_channels`)."""
        from brokerspec.app.responses import ConfigProblem

        settings = await self._settings_async()
        caps = self.gate.capabilities()
        statuses = []
        for broker in BROKERS:
            env = self._environments.get(broker)
            problems = self.configuration.problems_of(broker)
            if env is None or problems:
                note = f"invalid configuration: {problem_text(problems)}" if problems else None
                statuses.append(
                    BrokerStatus(broker=broker, configured=False, writes_allowed=False, note=note)
                )
                continue
            writable = broker == "kalshi"
            allowed, note = False, None
            if writable:
                try:
                    self.gate.check_write_allowed(env)
                    allowed = True
                except SafetyRefusal as refusal:
                    note = refusal.message
            else:
                note = "read-only API: holdings and positions"
            statuses.append(
                BrokerStatus(
                    broker=broker, configured=True, environment=env, writes_allowed=allowed, note=note
                )
            )
        del settings
        try:
            spent: str | None = decimal_text(self.gate.spent_today(), DOLLARS)
        except SafetyRefusal:  # the ledger cannot be read: say so instead of failing the whole answer
            spent = None
        blocked = self.configuration.writes_blocked  # refused whatever the switches say
        return Capabilities(
            server_version=__version__,
            mode="read_only" if blocked else caps["mode"],
            live_trading_allowed=caps["live_trading_allowed"] and not blocked,
            brokers=statuses,
            limits=Limits(
                max_order_contracts=caps["max_order_contracts"],
                max_order_dollars=caps["max_order_dollars"],
                max_daily_dollars=caps["max_daily_dollars"],
                spent_today_dollars=spent,
                ticker_allowlist=caps["ticker_allowlist"],
                token_ttl_seconds=caps["token_ttl_seconds"],
            ),
            write_flow="kalshi_preview_orders → show the human → kalshi_place_orders with the preview_token",
            confirm=self.gate.settings.confirmation(self._environments.get("kalshi", "production")),
            confirm_channels=list(host_channels),
            problems=[
                ConfigProblem(variable=p.variable, message=p.message, fix=p.fix, broker=p.broker)
                for p in self.configuration.problems
            ],
        )

    async def portfolio(self, broker: str = "all") -> Portfolio:
        from brokerspec.app.portfolio_read import gather_portfolio
        from brokerspec.domain.portfolio import PortfolioError

        await self._settings_async()
        if broker != "all":
            await self.environment(broker)
        wanted = [b for b in BROKERS if b in self._environments] if broker == "all" else [broker]
        portfolio = await gather_portfolio({b: self._broker_portfolio(b) for b in wanted})
        if broker == "all":
            # A broker disabled by its configuration is a failure to show, not a broker to leave out.
            for name in BROKERS:
                problems = self.configuration.problems_of(name)
                if problems:
                    portfolio.errors.append(
                        PortfolioError(
                            broker=name,
                            code="invalid_configuration",
                            message=problem_text(problems),
                            retry_safe=False,
                            suggestion=FIX_AND_RESTART,
                        )
                    )
        return portfolio

    async def _broker_portfolio(self, broker: str) -> BrokerPortfolio:
        env = await self.environment(broker)
        if broker == "kalshi":
            return await (await self.kalshi()).portfolio()
        if broker == "wealthy":
            from brokerspec.brokers import wealthy

            return await wealthy.fetch_portfolio(self._client("wealthy"), environment=env)
        from brokerspec.brokers import vendor_gateway

        gw = self._settings.vendor_gateway if self._settings else None
        if gw is None or not gw.user_id or not gw.vendor:
            raise ServiceError(
                "broker_not_configured",
                "the vendor gateway needs BROKERSPEC_GATEWAY_USER_ID and BROKERSPEC_GATEWAY_VENDOR",
            )
        return await vendor_gateway.fetch_portfolio(
            self._client("vendor_gateway"), user_id=gw.user_id, vendor=gw.vendor, environment=env
        )

    async def holdings(self, broker: str, limit: int, cursor: str | None) -> HoldingsPage:
        items = (await self._broker_portfolio(broker)).holdings
        page, next_cursor = _slice(items, limit, cursor)
        return HoldingsPage(broker=broker, items=page, next_cursor=next_cursor, total_items=len(items))

    async def positions(self, broker: str, limit: int, cursor: str | None) -> PositionsPage:
        items = (await self._broker_portfolio(broker)).positions
        page, next_cursor = _slice(items, limit, cursor)
        return PositionsPage(broker=broker, items=page, next_cursor=next_cursor, total_items=len(items))
