"""Placing orders: preview (limits, worst-case cost, a token bound to the exact orders), then place.

The order path: `OrderInput` -> `OrderIntent` -> preview token -> daily-ledger booking -> audit attempt line ->
the adapter (generated request -> generated reply) -> `OrderOutcome` -> audit result line. A write whose
outcome is unknown is reconciled by reading, never resent; its booking is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from brokerspec.app.inputs import OrderInput
from brokerspec.app.responses import (
    LimitCheckOut,
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
)
from brokerspec.errors import (
    AuditUnavailable,
    HumanConfirmationRequired,
    HumanDeclined,
    InvalidConfiguration,
    SafetyRefusal,
    ServiceError,
)
from brokerspec.policy.audit import confirmed_by
from brokerspec.policy.gate import LimitCheck
from brokerspec.policy.ledger import Booking
from brokerspec.policy.tokens import order_payload

if TYPE_CHECKING:
    pass
from brokerspec.app.sending import Sending, kalshi_write


class Placing(Sending):
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
