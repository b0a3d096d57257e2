from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketMveSelectedLegsType0Item")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "event_ticker",
        "market_ticker",
        "side",
        "yes_settlement_value_dollars",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "event_ticker",
    "market_ticker",
    "side",
    "yes_settlement_value_dollars",
    "additional_properties",
)


class MarketMveSelectedLegsType0Item:
    """One leg of a combo."""

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        event_ticker: str | Unset = UNSET,
        market_ticker: str | Unset = UNSET,
        side: str | Unset = UNSET,
        yes_settlement_value_dollars: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        if not isinstance(event_ticker, Unset):
            self._body["event_ticker"] = event_ticker
        if not isinstance(market_ticker, Unset):
            self._body["market_ticker"] = market_ticker
        if not isinstance(side, Unset):
            self._body["side"] = side
        if not isinstance(yes_settlement_value_dollars, Unset):
            self._body["yes_settlement_value_dollars"] = yes_settlement_value_dollars

    @property
    def event_ticker(self) -> str | Unset:
        """The leg's event."""
        value: str | Unset = self._body.get("event_ticker", UNSET)
        return value

    @event_ticker.setter
    def event_ticker(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("event_ticker", None)
        else:
            target["event_ticker"] = value

    @property
    def market_ticker(self) -> str | Unset:
        """The leg's market."""
        value: str | Unset = self._body.get("market_ticker", UNSET)
        return value

    @market_ticker.setter
    def market_ticker(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("market_ticker", None)
        else:
            target["market_ticker"] = value

    @property
    def side(self) -> str | Unset:
        """The leg's side, `yes` or `no`."""
        value: str | Unset = self._body.get("side", UNSET)
        return value

    @side.setter
    def side(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("side", None)
        else:
            target["side"] = value

    @property
    def yes_settlement_value_dollars(self) -> str | Unset:
        """What YES of the leg settled at, dollars."""
        value: str | Unset = self._body.get("yes_settlement_value_dollars", UNSET)
        return value

    @yes_settlement_value_dollars.setter
    def yes_settlement_value_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_settlement_value_dollars", None)
        else:
            target["yes_settlement_value_dollars"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.event_ticker,
            self.market_ticker,
            self.side,
            self.yes_settlement_value_dollars,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, MarketMveSelectedLegsType0Item)
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
        event_ticker = self.event_ticker

        market_ticker = self.market_ticker

        side = self.side

        yes_settlement_value_dollars = self.yes_settlement_value_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if side is not UNSET:
            field_dict["side"] = side
        if yes_settlement_value_dollars is not UNSET:
            field_dict["yes_settlement_value_dollars"] = yes_settlement_value_dollars

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        market_mve_selected_legs_type_0_item = cls.__new__(cls)
        market_mve_selected_legs_type_0_item._body = body
        market_mve_selected_legs_type_0_item._own = False
        market_mve_selected_legs_type_0_item._additional = None
        return market_mve_selected_legs_type_0_item

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
