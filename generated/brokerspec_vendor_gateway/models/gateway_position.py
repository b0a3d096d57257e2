from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="GatewayPosition")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
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
    ),
    required=0,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class GatewayPosition:
    """One position. Quantities and `token` are JSON integers; prices and amounts decimal strings (INR). An empty string,
    `"-"` or `"- "` means absent.

    """

    exchange: str | Unset = UNSET
    """ Exchange code. Documented values are NSE, BSE, NFO, CDS, BCD and MCX; others pass through. """
    exchange_token: str | Unset = UNSET
    """ The exchange's numeric identifier for the instrument, as a string. """
    symbol: str | Unset = UNSET
    """ Symbol of the underlying security. """
    asset_type: str | Unset = UNSET
    """ Asset type as the broker reports it; often empty. """
    trade_symbol: str | Unset = UNSET
    """ Exchange trading symbol. """
    segment: str | Unset = UNSET
    """ Segment. Documented values are EQ, FUT, PE and CE; others pass through. """
    token: int | Unset = UNSET
    """ Instrument token, as a JSON integer (unlike `exchangeToken`). """
    pre_net_qty: int | Unset = UNSET
    """ Net quantity brought forward from earlier sessions. """
    net_qty: int | Unset = UNSET
    """ Net quantity of today's position (signed; negative = short). """
    total_net_qty: int | Unset = UNSET
    """ Total net quantity (brought forward plus today), signed. """
    square_off: int | Unset = UNSET
    """ Quantity that would square the position off (the reverse order's size). """
    product_type: str | Unset = UNSET
    """ Product or order type as the broker names it; the published table lists L, MKT, SL and SL-M. Often empty.
    """
    net_price: str | Unset = UNSET
    """ Net average price of the position, INR. """
    ltp: str | Unset = UNSET
    """ Last traded price, INR. """
    mtm: str | Unset = UNSET
    """ Mark-to-market profit (negative = loss), INR; `""` when the broker does not compute it. """
    lot_size: str | Unset = UNSET
    """ Quantity of one lot, as an integer string; `""` for cash equity at some brokers. """
    instrument: str | Unset = UNSET
    """ Instrument name as the broker reports it (for equity, the trading symbol). """
    buy_amt: str | Unset = UNSET
    """ Value bought, INR. """
    sell_amt: str | Unset = UNSET
    """ Value sold, INR. """
    buy_qty: int | Unset = UNSET
    """ Quantity bought. """
    sell_qty: int | Unset = UNSET
    """ Quantity sold. """
    expiry: str | Unset = UNSET
    """ Expiry date of a derivative as text, in a format the page does not document (parse it leniently, never as a
    strict timestamp); `"-"` for cash equity. """
    strike_price: str | Unset = UNSET
    """ Strike price of an option, INR; `"0"` for instruments without a strike. """
    option_type: str | Unset = UNSET
    """ Option type (CE or PE for options); `"- "` (dash and a trailing space) for instruments that are not options.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        additional_properties: dict[str, Any] = {}
        for key in unknown:
            additional_properties[key] = d.pop(key)
        if "exchangeToken" in d:
            d["exchange_token"] = d.pop("exchangeToken")
        if "assetType" in d:
            d["asset_type"] = d.pop("assetType")
        if "tradeSymbol" in d:
            d["trade_symbol"] = d.pop("tradeSymbol")
        if "preNetQty" in d:
            d["pre_net_qty"] = d.pop("preNetQty")
        if "netQty" in d:
            d["net_qty"] = d.pop("netQty")
        if "TotalNetQty" in d:
            d["total_net_qty"] = d.pop("TotalNetQty")
        if "SquareOff" in d:
            d["square_off"] = d.pop("SquareOff")
        if "ProductType" in d:
            d["product_type"] = d.pop("ProductType")
        if "netPrice" in d:
            d["net_price"] = d.pop("netPrice")
        if "lotSize" in d:
            d["lot_size"] = d.pop("lotSize")
        if "buyAmt" in d:
            d["buy_amt"] = d.pop("buyAmt")
        if "sellAmt" in d:
            d["sell_amt"] = d.pop("sellAmt")
        if "buyQty" in d:
            d["buy_qty"] = d.pop("buyQty")
        if "sellQty" in d:
            d["sell_qty"] = d.pop("sellQty")
        if "Expiry" in d:
            d["expiry"] = d.pop("Expiry")
        if "option_Type" in d:
            d["option_type"] = d.pop("option_Type")
        d["additional_properties"] = additional_properties
        gateway_position = cls.__new__(cls)
        gateway_position.__dict__ = d
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


# brokerspec: from_dict leaves the fields a body does not send out of the instance's __dict__; they read as
# UNSET from here (attrs removed the class-level defaults; `__init__` still sets every field on the instance).
for _name in (
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
):
    setattr(GatewayPosition, _name, UNSET)
del _name
