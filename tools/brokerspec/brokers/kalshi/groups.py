"""Kalshi order groups (create, delete, reset, trigger, limit) and cash transfers between shards.

An order group lives on one shard (`exchange_index`, default 0) and subaccount, and its writes are routed
there by query parameters: a group on shard 2 is "not found" on shard 0. The adapter remembers each group's
shard from its create reply and the group lists (`routing.RouteBook`); for a group it has not seen it reads
the subaccount's group list first. The limit caps the contracts the group's orders match over a rolling
15-second window (a rate, not a lifetime total).
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal

from brokerspec import errors
from brokerspec.brokers.kalshi.calls import (
    BROKER,
    call,
    check_exchange_index,
    check_path,
    check_subaccount,
    or_unset,
)
from brokerspec.brokers.kalshi.models import KalshiOrderGroupAck, KalshiTransferAck
from brokerspec.brokers.kalshi.orders import count_wire
from brokerspec.brokers.kalshi.reads import KalshiReads
from brokerspec.brokers.kalshi.routing import GroupRoute
from brokerspec.brokers.kalshi.wire import need, text, whole
from brokerspec.domain.orders import InvalidOrder

if TYPE_CHECKING:
    from brokerspec_kalshi.types import Unset

__all__ = ["CENTICENTS_PER_DOLLAR", "KalshiGroupWrites"]

#: `POST /portfolio/intra_exchange_instance_transfer` counts money in 1/10,000 of a dollar.
CENTICENTS_PER_DOLLAR: Final = Decimal(10_000)

GroupAction = Literal["delete", "reset", "trigger"]
_DONE: Final[dict[GroupAction, Literal["deleted", "reset", "triggered"]]] = {
    "delete": "deleted",
    "reset": "reset",
    "trigger": "triggered",
}


def _limit_fields(contracts_limit: int | Decimal) -> tuple[int | Unset, str | Unset]:
    """`contracts_limit` for whole contracts (both eras take it), `contracts_limit_fp` for fractional ones."""
    from brokerspec_kalshi.types import UNSET

    text_limit = count_wire(contracts_limit, "contracts_limit")
    value = Decimal(text_limit)
    if value == value.to_integral_value():
        return int(value), UNSET
    return UNSET, text_limit


class KalshiGroupWrites(KalshiReads):
    """Order-group writes and shard transfers, each routed to the group's shard and subaccount."""

    async def _group_route(
        self, order_group_id: str, exchange_index: int | None, subaccount: int | None
    ) -> GroupRoute:
        check_path(order_group_id=order_group_id)
        check_exchange_index(exchange_index)
        check_subaccount(subaccount)
        if exchange_index is not None:
            return GroupRoute(exchange_index, subaccount)
        known = self._routes.group(order_group_id)
        if known is not None and (subaccount is None or known.subaccount in (None, subaccount)):
            return GroupRoute(
                known.exchange_index, subaccount if subaccount is not None else known.subaccount
            )
        listed = await self.order_groups(subaccount=subaccount or 0)  # notes every group's shard
        if any(group.order_group_id == order_group_id for group in listed.items):
            shard = self._routes.group(order_group_id)
            return GroupRoute(0 if shard is None else shard.exchange_index, subaccount or 0)
        raise errors.NotFound(
            f"order group {order_group_id} is not among subaccount {subaccount or 0}'s groups on any shard",
            broker=BROKER,
            http_status=404,
            broker_code="not_found",
        )

    async def create_order_group(
        self,
        contracts_limit: int | Decimal,
        *,
        subaccount: int | None = None,
        exchange_index: int | None = None,
    ) -> KalshiOrderGroupAck:
        """Create an order group on a shard; its orders may match at most `contracts_limit` per rolling 15 s."""
        check_subaccount(subaccount)
        check_exchange_index(exchange_index)
        from brokerspec_kalshi.api.order_groups import create_order_group
        from brokerspec_kalshi.models import CreateOrderGroupRequest, CreateOrderGroupResponse

        whole_limit, fp_limit = _limit_fields(contracts_limit)
        request = CreateOrderGroupRequest(
            contracts_limit=whole_limit,
            contracts_limit_fp=fp_limit,
            subaccount=or_unset(subaccount),
            exchange_index=or_unset(exchange_index),
        )
        sent = create_order_group.asyncio_detailed(client=self._client, body=request)

        def ack(r: CreateOrderGroupResponse) -> KalshiOrderGroupAck:
            shard = whole(r.exchange_index)
            owner = whole(r.subaccount)
            return KalshiOrderGroupAck(
                order_group_id=r.order_group_id,
                action="created",
                exchange_index=shard if shard is not None else (exchange_index or 0),
                subaccount=owner if owner is not None else (subaccount or 0),
            )

        created = await call("POST", sent, CreateOrderGroupResponse, ack)
        self._routes.note_group(created.order_group_id, created.exchange_index, created.subaccount)
        return created

    async def delete_order_group(
        self, order_group_id: str, *, exchange_index: int | None = None, subaccount: int | None = None
    ) -> KalshiOrderGroupAck:
        """Delete an order group on its shard (Kalshi cancels its resting orders)."""
        return await self._group_write("delete", order_group_id, exchange_index, subaccount)

    async def reset_order_group(
        self, order_group_id: str, *, exchange_index: int | None = None, subaccount: int | None = None
    ) -> KalshiOrderGroupAck:
        """Reset an order group's rolling-window counter so it accepts orders again."""
        return await self._group_write("reset", order_group_id, exchange_index, subaccount)

    async def trigger_order_group(
        self, order_group_id: str, *, exchange_index: int | None = None, subaccount: int | None = None
    ) -> KalshiOrderGroupAck:
        """Trip an order group now: its resting orders are cancelled, new ones refused until a reset."""
        return await self._group_write("trigger", order_group_id, exchange_index, subaccount)

    async def _group_write(
        self, action: GroupAction, order_group_id: str, exchange_index: int | None, subaccount: int | None
    ) -> KalshiOrderGroupAck:
        from brokerspec_kalshi.api.order_groups import (
            delete_order_group,
            reset_order_group,
            trigger_order_group,
        )
        from brokerspec_kalshi.models import EmptyResponse

        route = await self._group_route(order_group_id, exchange_index, subaccount)
        shard, owner = route.exchange_index, or_unset(route.subaccount)
        if action == "delete":
            sent = delete_order_group.asyncio_detailed(
                order_group_id, client=self._client, subaccount=owner, exchange_index=shard
            )
        elif action == "reset":
            sent = reset_order_group.asyncio_detailed(
                order_group_id, client=self._client, subaccount=owner, exchange_index=shard
            )
        else:
            sent = trigger_order_group.asyncio_detailed(
                order_group_id, client=self._client, subaccount=owner, exchange_index=shard
            )
        ack = KalshiOrderGroupAck(
            order_group_id=order_group_id,
            action=_DONE[action],
            exchange_index=route.exchange_index,
            subaccount=route.subaccount,
        )
        method = "DELETE" if action == "delete" else "PUT"
        return await call(method, sent, EmptyResponse, lambda _: ack)

    async def update_order_group_limit(
        self,
        order_group_id: str,
        contracts_limit: int | Decimal,
        *,
        exchange_index: int | None = None,
        subaccount: int | None = None,
    ) -> KalshiOrderGroupAck:
        """Set a group's contracts limit per rolling 15 s (PUT .../limit); reached already, the group trips."""
        from brokerspec_kalshi.api.order_groups import update_order_group_limit
        from brokerspec_kalshi.models import EmptyResponse, UpdateOrderGroupLimitRequest

        whole_limit, fp_limit = _limit_fields(contracts_limit)
        route = await self._group_route(order_group_id, exchange_index, subaccount)
        sent = update_order_group_limit.asyncio_detailed(
            order_group_id,
            client=self._client,
            body=UpdateOrderGroupLimitRequest(contracts_limit=whole_limit, contracts_limit_fp=fp_limit),
            subaccount=or_unset(route.subaccount),
            exchange_index=route.exchange_index,
        )
        ack = KalshiOrderGroupAck(
            order_group_id=order_group_id,
            action="limit_updated",
            exchange_index=route.exchange_index,
            subaccount=route.subaccount,
        )
        return await call("PUT", sent, EmptyResponse, lambda _: ack)

    async def transfer_between_shards(
        self,
        amount_dollars: Decimal,
        *,
        from_exchange_index: int,
        to_exchange_index: int,
        subaccount: int = 0,
        client_transfer_id: str | None = None,
    ) -> KalshiTransferAck:
        """Move cash from one shard to another (POST /portfolio/intra_exchange_instance_transfer), at once.

        `client_transfer_id` (a UUID) makes a retry safe: Kalshi accepts one id once per route.
        """
        from brokerspec_kalshi.api.portfolio import intra_exchange_instance_transfer
        from brokerspec_kalshi.models import (
            IntraExchangeInstanceTransferRequest,
            IntraExchangeInstanceTransferResponse,
        )

        check_subaccount(subaccount)
        for shard in (from_exchange_index, to_exchange_index):
            check_exchange_index(shard)
        if from_exchange_index == to_exchange_index:
            raise InvalidOrder("a transfer needs two different shards")
        if not isinstance(amount_dollars, Decimal) or not amount_dollars.is_finite() or amount_dollars <= 0:
            raise InvalidOrder(f"amount_dollars must be a positive Decimal, not {amount_dollars!r}")
        centicents = amount_dollars * CENTICENTS_PER_DOLLAR
        if centicents != centicents.to_integral_value():
            raise InvalidOrder(f"amount_dollars {amount_dollars} has more than 4 decimals")
        try:
            transfer_id = None if client_transfer_id is None else uuid.UUID(client_transfer_id)
        except ValueError:
            raise InvalidOrder(f"client_transfer_id must be a UUID, not {client_transfer_id!r}") from None
        request = IntraExchangeInstanceTransferRequest(
            source="event_contract",
            destination="event_contract",
            amount=int(centicents),
            source_exchange_shard=from_exchange_index,
            destination_exchange_shard=to_exchange_index,
            source_subaccount=subaccount,
            destination_subaccount=subaccount,
            client_transfer_id=or_unset(transfer_id),
        )
        sent = intra_exchange_instance_transfer.asyncio_detailed(client=self._client, body=request)
        return await call(
            "POST",
            sent,
            IntraExchangeInstanceTransferResponse,
            lambda r: KalshiTransferAck(
                transfer_id=need(text(r.transfer_id), "transfer_id"),
                amount_dollars=amount_dollars,
                from_exchange_index=from_exchange_index,
                to_exchange_index=to_exchange_index,
                subaccount=subaccount,
            ),
        )
