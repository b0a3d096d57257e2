from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.create_order_legacy_request import CreateOrderLegacyRequest


T = TypeVar("T", bound="BatchCreateOrdersLegacyRequest")


#: from_dict: the wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "orders",
    }
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class BatchCreateOrdersLegacyRequest:
    """Body of the retired legacy batch create endpoint."""

    orders: list[CreateOrderLegacyRequest]

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_order_legacy_request import CreateOrderLegacyRequest

        d = dict(src_dict)
        for key in d.keys() - _WIRE_NAMES:
            del d[key]
        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = CreateOrderLegacyRequest.from_dict(orders_item_data)

            orders.append(orders_item)

        d["orders"] = orders
        batch_create_orders_legacy_request = cls.__new__(cls)
        batch_create_orders_legacy_request.__dict__ = d
        return batch_create_orders_legacy_request
