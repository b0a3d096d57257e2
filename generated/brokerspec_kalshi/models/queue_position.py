from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="QueuePosition")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "order_id",
        "market_ticker",
        "queue_position",
        "queue_position_fp",
    ),
    required=1,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class QueuePosition:
    """How many contracts rest ahead of one order at its price level."""

    order_id: str
    """ The resting order. """
    market_ticker: str | Unset = UNSET
    """ Its market. """
    queue_position: int | Unset = UNSET
    """ Contracts ahead of it (integer era); 0 = first in line. """
    queue_position_fp: str | Unset = UNSET
    """ Contracts ahead of it, fixed-point (2026). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        market_ticker = self.market_ticker

        queue_position = self.queue_position

        queue_position_fp = self.queue_position_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
            }
        )
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if queue_position is not UNSET:
            field_dict["queue_position"] = queue_position
        if queue_position_fp is not UNSET:
            field_dict["queue_position_fp"] = queue_position_fp

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
        queue_position = cls.__new__(cls)
        queue_position.__dict__ = d
        return queue_position

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
    "market_ticker",
    "queue_position",
    "queue_position_fp",
):
    setattr(QueuePosition, _name, UNSET)
del _name
