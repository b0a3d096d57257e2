from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="WealthyPosition")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "exchange_name",
        "token",
        "trading_symbol",
        "lot_size",
        "tick_size",
        "price_precision",
        "multiply_factor",
        "order_type",
        "price_factor",
        "day_buy_quantity",
        "day_sell_quantity",
        "day_buy_amount",
        "day_sell_amount",
        "day_buy_avg_price",
        "day_sell_avg_amount",
        "day_sell_avg_price",
        "cf_buy_quantity",
        "cf_sell_quantity",
        "cf_buy_amount",
        "cf_avg_price",
        "cf_sell_amount",
        "cf_sell_avg_price",
        "cf_org_avg_price",
        "open_buy_quantity",
        "open_sell_quantity",
        "open_buy_amount",
        "open_buy_avg_price",
        "open_sell_amount",
        "open_sell_avg_price",
        "net_quantity",
        "net_avg_price",
        "last_trade_price",
        "unrealized_mtom",
        "realized_pnl",
        "frozen_quantity",
        "upload_price",
        "bep",
    ),
    required=3,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class WealthyPosition:
    """One net position for an instrument and product. Prices and amounts are decimal strings (INR) and quantities integer
    strings. An empty string, `"-"` or `"- "` in any of them means absent.

    """

    exchange_name: int
    """ Exchange segment code: 1 = NSE, 2 = NFO, 3 = BSE, 4 = BFO. Other codes may appear and must be passed
    through, not rejected. """
    token: str
    """ The exchange's numeric instrument token, as a string. """
    trading_symbol: str
    """ Trading symbol on the exchange. """
    lot_size: int | Unset = UNSET
    """ Quantity of one lot (1 for cash equity). """
    tick_size: str | Unset = UNSET
    """ Minimum price step, INR. """
    price_precision: str | Unset = UNSET
    """ Number of decimal places in prices, as an integer string. """
    multiply_factor: str | Unset = UNSET
    """ Contract multiplier applied to quantity when computing value. """
    order_type: int | Unset = UNSET
    """ The position's **product** (despite the name): 1 = CNC (delivery), 2 = MIS (intraday), 3 = NRML (carry-
    forward F&O), 4 = CO (cover order), 5 = BO (bracket order), 6 = MTF (margin trading). Other codes may appear and
    must be passed through, not rejected. """
    price_factor: str | Unset = UNSET
    """ Price factor applied to quoted prices. """
    day_buy_quantity: str | Unset = UNSET
    """ Quantity bought today. """
    day_sell_quantity: str | Unset = UNSET
    """ Quantity sold today. """
    day_buy_amount: str | Unset = UNSET
    """ Value bought today, INR. """
    day_sell_amount: str | Unset = UNSET
    """ Value sold today, INR. """
    day_buy_avg_price: str | Unset = UNSET
    """ Average price of today's buys, INR. """
    day_sell_avg_amount: str | Unset = UNSET
    """ Average price of today's sells, INR. This is the name the service sends; Wealthy's field table calls it
    `day_sell_avg_price` (also accepted below). """
    day_sell_avg_price: str | Unset = UNSET
    """ Average price of today's sells, INR, under the name Wealthy's field table uses. Not seen in sample payloads
    (they send `day_sell_avg_amount`); read either. """
    cf_buy_quantity: str | Unset = UNSET
    """ Carried-forward buy quantity. """
    cf_sell_quantity: str | Unset = UNSET
    """ Carried-forward sell quantity. """
    cf_buy_amount: str | Unset = UNSET
    """ Carried-forward buy value, INR. """
    cf_avg_price: str | Unset = UNSET
    """ Carried-forward average price, INR. """
    cf_sell_amount: str | Unset = UNSET
    """ Carried-forward sell value, INR. """
    cf_sell_avg_price: str | Unset = UNSET
    """ Carried-forward average sell price, INR. """
    cf_org_avg_price: str | Unset = UNSET
    """ Original average price of the carried-forward position, INR. """
    open_buy_quantity: str | Unset = UNSET
    """ Buy quantity of the open position. """
    open_sell_quantity: str | Unset = UNSET
    """ Sell quantity of the open position. """
    open_buy_amount: str | Unset = UNSET
    """ Buy value of the open position, INR. """
    open_buy_avg_price: str | Unset = UNSET
    """ Average buy price of the open position, INR. """
    open_sell_amount: str | Unset = UNSET
    """ Sell value of the open position, INR. """
    open_sell_avg_price: str | Unset = UNSET
    """ Average sell price of the open position, INR. """
    net_quantity: str | Unset = UNSET
    """ Signed net quantity; positive = long, negative = short, "0" = flat. """
    net_avg_price: str | Unset = UNSET
    """ Average price of the net position, INR. """
    last_trade_price: str | Unset = UNSET
    """ Last traded price, INR. """
    unrealized_mtom: str | Unset = UNSET
    """ Unrealized mark-to-market profit (negative = loss), INR, as the broker computes it. """
    realized_pnl: str | Unset = UNSET
    """ Realized profit (negative = loss), INR, as the broker computes it. May be "-0.00". """
    frozen_quantity: str | Unset = UNSET
    """ Exchange freeze quantity for the instrument. """
    upload_price: str | Unset = UNSET
    """ Upload price, INR. """
    bep: str | Unset = UNSET
    """ Break-even price, INR (Wealthy's table expands `bep` as "best execution price"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_name = self.exchange_name

        token = self.token

        trading_symbol = self.trading_symbol

        lot_size = self.lot_size

        tick_size = self.tick_size

        price_precision = self.price_precision

        multiply_factor = self.multiply_factor

        order_type = self.order_type

        price_factor = self.price_factor

        day_buy_quantity = self.day_buy_quantity

        day_sell_quantity = self.day_sell_quantity

        day_buy_amount = self.day_buy_amount

        day_sell_amount = self.day_sell_amount

        day_buy_avg_price = self.day_buy_avg_price

        day_sell_avg_amount = self.day_sell_avg_amount

        day_sell_avg_price = self.day_sell_avg_price

        cf_buy_quantity = self.cf_buy_quantity

        cf_sell_quantity = self.cf_sell_quantity

        cf_buy_amount = self.cf_buy_amount

        cf_avg_price = self.cf_avg_price

        cf_sell_amount = self.cf_sell_amount

        cf_sell_avg_price = self.cf_sell_avg_price

        cf_org_avg_price = self.cf_org_avg_price

        open_buy_quantity = self.open_buy_quantity

        open_sell_quantity = self.open_sell_quantity

        open_buy_amount = self.open_buy_amount

        open_buy_avg_price = self.open_buy_avg_price

        open_sell_amount = self.open_sell_amount

        open_sell_avg_price = self.open_sell_avg_price

        net_quantity = self.net_quantity

        net_avg_price = self.net_avg_price

        last_trade_price = self.last_trade_price

        unrealized_mtom = self.unrealized_mtom

        realized_pnl = self.realized_pnl

        frozen_quantity = self.frozen_quantity

        upload_price = self.upload_price

        bep = self.bep

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
        if price_precision is not UNSET:
            field_dict["price_precision"] = price_precision
        if multiply_factor is not UNSET:
            field_dict["multiply_factor"] = multiply_factor
        if order_type is not UNSET:
            field_dict["order_type"] = order_type
        if price_factor is not UNSET:
            field_dict["price_factor"] = price_factor
        if day_buy_quantity is not UNSET:
            field_dict["day_buy_quantity"] = day_buy_quantity
        if day_sell_quantity is not UNSET:
            field_dict["day_sell_quantity"] = day_sell_quantity
        if day_buy_amount is not UNSET:
            field_dict["day_buy_amount"] = day_buy_amount
        if day_sell_amount is not UNSET:
            field_dict["day_sell_amount"] = day_sell_amount
        if day_buy_avg_price is not UNSET:
            field_dict["day_buy_avg_price"] = day_buy_avg_price
        if day_sell_avg_amount is not UNSET:
            field_dict["day_sell_avg_amount"] = day_sell_avg_amount
        if day_sell_avg_price is not UNSET:
            field_dict["day_sell_avg_price"] = day_sell_avg_price
        if cf_buy_quantity is not UNSET:
            field_dict["cf_buy_quantity"] = cf_buy_quantity
        if cf_sell_quantity is not UNSET:
            field_dict["cf_sell_quantity"] = cf_sell_quantity
        if cf_buy_amount is not UNSET:
            field_dict["cf_buy_amount"] = cf_buy_amount
        if cf_avg_price is not UNSET:
            field_dict["cf_avg_price"] = cf_avg_price
        if cf_sell_amount is not UNSET:
            field_dict["cf_sell_amount"] = cf_sell_amount
        if cf_sell_avg_price is not UNSET:
            field_dict["cf_sell_avg_price"] = cf_sell_avg_price
        if cf_org_avg_price is not UNSET:
            field_dict["cf_org_avg_price"] = cf_org_avg_price
        if open_buy_quantity is not UNSET:
            field_dict["open_buy_quantity"] = open_buy_quantity
        if open_sell_quantity is not UNSET:
            field_dict["open_sell_quantity"] = open_sell_quantity
        if open_buy_amount is not UNSET:
            field_dict["open_buy_amount"] = open_buy_amount
        if open_buy_avg_price is not UNSET:
            field_dict["open_buy_avg_price"] = open_buy_avg_price
        if open_sell_amount is not UNSET:
            field_dict["open_sell_amount"] = open_sell_amount
        if open_sell_avg_price is not UNSET:
            field_dict["open_sell_avg_price"] = open_sell_avg_price
        if net_quantity is not UNSET:
            field_dict["net_quantity"] = net_quantity
        if net_avg_price is not UNSET:
            field_dict["net_avg_price"] = net_avg_price
        if last_trade_price is not UNSET:
            field_dict["last_trade_price"] = last_trade_price
        if unrealized_mtom is not UNSET:
            field_dict["unrealized_mtom"] = unrealized_mtom
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if frozen_quantity is not UNSET:
            field_dict["frozen_quantity"] = frozen_quantity
        if upload_price is not UNSET:
            field_dict["upload_price"] = upload_price
        if bep is not UNSET:
            field_dict["bep"] = bep

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
        wealthy_position = cls.__new__(cls)
        wealthy_position.__dict__ = d
        return wealthy_position

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
    "price_precision",
    "multiply_factor",
    "order_type",
    "price_factor",
    "day_buy_quantity",
    "day_sell_quantity",
    "day_buy_amount",
    "day_sell_amount",
    "day_buy_avg_price",
    "day_sell_avg_amount",
    "day_sell_avg_price",
    "cf_buy_quantity",
    "cf_sell_quantity",
    "cf_buy_amount",
    "cf_avg_price",
    "cf_sell_amount",
    "cf_sell_avg_price",
    "cf_org_avg_price",
    "open_buy_quantity",
    "open_sell_quantity",
    "open_buy_amount",
    "open_buy_avg_price",
    "open_sell_amount",
    "open_sell_avg_price",
    "net_quantity",
    "net_avg_price",
    "last_trade_price",
    "unrealized_mtom",
    "realized_pnl",
    "frozen_quantity",
    "upload_price",
    "bep",
):
    setattr(WealthyPosition, _name, UNSET)
del _name
