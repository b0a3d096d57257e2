from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="WealthyInstrument")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "exchange_name",
        "token",
        "trading_symbol",
        "lot_size",
        "tick_size",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "exchange_name",
    "token",
    "trading_symbol",
    "lot_size",
    "tick_size",
    "additional_properties",
)


class WealthyInstrument:
    """One exchange listing of a held security."""

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        exchange_name: int,
        token: str,
        trading_symbol: str,
        lot_size: int | Unset = UNSET,
        tick_size: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["exchange_name"] = exchange_name
        self._body["token"] = token
        self._body["trading_symbol"] = trading_symbol
        if not isinstance(lot_size, Unset):
            self._body["lot_size"] = lot_size
        if not isinstance(tick_size, Unset):
            self._body["tick_size"] = tick_size

    @property
    def exchange_name(self) -> int:
        """Exchange segment code: 1 = NSE, 2 = NFO, 3 = BSE, 4 = BFO. Other codes may appear and must be passed
        through, not rejected."""
        value: int = self._body["exchange_name"]
        return value

    @exchange_name.setter
    def exchange_name(self, value: int) -> None:
        target = self._own_body()
        target["exchange_name"] = value

    @property
    def token(self) -> str:
        """The exchange's numeric instrument token, as a string."""
        value: str = self._body["token"]
        return value

    @token.setter
    def token(self, value: str) -> None:
        target = self._own_body()
        target["token"] = value

    @property
    def trading_symbol(self) -> str:
        """Trading symbol on that exchange (NSE symbols carry a series suffix such as `-EQ`)."""
        value: str = self._body["trading_symbol"]
        return value

    @trading_symbol.setter
    def trading_symbol(self, value: str) -> None:
        target = self._own_body()
        target["trading_symbol"] = value

    @property
    def lot_size(self) -> int | Unset:
        """Quantity of one lot (1 for cash equity)."""
        value: int | Unset = self._body.get("lot_size", UNSET)
        return value

    @lot_size.setter
    def lot_size(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("lot_size", None)
        else:
            target["lot_size"] = value

    @property
    def tick_size(self) -> str | Unset:
        """Minimum price step in rupees, as a decimal string; `""`, `"-"` or `"- "` = absent."""
        value: str | Unset = self._body.get("tick_size", UNSET)
        return value

    @tick_size.setter
    def tick_size(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("tick_size", None)
        else:
            target["tick_size"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.exchange_name,
            self.token,
            self.trading_symbol,
            self.lot_size,
            self.tick_size,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, WealthyInstrument)
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
        exchange_name = self.exchange_name

        token = self.token

        trading_symbol = self.trading_symbol

        lot_size = self.lot_size

        tick_size = self.tick_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange_name": exchange_name,
                "token": token,
                "trading_symbol": trading_symbol,
            }
        )
        if lot_size is not UNSET:
            field_dict["lot_size"] = lot_size
        if tick_size is not UNSET:
            field_dict["tick_size"] = tick_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "exchange_name" not in body:
            raise KeyError("exchange_name")
        if "token" not in body:
            raise KeyError("token")
        if "trading_symbol" not in body:
            raise KeyError("trading_symbol")
        wealthy_instrument = cls.__new__(cls)
        wealthy_instrument._body = body
        wealthy_instrument._own = False
        wealthy_instrument._additional = None
        return wealthy_instrument

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
