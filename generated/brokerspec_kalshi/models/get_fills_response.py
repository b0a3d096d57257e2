from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fill import Fill


T = TypeVar("T", bound="GetFillsResponse")


@_attrs_define
class GetFillsResponse:
    """One page of fills."""

    fills: list[Fill]
    cursor: str | Unset = UNSET
    """ Token for the next page; `""` on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fills = []
        for fills_item_data in self.fills:
            fills_item = fills_item_data.to_dict()
            fills.append(fills_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fills": fills,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fill import Fill

        d = dict(src_dict)
        fills = []
        _fills = d.pop("fills")
        for fills_item_data in _fills:
            fills_item = Fill.from_dict(fills_item_data)

            fills.append(fills_item)

        cursor = d.pop("cursor", UNSET)

        get_fills_response = cls(
            fills=fills,
            cursor=cursor,
        )

        get_fills_response.additional_properties = d
        return get_fills_response

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
