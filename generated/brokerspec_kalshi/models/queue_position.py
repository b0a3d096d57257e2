from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueuePosition")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "order_id",
        "market_ticker",
        "queue_position",
        "queue_position_fp",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "order_id",
    "market_ticker",
    "queue_position",
    "queue_position_fp",
    "additional_properties",
)


class QueuePosition:
    """How many contracts rest ahead of one order at its price level."""

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        order_id: str,
        market_ticker: str | Unset = UNSET,
        queue_position: int | Unset = UNSET,
        queue_position_fp: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["order_id"] = order_id
        if not isinstance(market_ticker, Unset):
            self._body["market_ticker"] = market_ticker
        if not isinstance(queue_position, Unset):
            self._body["queue_position"] = queue_position
        if not isinstance(queue_position_fp, Unset):
            self._body["queue_position_fp"] = queue_position_fp

    @property
    def order_id(self) -> str:
        """The resting order."""
        value: str = self._body["order_id"]
        return value

    @order_id.setter
    def order_id(self, value: str) -> None:
        target = self._own_body()
        target["order_id"] = value

    @property
    def market_ticker(self) -> str | Unset:
        """Its market."""
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
    def queue_position(self) -> int | Unset:
        """Contracts ahead of it (integer era); 0 = first in line."""
        value: int | Unset = self._body.get("queue_position", UNSET)
        return value

    @queue_position.setter
    def queue_position(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("queue_position", None)
        else:
            target["queue_position"] = value

    @property
    def queue_position_fp(self) -> str | Unset:
        """Contracts ahead of it, fixed-point (2026)."""
        value: str | Unset = self._body.get("queue_position_fp", UNSET)
        return value

    @queue_position_fp.setter
    def queue_position_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("queue_position_fp", None)
        else:
            target["queue_position_fp"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.order_id,
            self.market_ticker,
            self.queue_position,
            self.queue_position_fp,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, QueuePosition)
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
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "order_id" not in body:
            raise KeyError("order_id")
        queue_position = cls.__new__(cls)
        queue_position._body = body
        queue_position._own = False
        queue_position._additional = None
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
