"""Changing resting orders: cancel, amend (previewed and booked like a placement when it can cost more),
decrease, and order groups. Every write is guarded (mode, environment) and audited before and after."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from brokerspec.app.inputs import OrderInput
from brokerspec.app.market_preview import refuse_if_market_forbids
from brokerspec.app.responses import (
    AmendResult,
    Cancellation,
    CancelOutcome,
    DecreaseResult,
    GroupAction,
    OrderGroupResult,
    PreviewedOrder,
)
from brokerspec.domain.money import CONTRACTS, DOLLARS, decimal_text
from brokerspec.domain.orders import (
    OrderIntent,
    describe_mapping,
    to_book,
    worst_case_breakdown,
)
from brokerspec.errors import (
    AuditUnavailable,
    BrokerError,
    HumanConfirmationRequired,
    HumanDeclined,
    NotFound,
    SafetyRefusal,
    ServiceError,
    Uncertain,
    proves_not_executed,
)
from brokerspec.policy.audit import confirmed_by
from brokerspec.policy.ledger import Booking
from brokerspec.policy.tokens import order_payload

if TYPE_CHECKING:
    from brokerspec.brokers.kalshi.adapter import KalshiBroker
from brokerspec.app.placing import Placing
from brokerspec.app.sending import kalshi_write, placed_outcome


class OrderChanges(Placing):
    """Cancel, amend, decrease, order groups."""

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
        write = kalshi_write(env, operation, order_id=order_id, request=request)
        self.audit.write(write.attempt())
        try:
            result = await call()
        except BrokerError as exc:
            self.audit.write(write.result("uncertain" if isinstance(exc, Uncertain) else "failed", error=exc))
            raise
        response = result.model_dump(mode="json") if hasattr(result, "model_dump") else result
        self.audit.write(write.result("done", response=response))
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

    def _amend_parts(self, order_id: str, order: OrderInput) -> tuple[OrderIntent, dict[str, Any]]:
        intent = self._intent(order, order.client_order_id or f"amend-{order_id}")
        book = to_book(intent)
        body = {
            "ticker": intent.ticker,
            "side": book.side,
            "price": decimal_text(book.yes_price_dollars, DOLLARS),
            "count": decimal_text(Decimal(book.count), CONTRACTS),
        }
        return intent, body

    async def check_amend(
        self, order_id: str, order: OrderInput, preview_token: str
    ) -> tuple[str, OrderIntent, dict[str, Any]]:
        """Every check the send of an amend makes (mode, token, limits) without using the token up; refusals
        audited. The environment, intent and body, for asking the human about exactly this amend."""
        env = await self.environment("kalshi")
        intent, body = self._amend_parts(order_id, order)
        payload = order_payload(
            broker="kalshi", environment=env, operation="amend_order", body=body, order_id=order_id
        )
        try:
            self.gate.check_write_allowed(env)
            self.gate.check_token(preview_token, payload)
            cost = worst_case_breakdown(intent, self.markets.terms_for_booking(intent.ticker))
            self.gate.check_limits(intent, cost.total_dollars)
        except SafetyRefusal as refusal:
            self._refuse(env, "amend_order_v2", refusal, order_id=order_id, request=body)
            raise
        return env, intent, body

    async def amend_order(
        self,
        order_id: str,
        order: OrderInput,
        preview_token: str | None,
        human_confirmed: bool | None = None,
        channel: str | None = None,
    ) -> AmendResult:
        """Preview (no token) or send (token) an amend; under BROKERSPEC_CONFIRM=human the send needs
        `human_confirmed` True (`channel`: how, recorded on the audit lines)."""
        env = await self.environment("kalshi")
        intent, body = self._amend_parts(order_id, order)
        if preview_token is None:
            broker = await self.kalshi()
            market, status = await asyncio.gather(
                self.markets.terms(broker, intent.ticker), self.markets.status(broker)
            )
            refuse_if_market_forbids(f"the amend ({intent.ticker})", intent, market, status, None)
            cost = worst_case_breakdown(intent, market)
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
        cost = worst_case_breakdown(intent, self.markets.terms_for_booking(intent.ticker))
        payload = order_payload(
            broker="kalshi", environment=env, operation="amend_order", body=body, order_id=order_id
        )
        try:
            self.gate.check_write_allowed(env)
            if human_confirmed is False:
                raise HumanDeclined(
                    "the human did not confirm this amend", suggestion="ask the human instead"
                )
            if human_confirmed is not True and self.gate.settings.confirmation(env) == "human":
                raise HumanConfirmationRequired.none_given()
            self.gate.redeem_token(preview_token, payload)
            self.gate.check_limits(intent, cost.total_dollars)
        except SafetyRefusal as refusal:
            self._refuse(env, "amend_order_v2", refusal, order_id=order_id, request=body)
            raise
        broker = await self.kalshi()
        booking = await self._book_amend(env, broker, order_id, body, cost.total_dollars)
        try:
            with confirmed_by(channel):
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
            result=placed_outcome(ack.client_order_id, ack),
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
        self, order_id: str, reduce_by: Decimal | None, reduce_to: Decimal | None
    ) -> DecreaseResult:
        if (reduce_by is None) == (reduce_to is None):
            raise ServiceError("invalid_request", "give exactly one of reduce_by or reduce_to")
        request = (
            {"reduce_by": decimal_text(reduce_by, CONTRACTS)}
            if reduce_by is not None
            else {"reduce_to": decimal_text(Decimal(reduce_to or 0), CONTRACTS)}
        )
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
        action: GroupAction,
        order_group_id: str | None,
        contracts_limit: Decimal | None,
        subaccount: int = 0,
        exchange_index: int | None = None,
    ) -> OrderGroupResult:
        if action in ("create", "limit") and contracts_limit is None:
            raise ServiceError("invalid_request", f"{action} needs contracts_limit")
        if action != "create" and not order_group_id:
            raise ServiceError("invalid_request", f"{action} needs order_group_id")
        request = {
            "action": action,
            "order_group_id": order_group_id,
            "contracts_limit": None if contracts_limit is None else decimal_text(contracts_limit, CONTRACTS),
            "subaccount": subaccount,
            "exchange_index": exchange_index,
        }
        env = await self._guard(f"{action}_order_group", request, None)
        broker = await self.kalshi()
        where: dict[str, Any] = {"subaccount": subaccount, "exchange_index": exchange_index}
        if action == "create":
            assert contracts_limit is not None
            limit = contracts_limit
            ack = await self._audited(
                env, "create_order_group", request, None, lambda: broker.create_order_group(limit, **where)
            )
            return OrderGroupResult(environment=env, action=action, order_group_id=ack.order_group_id)
        assert order_group_id is not None
        group_id = order_group_id

        def call() -> Awaitable[Any]:
            if action == "limit":
                assert contracts_limit is not None
                return broker.update_order_group_limit(group_id, contracts_limit, **where)
            write = {
                "delete": broker.delete_order_group,
                "reset": broker.reset_order_group,
                "trigger": broker.trigger_order_group,
            }[action]
            return write(group_id, **where)

        await self._audited(env, f"{action}_order_group", request, None, call)
        return OrderGroupResult(environment=env, action=action, order_group_id=order_group_id)
