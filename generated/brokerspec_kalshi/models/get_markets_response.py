from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market import Market


T = TypeVar("T", bound="GetMarketsResponse")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "markets",
        "cursor",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "markets",
    "cursor",
    "additional_properties",
)


class GetMarketsResponse:
    """One page of markets."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        markets: list[Market],
        cursor: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        self._converted["markets"] = markets
        if not isinstance(cursor, Unset):
            self._body["cursor"] = cursor

    @property
    def markets(self) -> list[Market]:
        value: list[Market] = self._converted["markets"]
        return value

    @markets.setter
    def markets(self, value: list[Market]) -> None:
        target = self._converted
        target["markets"] = value

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
            self.markets,
            self.cursor,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GetMarketsResponse)
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
        markets = []
        for markets_item_data in self.markets:
            markets_item = markets_item_data.to_dict()
            markets.append(markets_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "markets": markets,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.market import Market

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "markets" not in body:
            raise KeyError("markets")
        converted: dict[str, Any] = {}
        markets = [Market.from_dict(item) for item in body["markets"]]

        converted["markets"] = markets
        get_markets_response = cls.__new__(cls)
        get_markets_response._body = body
        get_markets_response._own = False
        get_markets_response._converted = converted
        get_markets_response._additional = None
        return get_markets_response

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
