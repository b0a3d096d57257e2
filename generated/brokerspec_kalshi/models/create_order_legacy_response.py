from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import BodyLayouts

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="CreateOrderLegacyResponse")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    ("order",),
    required=1,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class CreateOrderLegacyResponse:
    """Answer of the retired legacy create endpoint."""

    order: Order
    """ An order as Kalshi reports it. Only `order_id` and `ticker` are required: counts and prices moved from
    integers (2025) to `*_fp` / `*_dollars` strings (2026), so read whichever is present. `status`, `type`,
    `side` and `action` are open strings.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = self.order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order import Order

        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        additional_properties: dict[str, Any] = {}
        for key in unknown:
            additional_properties[key] = d.pop(key)
        order = Order.from_dict(d.pop("order"))

        d["order"] = order
        d["additional_properties"] = additional_properties
        create_order_legacy_response = cls.__new__(cls)
        create_order_legacy_response.__dict__ = d
        return create_order_legacy_response

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
