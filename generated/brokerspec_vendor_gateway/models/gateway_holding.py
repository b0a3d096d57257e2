from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayHolding")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
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
    }
)
_FIELD_NAMES: tuple[str, ...] = (
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
    "additional_properties",
)


class GatewayHolding:
    """One long-term equity holding. Prices are decimal strings (INR), the quantity an integer string, `holdingCost` a JSON
    number. An empty string, `"-"` or `"- "` means absent.

    """

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        nse_token: str | Unset = UNSET,
        bse_token: str | Unset = UNSET,
        instrument_name: str | Unset = UNSET,
        qunatity: str | Unset = UNSET,
        average_price: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        isin: str | Unset = UNSET,
        instrument: str | Unset = UNSET,
        close: str | Unset = UNSET,
        holding_cost: float | Unset = UNSET,
        last_price: str | Unset = UNSET,
        lot_size: str | Unset = UNSET,
        unrealised_gain_loss: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        if not isinstance(nse_token, Unset):
            self._body["NSEToken"] = nse_token
        if not isinstance(bse_token, Unset):
            self._body["BSEToken"] = bse_token
        if not isinstance(instrument_name, Unset):
            self._body["instrumentName"] = instrument_name
        if not isinstance(qunatity, Unset):
            self._body["qunatity"] = qunatity
        if not isinstance(average_price, Unset):
            self._body["averagePrice"] = average_price
        if not isinstance(symbol, Unset):
            self._body["symbol"] = symbol
        if not isinstance(isin, Unset):
            self._body["isin"] = isin
        if not isinstance(instrument, Unset):
            self._body["instrument"] = instrument
        if not isinstance(close, Unset):
            self._body["Close"] = close
        if not isinstance(holding_cost, Unset):
            self._body["holdingCost"] = holding_cost
        if not isinstance(last_price, Unset):
            self._body["lastPrice"] = last_price
        if not isinstance(lot_size, Unset):
            self._body["LotSize"] = lot_size
        if not isinstance(unrealised_gain_loss, Unset):
            self._body["unrealisedGainLoss"] = unrealised_gain_loss

    @property
    def nse_token(self) -> str | Unset:
        """The instrument's token on NSE, as the gateway numbers it."""
        value: str | Unset = self._body.get("NSEToken", UNSET)
        return value

    @nse_token.setter
    def nse_token(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("NSEToken", None)
        else:
            target["NSEToken"] = value

    @property
    def bse_token(self) -> str | Unset:
        """The instrument's token on BSE, as the gateway numbers it."""
        value: str | Unset = self._body.get("BSEToken", UNSET)
        return value

    @bse_token.setter
    def bse_token(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("BSEToken", None)
        else:
            target["BSEToken"] = value

    @property
    def instrument_name(self) -> str | Unset:
        """Name or symbol of the security."""
        value: str | Unset = self._body.get("instrumentName", UNSET)
        return value

    @instrument_name.setter
    def instrument_name(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("instrumentName", None)
        else:
            target["instrumentName"] = value

    @property
    def qunatity(self) -> str | Unset:
        """Quantity held, settled plus T+1, as an integer string. The misspelt key is the real wire name."""
        value: str | Unset = self._body.get("qunatity", UNSET)
        return value

    @qunatity.setter
    def qunatity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("qunatity", None)
        else:
            target["qunatity"] = value

    @property
    def average_price(self) -> str | Unset:
        """Average price paid per share, INR."""
        value: str | Unset = self._body.get("averagePrice", UNSET)
        return value

    @average_price.setter
    def average_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("averagePrice", None)
        else:
            target["averagePrice"] = value

    @property
    def symbol(self) -> str | Unset:
        """Exchange symbol."""
        value: str | Unset = self._body.get("symbol", UNSET)
        return value

    @symbol.setter
    def symbol(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("symbol", None)
        else:
            target["symbol"] = value

    @property
    def isin(self) -> str | Unset:
        """ISIN of the security (the same on every exchange)."""
        value: str | Unset = self._body.get("isin", UNSET)
        return value

    @isin.setter
    def isin(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("isin", None)
        else:
            target["isin"] = value

    @property
    def instrument(self) -> str | Unset:
        """Exchange segment of the holding, e.g. `EQ`."""
        value: str | Unset = self._body.get("instrument", UNSET)
        return value

    @instrument.setter
    def instrument(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("instrument", None)
        else:
            target["instrument"] = value

    @property
    def close(self) -> str | Unset:
        """Closing price on the previous trading day, INR."""
        value: str | Unset = self._body.get("Close", UNSET)
        return value

    @close.setter
    def close(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("Close", None)
        else:
            target["Close"] = value

    @property
    def holding_cost(self) -> float | Unset:
        """Total cost of the holding in INR (quantity x average price), sent as a JSON number. The published
        table calls it an average price and a string; the sample shows a number equal to the total. Convert it
        to a decimal without going through float arithmetic."""
        value: float | Unset = self._body.get("holdingCost", UNSET)
        return value

    @holding_cost.setter
    def holding_cost(self, value: float | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("holdingCost", None)
        else:
            target["holdingCost"] = value

    @property
    def last_price(self) -> str | Unset:
        """Last traded price, INR."""
        value: str | Unset = self._body.get("lastPrice", UNSET)
        return value

    @last_price.setter
    def last_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("lastPrice", None)
        else:
            target["lastPrice"] = value

    @property
    def lot_size(self) -> str | Unset:
        """Quantity of one lot, as an integer string."""
        value: str | Unset = self._body.get("LotSize", UNSET)
        return value

    @lot_size.setter
    def lot_size(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("LotSize", None)
        else:
            target["LotSize"] = value

    @property
    def unrealised_gain_loss(self) -> str | Unset:
        """Unrealised profit (negative = loss) at the last traded price, INR: (lastPrice - averagePrice) x
        quantity."""
        value: str | Unset = self._body.get("unrealisedGainLoss", UNSET)
        return value

    @unrealised_gain_loss.setter
    def unrealised_gain_loss(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("unrealisedGainLoss", None)
        else:
            target["unrealisedGainLoss"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.nse_token,
            self.bse_token,
            self.instrument_name,
            self.qunatity,
            self.average_price,
            self.symbol,
            self.isin,
            self.instrument,
            self.close,
            self.holding_cost,
            self.last_price,
            self.lot_size,
            self.unrealised_gain_loss,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GatewayHolding)
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
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        gateway_holding = cls.__new__(cls)
        gateway_holding._body = body
        gateway_holding._own = False
        gateway_holding._additional = None
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
