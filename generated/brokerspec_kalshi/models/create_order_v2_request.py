from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..models.create_order_v2_request_self_trade_prevention_type import (
    CreateOrderV2RequestSelfTradePreventionType,
    check_create_order_v2_request_self_trade_prevention_type,
)
from ..models.create_order_v2_request_side import (
    CreateOrderV2RequestSide,
    check_create_order_v2_request_side,
)
from ..models.create_order_v2_request_time_in_force import (
    CreateOrderV2RequestTimeInForce,
    check_create_order_v2_request_time_in_force,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderV2Request")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ticker",
        "side",
        "count",
        "price",
        "time_in_force",
        "self_trade_prevention_type",
        "client_order_id",
        "expiration_time",
        "post_only",
        "reduce_only",
        "cancel_order_on_pause",
        "subaccount",
        "order_group_id",
        "exchange_index",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "ticker",
    "side",
    "count",
    "price",
    "time_in_force",
    "self_trade_prevention_type",
    "client_order_id",
    "expiration_time",
    "post_only",
    "reduce_only",
    "cancel_order_on_pause",
    "subaccount",
    "order_group_id",
    "exchange_index",
)


class CreateOrderV2Request:
    """A limit order on the YES book. `count` and `price` are strings: JSON numbers are rejected by Kalshi.
    Mapping: buy YES at p = `bid` at p; sell YES at p = `ask` at p; buy NO at p = `ask` at 1 − p;
    sell NO at p = `bid` at 1 − p. `reduce_only` needs `immediate_or_cancel`; `expiration_time` needs
    `good_till_canceled`.

    """

    __slots__ = ("_body", "_converted", "_own")

    def __init__(
        self,
        ticker: str,
        side: CreateOrderV2RequestSide,
        count: str,
        price: str,
        time_in_force: CreateOrderV2RequestTimeInForce,
        self_trade_prevention_type: CreateOrderV2RequestSelfTradePreventionType,
        client_order_id: str | Unset = UNSET,
        expiration_time: int | Unset = UNSET,
        post_only: bool | Unset = UNSET,
        reduce_only: bool | Unset = UNSET,
        cancel_order_on_pause: bool | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        order_group_id: str | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._body["ticker"] = ticker
        self._converted["side"] = side
        self._body["count"] = count
        self._body["price"] = price
        self._converted["time_in_force"] = time_in_force
        self._converted["self_trade_prevention_type"] = self_trade_prevention_type
        if not isinstance(client_order_id, Unset):
            self._body["client_order_id"] = client_order_id
        if not isinstance(expiration_time, Unset):
            self._body["expiration_time"] = expiration_time
        if not isinstance(post_only, Unset):
            self._body["post_only"] = post_only
        if not isinstance(reduce_only, Unset):
            self._body["reduce_only"] = reduce_only
        if not isinstance(cancel_order_on_pause, Unset):
            self._body["cancel_order_on_pause"] = cancel_order_on_pause
        if not isinstance(subaccount, Unset):
            self._body["subaccount"] = subaccount
        if not isinstance(order_group_id, Unset):
            self._body["order_group_id"] = order_group_id
        if not isinstance(exchange_index, Unset):
            self._body["exchange_index"] = exchange_index

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
    def side(self) -> CreateOrderV2RequestSide:
        """Side of the YES book."""
        value: CreateOrderV2RequestSide = self._converted["side"]
        return value

    @side.setter
    def side(self, value: CreateOrderV2RequestSide) -> None:
        target = self._converted
        target["side"] = value

    @property
    def count(self) -> str:
        """Number of contracts, 0–2 decimals (`"10"`, `"2.5"`, `"10.00"`): at least `"0.01"` on a market with
        `fractional_trading_enabled`, whole contracts elsewhere.
        """
        value: str = self._body["count"]
        return value

    @count.setter
    def count(self, value: str) -> None:
        target = self._own_body()
        target["count"] = value

    @property
    def price(self) -> str:
        """YES limit price in dollars, 2–4 decimals, strictly between 0 and 1 (e.g. `"0.56"`, `"0.5600"`,
        `"0.0875"`); must sit on the market's `price_ranges` grid.
        """
        value: str = self._body["price"]
        return value

    @price.setter
    def price(self, value: str) -> None:
        target = self._own_body()
        target["price"] = value

    @property
    def time_in_force(self) -> CreateOrderV2RequestTimeInForce:
        """`good_till_canceled` rests until filled, cancelled or `expiration_time`; `immediate_or_cancel` fills
        what it can now and cancels the rest; `fill_or_kill` fills completely now or not at all.
        """
        value: CreateOrderV2RequestTimeInForce = self._converted["time_in_force"]
        return value

    @time_in_force.setter
    def time_in_force(self, value: CreateOrderV2RequestTimeInForce) -> None:
        target = self._converted
        target["time_in_force"] = value

    @property
    def self_trade_prevention_type(self) -> CreateOrderV2RequestSelfTradePreventionType:
        """When the order would match the member's own resting order: `taker_at_cross` cancels the incoming
        order, `maker` cancels the resting one.
        """
        value: CreateOrderV2RequestSelfTradePreventionType = self._converted[
            "self_trade_prevention_type"
        ]
        return value

    @self_trade_prevention_type.setter
    def self_trade_prevention_type(
        self, value: CreateOrderV2RequestSelfTradePreventionType
    ) -> None:
        target = self._converted
        target["self_trade_prevention_type"] = value

    @property
    def client_order_id(self) -> str | Unset:
        """The member's own id for the order; must never have been used before (409 otherwise)."""
        value: str | Unset = self._body.get("client_order_id", UNSET)
        return value

    @client_order_id.setter
    def client_order_id(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("client_order_id", None)
        else:
            target["client_order_id"] = value

    @property
    def expiration_time(self) -> int | Unset:
        """Unix seconds at which a `good_till_canceled` order lapses."""
        value: int | Unset = self._body.get("expiration_time", UNSET)
        return value

    @expiration_time.setter
    def expiration_time(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("expiration_time", None)
        else:
            target["expiration_time"] = value

    @property
    def post_only(self) -> bool | Unset:
        """Refuse the order (400 `invalid_order`, `post only cross`) rather than let it take liquidity."""
        value: bool | Unset = self._body.get("post_only", UNSET)
        return value

    @post_only.setter
    def post_only(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("post_only", None)
        else:
            target["post_only"] = value

    @property
    def reduce_only(self) -> bool | Unset:
        """Cap the order at the position it can close; refused unless `time_in_force` is `immediate_or_cancel`."""
        value: bool | Unset = self._body.get("reduce_only", UNSET)
        return value

    @reduce_only.setter
    def reduce_only(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("reduce_only", None)
        else:
            target["reduce_only"] = value

    @property
    def cancel_order_on_pause(self) -> bool | Unset:
        """Cancel the order if it is resting and trading in the market is paused."""
        value: bool | Unset = self._body.get("cancel_order_on_pause", UNSET)
        return value

    @cancel_order_on_pause.setter
    def cancel_order_on_pause(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("cancel_order_on_pause", None)
        else:
            target["cancel_order_on_pause"] = value

    @property
    def subaccount(self) -> int | Unset:
        """Subaccount to trade in (0 = primary, also when absent; 1–63)."""
        value: int | Unset = self._body.get("subaccount", UNSET)
        return value

    @subaccount.setter
    def subaccount(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("subaccount", None)
        else:
            target["subaccount"] = value

    @property
    def order_group_id(self) -> str | Unset:
        """Order group whose contracts limit applies to this order (a group of the market's shard)."""
        value: str | Unset = self._body.get("order_group_id", UNSET)
        return value

    @order_group_id.setter
    def order_group_id(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("order_group_id", None)
        else:
            target["order_group_id"] = value

    @property
    def exchange_index(self) -> int | Unset:
        """The market's shard; absent or `-1` routes by `ticker` (a shard that does not list it is 404)."""
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
            self.ticker,
            self.side,
            self.count,
            self.price,
            self.time_in_force,
            self.self_trade_prevention_type,
            self.client_order_id,
            self.expiration_time,
            self.post_only,
            self.reduce_only,
            self.cancel_order_on_pause,
            self.subaccount,
            self.order_group_id,
            self.exchange_index,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, CreateOrderV2Request)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(_FIELD_NAMES, self._fields())
        )
        return f"{self.__class__.__name__}({fields})"

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side: str = self.side

        count = self.count

        price = self.price

        time_in_force: str = self.time_in_force

        self_trade_prevention_type: str = self.self_trade_prevention_type

        client_order_id = self.client_order_id

        expiration_time = self.expiration_time

        post_only = self.post_only

        reduce_only = self.reduce_only

        cancel_order_on_pause = self.cancel_order_on_pause

        subaccount = self.subaccount

        order_group_id = self.order_group_id

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "count": count,
                "price": price,
                "time_in_force": time_in_force,
                "self_trade_prevention_type": self_trade_prevention_type,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "ticker" not in body:
            raise KeyError("ticker")
        if "side" not in body:
            raise KeyError("side")
        if "count" not in body:
            raise KeyError("count")
        if "price" not in body:
            raise KeyError("price")
        if "time_in_force" not in body:
            raise KeyError("time_in_force")
        if "self_trade_prevention_type" not in body:
            raise KeyError("self_trade_prevention_type")
        converted: dict[str, Any] = {}
        side = check_create_order_v2_request_side(body["side"])

        converted["side"] = side
        time_in_force = check_create_order_v2_request_time_in_force(
            body["time_in_force"]
        )

        converted["time_in_force"] = time_in_force
        self_trade_prevention_type = (
            check_create_order_v2_request_self_trade_prevention_type(
                body["self_trade_prevention_type"]
            )
        )

        converted["self_trade_prevention_type"] = self_trade_prevention_type
        create_order_v2_request = cls.__new__(cls)
        create_order_v2_request._body = body
        create_order_v2_request._own = False
        create_order_v2_request._converted = converted
        return create_order_v2_request
