"""Where an existing order lives, so that every write naming it reaches the right shard and subaccount.

Kalshi's cancel, decrease and batch-cancel items go to `exchange_index`, else to the shard of
`market_ticker`, else to **shard 0**, and to `subaccount` 0 unless told otherwise: an order id alone cannot
name its shard, and a cancel without its ticker answers "not found" while the order keeps resting. So the
adapter remembers, per order id, the market ticker, shard and subaccount it learned from Kalshi's own
replies (creates, single-order reads, order and fill lists, queue positions) or from the caller, and
looks an order up (`GET /portfolio/orders/{id}`, which finds an order on any shard and subaccount) when it
knows nothing. Order groups are remembered the same way (their writes go to `exchange_index`, default 0).

A bounded LRU map: a long-running server never grows without limit, and a forgotten route only costs one
lookup. With a `RouteStore` (the server's `brokerspec.store`, shared by replicas on PostgreSQL) every new or
changed route is written through and a miss is read back from it, so an order placed through one replica is
cancelled on its shard by another without the lookup. The store is only a cache: a failure to write or read it
is logged and costs that lookup, never the write.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any, Final, Protocol

__all__ = ["GroupRoute", "OrderRoute", "RouteBook", "RouteStore"]

_log = logging.getLogger("brokerspec.brokers.kalshi.routing")


class RouteStore(Protocol):
    """Where routes outlive the process (`brokerspec.store.base.Store` has these two methods)."""

    def remember_route(self, kind: str, key: str, value: Mapping[str, Any]) -> None: ...

    def lookup_route(self, kind: str, key: str) -> dict[str, Any] | None: ...


_DEFAULT_SIZE: Final = 4096


@dataclass(frozen=True, slots=True)
class OrderRoute:
    """An order's market ticker, and its shard and subaccount when known (None: not known yet)."""

    ticker: str
    exchange_index: int | None = None
    subaccount: int | None = None

    def merged(self, newer: OrderRoute) -> OrderRoute:
        """`newer`, keeping what this one knew and `newer` does not (same market only)."""
        if newer.ticker != self.ticker:
            return newer
        return replace(
            newer,
            exchange_index=self.exchange_index if newer.exchange_index is None else newer.exchange_index,
            subaccount=self.subaccount if newer.subaccount is None else newer.subaccount,
        )


@dataclass(frozen=True, slots=True)
class GroupRoute:
    """The shard and subaccount an order group lives on."""

    exchange_index: int
    subaccount: int | None = None


class RouteBook:
    """order id -> `OrderRoute`, order group id -> `GroupRoute`; least recently used entries go first."""

    def __init__(
        self, size: int = _DEFAULT_SIZE, *, store: RouteStore | None = None, namespace: str = ""
    ) -> None:
        """`store`: write routes through to it and read misses back; `namespace` keeps environments apart
        there (e.g. "kalshi:demo")."""
        self._size = size
        self._orders: OrderedDict[str, OrderRoute] = OrderedDict()
        self._groups: OrderedDict[str, GroupRoute] = OrderedDict()
        self._store = store
        self._kinds = (f"{namespace}:order", f"{namespace}:group")

    def _save(self, kind: str, key: str, route: OrderRoute | GroupRoute) -> None:
        if self._store is None:
            return
        try:
            self._store.remember_route(kind, key, asdict(route))
        except Exception as exc:  # a cache: never fail the caller
            _log.warning("route of %s not stored: %s", key, type(exc).__name__)

    def _load(self, kind: str, key: str) -> dict[str, Any] | None:
        if self._store is None:
            return None
        try:
            return self._store.lookup_route(kind, key)
        except Exception as exc:
            _log.warning("route of %s not read back: %s", key, type(exc).__name__)
            return None

    def __len__(self) -> int:
        return len(self._orders)

    def note(
        self,
        order_id: str | None,
        ticker: str | None,
        *,
        exchange_index: int | None = None,
        subaccount: int | None = None,
    ) -> None:
        """Remember where `order_id` lives; values not given keep what was known for the same market."""
        if not order_id or not ticker:
            return
        route = OrderRoute(ticker, exchange_index, subaccount)
        known = self._orders.pop(order_id, None)
        merged = known.merged(route) if known is not None else route
        self._orders[order_id] = merged
        while len(self._orders) > self._size:
            self._orders.popitem(last=False)
        if merged != known:
            self._save(self._kinds[0], order_id, merged)

    def get(self, order_id: str) -> OrderRoute | None:
        route = self._orders.get(order_id)
        if route is not None:
            self._orders.move_to_end(order_id)
            return route
        stored = self._load(self._kinds[0], order_id)
        if stored is None or not isinstance(stored.get("ticker"), str):
            return None
        route = OrderRoute(
            stored["ticker"], _int(stored.get("exchange_index")), _int(stored.get("subaccount"))
        )
        self._orders[order_id] = route
        while len(self._orders) > self._size:
            self._orders.popitem(last=False)
        return route

    def note_group(
        self, group_id: str | None, exchange_index: int | None, subaccount: int | None = None
    ) -> None:
        if not group_id or exchange_index is None:
            return
        known = self._groups.pop(group_id, None)
        if subaccount is None and known is not None and known.exchange_index == exchange_index:
            subaccount = known.subaccount
        route = GroupRoute(exchange_index, subaccount)
        self._groups[group_id] = route
        while len(self._groups) > self._size:
            self._groups.popitem(last=False)
        if route != known:
            self._save(self._kinds[1], group_id, route)

    def group(self, group_id: str) -> GroupRoute | None:
        route = self._groups.get(group_id)
        if route is not None:
            self._groups.move_to_end(group_id)
            return route
        stored = self._load(self._kinds[1], group_id)
        index = None if stored is None else _int(stored.get("exchange_index"))
        if stored is None or index is None:
            return None
        route = GroupRoute(index, _int(stored.get("subaccount")))
        self._groups[group_id] = route
        while len(self._groups) > self._size:
            self._groups.popitem(last=False)
        return route


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
