from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="CancelOrderV2Response")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "order_id",
        "reduced_by",
        "ts_ms",
        "client_order_id",
    ),
    required=3,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class CancelOrderV2Response:
    """What a V2 cancel did."""

    order_id: str
    """ The cancelled order. """
    reduced_by: str
    """ Contracts taken off the book, e.g. `"10.00"`. """
    ts_ms: int
    """ When Kalshi processed the cancel, Unix milliseconds. """
    client_order_id: None | str | Unset = UNSET
    """ The member's id of that order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        reduced_by = self.reduced_by

        ts_ms = self.ts_ms

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "reduced_by": reduced_by,
                "ts_ms": ts_ms,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id

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
        cancel_order_v2_response = cls.__new__(cls)
        cancel_order_v2_response.__dict__ = d
        return cancel_order_v2_response

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
for _name in ("client_order_id",):
    setattr(CancelOrderV2Response, _name, UNSET)
del _name
