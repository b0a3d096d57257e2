"""Placing orders: preview (limits, worst-case cost, a token bound to the exact orders), then place.

The order path: `OrderInput` -> `OrderIntent` -> preview token -> daily-ledger booking -> audit attempt line ->
the adapter (generated request -> generated reply) -> `OrderOutcome` -> audit result line. A write whose
outcome is unknown is reconciled by reading, never resent; its booking is kept.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from brokerspec.app.inputs import OrderInput
from brokerspec.app.market_preview import MarketReader
from brokerspec.app.responses import (
    LimitCheckOut,
    OrderOutcome,
    OrderPreview,
    Placement,
    PreviewedOrder,
)
from brokerspec.domain.money import DOLLARS, decimal_text
from brokerspec.domain.orders import (
    InvalidOrder,
    OrderIntent,
    describe_mapping,
    new_client_order_id,
    to_v2_body,
    worst_case_breakdown,
)
from brokerspec.errors import (
    AuditUnavailable,
    BrokerError,
    Conflict,
    HumanConfirmationRequired,
    HumanDeclined,
    InvalidConfiguration,
    SafetyRefusal,
    ServiceError,
    Uncertain,
    proves_not_executed,
)
from brokerspec.policy.audit import AuditedWrite, confirmed_by
from brokerspec.policy.gate import LimitCheck
from brokerspec.policy.ledger import Booking
from brokerspec.policy.tokens import order_payload

if TYPE_CHECKING:
    from brokerspec.brokers.kalshi.adapter import KalshiBroker
from brokerspec.app.runtime import Runtime

_RECONCILE_ATTEMPTS = 2
_RECONCILE_DELAY_S = 0.3
_LOOK_DO_NOT_RESEND = (
    "do not resend: look the order up with kalshi_list_orders (ticker) and match this client_order_id, "
    "or kalshi_get_order once its order_id is known; it may still appear at the exchange"
)


def placed_outcome(
    client_order_id: str | None, ack: Any, error: dict[str, Any] | None = None
) -> OrderOutcome:
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


def uncertain_error(error: dict[str, Any]) -> dict[str, Any]:
    return {**error, "retry_safe": False, "suggestion": _LOOK_DO_NOT_RESEND}


def kalshi_write(
    env: str,
    operation: str,
    *,
    client_order_id: str | None = None,
    order_id: str | None = None,
    request: Any = None,
) -> AuditedWrite:
    """The audit description of one Kalshi write (the only broker this server writes to)."""
    return AuditedWrite(
        broker="kalshi",
        environment=env,
        operation=operation,
        client_order_id=client_order_id,
        order_id=order_id,
        request=request,
    )


class Placing(Runtime):
    """Preview and place (one order or a batch), with reconciliation of uncertain outcomes."""

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
                subaccount=order.subaccount,
                cancel_order_on_pause=order.cancel_order_on_pause,
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
        shown = decimal_text(limit, DOLLARS), decimal_text(day_total, DOLLARS)
        checks.append(LimitCheck("max_daily_dollars", *shown, "USD", day_total <= limit))
        return checks

    def _writes_allowed(self, env: str) -> tuple[bool, str | None]:
        try:
            self.gate.check_write_allowed(env)
            return True, None
        except InvalidConfiguration:
            raise  # a preview against limits that are not what was meant would mislead: refuse it
        except SafetyRefusal as refusal:
            return False, refusal.message

    @property
    def markets(self) -> MarketReader:
        """The market reads of previews (briefly cached), one per server process."""
        reader: MarketReader | None = self.__dict__.get("_market_reader")
        if reader is None:
            reader = self.__dict__["_market_reader"] = MarketReader()
        return reader

    def booking_cost(self, intent: OrderIntent) -> Decimal:
        """The worst case a placement books: the one its preview showed, from the same market terms
        (kept while its token lives); without them, the conservative bound of an unknown market."""
        return worst_case_breakdown(intent, self.markets.terms_for_booking(intent.ticker)).total_dollars

    async def preview_orders(self, orders: Sequence[OrderInput]) -> OrderPreview:
        env = await self.environment("kalshi")
        intents = [self._intent(o, o.client_order_id or new_client_order_id()) for o in orders]
        self._refuse_if_misconfigured()
        in_markets = await self.markets.orders_in_markets(await self.kalshi(), intents)
        previewed, bodies, costs = [], [], []
        for item in in_markets:
            body = to_v2_body(item.intent)
            bodies.append(body)
            costs.append(item.cost.total_dollars)
            previewed.append(
                PreviewedOrder(
                    client_order_id=body["client_order_id"],
                    mapping=describe_mapping(item.intent),
                    wire_body=body,
                    worst_case_cost_dollars=item.cost.total_dollars,
                    worst_case_fees_dollars=item.cost.fees_dollars,
                    market=item.market_view(),
                    now=item.execution_view(),
                    notes=list(item.notes),
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
        left the machine, and the refusal says more than the audit failure would (`AuditLog.write`).
        """
        for coid in coids or [None]:
            write = kalshi_write(env, operation, client_order_id=coid, order_id=order_id, request=request)
            self.audit.write(write.refused(refusal))

    async def check_placement(self, orders: Sequence[OrderInput], preview_token: str) -> None:
        """Every check `place_orders` makes before sending — mode, token, limits — without using the token
        up or booking anything. The human is asked to confirm only an order that passes (refusals audited)."""
        env = await self.environment("kalshi")
        intents, bodies, payload = self.prepare_placement(env, orders)
        costs = [self.booking_cost(i) for i in intents]
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
        self,
        orders: Sequence[OrderInput],
        preview_token: str,
        human_confirmed: bool | None,
        channel: str | None = None,  # how the human confirmed: "form", "ticket", "url" (audited)
    ) -> Placement:
        env = await self.environment("kalshi")
        intents, bodies, payload = self.prepare_placement(env, orders)
        coids = [b["client_order_id"] for b in bodies]
        costs = [self.booking_cost(i) for i in intents]
        bookings: list[Booking] = []
        try:
            self.gate.check_write_allowed(env)
            if human_confirmed is False:
                raise HumanDeclined(
                    "the human did not confirm this order", suggestion="ask the human what they want instead"
                )
            if human_confirmed is not True and self.gate.settings.confirmation(env) == "human":
                raise HumanConfirmationRequired.none_given()
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
            with confirmed_by(channel):
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
        return OrderOutcome(client_order_id=coid, outcome="uncertain", error=uncertain_error(error)), False

    async def _place_one(
        self, broker: KalshiBroker, env: str, intent: OrderIntent, body: dict[str, Any]
    ) -> tuple[OrderOutcome, bool]:
        coid = body["client_order_id"]
        write = kalshi_write(env, "create_order_v2", client_order_id=coid, request=body)
        self.audit.write(write.attempt())
        not_taken = False
        try:
            ack = await broker.create_order(intent)
        except Uncertain as exc:
            outcome = await self._reconcile(broker, intent.ticker, coid, exc)
        except BrokerError as exc:
            outcome, not_taken = self._failed_create(coid, exc)
        else:
            outcome = placed_outcome(coid, ack)
            self._remember(broker, intent, ack.order_id)
        self._audit_outcome(write, outcome)
        return outcome, not_taken

    def _remember(self, broker: KalshiBroker, intent: OrderIntent, order_id: str | None) -> None:
        """Tell the adapter the shard of a placed order (from its preview's market), for its cancels."""
        market = self.markets.terms_for_booking(intent.ticker)
        if order_id and market is not None:
            broker.remember_order(
                order_id, intent.ticker, exchange_index=market.exchange_index, subaccount=intent.subaccount
            )

    async def _place_batch(
        self, broker: KalshiBroker, env: str, intents: Sequence[OrderIntent], bodies: list[dict[str, Any]]
    ) -> list[tuple[OrderOutcome, bool]]:
        writes = [
            kalshi_write(env, "batch_create_orders_v2", client_order_id=b["client_order_id"], request=b)
            for b in bodies
        ]
        for write in writes:
            self.audit.write(write.attempt())
        outcomes: list[tuple[OrderOutcome, bool]] = []
        try:
            items = await broker.batch_create(intents)
        except Uncertain as exc:
            for i, b in zip(intents, bodies, strict=True):
                outcomes.append((await self._reconcile(broker, i.ticker, b["client_order_id"], exc), False))
        except BrokerError as exc:
            outcomes = [self._failed_create(b["client_order_id"], exc) for b in bodies]
        else:
            for body, item, intent in zip(bodies, items, intents, strict=True):
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
                    outcomes.append((placed_outcome(coid, item.ack), False))
                    self._remember(broker, intent, item.ack.order_id)
        for write, (outcome, _) in zip(writes, outcomes, strict=True):
            self._audit_outcome(write, outcome)
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
                return placed_outcome(
                    coid,
                    order,
                    {
                        "code": "reconciled",
                        "message": "the answer was lost; the order was found by its id",
                    },
                )
        return OrderOutcome(
            client_order_id=coid, outcome="uncertain", error=uncertain_error(last_error.to_dict())
        )

    def _audit_outcome(self, write: AuditedWrite, outcome: OrderOutcome) -> None:
        """The after-line of a create that was sent (its loss is logged, never hides the outcome)."""
        self.audit.write(
            write.result(
                outcome.outcome,
                order_id=outcome.order_id,
                response=outcome.model_dump(mode="json", exclude={"error"}),
                error=outcome.error,
            )
        )
