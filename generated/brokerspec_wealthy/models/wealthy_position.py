from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="WealthyPosition")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
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
    }
)
_FIELD_NAMES: tuple[str, ...] = (
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
    "additional_properties",
)


class WealthyPosition:
    """One net position for an instrument and product. Prices and amounts are decimal strings (INR) and quantities integer
    strings. An empty string, `"-"` or `"- "` in any of them means absent.

    """

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        exchange_name: int,
        token: str,
        trading_symbol: str,
        lot_size: int | Unset = UNSET,
        tick_size: str | Unset = UNSET,
        price_precision: str | Unset = UNSET,
        multiply_factor: str | Unset = UNSET,
        order_type: int | Unset = UNSET,
        price_factor: str | Unset = UNSET,
        day_buy_quantity: str | Unset = UNSET,
        day_sell_quantity: str | Unset = UNSET,
        day_buy_amount: str | Unset = UNSET,
        day_sell_amount: str | Unset = UNSET,
        day_buy_avg_price: str | Unset = UNSET,
        day_sell_avg_amount: str | Unset = UNSET,
        day_sell_avg_price: str | Unset = UNSET,
        cf_buy_quantity: str | Unset = UNSET,
        cf_sell_quantity: str | Unset = UNSET,
        cf_buy_amount: str | Unset = UNSET,
        cf_avg_price: str | Unset = UNSET,
        cf_sell_amount: str | Unset = UNSET,
        cf_sell_avg_price: str | Unset = UNSET,
        cf_org_avg_price: str | Unset = UNSET,
        open_buy_quantity: str | Unset = UNSET,
        open_sell_quantity: str | Unset = UNSET,
        open_buy_amount: str | Unset = UNSET,
        open_buy_avg_price: str | Unset = UNSET,
        open_sell_amount: str | Unset = UNSET,
        open_sell_avg_price: str | Unset = UNSET,
        net_quantity: str | Unset = UNSET,
        net_avg_price: str | Unset = UNSET,
        last_trade_price: str | Unset = UNSET,
        unrealized_mtom: str | Unset = UNSET,
        realized_pnl: str | Unset = UNSET,
        frozen_quantity: str | Unset = UNSET,
        upload_price: str | Unset = UNSET,
        bep: str | Unset = UNSET,
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
        if not isinstance(price_precision, Unset):
            self._body["price_precision"] = price_precision
        if not isinstance(multiply_factor, Unset):
            self._body["multiply_factor"] = multiply_factor
        if not isinstance(order_type, Unset):
            self._body["order_type"] = order_type
        if not isinstance(price_factor, Unset):
            self._body["price_factor"] = price_factor
        if not isinstance(day_buy_quantity, Unset):
            self._body["day_buy_quantity"] = day_buy_quantity
        if not isinstance(day_sell_quantity, Unset):
            self._body["day_sell_quantity"] = day_sell_quantity
        if not isinstance(day_buy_amount, Unset):
            self._body["day_buy_amount"] = day_buy_amount
        if not isinstance(day_sell_amount, Unset):
            self._body["day_sell_amount"] = day_sell_amount
        if not isinstance(day_buy_avg_price, Unset):
            self._body["day_buy_avg_price"] = day_buy_avg_price
        if not isinstance(day_sell_avg_amount, Unset):
            self._body["day_sell_avg_amount"] = day_sell_avg_amount
        if not isinstance(day_sell_avg_price, Unset):
            self._body["day_sell_avg_price"] = day_sell_avg_price
        if not isinstance(cf_buy_quantity, Unset):
            self._body["cf_buy_quantity"] = cf_buy_quantity
        if not isinstance(cf_sell_quantity, Unset):
            self._body["cf_sell_quantity"] = cf_sell_quantity
        if not isinstance(cf_buy_amount, Unset):
            self._body["cf_buy_amount"] = cf_buy_amount
        if not isinstance(cf_avg_price, Unset):
            self._body["cf_avg_price"] = cf_avg_price
        if not isinstance(cf_sell_amount, Unset):
            self._body["cf_sell_amount"] = cf_sell_amount
        if not isinstance(cf_sell_avg_price, Unset):
            self._body["cf_sell_avg_price"] = cf_sell_avg_price
        if not isinstance(cf_org_avg_price, Unset):
            self._body["cf_org_avg_price"] = cf_org_avg_price
        if not isinstance(open_buy_quantity, Unset):
            self._body["open_buy_quantity"] = open_buy_quantity
        if not isinstance(open_sell_quantity, Unset):
            self._body["open_sell_quantity"] = open_sell_quantity
        if not isinstance(open_buy_amount, Unset):
            self._body["open_buy_amount"] = open_buy_amount
        if not isinstance(open_buy_avg_price, Unset):
            self._body["open_buy_avg_price"] = open_buy_avg_price
        if not isinstance(open_sell_amount, Unset):
            self._body["open_sell_amount"] = open_sell_amount
        if not isinstance(open_sell_avg_price, Unset):
            self._body["open_sell_avg_price"] = open_sell_avg_price
        if not isinstance(net_quantity, Unset):
            self._body["net_quantity"] = net_quantity
        if not isinstance(net_avg_price, Unset):
            self._body["net_avg_price"] = net_avg_price
        if not isinstance(last_trade_price, Unset):
            self._body["last_trade_price"] = last_trade_price
        if not isinstance(unrealized_mtom, Unset):
            self._body["unrealized_mtom"] = unrealized_mtom
        if not isinstance(realized_pnl, Unset):
            self._body["realized_pnl"] = realized_pnl
        if not isinstance(frozen_quantity, Unset):
            self._body["frozen_quantity"] = frozen_quantity
        if not isinstance(upload_price, Unset):
            self._body["upload_price"] = upload_price
        if not isinstance(bep, Unset):
            self._body["bep"] = bep

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
        """Trading symbol on the exchange."""
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
        """Minimum price step, INR."""
        value: str | Unset = self._body.get("tick_size", UNSET)
        return value

    @tick_size.setter
    def tick_size(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("tick_size", None)
        else:
            target["tick_size"] = value

    @property
    def price_precision(self) -> str | Unset:
        """Number of decimal places in prices, as an integer string."""
        value: str | Unset = self._body.get("price_precision", UNSET)
        return value

    @price_precision.setter
    def price_precision(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("price_precision", None)
        else:
            target["price_precision"] = value

    @property
    def multiply_factor(self) -> str | Unset:
        """Contract multiplier applied to quantity when computing value."""
        value: str | Unset = self._body.get("multiply_factor", UNSET)
        return value

    @multiply_factor.setter
    def multiply_factor(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("multiply_factor", None)
        else:
            target["multiply_factor"] = value

    @property
    def order_type(self) -> int | Unset:
        """The position's **product** (despite the name): 1 = CNC (delivery), 2 = MIS (intraday), 3 = NRML
        (carry-forward F&O), 4 = CO (cover order), 5 = BO (bracket order), 6 = MTF (margin trading). Other codes
        may appear and must be passed through, not rejected."""
        value: int | Unset = self._body.get("order_type", UNSET)
        return value

    @order_type.setter
    def order_type(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("order_type", None)
        else:
            target["order_type"] = value

    @property
    def price_factor(self) -> str | Unset:
        """Price factor applied to quoted prices."""
        value: str | Unset = self._body.get("price_factor", UNSET)
        return value

    @price_factor.setter
    def price_factor(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("price_factor", None)
        else:
            target["price_factor"] = value

    @property
    def day_buy_quantity(self) -> str | Unset:
        """Quantity bought today."""
        value: str | Unset = self._body.get("day_buy_quantity", UNSET)
        return value

    @day_buy_quantity.setter
    def day_buy_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("day_buy_quantity", None)
        else:
            target["day_buy_quantity"] = value

    @property
    def day_sell_quantity(self) -> str | Unset:
        """Quantity sold today."""
        value: str | Unset = self._body.get("day_sell_quantity", UNSET)
        return value

    @day_sell_quantity.setter
    def day_sell_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("day_sell_quantity", None)
        else:
            target["day_sell_quantity"] = value

    @property
    def day_buy_amount(self) -> str | Unset:
        """Value bought today, INR."""
        value: str | Unset = self._body.get("day_buy_amount", UNSET)
        return value

    @day_buy_amount.setter
    def day_buy_amount(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("day_buy_amount", None)
        else:
            target["day_buy_amount"] = value

    @property
    def day_sell_amount(self) -> str | Unset:
        """Value sold today, INR."""
        value: str | Unset = self._body.get("day_sell_amount", UNSET)
        return value

    @day_sell_amount.setter
    def day_sell_amount(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("day_sell_amount", None)
        else:
            target["day_sell_amount"] = value

    @property
    def day_buy_avg_price(self) -> str | Unset:
        """Average price of today's buys, INR."""
        value: str | Unset = self._body.get("day_buy_avg_price", UNSET)
        return value

    @day_buy_avg_price.setter
    def day_buy_avg_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("day_buy_avg_price", None)
        else:
            target["day_buy_avg_price"] = value

    @property
    def day_sell_avg_amount(self) -> str | Unset:
        """Average price of today's sells, INR. This is the name the service sends; Wealthy's field table calls
        it `day_sell_avg_price` (also accepted below)."""
        value: str | Unset = self._body.get("day_sell_avg_amount", UNSET)
        return value

    @day_sell_avg_amount.setter
    def day_sell_avg_amount(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("day_sell_avg_amount", None)
        else:
            target["day_sell_avg_amount"] = value

    @property
    def day_sell_avg_price(self) -> str | Unset:
        """Average price of today's sells, INR, under the name Wealthy's field table uses. Not seen in sample
        payloads (they send `day_sell_avg_amount`); read either."""
        value: str | Unset = self._body.get("day_sell_avg_price", UNSET)
        return value

    @day_sell_avg_price.setter
    def day_sell_avg_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("day_sell_avg_price", None)
        else:
            target["day_sell_avg_price"] = value

    @property
    def cf_buy_quantity(self) -> str | Unset:
        """Carried-forward buy quantity."""
        value: str | Unset = self._body.get("cf_buy_quantity", UNSET)
        return value

    @cf_buy_quantity.setter
    def cf_buy_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("cf_buy_quantity", None)
        else:
            target["cf_buy_quantity"] = value

    @property
    def cf_sell_quantity(self) -> str | Unset:
        """Carried-forward sell quantity."""
        value: str | Unset = self._body.get("cf_sell_quantity", UNSET)
        return value

    @cf_sell_quantity.setter
    def cf_sell_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("cf_sell_quantity", None)
        else:
            target["cf_sell_quantity"] = value

    @property
    def cf_buy_amount(self) -> str | Unset:
        """Carried-forward buy value, INR."""
        value: str | Unset = self._body.get("cf_buy_amount", UNSET)
        return value

    @cf_buy_amount.setter
    def cf_buy_amount(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("cf_buy_amount", None)
        else:
            target["cf_buy_amount"] = value

    @property
    def cf_avg_price(self) -> str | Unset:
        """Carried-forward average price, INR."""
        value: str | Unset = self._body.get("cf_avg_price", UNSET)
        return value

    @cf_avg_price.setter
    def cf_avg_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("cf_avg_price", None)
        else:
            target["cf_avg_price"] = value

    @property
    def cf_sell_amount(self) -> str | Unset:
        """Carried-forward sell value, INR."""
        value: str | Unset = self._body.get("cf_sell_amount", UNSET)
        return value

    @cf_sell_amount.setter
    def cf_sell_amount(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("cf_sell_amount", None)
        else:
            target["cf_sell_amount"] = value

    @property
    def cf_sell_avg_price(self) -> str | Unset:
        """Carried-forward average sell price, INR."""
        value: str | Unset = self._body.get("cf_sell_avg_price", UNSET)
        return value

    @cf_sell_avg_price.setter
    def cf_sell_avg_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("cf_sell_avg_price", None)
        else:
            target["cf_sell_avg_price"] = value

    @property
    def cf_org_avg_price(self) -> str | Unset:
        """Original average price of the carried-forward position, INR."""
        value: str | Unset = self._body.get("cf_org_avg_price", UNSET)
        return value

    @cf_org_avg_price.setter
    def cf_org_avg_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("cf_org_avg_price", None)
        else:
            target["cf_org_avg_price"] = value

    @property
    def open_buy_quantity(self) -> str | Unset:
        """Buy quantity of the open position."""
        value: str | Unset = self._body.get("open_buy_quantity", UNSET)
        return value

    @open_buy_quantity.setter
    def open_buy_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("open_buy_quantity", None)
        else:
            target["open_buy_quantity"] = value

    @property
    def open_sell_quantity(self) -> str | Unset:
        """Sell quantity of the open position."""
        value: str | Unset = self._body.get("open_sell_quantity", UNSET)
        return value

    @open_sell_quantity.setter
    def open_sell_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("open_sell_quantity", None)
        else:
            target["open_sell_quantity"] = value

    @property
    def open_buy_amount(self) -> str | Unset:
        """Buy value of the open position, INR."""
        value: str | Unset = self._body.get("open_buy_amount", UNSET)
        return value

    @open_buy_amount.setter
    def open_buy_amount(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("open_buy_amount", None)
        else:
            target["open_buy_amount"] = value

    @property
    def open_buy_avg_price(self) -> str | Unset:
        """Average buy price of the open position, INR."""
        value: str | Unset = self._body.get("open_buy_avg_price", UNSET)
        return value

    @open_buy_avg_price.setter
    def open_buy_avg_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("open_buy_avg_price", None)
        else:
            target["open_buy_avg_price"] = value

    @property
    def open_sell_amount(self) -> str | Unset:
        """Sell value of the open position, INR."""
        value: str | Unset = self._body.get("open_sell_amount", UNSET)
        return value

    @open_sell_amount.setter
    def open_sell_amount(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("open_sell_amount", None)
        else:
            target["open_sell_amount"] = value

    @property
    def open_sell_avg_price(self) -> str | Unset:
        """Average sell price of the open position, INR."""
        value: str | Unset = self._body.get("open_sell_avg_price", UNSET)
        return value

    @open_sell_avg_price.setter
    def open_sell_avg_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("open_sell_avg_price", None)
        else:
            target["open_sell_avg_price"] = value

    @property
    def net_quantity(self) -> str | Unset:
        """Signed net quantity; positive = long, negative = short, "0" = flat."""
        value: str | Unset = self._body.get("net_quantity", UNSET)
        return value

    @net_quantity.setter
    def net_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("net_quantity", None)
        else:
            target["net_quantity"] = value

    @property
    def net_avg_price(self) -> str | Unset:
        """Average price of the net position, INR."""
        value: str | Unset = self._body.get("net_avg_price", UNSET)
        return value

    @net_avg_price.setter
    def net_avg_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("net_avg_price", None)
        else:
            target["net_avg_price"] = value

    @property
    def last_trade_price(self) -> str | Unset:
        """Last traded price, INR."""
        value: str | Unset = self._body.get("last_trade_price", UNSET)
        return value

    @last_trade_price.setter
    def last_trade_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("last_trade_price", None)
        else:
            target["last_trade_price"] = value

    @property
    def unrealized_mtom(self) -> str | Unset:
        """Unrealized mark-to-market profit (negative = loss), INR, as the broker computes it."""
        value: str | Unset = self._body.get("unrealized_mtom", UNSET)
        return value

    @unrealized_mtom.setter
    def unrealized_mtom(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("unrealized_mtom", None)
        else:
            target["unrealized_mtom"] = value

    @property
    def realized_pnl(self) -> str | Unset:
        """Realized profit (negative = loss), INR, as the broker computes it. May be "-0.00"."""
        value: str | Unset = self._body.get("realized_pnl", UNSET)
        return value

    @realized_pnl.setter
    def realized_pnl(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("realized_pnl", None)
        else:
            target["realized_pnl"] = value

    @property
    def frozen_quantity(self) -> str | Unset:
        """Exchange freeze quantity for the instrument."""
        value: str | Unset = self._body.get("frozen_quantity", UNSET)
        return value

    @frozen_quantity.setter
    def frozen_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("frozen_quantity", None)
        else:
            target["frozen_quantity"] = value

    @property
    def upload_price(self) -> str | Unset:
        """Upload price, INR."""
        value: str | Unset = self._body.get("upload_price", UNSET)
        return value

    @upload_price.setter
    def upload_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("upload_price", None)
        else:
            target["upload_price"] = value

    @property
    def bep(self) -> str | Unset:
        """Break-even price, INR (Wealthy's table expands `bep` as "best execution price")."""
        value: str | Unset = self._body.get("bep", UNSET)
        return value

    @bep.setter
    def bep(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("bep", None)
        else:
            target["bep"] = value

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
            self.price_precision,
            self.multiply_factor,
            self.order_type,
            self.price_factor,
            self.day_buy_quantity,
            self.day_sell_quantity,
            self.day_buy_amount,
            self.day_sell_amount,
            self.day_buy_avg_price,
            self.day_sell_avg_amount,
            self.day_sell_avg_price,
            self.cf_buy_quantity,
            self.cf_sell_quantity,
            self.cf_buy_amount,
            self.cf_avg_price,
            self.cf_sell_amount,
            self.cf_sell_avg_price,
            self.cf_org_avg_price,
            self.open_buy_quantity,
            self.open_sell_quantity,
            self.open_buy_amount,
            self.open_buy_avg_price,
            self.open_sell_amount,
            self.open_sell_avg_price,
            self.net_quantity,
            self.net_avg_price,
            self.last_trade_price,
            self.unrealized_mtom,
            self.realized_pnl,
            self.frozen_quantity,
            self.upload_price,
            self.bep,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, WealthyPosition)
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
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "exchange_name" not in body:
            raise KeyError("exchange_name")
        if "token" not in body:
            raise KeyError("token")
        if "trading_symbol" not in body:
            raise KeyError("trading_symbol")
        wealthy_position = cls.__new__(cls)
        wealthy_position._body = body
        wealthy_position._own = False
        wealthy_position._additional = None
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
