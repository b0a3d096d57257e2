from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_position import EventPosition
    from ..models.market_position import MarketPosition


T = TypeVar("T", bound="GetPositionsResponse")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "market_positions",
        "event_positions",
        "cursor",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "market_positions",
    "event_positions",
    "cursor",
    "additional_properties",
)


class GetPositionsResponse:
    """One page of positions, per market and per event."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        market_positions: list[MarketPosition],
        event_positions: list[EventPosition],
        cursor: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        self._converted["market_positions"] = market_positions
        self._converted["event_positions"] = event_positions
        if not isinstance(cursor, Unset):
            self._body["cursor"] = cursor

    @property
    def market_positions(self) -> list[MarketPosition]:
        value: list[MarketPosition] = self._converted["market_positions"]
        return value

    @market_positions.setter
    def market_positions(self, value: list[MarketPosition]) -> None:
        target = self._converted
        target["market_positions"] = value

    @property
    def event_positions(self) -> list[EventPosition]:
        value: list[EventPosition] = self._converted["event_positions"]
        return value

    @event_positions.setter
    def event_positions(self, value: list[EventPosition]) -> None:
        target = self._converted
        target["event_positions"] = value

    @property
    def cursor(self) -> str | Unset:
        """Token for the next page; `""` on the last page."""
        value: str | Unset = self._body.get("cursor", UNSET)
        return value

    @cursor.setter
    def cursor(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("cursor", None)
        else:
            target["cursor"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.market_positions,
            self.event_positions,
            self.cursor,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GetPositionsResponse)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(_FIELD_NAMES, self._fields())
        )
        return f"{self.__class__.__name__}({fields})"

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The body's keys that are not fields, with their values."""
        additional = self._additional
        if additional is None:
            additional = {
                key: value
                for key, value in self._body.items()
                if key not in _WIRE_NAMES
            }
            self._additional = additional
        return additional

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

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

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "market_positions" not in body:
            raise KeyError("market_positions")
        if "event_positions" not in body:
            raise KeyError("event_positions")
        converted: dict[str, Any] = {}
        market_positions = [
            MarketPosition.from_dict(item) for item in body["market_positions"]
        ]

        converted["market_positions"] = market_positions
        event_positions = [
            EventPosition.from_dict(item) for item in body["event_positions"]
        ]

        converted["event_positions"] = event_positions
        get_positions_response = cls.__new__(cls)
        get_positions_response._body = body
        get_positions_response._own = False
        get_positions_response._converted = converted
        get_positions_response._additional = None
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
