from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="CreateOrderV2Response")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "order_id",
        "fill_count",
        "remaining_count",
        "ts_ms",
        "client_order_id",
        "average_fill_price",
        "average_fee_paid",
    ),
    required=4,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class CreateOrderV2Response:
    """Flat summary of a newly placed order."""

    order_id: str
    """ Kalshi's id of the new order. """
    fill_count: str
    """ Contracts filled immediately, e.g. `"0.00"`. """
    remaining_count: str
    """ Contracts left resting; `"0.00"` with no fill means the order was cancelled (e.g. self-trade prevention).
    """
    ts_ms: int
    """ When Kalshi processed the order, Unix milliseconds. """
    client_order_id: None | str | Unset = UNSET
    """ The member's id for the order, echoed. """
    average_fill_price: str | Unset = UNSET
    """ Average YES price of the immediate fills, dollars. """
    average_fee_paid: str | Unset = UNSET
    """ Average fee **per contract** of the immediate fills, dollars (e.g. `"0.0175"`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        fill_count = self.fill_count

        remaining_count = self.remaining_count

        ts_ms = self.ts_ms

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        average_fill_price = self.average_fill_price

        average_fee_paid = self.average_fee_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "fill_count": fill_count,
                "remaining_count": remaining_count,
                "ts_ms": ts_ms,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if average_fill_price is not UNSET:
            field_dict["average_fill_price"] = average_fill_price
        if average_fee_paid is not UNSET:
            field_dict["average_fee_paid"] = average_fee_paid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        additional_properties: dict[str, Any] = {}
        for key in unknown:
            additional_properties[key] = d.pop(key)
        d["additional_properties"] = additional_properties
        create_order_v2_response = cls.__new__(cls)
        create_order_v2_response.__dict__ = d
        return create_order_v2_response

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


# brokerspec: from_dict leaves the fields a body does not send out of the instance's __dict__; they read as
# UNSET from here (attrs removed the class-level defaults; `__init__` still sets every field on the instance).
for _name in (
    "client_order_id",
    "average_fill_price",
    "average_fee_paid",
):
    setattr(CreateOrderV2Response, _name, UNSET)
del _name
