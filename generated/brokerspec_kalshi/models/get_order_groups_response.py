from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.order_group import OrderGroup


T = TypeVar("T", bound="GetOrderGroupsResponse")


#: from_dict: the wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "order_groups",
    }
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class GetOrderGroupsResponse:
    """The member's order groups."""

    order_groups: list[OrderGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_groups = []
        for order_groups_item_data in self.order_groups:
            order_groups_item = order_groups_item_data.to_dict()
            order_groups.append(order_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_groups": order_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_group import OrderGroup

        d = dict(src_dict)
        additional_properties: dict[str, Any] = {}
        unknown = d.keys() - _WIRE_NAMES
        if unknown:
            for key in (
                [key for key in d if key in unknown] if len(unknown) > 1 else unknown
            ):
                additional_properties[key] = d.pop(key)
        order_groups = []
        _order_groups = d.pop("order_groups")
        for order_groups_item_data in _order_groups:
            order_groups_item = OrderGroup.from_dict(order_groups_item_data)

            order_groups.append(order_groups_item)

        d["order_groups"] = order_groups
        d["additional_properties"] = additional_properties
        get_order_groups_response = cls.__new__(cls)
        get_order_groups_response.__dict__ = d
        return get_order_groups_response

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
