from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="CancelOrderLegacyResponse")


@_attrs_define
class CancelOrderLegacyResponse:
    """Answer of the retired legacy cancel endpoint."""

    order: Order
    """ An order as Kalshi reports it. Only `order_id` and `ticker` are required: counts and prices moved from
    integers (2025) to `*_fp` / `*_dollars` strings (2026), so read whichever is present. `status`, `type`,
    `side` and `action` are open strings.
     """
    reduced_by: int | Unset = UNSET
    """ Contracts taken off the book (integer era). """
    reduced_by_fp: str | Unset = UNSET
    """ Contracts taken off the book, fixed-point (2026). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = self.order.to_dict()

        reduced_by = self.reduced_by

        reduced_by_fp = self.reduced_by_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
            }
        )
        if reduced_by is not UNSET:
            field_dict["reduced_by"] = reduced_by
        if reduced_by_fp is not UNSET:
            field_dict["reduced_by_fp"] = reduced_by_fp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order import Order

        d = dict(src_dict)
        order = Order.from_dict(d.pop("order"))

        reduced_by = d.pop("reduced_by", UNSET)

        reduced_by_fp = d.pop("reduced_by_fp", UNSET)

        cancel_order_legacy_response = cls(
            order=order,
            reduced_by=reduced_by,
            reduced_by_fp=reduced_by_fp,
        )

        cancel_order_legacy_response.additional_properties = d
        return cancel_order_legacy_response

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
