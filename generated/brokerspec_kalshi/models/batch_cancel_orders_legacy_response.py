from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import BodyLayouts

if TYPE_CHECKING:
    from ..models.batch_cancel_orders_legacy_result import BatchCancelOrdersLegacyResult


T = TypeVar("T", bound="BatchCancelOrdersLegacyResponse")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    ("orders",),
    required=1,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class BatchCancelOrdersLegacyResponse:
    """Answer of the retired legacy batch cancel endpoint, one entry per id."""

    orders: list[BatchCancelOrdersLegacyResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_cancel_orders_legacy_result import (
            BatchCancelOrdersLegacyResult,
        )

        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        additional_properties: dict[str, Any] = {}
        for key in unknown:
            additional_properties[key] = d.pop(key)
        orders = [
            BatchCancelOrdersLegacyResult.from_dict(item) for item in d.pop("orders")
        ]

        d["orders"] = orders
        d["additional_properties"] = additional_properties
        batch_cancel_orders_legacy_response = cls.__new__(cls)
        batch_cancel_orders_legacy_response.__dict__ = d
        return batch_cancel_orders_legacy_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
