from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayPosition")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "exchange",
        "exchangeToken",
        "symbol",
        "assetType",
        "tradeSymbol",
        "segment",
        "token",
        "preNetQty",
        "netQty",
        "TotalNetQty",
        "SquareOff",
        "ProductType",
        "netPrice",
        "ltp",
        "mtm",
        "lotSize",
        "instrument",
        "buyAmt",
        "sellAmt",
        "buyQty",
        "sellQty",
        "Expiry",
        "strike_price",
        "option_Type",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "exchange",
    "exchange_token",
    "symbol",
    "asset_type",
    "trade_symbol",
    "segment",
    "token",
    "pre_net_qty",
    "net_qty",
    "total_net_qty",
    "square_off",
    "product_type",
    "net_price",
    "ltp",
    "mtm",
    "lot_size",
    "instrument",
    "buy_amt",
    "sell_amt",
    "buy_qty",
    "sell_qty",
    "expiry",
    "strike_price",
    "option_type",
    "additional_properties",
)


class GatewayPosition:
    """One position. Quantities and `token` are JSON integers; prices and amounts decimal strings (INR). An empty string,
    `"-"` or `"- "` means absent.

    """

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        exchange: str | Unset = UNSET,
        exchange_token: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        asset_type: str | Unset = UNSET,
        trade_symbol: str | Unset = UNSET,
        segment: str | Unset = UNSET,
        token: int | Unset = UNSET,
        pre_net_qty: int | Unset = UNSET,
        net_qty: int | Unset = UNSET,
        total_net_qty: int | Unset = UNSET,
        square_off: int | Unset = UNSET,
        product_type: str | Unset = UNSET,
        net_price: str | Unset = UNSET,
        ltp: str | Unset = UNSET,
        mtm: str | Unset = UNSET,
        lot_size: str | Unset = UNSET,
        instrument: str | Unset = UNSET,
        buy_amt: str | Unset = UNSET,
        sell_amt: str | Unset = UNSET,
        buy_qty: int | Unset = UNSET,
        sell_qty: int | Unset = UNSET,
        expiry: str | Unset = UNSET,
        strike_price: str | Unset = UNSET,
        option_type: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        if not isinstance(exchange, Unset):
            self._body["exchange"] = exchange
        if not isinstance(exchange_token, Unset):
            self._body["exchangeToken"] = exchange_token
        if not isinstance(symbol, Unset):
            self._body["symbol"] = symbol
        if not isinstance(asset_type, Unset):
            self._body["assetType"] = asset_type
        if not isinstance(trade_symbol, Unset):
            self._body["tradeSymbol"] = trade_symbol
        if not isinstance(segment, Unset):
            self._body["segment"] = segment
        if not isinstance(token, Unset):
            self._body["token"] = token
        if not isinstance(pre_net_qty, Unset):
            self._body["preNetQty"] = pre_net_qty
        if not isinstance(net_qty, Unset):
            self._body["netQty"] = net_qty
        if not isinstance(total_net_qty, Unset):
            self._body["TotalNetQty"] = total_net_qty
        if not isinstance(square_off, Unset):
            self._body["SquareOff"] = square_off
        if not isinstance(product_type, Unset):
            self._body["ProductType"] = product_type
        if not isinstance(net_price, Unset):
            self._body["netPrice"] = net_price
        if not isinstance(ltp, Unset):
            self._body["ltp"] = ltp
        if not isinstance(mtm, Unset):
            self._body["mtm"] = mtm
        if not isinstance(lot_size, Unset):
            self._body["lotSize"] = lot_size
        if not isinstance(instrument, Unset):
            self._body["instrument"] = instrument
        if not isinstance(buy_amt, Unset):
            self._body["buyAmt"] = buy_amt
        if not isinstance(sell_amt, Unset):
            self._body["sellAmt"] = sell_amt
        if not isinstance(buy_qty, Unset):
            self._body["buyQty"] = buy_qty
        if not isinstance(sell_qty, Unset):
            self._body["sellQty"] = sell_qty
        if not isinstance(expiry, Unset):
            self._body["Expiry"] = expiry
        if not isinstance(strike_price, Unset):
            self._body["strike_price"] = strike_price
        if not isinstance(option_type, Unset):
            self._body["option_Type"] = option_type

    @property
    def exchange(self) -> str | Unset:
        """Exchange code. Documented values are NSE, BSE, NFO, CDS, BCD and MCX; others pass through."""
        value: str | Unset = self._body.get("exchange", UNSET)
        return value

    @exchange.setter
    def exchange(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("exchange", None)
        else:
            target["exchange"] = value

    @property
    def exchange_token(self) -> str | Unset:
        """The exchange's numeric identifier for the instrument, as a string."""
        value: str | Unset = self._body.get("exchangeToken", UNSET)
        return value

    @exchange_token.setter
    def exchange_token(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("exchangeToken", None)
        else:
            target["exchangeToken"] = value

    @property
    def symbol(self) -> str | Unset:
        """Symbol of the underlying security."""
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
    def asset_type(self) -> str | Unset:
        """Asset type as the broker reports it; often empty."""
        value: str | Unset = self._body.get("assetType", UNSET)
        return value

    @asset_type.setter
    def asset_type(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("assetType", None)
        else:
            target["assetType"] = value

    @property
    def trade_symbol(self) -> str | Unset:
        """Exchange trading symbol."""
        value: str | Unset = self._body.get("tradeSymbol", UNSET)
        return value

    @trade_symbol.setter
    def trade_symbol(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("tradeSymbol", None)
        else:
            target["tradeSymbol"] = value

    @property
    def segment(self) -> str | Unset:
        """Segment. Documented values are EQ, FUT, PE and CE; others pass through."""
        value: str | Unset = self._body.get("segment", UNSET)
        return value

    @segment.setter
    def segment(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("segment", None)
        else:
            target["segment"] = value

    @property
    def token(self) -> int | Unset:
        """Instrument token, as a JSON integer (unlike `exchangeToken`)."""
        value: int | Unset = self._body.get("token", UNSET)
        return value

    @token.setter
    def token(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("token", None)
        else:
            target["token"] = value

    @property
    def pre_net_qty(self) -> int | Unset:
        """Net quantity brought forward from earlier sessions."""
        value: int | Unset = self._body.get("preNetQty", UNSET)
        return value

    @pre_net_qty.setter
    def pre_net_qty(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("preNetQty", None)
        else:
            target["preNetQty"] = value

    @property
    def net_qty(self) -> int | Unset:
        """Net quantity of today's position (signed; negative = short)."""
        value: int | Unset = self._body.get("netQty", UNSET)
        return value

    @net_qty.setter
    def net_qty(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("netQty", None)
        else:
            target["netQty"] = value

    @property
    def total_net_qty(self) -> int | Unset:
        """Total net quantity (brought forward plus today), signed."""
        value: int | Unset = self._body.get("TotalNetQty", UNSET)
        return value

    @total_net_qty.setter
    def total_net_qty(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("TotalNetQty", None)
        else:
            target["TotalNetQty"] = value

    @property
    def square_off(self) -> int | Unset:
        """Quantity that would square the position off (the reverse order's size)."""
        value: int | Unset = self._body.get("SquareOff", UNSET)
        return value

    @square_off.setter
    def square_off(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("SquareOff", None)
        else:
            target["SquareOff"] = value

    @property
    def product_type(self) -> str | Unset:
        """Product or order type as the broker names it; the published table lists L, MKT, SL and SL-M. Often
        empty."""
        value: str | Unset = self._body.get("ProductType", UNSET)
        return value

    @product_type.setter
    def product_type(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("ProductType", None)
        else:
            target["ProductType"] = value

    @property
    def net_price(self) -> str | Unset:
        """Net average price of the position, INR."""
        value: str | Unset = self._body.get("netPrice", UNSET)
        return value

    @net_price.setter
    def net_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("netPrice", None)
        else:
            target["netPrice"] = value

    @property
    def ltp(self) -> str | Unset:
        """Last traded price, INR."""
        value: str | Unset = self._body.get("ltp", UNSET)
        return value

    @ltp.setter
    def ltp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("ltp", None)
        else:
            target["ltp"] = value

    @property
    def mtm(self) -> str | Unset:
        """Mark-to-market profit (negative = loss), INR; `""` when the broker does not compute it."""
        value: str | Unset = self._body.get("mtm", UNSET)
        return value

    @mtm.setter
    def mtm(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("mtm", None)
        else:
            target["mtm"] = value

    @property
    def lot_size(self) -> str | Unset:
        """Quantity of one lot, as an integer string; `""` for cash equity at some brokers."""
        value: str | Unset = self._body.get("lotSize", UNSET)
        return value

    @lot_size.setter
    def lot_size(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("lotSize", None)
        else:
            target["lotSize"] = value

    @property
    def instrument(self) -> str | Unset:
        """Instrument name as the broker reports it (for equity, the trading symbol)."""
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
    def buy_amt(self) -> str | Unset:
        """Value bought, INR."""
        value: str | Unset = self._body.get("buyAmt", UNSET)
        return value

    @buy_amt.setter
    def buy_amt(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("buyAmt", None)
        else:
            target["buyAmt"] = value

    @property
    def sell_amt(self) -> str | Unset:
        """Value sold, INR."""
        value: str | Unset = self._body.get("sellAmt", UNSET)
        return value

    @sell_amt.setter
    def sell_amt(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("sellAmt", None)
        else:
            target["sellAmt"] = value

    @property
    def buy_qty(self) -> int | Unset:
        """Quantity bought."""
        value: int | Unset = self._body.get("buyQty", UNSET)
        return value

    @buy_qty.setter
    def buy_qty(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("buyQty", None)
        else:
            target["buyQty"] = value

    @property
    def sell_qty(self) -> int | Unset:
        """Quantity sold."""
        value: int | Unset = self._body.get("sellQty", UNSET)
        return value

    @sell_qty.setter
    def sell_qty(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("sellQty", None)
        else:
            target["sellQty"] = value

    @property
    def expiry(self) -> str | Unset:
        """Expiry date of a derivative as text, in a format the page does not document (parse it leniently,
        never as a strict timestamp); `"-"` for cash equity."""
        value: str | Unset = self._body.get("Expiry", UNSET)
        return value

    @expiry.setter
    def expiry(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("Expiry", None)
        else:
            target["Expiry"] = value

    @property
    def strike_price(self) -> str | Unset:
        """Strike price of an option, INR; `"0"` for instruments without a strike."""
        value: str | Unset = self._body.get("strike_price", UNSET)
        return value

    @strike_price.setter
    def strike_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("strike_price", None)
        else:
            target["strike_price"] = value

    @property
    def option_type(self) -> str | Unset:
        """Option type (CE or PE for options); `"- "` (dash and a trailing space) for instruments that are not
        options."""
        value: str | Unset = self._body.get("option_Type", UNSET)
        return value

    @option_type.setter
    def option_type(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("option_Type", None)
        else:
            target["option_Type"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.exchange,
            self.exchange_token,
            self.symbol,
            self.asset_type,
            self.trade_symbol,
            self.segment,
            self.token,
            self.pre_net_qty,
            self.net_qty,
            self.total_net_qty,
            self.square_off,
            self.product_type,
            self.net_price,
            self.ltp,
            self.mtm,
            self.lot_size,
            self.instrument,
            self.buy_amt,
            self.sell_amt,
            self.buy_qty,
            self.sell_qty,
            self.expiry,
            self.strike_price,
            self.option_type,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GatewayPosition)
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
        exchange = self.exchange

        exchange_token = self.exchange_token

        symbol = self.symbol

        asset_type = self.asset_type

        trade_symbol = self.trade_symbol

        segment = self.segment

        token = self.token

        pre_net_qty = self.pre_net_qty

        net_qty = self.net_qty

        total_net_qty = self.total_net_qty

        square_off = self.square_off

        product_type = self.product_type

        net_price = self.net_price

        ltp = self.ltp

        mtm = self.mtm

        lot_size = self.lot_size

        instrument = self.instrument

        buy_amt = self.buy_amt

        sell_amt = self.sell_amt

        buy_qty = self.buy_qty

        sell_qty = self.sell_qty

        expiry = self.expiry

        strike_price = self.strike_price

        option_type = self.option_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if exchange_token is not UNSET:
            field_dict["exchangeToken"] = exchange_token
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type
        if trade_symbol is not UNSET:
            field_dict["tradeSymbol"] = trade_symbol
        if segment is not UNSET:
            field_dict["segment"] = segment
        if token is not UNSET:
            field_dict["token"] = token
        if pre_net_qty is not UNSET:
            field_dict["preNetQty"] = pre_net_qty
        if net_qty is not UNSET:
            field_dict["netQty"] = net_qty
        if total_net_qty is not UNSET:
            field_dict["TotalNetQty"] = total_net_qty
        if square_off is not UNSET:
            field_dict["SquareOff"] = square_off
        if product_type is not UNSET:
            field_dict["ProductType"] = product_type
        if net_price is not UNSET:
            field_dict["netPrice"] = net_price
        if ltp is not UNSET:
            field_dict["ltp"] = ltp
        if mtm is not UNSET:
            field_dict["mtm"] = mtm
        if lot_size is not UNSET:
            field_dict["lotSize"] = lot_size
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if buy_amt is not UNSET:
            field_dict["buyAmt"] = buy_amt
        if sell_amt is not UNSET:
            field_dict["sellAmt"] = sell_amt
        if buy_qty is not UNSET:
            field_dict["buyQty"] = buy_qty
        if sell_qty is not UNSET:
            field_dict["sellQty"] = sell_qty
        if expiry is not UNSET:
            field_dict["Expiry"] = expiry
        if strike_price is not UNSET:
            field_dict["strike_price"] = strike_price
        if option_type is not UNSET:
            field_dict["option_Type"] = option_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        gateway_position = cls.__new__(cls)
        gateway_position._body = body
        gateway_position._own = False
        gateway_position._additional = None
        return gateway_position

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
