"""Sending placements: one order or a batch, audited before and after, reconciled when the answer is lost.

`Sending` is the half of `placing.Placing` that talks to the broker once every check has passed and the
day's ledger is booked: a create whose answer is lost is looked up by its client_order_id, never resent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from brokerspec.app.market_preview import MarketReader
from brokerspec.app.responses import OrderOutcome
from brokerspec.app.runtime import Runtime
from brokerspec.domain.orders import OrderIntent, worst_case_breakdown
from brokerspec.errors import BrokerError, Conflict, Uncertain, proves_not_executed
from brokerspec.policy.audit import AuditedWrite

if TYPE_CHECKING:
    from brokerspec.brokers.kalshi.adapter import KalshiBroker

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


class Sending(Runtime):
    """Send previewed, booked orders and record what became of them."""

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
