from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueuePosition")


#: from_dict: the wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "order_id",
        "market_ticker",
        "queue_position",
        "queue_position_fp",
    }
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
        additional_properties: dict[str, Any] = {}
        unknown = d.keys() - _WIRE_NAMES
        if unknown:
            for key in (
                [key for key in d if key in unknown] if len(unknown) > 1 else unknown
            ):
                additional_properties[key] = d.pop(key)
        if "order_id" not in d:
            raise KeyError("order_id")
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
