"""What the MCP tools do: one `Service` per server process, holding settings, safety gate, audit log and
lazily built broker adapters.

`server.py` only registers tools and shapes their results; every decision lives here, so it can be
tested without MCP. Nothing heavy is imported at module level: the generated clients, httpx, the
transport and the sandbox load on the first tool call that needs them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Awaitable, Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from brokerspec import __version__
from brokerspec.app.responses import (
    AmendResult,
    BrokerStatus,
    Cancellation,
    CancelOutcome,
    Capabilities,
    DecreaseResult,
    HoldingsPage,
    LimitCheckOut,
    Limits,
    OrderGroupResult,
    OrderInput,
    OrderOutcome,
    OrderPreview,
    Placement,
    PositionsPage,
    PreviewedOrder,
)
from brokerspec.domain.orders import (
    InvalidOrder,
    OrderIntent,
    describe_mapping,
    new_client_order_id,
    to_book,
    to_v2_body,
    worst_case_breakdown,
)
from brokerspec.errors import (
    AuditUnavailable,
    BrokerError,
    Conflict,
    HumanDeclined,
    InvalidConfiguration,
    NotFound,
    SafetyRefusal,
    ServiceError,
    Uncertain,
    proves_not_executed,
)
from brokerspec.policy.audit import AuditLog
from brokerspec.policy.gate import (
    Booking,
    LimitCheck,
    SafetyGate,
    order_payload,
)

if TYPE_CHECKING:
    from brokerspec.brokers.kalshi.adapter import KalshiBroker
    from brokerspec.config import Configuration, Problem, Settings
    from brokerspec.domain.portfolio import BrokerPortfolio, Portfolio
    from brokerspec.sandbox.server import SandboxServer

log = logging.getLogger("brokerspec.app.service")

BROKERS = ("kalshi", "wealthy", "vendor_gateway")
ENV_SANDBOX = "BROKERSPEC_SANDBOX"
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_RECONCILE_ATTEMPTS = 2
_RECONCILE_DELAY_S = 0.3
_FIX_AND_RESTART = (
    "a human must fix the server's environment and restart it; `brokerspec check` lists every problem"
)


def _placed(client_order_id: str | None, ack: Any, error: dict[str, Any] | None = None) -> OrderOutcome:
    """A placed order's outcome from an ack or an order read back (both carry ids, status and counts)."""
    return OrderOutcome(
        client_order_id=client_order_id,
        outcome="placed",
        order_id=ack.order_id,
        status=ack.status,
        fill_count_contracts=ack.fill_count_contracts,
        remaining_count_contracts=ack.remaining_count_contracts,
        average_fill_price_dollars=getattr(ack, "average_fill_price_dollars", None),
        error=error,
    )


_LOOK_DO_NOT_RESEND = (
    "do not resend: look the order up with kalshi_list_orders (ticker) and match this client_order_id, "
    "or kalshi_get_order once its order_id is known; it may still appear at the exchange"
)


def _uncertain_error(error: dict[str, Any]) -> dict[str, Any]:
    return {**error, "retry_safe": False, "suggestion": _LOOK_DO_NOT_RESEND}


def _dollars(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.0001")), "f")


def _is_loopback(url: str | None) -> bool:
    return bool(url) and (urlsplit(url).hostname or "") in _LOOPBACK


def _problem_text(problems: Sequence[Problem]) -> str:
    """The text every tool of an affected broker answers: the problems, as `serve` printed them."""
    return "; ".join(str(p) for p in problems)


class Service:
    """The server's state and behaviour. Thread-safe lazy start; async methods for the tools."""

    def __init__(
        self,
        *,
        env: Mapping[str, str] | None = None,
        sandbox: bool = False,
        gate: SafetyGate | None = None,
        audit: AuditLog | None = None,
        configuration: Configuration | None = None,
    ) -> None:
        """`configuration` is what `serve` already read from the same environment (read here otherwise).

        Never raises for a bad environment: its problems are kept, reported by `capabilities`, and answered
        by the tools they affect (`invalid_configuration`). In sandbox mode the broker variables come from
        the sandbox, started with the first call.
        """
        from brokerspec.config import read_configuration, without_broker_settings

        self._env = dict(os.environ if env is None else env)
        self._sandbox_mode = sandbox
        if configuration is None or sandbox:
            source = without_broker_settings(self._env) if sandbox else self._env
            configuration = read_configuration(source)
        self.configuration = configuration
        # State (daily ledger, audit log) is separate per environment, chosen once Kalshi's is known in
        # `_start`; a gate or audit log handed in is used as it is.
        self._separate_state = gate is None, audit is None
        self.gate = gate or SafetyGate(configuration.safety)
        server_wide = configuration.problems_of(None)
        if server_wide:
            self.gate.block_writes(_problem_text(server_wide), _FIX_AND_RESTART)
        self.audit = audit or configuration.audit
        self._lock = threading.Lock()
        self._settings: Settings | None = None
        self._sandbox: SandboxServer | None = None
        self._environments: dict[str, str] = {}
        self._kalshi: KalshiBroker | None = None
        self._clients: dict[str, Any] = {}

    # --- start-up (lazy) -------------------------------------------------------------------------

    def _start(self) -> Settings:
        with self._lock:
            if self._settings is not None:
                return self._settings
            env = dict(self._env)
            if self._sandbox_mode:
                from brokerspec.config import read_configuration, without_broker_settings
                from brokerspec.sandbox.server import SandboxServer

                self._sandbox = SandboxServer().start()
                env = {**without_broker_settings(env), **self._sandbox.environment()}
                self.configuration = read_configuration(env)
            settings = self.configuration.settings
            sandbox_urls = self._sandbox_mode or env.get(ENV_SANDBOX) == "1"
            urls = {
                "kalshi": settings.kalshi.base_url if settings.kalshi else None,
                "wealthy": settings.wealthy.base_url if settings.wealthy else None,
                "vendor_gateway": settings.vendor_gateway.base_url if settings.vendor_gateway else None,
            }
            for broker in settings.configured:
                # "sandbox" is only ever claimed for loopback URLs: a flag must not relabel a real exchange.
                if sandbox_urls and _is_loopback(urls[broker]):
                    self._environments[broker] = "sandbox"
                elif broker == "kalshi" and settings.kalshi is not None:
                    self._environments[broker] = settings.kalshi.environment
                else:
                    self._environments[broker] = "production"
            kalshi_env = self._environments.get("kalshi")
            if kalshi_env is not None:
                own_ledger, own_audit = self._separate_state
                if own_ledger:
                    self.gate.separate_ledger(kalshi_env)
                if own_audit:
                    self.audit = self.audit.for_environment(kalshi_env)
            self._settings = settings
            return settings

    async def _settings_async(self) -> Settings:
        if self._settings is not None:
            return self._settings
        return await asyncio.to_thread(self._start)

    async def environment(self, broker: str) -> str:
        await self._settings_async()
        problems = self.configuration.problems_of(broker)
        if problems:
            raise ServiceError("invalid_configuration", _problem_text(problems), _FIX_AND_RESTART)
        env = self._environments.get(broker)
        if env is None:
            raise ServiceError(
                "broker_not_configured",
                f"{broker} is not configured on this server",
                "call `capabilities` to see the configured brokers",
            )
        return env

    def _client(self, broker: str) -> Any:
        client = self._clients.get(broker)
        if client is not None:
            return client
        from brokerspec.brokers import clients
        from brokerspec.http.transport import transport_for

        settings = self._settings
        assert settings is not None
        limits = self.configuration.rate_limits[broker]  # type: ignore[index]
        if broker == "kalshi":
            from brokerspec.http.auth import KalshiAuth

            assert settings.kalshi is not None and self.configuration.kalshi_key is not None
            auth = KalshiAuth(settings.kalshi.key_id, self.configuration.kalshi_key)
            transport = transport_for("kalshi", auth=auth, limits=limits)
            client = clients.kalshi_client(settings.kalshi, auth=auth, httpx_args={"transport": transport})
        elif broker == "wealthy":
            transport = transport_for("wealthy", limits=limits)
            client = clients.wealthy_client(settings.wealthy, httpx_args={"transport": transport})
        else:
            transport = transport_for("vendor_gateway", limits=limits)
            client = clients.gateway_client(settings.vendor_gateway, httpx_args={"transport": transport})
        self._clients[broker] = client
        return client

    async def kalshi(self) -> KalshiBroker:
        env = await self.environment("kalshi")
        if self._kalshi is None:
            from brokerspec.brokers.kalshi.adapter import KalshiBroker

            self._kalshi = KalshiBroker(self._client("kalshi"), env)
        return self._kalshi

    def close(self) -> None:
        self._clients.clear()
        if self._sandbox is not None:
            self._sandbox.stop()

    # --- cross-broker ------------------------------------------------------------------------------

    async def capabilities(self) -> Capabilities:
        from brokerspec.app.responses import ConfigProblem

        settings = await self._settings_async()
        caps = self.gate.capabilities()
        statuses = []
        for broker in BROKERS:
            env = self._environments.get(broker)
            problems = self.configuration.problems_of(broker)
            if env is None or problems:
                note = f"invalid configuration: {_problem_text(problems)}" if problems else None
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
            spent: str | None = _dollars(self.gate.spent_today())
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
            problems=[
                ConfigProblem(variable=p.variable, message=p.message, fix=p.fix, broker=p.broker)
                for p in self.configuration.problems
            ],
        )

    async def portfolio(self, broker: str = "all") -> Portfolio:
        from brokerspec.domain.portfolio import PortfolioError, gather_portfolio

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
                            message=_problem_text(problems),
                            retry_safe=False,
                            suggestion=_FIX_AND_RESTART,
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

    # --- Kalshi writes -------------------------------------------------------------------------------

    @staticmethod
    def _intent(order: OrderInput, client_order_id: str | None) -> OrderIntent:
        try:
            return OrderIntent(
                ticker=order.ticker,
                action=order.action,
                side=order.side,
                count=order.count,
                price_dollars=order.price,
                time_in_force=order.time_in_force,
                post_only=order.post_only,
                reduce_only=order.reduce_only,
                expiration_time=order.expiration_time,
                order_group_id=order.order_group_id,
                client_order_id=client_order_id,
            )
        except InvalidOrder as exc:
            raise ServiceError("invalid_order", str(exc), "fix the order and preview it again") from exc

    def _checks(self, intents: Sequence[OrderIntent], costs: Sequence[Decimal]) -> list[LimitCheck]:
        """Per-order limits for every order, and the daily limit on the batch total."""
        self._refuse_if_misconfigured()
        checks: list[LimitCheck] = []
        for intent, cost in zip(intents, costs, strict=True):
            for check in self.gate.evaluate_limits(intent, cost):
                if check.name != "max_daily_dollars":
                    label = check.name if len(intents) == 1 else f"{check.name}[{intent.client_order_id}]"
                    checks.append(LimitCheck(label, check.limit, check.value, check.unit, check.passed))
        day_total = self.gate.spent_today() + sum(costs, Decimal(0))
        limit = self.gate.settings.max_daily_dollars
        checks.append(
            LimitCheck("max_daily_dollars", _dollars(limit), _dollars(day_total), "USD", day_total <= limit)
        )
        return checks

    def _refuse_if_misconfigured(self) -> None:
        """Limits read from a broken environment are not what the human meant: evaluate none of them."""
        problems = self.configuration.problems_of(None)
        if problems:
            raise InvalidConfiguration(_problem_text(problems), suggestion=_FIX_AND_RESTART)

    def _writes_allowed(self, env: str) -> tuple[bool, str | None]:
        try:
            self.gate.check_write_allowed(env)
            return True, None
        except InvalidConfiguration:
            raise  # a preview against limits that are not what was meant would mislead: refuse it
        except SafetyRefusal as refusal:
            return False, refusal.message

    async def preview_orders(self, orders: Sequence[OrderInput]) -> OrderPreview:
        env = await self.environment("kalshi")
        intents = [self._intent(o, o.client_order_id or new_client_order_id()) for o in orders]
        previewed, bodies, costs = [], [], []
        for intent in intents:
            body = to_v2_body(intent)
            cost = worst_case_breakdown(intent)
            bodies.append(body)
            costs.append(cost.total_dollars)
            previewed.append(
                PreviewedOrder(
                    client_order_id=body["client_order_id"],
                    mapping=describe_mapping(intent),
                    wire_body=body,
                    worst_case_cost_dollars=cost.total_dollars,
                    worst_case_fees_dollars=cost.fees_dollars,
                )
            )
        return self._preview(env, "create_orders", {"orders": bodies}, previewed, intents, costs)

    def _preview(
        self,
        env: str,
        operation: str,
        body: dict[str, Any],
        previewed: list[PreviewedOrder],
        intents: Sequence[OrderIntent],
        costs: Sequence[Decimal],
        order_id: str | None = None,
    ) -> OrderPreview:
        checks = self._checks(intents, costs)
        passed = all(c.passed for c in checks)
        allowed, why = self._writes_allowed(env)
        token = expires = None
        if passed and allowed:
            payload = order_payload(
                broker="kalshi", environment=env, operation=operation, body=body, order_id=order_id
            )
            token, expires_at = self.gate.issue_token(payload)
            expires = expires_at.isoformat()
            next_step = (
                "show this preview to the human; if they agree, call the place/amend tool with exactly these "
                "orders (including client_order_id) and preview_token"
            )
        elif not allowed:
            next_step = f"cannot be placed: {why}"
        else:
            failed = ", ".join(c.name for c in checks if not c.passed)
            next_step = f"cannot be placed: limits not met ({failed}); reduce the order"
        return OrderPreview(
            environment=env,
            orders=previewed,
            total_worst_case_cost_dollars=sum(costs, Decimal(0)),
            limit_checks=[LimitCheckOut(**c.to_dict()) for c in checks],
            all_limits_pass=passed,
            writes_allowed=allowed,
            preview_token=token,
            expires_at=expires,
            next_step=next_step,
        )

    def prepare_placement(
        self, env: str, orders: Sequence[OrderInput]
    ) -> tuple[list[OrderIntent], list[dict[str, Any]], dict[str, Any]]:
        """The intents, V2 bodies and token payload of a place call (no side effects)."""
        missing = [i for i, o in enumerate(orders) if not o.client_order_id]
        if missing:
            raise ServiceError(
                "client_order_id_required",
                "every order must carry the client_order_id its preview gave it",
                "copy the orders exactly as returned by kalshi_preview_orders",
            )
        intents = [self._intent(o, o.client_order_id) for o in orders]
        bodies = [to_v2_body(i) for i in intents]
        payload = order_payload(
            broker="kalshi", environment=env, operation="create_orders", body={"orders": bodies}
        )
        return intents, bodies, payload

    def _refuse(
        self,
        env: str,
        operation: str,
        refusal: SafetyRefusal,
        coids: Sequence[str | None] = (),
        *,
        order_id: str | None = None,
        request: Any = None,
    ) -> None:
        """One `write_refused` audit line per order the refusal stopped (nothing was sent).

        A refusal stays the answer when its line cannot be written (e.g. a misconfigured audit log): nothing
        left the machine, and the refusal says more than the audit failure would.
        """
        for coid in coids or [None]:
            try:
                self.audit.write_refused(
                    broker="kalshi",
                    environment=env,
                    operation=operation,
                    client_order_id=coid,
                    order_id=order_id,
                    request=request,
                    error_code=refusal.code,
                    error_message=refusal.message,
                )
            except AuditUnavailable as exc:
                log.warning("refusal not audited: %s", exc.message)

    async def check_placement(self, orders: Sequence[OrderInput], preview_token: str) -> None:
        """Every check `place_orders` makes before sending — mode, token, limits — without using the token
        up or booking anything. The human is asked to confirm only an order that passes (refusals audited)."""
        env = await self.environment("kalshi")
        intents, bodies, payload = self.prepare_placement(env, orders)
        costs = [worst_case_breakdown(i).total_dollars for i in intents]
        try:
            self.gate.check_write_allowed(env)
            self.gate.check_token(preview_token, payload)
            for intent, cost in zip(intents, costs, strict=True):
                self.gate.check_limits(intent, cost)
            self.gate.check_daily(costs)
        except SafetyRefusal as refusal:
            self._refuse(env, "create_orders", refusal, [b["client_order_id"] for b in bodies])
            raise

    async def place_orders(
        self, orders: Sequence[OrderInput], preview_token: str, human_confirmed: bool | None
    ) -> Placement:
        env = await self.environment("kalshi")
        intents, bodies, payload = self.prepare_placement(env, orders)
        coids = [b["client_order_id"] for b in bodies]
        costs = [worst_case_breakdown(i).total_dollars for i in intents]
        bookings: list[Booking] = []
        try:
            self.gate.check_write_allowed(env)
            if human_confirmed is False:
                raise HumanDeclined(
                    "the human did not confirm this order", suggestion="ask the human what they want instead"
                )
            self.gate.redeem_token(preview_token, payload)
            for intent, cost in zip(intents, costs, strict=True):
                self.gate.check_limits(intent, cost)
            for coid, cost in zip(coids, costs, strict=True):
                bookings.append(self.gate.reserve_daily(coid, cost))
        except SafetyRefusal as refusal:
            self._unbook(bookings)
            self._refuse(env, "create_orders", refusal, coids)
            raise
        broker = await self.kalshi()
        try:
            if len(bodies) == 1:
                sent = [await self._place_one(broker, env, intents[0], bodies[0])]
            else:
                sent = await self._place_batch(broker, env, intents, bodies)
        except AuditUnavailable:
            # The audit line could not be made durable, so nothing was sent: the bookings go too.
            self._unbook(bookings)
            raise
        results = []
        for (outcome, not_taken), booking in zip(sent, bookings, strict=True):
            if not_taken:  # the broker proved it did not take the order: its booking is released
                self.gate.unbook(booking)
            results.append(outcome)
        return Placement(environment=env, human_confirmed=human_confirmed, results=results)

    def _unbook(self, bookings: Sequence[Booking]) -> None:
        for booking in reversed(bookings):
            self.gate.unbook(booking)

    def _failed_create(self, coid: str, exc: BrokerError) -> tuple[OrderOutcome, bool]:
        """A create the broker answered with an error: `rejected` (and its booking released) only on proof."""
        error = exc.to_dict()
        if proves_not_executed(exc):
            return OrderOutcome(client_order_id=coid, outcome="rejected", error=error), True
        if isinstance(exc, Conflict):
            error["suggestion"] = (
                "an order with this client_order_id already exists: look it up with kalshi_list_orders; "
                "do not place it again"
            )
            return OrderOutcome(client_order_id=coid, outcome="rejected", error=error), False
        return OrderOutcome(client_order_id=coid, outcome="uncertain", error=_uncertain_error(error)), False

    async def _place_one(
        self, broker: KalshiBroker, env: str, intent: OrderIntent, body: dict[str, Any]
    ) -> tuple[OrderOutcome, bool]:
        coid = body["client_order_id"]
        self.audit.write_attempt(
            broker="kalshi", environment=env, operation="create_order_v2", client_order_id=coid, request=body
        )
        not_taken = False
        try:
            ack = await broker.create_order(intent)
        except Uncertain as exc:
            outcome = await self._reconcile(broker, intent.ticker, coid, exc)
        except BrokerError as exc:
            outcome, not_taken = self._failed_create(coid, exc)
        else:
            outcome = _placed(coid, ack)
        self._audit_outcome(env, "create_order_v2", body, outcome)
        return outcome, not_taken

    async def _place_batch(
        self, broker: KalshiBroker, env: str, intents: Sequence[OrderIntent], bodies: list[dict[str, Any]]
    ) -> list[tuple[OrderOutcome, bool]]:
        for body in bodies:
            self.audit.write_attempt(
                broker="kalshi",
                environment=env,
                operation="batch_create_orders_v2",
                client_order_id=body["client_order_id"],
                request=body,
            )
        outcomes: list[tuple[OrderOutcome, bool]] = []
        try:
            items = await broker.batch_create(intents)
        except Uncertain as exc:
            for i, b in zip(intents, bodies, strict=True):
                outcomes.append((await self._reconcile(broker, i.ticker, b["client_order_id"], exc), False))
        except BrokerError as exc:
            outcomes = [self._failed_create(b["client_order_id"], exc) for b in bodies]
        else:
            for body, item in zip(bodies, items, strict=True):
                coid = body["client_order_id"]
                if item.error is not None or item.ack is None:
                    error = item.error or {
                        "code": "rejected_by_broker",
                        "message": "no result for this order",
                    }
                    duplicate = "order_already_exists" in (error.get("broker_code"), error.get("code")) or (
                        error.get("code") in ("duplicate_order", "conflict")
                    )
                    outcomes.append(
                        (OrderOutcome(client_order_id=coid, outcome="rejected", error=error), not duplicate)
                    )
                else:
                    outcomes.append((_placed(coid, item.ack), False))
        for body, (outcome, _) in zip(bodies, outcomes, strict=True):
            self._audit_outcome(env, "batch_create_orders_v2", body, outcome)
        return outcomes

    async def _reconcile(
        self, broker: KalshiBroker, ticker: str, coid: str, cause: Uncertain
    ) -> OrderOutcome:
        """A create whose answer was lost: look the order up by client_order_id instead of resending it.

        Found: `placed`. Not found: still `uncertain` — a lookup that misses proves nothing (the exchange
        may take the order a moment later), so the booking stays and the agent is told to look, not resend.
        """
        last_error: BrokerError = cause
        for attempt in range(_RECONCILE_ATTEMPTS):
            await asyncio.sleep(_RECONCILE_DELAY_S * (attempt + 1))
            try:
                order = await broker.find_order_by_client_order_id(coid, ticker)
            except BrokerError as exc:
                last_error = exc
                continue
            if order is not None:
                return _placed(
                    coid,
                    order,
                    {
                        "code": "reconciled",
                        "message": "the answer was lost; the order was found by its id",
                    },
                )
        return OrderOutcome(
            client_order_id=coid, outcome="uncertain", error=_uncertain_error(last_error.to_dict())
        )

    def _result_line(self, **fields: Any) -> None:
        """The after-line of a write that was sent. Its failure must not hide the outcome from the agent
        (who could then resend): it is logged loudly instead."""
        try:
            self.audit.write_result(**fields)
        except AuditUnavailable as exc:
            log.error("audit result line lost for %s: %s", fields.get("operation"), exc.message)

    def _audit_outcome(self, env: str, operation: str, body: dict[str, Any], outcome: OrderOutcome) -> None:
        error = outcome.error or {}
        self._result_line(
            broker="kalshi",
            environment=env,
            operation=operation,
            client_order_id=outcome.client_order_id,
            order_id=outcome.order_id,
            outcome=outcome.outcome,
            request=body,
            response=outcome.model_dump(mode="json", exclude={"error"}),
            error_code=error.get("code"),
            error_message=error.get("message"),
        )

    async def _guard(self, operation: str, request: Any = None, order_id: str | None = None) -> str:
        """Mode check for writes that need no token (cancel, decrease, order groups); audited when refused."""
        env = await self.environment("kalshi")
        try:
            self.gate.check_write_allowed(env)
        except SafetyRefusal as refusal:
            self._refuse(env, operation, refusal, order_id=order_id, request=request)
            raise
        return env

    async def _audited(
        self, env: str, operation: str, request: Any, order_id: str | None, call: Callable[[], Awaitable[Any]]
    ) -> Any:
        """Audit line, then the call (created only once the line is durable), then the result line."""
        self.audit.write_attempt(
            broker="kalshi",
            environment=env,
            operation=operation,
            client_order_id=None,
            order_id=order_id,
            request=request,
        )
        try:
            result = await call()
        except BrokerError as exc:
            self._result_line(
                broker="kalshi",
                environment=env,
                operation=operation,
                client_order_id=None,
                order_id=order_id,
                request=request,
                outcome="uncertain" if isinstance(exc, Uncertain) else "failed",
                error_code=exc.code,
                error_message=exc.message,
            )
            raise
        response = result.model_dump(mode="json") if hasattr(result, "model_dump") else result
        self._result_line(
            broker="kalshi",
            environment=env,
            operation=operation,
            client_order_id=None,
            order_id=order_id,
            request=request,
            response=response,
            outcome="done",
        )
        return result

    async def cancel_orders(self, order_ids: Sequence[str]) -> Cancellation:
        env = await self._guard("cancel_orders", {"order_ids": list(order_ids)})
        broker = await self.kalshi()
        results: list[CancelOutcome] = []
        if len(order_ids) == 1:
            oid = order_ids[0]
            try:
                ack = await self._audited(env, "cancel_order_v2", None, oid, lambda: broker.cancel_order(oid))
                results.append(
                    CancelOutcome(
                        order_id=oid, outcome="canceled", reduced_by_contracts=ack.reduced_by_contracts
                    )
                )
            except NotFound as exc:
                results.append(CancelOutcome(order_id=oid, outcome="not_found", error=exc.to_dict()))
            except BrokerError as exc:
                results.append(CancelOutcome(order_id=oid, outcome="failed", error=exc.to_dict()))
            return Cancellation(environment=env, results=results)
        request = {"order_ids": list(order_ids)}
        try:
            items = await self._audited(
                env, "batch_cancel_orders_v2", request, None, lambda: broker.batch_cancel(list(order_ids))
            )
        except BrokerError as exc:
            return Cancellation(
                environment=env,
                results=[CancelOutcome(order_id=o, outcome="failed", error=exc.to_dict()) for o in order_ids],
            )
        for oid, item in zip(order_ids, items, strict=False):
            if item.error is not None or item.ack is None:
                code = (item.error or {}).get("broker_code") or (item.error or {}).get("code")
                outcome: Literal["not_found", "failed"] = "not_found" if code == "not_found" else "failed"
                results.append(CancelOutcome(order_id=oid, outcome=outcome, error=item.error))
            else:
                results.append(
                    CancelOutcome(
                        order_id=oid, outcome="canceled", reduced_by_contracts=item.ack.reduced_by_contracts
                    )
                )
        return Cancellation(environment=env, results=results)

    async def amend_order(self, order_id: str, order: OrderInput, preview_token: str | None) -> AmendResult:
        env = await self.environment("kalshi")
        intent = self._intent(order, order.client_order_id or f"amend-{order_id}")
        book = to_book(intent)
        body = {
            "ticker": intent.ticker,
            "side": book.side,
            "price": format(book.yes_price_dollars.quantize(Decimal("0.0001")), "f"),
            "count": format(Decimal(book.count).quantize(Decimal("0.01")), "f"),
        }
        cost = worst_case_breakdown(intent)
        if preview_token is None:
            previewed = PreviewedOrder(
                client_order_id=intent.client_order_id or "",
                mapping=describe_mapping(intent),
                wire_body=body,
                worst_case_cost_dollars=cost.total_dollars,
                worst_case_fees_dollars=cost.fees_dollars,
            )
            preview = self._preview(
                env, "amend_order", body, [previewed], [intent], [cost.total_dollars], order_id
            )
            return AmendResult(environment=env, preview=preview)
        payload = order_payload(
            broker="kalshi", environment=env, operation="amend_order", body=body, order_id=order_id
        )
        try:
            self.gate.check_write_allowed(env)
            self.gate.redeem_token(preview_token, payload)
            self.gate.check_limits(intent, cost.total_dollars)
        except SafetyRefusal as refusal:
            self._refuse(env, "amend_order_v2", refusal, order_id=order_id, request=body)
            raise
        broker = await self.kalshi()
        booking = await self._book_amend(env, broker, order_id, body, cost.total_dollars)
        try:
            ack = await self._audited(
                env, "amend_order_v2", body, order_id, lambda: broker.amend_order(order_id, intent)
            )
        except AuditUnavailable:
            self._unbook([booking] if booking else [])  # nothing was sent
            raise
        except BrokerError as exc:
            if booking and proves_not_executed(exc):
                self.gate.unbook(booking)
            raise
        return AmendResult(
            environment=env,
            result=_placed(ack.client_order_id, ack),
        )

    async def _book_amend(
        self, env: str, broker: KalshiBroker, order_id: str, body: dict[str, Any], cost: Decimal
    ) -> Booking | None:
        """Book what an amend can add to the day's worst case, before it is sent.

        The order's own booking (under its client_order_id, when placed here today) already counts; the
        amend books the rest under `amend:<order_id>`. Nothing is ever booked down: contracts may already
        have filled at the old terms, and a booking never drops below what may have filled.
        """
        current = await broker.order(order_id)  # a read: which order, and which booking is already its own
        own = self.gate.ledger.booked(current.client_order_id) if current.client_order_id else None
        extra = max(Decimal(0), cost - (own or Decimal(0)))
        try:
            return self.gate.reserve_daily(f"amend:{order_id}", extra)
        except SafetyRefusal as refusal:
            self._refuse(env, "amend_order_v2", refusal, order_id=order_id, request=body)
            raise

    async def decrease_order(
        self, order_id: str, reduce_by: int | None, reduce_to: int | None
    ) -> DecreaseResult:
        if (reduce_by is None) == (reduce_to is None):
            raise ServiceError("invalid_request", "give exactly one of reduce_by or reduce_to")
        request = {"reduce_by": reduce_by} if reduce_by is not None else {"reduce_to": reduce_to}
        env = await self._guard("decrease_order_v2", request, order_id)
        broker = await self.kalshi()
        ack = await self._audited(
            env,
            "decrease_order_v2",
            request,
            order_id,
            lambda: broker.decrease_order(order_id, reduce_by, reduce_to),
        )
        return DecreaseResult(
            environment=env,
            order_id=order_id,
            reduced_by_contracts=ack.reduced_by_contracts,
            remaining_count_contracts=ack.remaining_count_contracts,
        )

    async def manage_order_group(
        self,
        action: Literal["create", "delete", "reset"],
        order_group_id: str | None,
        contracts_limit: int | None,
    ) -> OrderGroupResult:
        if action == "create" and contracts_limit is None:
            raise ServiceError("invalid_request", "create needs contracts_limit")
        if action != "create" and not order_group_id:
            raise ServiceError("invalid_request", f"{action} needs order_group_id")
        request = {"action": action, "order_group_id": order_group_id, "contracts_limit": contracts_limit}
        env = await self._guard(f"{action}_order_group", request, None)
        broker = await self.kalshi()
        if action == "create":
            assert contracts_limit is not None
            ack = await self._audited(
                env, "create_order_group", request, None, lambda: broker.create_order_group(contracts_limit)
            )
            return OrderGroupResult(environment=env, action=action, order_group_id=ack.order_group_id)
        assert order_group_id is not None
        group_id = order_group_id

        def call() -> Awaitable[Any]:
            if action == "delete":
                return broker.delete_order_group(group_id)
            return broker.reset_order_group(group_id)

        await self._audited(env, f"{action}_order_group", request, None, call)
        return OrderGroupResult(environment=env, action=action, order_group_id=order_group_id)


def _slice(items: list[Any], limit: int, cursor: str | None) -> tuple[list[Any], str | None]:
    """Local pagination over a list the broker returns whole (cursor = offset)."""
    start = int(cursor) if cursor and cursor.isdigit() and len(cursor) <= 9 else (0 if not cursor else -1)
    if start < 0:
        raise ServiceError(
            "invalid_cursor", "cursor is not one this tool returned", "start again without a cursor"
        )
    end = start + limit
    return items[start:end], (str(end) if end < len(items) else None)
