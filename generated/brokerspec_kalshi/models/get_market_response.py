from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

if TYPE_CHECKING:
    from ..models.market import Market


T = TypeVar("T", bound="GetMarketResponse")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "market",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "market",
    "additional_properties",
)


class GetMarketResponse:
    """One market."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        market: Market,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        self._converted["market"] = market

    @property
    def market(self) -> Market:
        """A market: what it is, its state, the shard it lives on, the price grid orders must use, whether it
        takes
        fractional counts, and its top of book. Prices are YES prices unless named `no_*`. The 2025 wire also
        sends integer cents (`yes_bid`, `last_price`, ...) and integer counts (`volume`, `open_interest`);
        today's
        sends the `*_dollars` and `*_fp` strings only. Only `ticker`, `event_ticker` and `status` are required.
        """
        value: Market = self._converted["market"]
        return value

    @market.setter
    def market(self, value: Market) -> None:
        target = self._converted
        target["market"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.market,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GetMarketResponse)
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
        market = self.market.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market": market,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.market import Market

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "market" not in body:
            raise KeyError("market")
        converted: dict[str, Any] = {}
        market = Market.from_dict(body["market"])

        converted["market"] = market
        get_market_response = cls.__new__(cls)
        get_market_response._body = body
        get_market_response._own = False
        get_market_response._converted = converted
        get_market_response._additional = None
        return get_market_response

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
