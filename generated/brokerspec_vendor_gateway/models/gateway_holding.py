from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="GatewayHolding")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "NSEToken",
        "BSEToken",
        "instrumentName",
        "qunatity",
        "averagePrice",
        "symbol",
        "isin",
        "instrument",
        "Close",
        "holdingCost",
        "lastPrice",
        "LotSize",
        "unrealisedGainLoss",
    ),
    required=0,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class GatewayHolding:
    """One long-term equity holding. Prices are decimal strings (INR), the quantity an integer string, `holdingCost` a JSON
    number. An empty string, `"-"` or `"- "` means absent.

    """

    nse_token: str | Unset = UNSET
    """ The instrument's token on NSE, as the gateway numbers it. """
    bse_token: str | Unset = UNSET
    """ The instrument's token on BSE, as the gateway numbers it. """
    instrument_name: str | Unset = UNSET
    """ Name or symbol of the security. """
    qunatity: str | Unset = UNSET
    """ Quantity held, settled plus T+1, as an integer string. The misspelt key is the real wire name. """
    average_price: str | Unset = UNSET
    """ Average price paid per share, INR. """
    symbol: str | Unset = UNSET
    """ Exchange symbol. """
    isin: str | Unset = UNSET
    """ ISIN of the security (the same on every exchange). """
    instrument: str | Unset = UNSET
    """ Exchange segment of the holding, e.g. `EQ`. """
    close: str | Unset = UNSET
    """ Closing price on the previous trading day, INR. """
    holding_cost: float | Unset = UNSET
    """ Total cost of the holding in INR (quantity x average price), sent as a JSON number. The published table
    calls it an average price and a string; the sample shows a number equal to the total. Convert it to a decimal
    without going through float arithmetic. """
    last_price: str | Unset = UNSET
    """ Last traded price, INR. """
    lot_size: str | Unset = UNSET
    """ Quantity of one lot, as an integer string. """
    unrealised_gain_loss: str | Unset = UNSET
    """ Unrealised profit (negative = loss) at the last traded price, INR: (lastPrice - averagePrice) x quantity.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nse_token = self.nse_token

        bse_token = self.bse_token

        instrument_name = self.instrument_name

        qunatity = self.qunatity

        average_price = self.average_price

        symbol = self.symbol

        isin = self.isin

        instrument = self.instrument

        close = self.close

        holding_cost = self.holding_cost

        last_price = self.last_price

        lot_size = self.lot_size

        unrealised_gain_loss = self.unrealised_gain_loss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nse_token is not UNSET:
            field_dict["NSEToken"] = nse_token
        if bse_token is not UNSET:
            field_dict["BSEToken"] = bse_token
        if instrument_name is not UNSET:
            field_dict["instrumentName"] = instrument_name
        if qunatity is not UNSET:
            field_dict["qunatity"] = qunatity
        if average_price is not UNSET:
            field_dict["averagePrice"] = average_price
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if isin is not UNSET:
            field_dict["isin"] = isin
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if close is not UNSET:
            field_dict["Close"] = close
        if holding_cost is not UNSET:
            field_dict["holdingCost"] = holding_cost
        if last_price is not UNSET:
            field_dict["lastPrice"] = last_price
        if lot_size is not UNSET:
            field_dict["LotSize"] = lot_size
        if unrealised_gain_loss is not UNSET:
            field_dict["unrealisedGainLoss"] = unrealised_gain_loss

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
        if "NSEToken" in d:
            d["nse_token"] = d.pop("NSEToken")
        if "BSEToken" in d:
            d["bse_token"] = d.pop("BSEToken")
        if "instrumentName" in d:
            d["instrument_name"] = d.pop("instrumentName")
        if "averagePrice" in d:
            d["average_price"] = d.pop("averagePrice")
        if "Close" in d:
            d["close"] = d.pop("Close")
        if "holdingCost" in d:
            d["holding_cost"] = d.pop("holdingCost")
        if "lastPrice" in d:
            d["last_price"] = d.pop("lastPrice")
        if "LotSize" in d:
            d["lot_size"] = d.pop("LotSize")
        if "unrealisedGainLoss" in d:
            d["unrealised_gain_loss"] = d.pop("unrealisedGainLoss")
        d["additional_properties"] = additional_properties
        gateway_holding = cls.__new__(cls)
        gateway_holding.__dict__ = d
        return gateway_holding

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
    "nse_token",
    "bse_token",
    "instrument_name",
    "qunatity",
    "average_price",
    "symbol",
    "isin",
    "instrument",
    "close",
    "holding_cost",
    "last_price",
    "lot_size",
    "unrealised_gain_loss",
):
    setattr(GatewayHolding, _name, UNSET)
del _name
