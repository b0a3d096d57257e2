from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_position import EventPosition
    from ..models.market_position import MarketPosition


T = TypeVar("T", bound="GetPositionsResponse")


#: from_dict: the wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "market_positions",
        "event_positions",
        "cursor",
    }
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class GetPositionsResponse:
    """One page of positions, per market and per event."""

    market_positions: list[MarketPosition]
    event_positions: list[EventPosition]
    cursor: str | Unset = UNSET
    """ Token for the next page; `""` on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_positions = []
        for market_positions_item_data in self.market_positions:
            market_positions_item = market_positions_item_data.to_dict()
            market_positions.append(market_positions_item)

        event_positions = []
        for event_positions_item_data in self.event_positions:
            event_positions_item = event_positions_item_data.to_dict()
            event_positions.append(event_positions_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_positions": market_positions,
                "event_positions": event_positions,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_position import EventPosition
        from ..models.market_position import MarketPosition

        d = dict(src_dict)
        additional_properties: dict[str, Any] = {}
        unknown = d.keys() - _WIRE_NAMES
        if unknown:
            for key in (
                [key for key in d if key in unknown] if len(unknown) > 1 else unknown
            ):
                additional_properties[key] = d.pop(key)
        market_positions = []
        _market_positions = d.pop("market_positions")
        for market_positions_item_data in _market_positions:
            market_positions_item = MarketPosition.from_dict(market_positions_item_data)

            market_positions.append(market_positions_item)

        d["market_positions"] = market_positions
        event_positions = []
        _event_positions = d.pop("event_positions")
        for event_positions_item_data in _event_positions:
            event_positions_item = EventPosition.from_dict(event_positions_item_data)

            event_positions.append(event_positions_item)

        d["event_positions"] = event_positions
        d["additional_properties"] = additional_properties
        get_positions_response = cls.__new__(cls)
        get_positions_response.__dict__ = d
        return get_positions_response

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
for _name in ("cursor",):
    setattr(GetPositionsResponse, _name, UNSET)
del _name
