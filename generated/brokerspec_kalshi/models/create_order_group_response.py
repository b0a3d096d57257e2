from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateOrderGroupResponse")


#: from_dict: the wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "order_group_id",
    }
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class CreateOrderGroupResponse:
    """The id of the new group."""

    order_group_id: str
    """ Kalshi's id of the group; pass it as `order_group_id` when placing orders. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_group_id = self.order_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_group_id": order_group_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        additional_properties: dict[str, Any] = {}
        unknown = d.keys() - _WIRE_NAMES
        if unknown:
            for key in (
                [key for key in d if key in unknown] if len(unknown) > 1 else unknown
            ):
                additional_properties[key] = d.pop(key)
        if "order_group_id" not in d:
            raise KeyError("order_group_id")
        d["additional_properties"] = additional_properties
        create_order_group_response = cls.__new__(cls)
        create_order_group_response.__dict__ = d
        return create_order_group_response

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
