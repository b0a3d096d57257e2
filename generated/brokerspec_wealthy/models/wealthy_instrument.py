from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="WealthyInstrument")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "exchange_name",
        "token",
        "trading_symbol",
        "lot_size",
        "tick_size",
    ),
    required=3,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class WealthyInstrument:
    """One exchange listing of a held security."""

    exchange_name: int
    """ Exchange segment code: 1 = NSE, 2 = NFO, 3 = BSE, 4 = BFO. Other codes may appear and must be passed
    through, not rejected. """
    token: str
    """ The exchange's numeric instrument token, as a string. """
    trading_symbol: str
    """ Trading symbol on that exchange (NSE symbols carry a series suffix such as `-EQ`). """
    lot_size: int | Unset = UNSET
    """ Quantity of one lot (1 for cash equity). """
    tick_size: str | Unset = UNSET
    """ Minimum price step in rupees, as a decimal string; `""`, `"-"` or `"- "` = absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        additional_properties: dict[str, Any] = {}
        for key in unknown:
            additional_properties[key] = d.pop(key)
        d["additional_properties"] = additional_properties
        wealthy_instrument = cls.__new__(cls)
        wealthy_instrument.__dict__ = d
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


# brokerspec: from_dict leaves the fields a body does not send out of the instance's __dict__; they read as
# UNSET from here (attrs removed the class-level defaults; `__init__` still sets every field on the instance).
for _name in (
    "lot_size",
    "tick_size",
):
    setattr(WealthyInstrument, _name, UNSET)
del _name
