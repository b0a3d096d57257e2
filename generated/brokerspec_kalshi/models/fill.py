from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="Fill")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "trade_id",
        "order_id",
        "ticker",
        "fill_id",
        "market_ticker",
        "side",
        "action",
        "purchased_side",
        "outcome_side",
        "book_side",
        "count",
        "count_fp",
        "yes_price",
        "no_price",
        "yes_price_fixed",
        "no_price_fixed",
        "yes_price_dollars",
        "no_price_dollars",
        "price",
        "is_taker",
        "fee_cost",
        "created_time",
        "ts",
        "subaccount_number",
        "exchange_index",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "trade_id",
    "order_id",
    "ticker",
    "fill_id",
    "market_ticker",
    "side",
    "action",
    "purchased_side",
    "outcome_side",
    "book_side",
    "count",
    "count_fp",
    "yes_price",
    "no_price",
    "yes_price_fixed",
    "no_price_fixed",
    "yes_price_dollars",
    "no_price_dollars",
    "price",
    "is_taker",
    "fee_cost",
    "created_time",
    "ts",
    "subaccount_number",
    "exchange_index",
    "additional_properties",
)


class Fill:
    """One execution of one of the member's orders. Only the identifiers (`trade_id`, `order_id`, `ticker`) are
    required: prices, counts and sides changed representation between eras, so read whichever is present.
    Direction: `book_side`/`outcome_side` (the same bit: `bid` ≡ `yes`, `ask` ≡ `no`); `yes_price_dollars` is
    the YES-book price whatever the direction. `side`/`action` are the deprecated legacy pair.

    """

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        trade_id: str,
        order_id: str,
        ticker: str,
        fill_id: str | Unset = UNSET,
        market_ticker: str | Unset = UNSET,
        side: str | Unset = UNSET,
        action: str | Unset = UNSET,
        purchased_side: str | Unset = UNSET,
        outcome_side: str | Unset = UNSET,
        book_side: str | Unset = UNSET,
        count: int | Unset = UNSET,
        count_fp: str | Unset = UNSET,
        yes_price: int | Unset = UNSET,
        no_price: int | Unset = UNSET,
        yes_price_fixed: str | Unset = UNSET,
        no_price_fixed: str | Unset = UNSET,
        yes_price_dollars: str | Unset = UNSET,
        no_price_dollars: str | Unset = UNSET,
        price: float | Unset = UNSET,
        is_taker: bool | Unset = UNSET,
        fee_cost: str | Unset = UNSET,
        created_time: str | Unset = UNSET,
        ts: int | Unset = UNSET,
        subaccount_number: int | None | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["trade_id"] = trade_id
        self._body["order_id"] = order_id
        self._body["ticker"] = ticker
        if not isinstance(fill_id, Unset):
            self._body["fill_id"] = fill_id
        if not isinstance(market_ticker, Unset):
            self._body["market_ticker"] = market_ticker
        if not isinstance(side, Unset):
            self._body["side"] = side
        if not isinstance(action, Unset):
            self._body["action"] = action
        if not isinstance(purchased_side, Unset):
            self._body["purchased_side"] = purchased_side
        if not isinstance(outcome_side, Unset):
            self._body["outcome_side"] = outcome_side
        if not isinstance(book_side, Unset):
            self._body["book_side"] = book_side
        if not isinstance(count, Unset):
            self._body["count"] = count
        if not isinstance(count_fp, Unset):
            self._body["count_fp"] = count_fp
        if not isinstance(yes_price, Unset):
            self._body["yes_price"] = yes_price
        if not isinstance(no_price, Unset):
            self._body["no_price"] = no_price
        if not isinstance(yes_price_fixed, Unset):
            self._body["yes_price_fixed"] = yes_price_fixed
        if not isinstance(no_price_fixed, Unset):
            self._body["no_price_fixed"] = no_price_fixed
        if not isinstance(yes_price_dollars, Unset):
            self._body["yes_price_dollars"] = yes_price_dollars
        if not isinstance(no_price_dollars, Unset):
            self._body["no_price_dollars"] = no_price_dollars
        if not isinstance(price, Unset):
            self._body["price"] = price
        if not isinstance(is_taker, Unset):
            self._body["is_taker"] = is_taker
        if not isinstance(fee_cost, Unset):
            self._body["fee_cost"] = fee_cost
        if not isinstance(created_time, Unset):
            self._body["created_time"] = created_time
        if not isinstance(ts, Unset):
            self._body["ts"] = ts
        if not isinstance(subaccount_number, Unset):
            self._body["subaccount_number"] = subaccount_number
        if not isinstance(exchange_index, Unset):
            self._body["exchange_index"] = exchange_index

    @property
    def trade_id(self) -> str:
        """Id of the trade (match) this fill belongs to."""
        value: str = self._body["trade_id"]
        return value

    @trade_id.setter
    def trade_id(self, value: str) -> None:
        target = self._own_body()
        target["trade_id"] = value

    @property
    def order_id(self) -> str:
        """The member's order that was filled."""
        value: str = self._body["order_id"]
        return value

    @order_id.setter
    def order_id(self, value: str) -> None:
        target = self._own_body()
        target["order_id"] = value

    @property
    def ticker(self) -> str:
        """Market ticker."""
        value: str = self._body["ticker"]
        return value

    @ticker.setter
    def ticker(self, value: str) -> None:
        target = self._own_body()
        target["ticker"] = value

    @property
    def fill_id(self) -> str | Unset:
        """Id of this fill (newer wire; equal to `trade_id` in practice)."""
        value: str | Unset = self._body.get("fill_id", UNSET)
        return value

    @fill_id.setter
    def fill_id(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("fill_id", None)
        else:
            target["fill_id"] = value

    @property
    def market_ticker(self) -> str | Unset:
        """Market ticker again (newer wire)."""
        value: str | Unset = self._body.get("market_ticker", UNSET)
        return value

    @market_ticker.setter
    def market_ticker(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("market_ticker", None)
        else:
            target["market_ticker"] = value

    @property
    def side(self) -> str | Unset:
        """Deprecated (may be absent): the legacy contract side, `yes` or `no`. Use `book_side`/`outcome_side`."""
        value: str | Unset = self._body.get("side", UNSET)
        return value

    @side.setter
    def side(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("side", None)
        else:
            target["side"] = value

    @property
    def action(self) -> str | Unset:
        """Deprecated (may be absent): `buy` or `sell`. Never pair it with `outcome_side`."""
        value: str | Unset = self._body.get("action", UNSET)
        return value

    @action.setter
    def action(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("action", None)
        else:
            target["action"] = value

    @property
    def purchased_side(self) -> str | Unset:
        """The side bought, `yes` or `no` (seed era)."""
        value: str | Unset = self._body.get("purchased_side", UNSET)
        return value

    @purchased_side.setter
    def purchased_side(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("purchased_side", None)
        else:
            target["purchased_side"] = value

    @property
    def outcome_side(self) -> str | Unset:
        """The exposure the fill gave, `yes` (a bid) or `no` (an ask): buy-YES and sell-NO are `yes` (2026)."""
        value: str | Unset = self._body.get("outcome_side", UNSET)
        return value

    @outcome_side.setter
    def outcome_side(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("outcome_side", None)
        else:
            target["outcome_side"] = value

    @property
    def book_side(self) -> str | Unset:
        """The side of the YES book the order was on, `bid` or `ask` (2026)."""
        value: str | Unset = self._body.get("book_side", UNSET)
        return value

    @book_side.setter
    def book_side(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("book_side", None)
        else:
            target["book_side"] = value

    @property
    def count(self) -> int | Unset:
        """Contracts filled (integer, 2025 and before)."""
        value: int | Unset = self._body.get("count", UNSET)
        return value

    @count.setter
    def count(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("count", None)
        else:
            target["count"] = value

    @property
    def count_fp(self) -> str | Unset:
        """Contracts filled as a fixed-point string, e.g. `"2.00"` (2026)."""
        value: str | Unset = self._body.get("count_fp", UNSET)
        return value

    @count_fp.setter
    def count_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("count_fp", None)
        else:
            target["count_fp"] = value

    @property
    def yes_price(self) -> int | Unset:
        """YES price in cents (2025 and before)."""
        value: int | Unset = self._body.get("yes_price", UNSET)
        return value

    @yes_price.setter
    def yes_price(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_price", None)
        else:
            target["yes_price"] = value

    @property
    def no_price(self) -> int | Unset:
        """NO price in cents (2025 and before)."""
        value: int | Unset = self._body.get("no_price", UNSET)
        return value

    @no_price.setter
    def no_price(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_price", None)
        else:
            target["no_price"] = value

    @property
    def yes_price_fixed(self) -> str | Unset:
        """YES price in dollars, e.g. `"0.0400"` (2025)."""
        value: str | Unset = self._body.get("yes_price_fixed", UNSET)
        return value

    @yes_price_fixed.setter
    def yes_price_fixed(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_price_fixed", None)
        else:
            target["yes_price_fixed"] = value

    @property
    def no_price_fixed(self) -> str | Unset:
        """NO price in dollars, e.g. `"0.9600"` (2025)."""
        value: str | Unset = self._body.get("no_price_fixed", UNSET)
        return value

    @no_price_fixed.setter
    def no_price_fixed(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_price_fixed", None)
        else:
            target["no_price_fixed"] = value

    @property
    def yes_price_dollars(self) -> str | Unset:
        """YES price in dollars, e.g. `"0.4100"` (2026)."""
        value: str | Unset = self._body.get("yes_price_dollars", UNSET)
        return value

    @yes_price_dollars.setter
    def yes_price_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_price_dollars", None)
        else:
            target["yes_price_dollars"] = value

    @property
    def no_price_dollars(self) -> str | Unset:
        """NO price in dollars (2026)."""
        value: str | Unset = self._body.get("no_price_dollars", UNSET)
        return value

    @no_price_dollars.setter
    def no_price_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_price_dollars", None)
        else:
            target["no_price_dollars"] = value

    @property
    def price(self) -> float | Unset:
        """Deprecated: the fill price in dollars as a JSON number (e.g. `0.04`). Kept only so it round-trips;
        never compute money from it — use the dollar strings.
        """
        value: float | Unset = self._body.get("price", UNSET)
        return value

    @price.setter
    def price(self, value: float | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("price", None)
        else:
            target["price"] = value

    @property
    def is_taker(self) -> bool | Unset:
        """True if the member's order took liquidity (and paid the taker fee)."""
        value: bool | Unset = self._body.get("is_taker", UNSET)
        return value

    @is_taker.setter
    def is_taker(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("is_taker", None)
        else:
            target["is_taker"] = value

    @property
    def fee_cost(self) -> str | Unset:
        """Fee charged for this fill, in dollars, e.g. `"0.014000"` (2026)."""
        value: str | Unset = self._body.get("fee_cost", UNSET)
        return value

    @fee_cost.setter
    def fee_cost(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("fee_cost", None)
        else:
            target["fee_cost"] = value

    @property
    def created_time(self) -> str | Unset:
        """When the fill happened, RFC 3339; may be absent (a maker fill), then read `ts`."""
        value: str | Unset = self._body.get("created_time", UNSET)
        return value

    @created_time.setter
    def created_time(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("created_time", None)
        else:
            target["created_time"] = value

    @property
    def ts(self) -> int | Unset:
        """When the fill happened, Unix seconds."""
        value: int | Unset = self._body.get("ts", UNSET)
        return value

    @ts.setter
    def ts(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("ts", None)
        else:
            target["ts"] = value

    @property
    def subaccount_number(self) -> int | None | Unset:
        """Subaccount the fill belongs to (0 = primary)."""
        value: int | None | Unset = self._body.get("subaccount_number", UNSET)
        return value

    @subaccount_number.setter
    def subaccount_number(self, value: int | None | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("subaccount_number", None)
        else:
            target["subaccount_number"] = value

    @property
    def exchange_index(self) -> int | Unset:
        """Exchange shard the fill happened on."""
        value: int | Unset = self._body.get("exchange_index", UNSET)
        return value

    @exchange_index.setter
    def exchange_index(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("exchange_index", None)
        else:
            target["exchange_index"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.trade_id,
            self.order_id,
            self.ticker,
            self.fill_id,
            self.market_ticker,
            self.side,
            self.action,
            self.purchased_side,
            self.outcome_side,
            self.book_side,
            self.count,
            self.count_fp,
            self.yes_price,
            self.no_price,
            self.yes_price_fixed,
            self.no_price_fixed,
            self.yes_price_dollars,
            self.no_price_dollars,
            self.price,
            self.is_taker,
            self.fee_cost,
            self.created_time,
            self.ts,
            self.subaccount_number,
            self.exchange_index,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Fill) or other.__class__ is not self.__class__:
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
        trade_id = self.trade_id

        order_id = self.order_id

        ticker = self.ticker

        fill_id = self.fill_id

        market_ticker = self.market_ticker

        side = self.side

        action = self.action

        purchased_side = self.purchased_side

        outcome_side = self.outcome_side

        book_side = self.book_side

        count = self.count

        count_fp = self.count_fp

        yes_price = self.yes_price

        no_price = self.no_price

        yes_price_fixed = self.yes_price_fixed

        no_price_fixed = self.no_price_fixed

        yes_price_dollars = self.yes_price_dollars

        no_price_dollars = self.no_price_dollars

        price = self.price

        is_taker = self.is_taker

        fee_cost = self.fee_cost

        created_time = self.created_time

        ts = self.ts

        subaccount_number: int | None | Unset
        if isinstance(self.subaccount_number, Unset):
            subaccount_number = UNSET
        else:
            subaccount_number = self.subaccount_number

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trade_id": trade_id,
                "order_id": order_id,
                "ticker": ticker,
            }
        )
        if fill_id is not UNSET:
            field_dict["fill_id"] = fill_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if side is not UNSET:
            field_dict["side"] = side
        if action is not UNSET:
            field_dict["action"] = action
        if purchased_side is not UNSET:
            field_dict["purchased_side"] = purchased_side
        if outcome_side is not UNSET:
            field_dict["outcome_side"] = outcome_side
        if book_side is not UNSET:
            field_dict["book_side"] = book_side
        if count is not UNSET:
            field_dict["count"] = count
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if yes_price is not UNSET:
            field_dict["yes_price"] = yes_price
        if no_price is not UNSET:
            field_dict["no_price"] = no_price
        if yes_price_fixed is not UNSET:
            field_dict["yes_price_fixed"] = yes_price_fixed
        if no_price_fixed is not UNSET:
            field_dict["no_price_fixed"] = no_price_fixed
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if price is not UNSET:
            field_dict["price"] = price
        if is_taker is not UNSET:
            field_dict["is_taker"] = is_taker
        if fee_cost is not UNSET:
            field_dict["fee_cost"] = fee_cost
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if ts is not UNSET:
            field_dict["ts"] = ts
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "trade_id" not in body:
            raise KeyError("trade_id")
        if "order_id" not in body:
            raise KeyError("order_id")
        if "ticker" not in body:
            raise KeyError("ticker")
        fill = cls.__new__(cls)
        fill._body = body
        fill._own = False
        fill._additional = None
        return fill

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
