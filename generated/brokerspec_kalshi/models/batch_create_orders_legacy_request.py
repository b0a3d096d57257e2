from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import BodyLayouts

if TYPE_CHECKING:
    from ..models.create_order_legacy_request import CreateOrderLegacyRequest


T = TypeVar("T", bound="BatchCreateOrdersLegacyRequest")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    ("orders",),
    required=1,
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
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        for key in unknown:
            del d[key]
        orders = [CreateOrderLegacyRequest.from_dict(item) for item in d.pop("orders")]

        d["orders"] = orders
        batch_create_orders_legacy_request = cls.__new__(cls)
        batch_create_orders_legacy_request.__dict__ = d
        return batch_create_orders_legacy_request
