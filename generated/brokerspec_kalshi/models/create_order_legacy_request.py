from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..models.create_order_legacy_request_action import (
    CreateOrderLegacyRequestAction,
    check_create_order_legacy_request_action,
)
from ..models.create_order_legacy_request_self_trade_prevention_type import (
    CreateOrderLegacyRequestSelfTradePreventionType,
    check_create_order_legacy_request_self_trade_prevention_type,
)
from ..models.create_order_legacy_request_side import (
    CreateOrderLegacyRequestSide,
    check_create_order_legacy_request_side,
)
from ..models.create_order_legacy_request_time_in_force import (
    CreateOrderLegacyRequestTimeInForce,
    check_create_order_legacy_request_time_in_force,
)
from ..models.create_order_legacy_request_type import (
    CreateOrderLegacyRequestType,
    check_create_order_legacy_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderLegacyRequest")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ticker",
        "side",
        "action",
        "count",
        "type",
        "yes_price",
        "no_price",
        "yes_price_dollars",
        "no_price_dollars",
        "client_order_id",
        "expiration_ts",
        "time_in_force",
        "buy_max_cost",
        "post_only",
        "sell_position_floor",
        "sell_position_capped",
        "self_trade_prevention_type",
        "order_group_id",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "ticker",
    "side",
    "action",
    "count",
    "type_",
    "yes_price",
    "no_price",
    "yes_price_dollars",
    "no_price_dollars",
    "client_order_id",
    "expiration_ts",
    "time_in_force",
    "buy_max_cost",
    "post_only",
    "sell_position_floor",
    "sell_position_capped",
    "self_trade_prevention_type",
    "order_group_id",
)


class CreateOrderLegacyRequest:
    """Body of the retired legacy create endpoint. Give exactly one price: `yes_price` or `no_price` (integer
    cents, 1–99) or `yes_price_dollars` / `no_price_dollars` (dollar string).

    """

    __slots__ = ("_body", "_converted", "_own")

    def __init__(
        self,
        ticker: str,
        side: CreateOrderLegacyRequestSide,
        action: CreateOrderLegacyRequestAction,
        count: int,
        type_: CreateOrderLegacyRequestType | Unset = UNSET,
        yes_price: int | Unset = UNSET,
        no_price: int | Unset = UNSET,
        yes_price_dollars: str | Unset = UNSET,
        no_price_dollars: str | Unset = UNSET,
        client_order_id: str | Unset = UNSET,
        expiration_ts: int | Unset = UNSET,
        time_in_force: CreateOrderLegacyRequestTimeInForce | Unset = UNSET,
        buy_max_cost: int | Unset = UNSET,
        post_only: bool | Unset = UNSET,
        sell_position_floor: int | Unset = UNSET,
        sell_position_capped: bool | Unset = UNSET,
        self_trade_prevention_type: CreateOrderLegacyRequestSelfTradePreventionType
        | Unset = UNSET,
        order_group_id: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._body["ticker"] = ticker
        self._converted["side"] = side
        self._converted["action"] = action
        self._body["count"] = count
        if not isinstance(type_, Unset):
            self._converted["type_"] = type_
        if not isinstance(yes_price, Unset):
            self._body["yes_price"] = yes_price
        if not isinstance(no_price, Unset):
            self._body["no_price"] = no_price
        if not isinstance(yes_price_dollars, Unset):
            self._body["yes_price_dollars"] = yes_price_dollars
        if not isinstance(no_price_dollars, Unset):
            self._body["no_price_dollars"] = no_price_dollars
        if not isinstance(client_order_id, Unset):
            self._body["client_order_id"] = client_order_id
        if not isinstance(expiration_ts, Unset):
            self._body["expiration_ts"] = expiration_ts
        if not isinstance(time_in_force, Unset):
            self._converted["time_in_force"] = time_in_force
        if not isinstance(buy_max_cost, Unset):
            self._body["buy_max_cost"] = buy_max_cost
        if not isinstance(post_only, Unset):
            self._body["post_only"] = post_only
        if not isinstance(sell_position_floor, Unset):
            self._body["sell_position_floor"] = sell_position_floor
        if not isinstance(sell_position_capped, Unset):
            self._body["sell_position_capped"] = sell_position_capped
        if not isinstance(self_trade_prevention_type, Unset):
            self._converted["self_trade_prevention_type"] = self_trade_prevention_type
        if not isinstance(order_group_id, Unset):
            self._body["order_group_id"] = order_group_id

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
    def side(self) -> CreateOrderLegacyRequestSide:
        """Contract side."""
        value: CreateOrderLegacyRequestSide = self._converted["side"]
        return value

    @side.setter
    def side(self, value: CreateOrderLegacyRequestSide) -> None:
        target = self._converted
        target["side"] = value

    @property
    def action(self) -> CreateOrderLegacyRequestAction:
        """Buy or sell that side."""
        value: CreateOrderLegacyRequestAction = self._converted["action"]
        return value

    @action.setter
    def action(self, value: CreateOrderLegacyRequestAction) -> None:
        target = self._converted
        target["action"] = value

    @property
    def count(self) -> int:
        """Number of contracts."""
        value: int = self._body["count"]
        return value

    @count.setter
    def count(self, value: int) -> None:
        target = self._own_body()
        target["count"] = value

    @property
    def type_(self) -> CreateOrderLegacyRequestType | Unset:
        """Order type (the 2025 wire sends `limit`)."""
        value: CreateOrderLegacyRequestType | Unset = self._converted.get(
            "type_", UNSET
        )
        return value

    @type_.setter
    def type_(self, value: CreateOrderLegacyRequestType | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("type_", None)
        else:
            target["type_"] = value

    @property
    def yes_price(self) -> int | Unset:
        """Limit price of YES in cents."""
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
        """Limit price of NO in cents."""
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
    def yes_price_dollars(self) -> str | Unset:
        """Limit price of YES in dollars, e.g. `"0.0200"`."""
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
        """Limit price of NO in dollars."""
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
    def client_order_id(self) -> str | Unset:
        """The member's own unique id for the order."""
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
    def expiration_ts(self) -> int | Unset:
        """Unix seconds at which the order lapses."""
        value: int | Unset = self._body.get("expiration_ts", UNSET)
        return value

    @expiration_ts.setter
    def expiration_ts(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("expiration_ts", None)
        else:
            target["expiration_ts"] = value

    @property
    def time_in_force(self) -> CreateOrderLegacyRequestTimeInForce | Unset:
        """How long the order may rest."""
        value: CreateOrderLegacyRequestTimeInForce | Unset = self._converted.get(
            "time_in_force", UNSET
        )
        return value

    @time_in_force.setter
    def time_in_force(self, value: CreateOrderLegacyRequestTimeInForce | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("time_in_force", None)
        else:
            target["time_in_force"] = value

    @property
    def buy_max_cost(self) -> int | Unset:
        """For buys, the most to spend in cents; makes the order fill-or-kill up to that cost."""
        value: int | Unset = self._body.get("buy_max_cost", UNSET)
        return value

    @buy_max_cost.setter
    def buy_max_cost(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("buy_max_cost", None)
        else:
            target["buy_max_cost"] = value

    @property
    def post_only(self) -> bool | Unset:
        """Refuse the order rather than let it take liquidity."""
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
    def sell_position_floor(self) -> int | Unset:
        """For sells, do not sell below this position."""
        value: int | Unset = self._body.get("sell_position_floor", UNSET)
        return value

    @sell_position_floor.setter
    def sell_position_floor(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("sell_position_floor", None)
        else:
            target["sell_position_floor"] = value

    @property
    def sell_position_capped(self) -> bool | Unset:
        """For sells, cap the sale at the current position."""
        value: bool | Unset = self._body.get("sell_position_capped", UNSET)
        return value

    @sell_position_capped.setter
    def sell_position_capped(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("sell_position_capped", None)
        else:
            target["sell_position_capped"] = value

    @property
    def self_trade_prevention_type(
        self,
    ) -> CreateOrderLegacyRequestSelfTradePreventionType | Unset:
        """What to do when the order would match the member's own order."""
        value: CreateOrderLegacyRequestSelfTradePreventionType | Unset = (
            self._converted.get("self_trade_prevention_type", UNSET)
        )
        return value

    @self_trade_prevention_type.setter
    def self_trade_prevention_type(
        self, value: CreateOrderLegacyRequestSelfTradePreventionType | Unset
    ) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("self_trade_prevention_type", None)
        else:
            target["self_trade_prevention_type"] = value

    @property
    def order_group_id(self) -> str | Unset:
        """Order group to attach the order to."""
        value: str | Unset = self._body.get("order_group_id", UNSET)
        return value

    @order_group_id.setter
    def order_group_id(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("order_group_id", None)
        else:
            target["order_group_id"] = value

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
            self.action,
            self.count,
            self.type_,
            self.yes_price,
            self.no_price,
            self.yes_price_dollars,
            self.no_price_dollars,
            self.client_order_id,
            self.expiration_ts,
            self.time_in_force,
            self.buy_max_cost,
            self.post_only,
            self.sell_position_floor,
            self.sell_position_capped,
            self.self_trade_prevention_type,
            self.order_group_id,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, CreateOrderLegacyRequest)
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

        action: str = self.action

        count = self.count

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        yes_price = self.yes_price

        no_price = self.no_price

        yes_price_dollars = self.yes_price_dollars

        no_price_dollars = self.no_price_dollars

        client_order_id = self.client_order_id

        expiration_ts = self.expiration_ts

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force

        buy_max_cost = self.buy_max_cost

        post_only = self.post_only

        sell_position_floor = self.sell_position_floor

        sell_position_capped = self.sell_position_capped

        self_trade_prevention_type: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = self.self_trade_prevention_type

        order_group_id = self.order_group_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "action": action,
                "count": count,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if yes_price is not UNSET:
            field_dict["yes_price"] = yes_price
        if no_price is not UNSET:
            field_dict["no_price"] = no_price
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if expiration_ts is not UNSET:
            field_dict["expiration_ts"] = expiration_ts
        if time_in_force is not UNSET:
            field_dict["time_in_force"] = time_in_force
        if buy_max_cost is not UNSET:
            field_dict["buy_max_cost"] = buy_max_cost
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if sell_position_floor is not UNSET:
            field_dict["sell_position_floor"] = sell_position_floor
        if sell_position_capped is not UNSET:
            field_dict["sell_position_capped"] = sell_position_capped
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "ticker" not in body:
            raise KeyError("ticker")
        if "side" not in body:
            raise KeyError("side")
        if "action" not in body:
            raise KeyError("action")
        if "count" not in body:
            raise KeyError("count")
        converted: dict[str, Any] = {}
        side = check_create_order_legacy_request_side(body["side"])

        converted["side"] = side
        action = check_create_order_legacy_request_action(body["action"])

        converted["action"] = action
        if "type" in body:
            _type_ = body["type"]
            type_: CreateOrderLegacyRequestType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_create_order_legacy_request_type(_type_)

            converted["type_"] = type_
        if "time_in_force" in body:
            _time_in_force = body["time_in_force"]
            time_in_force: CreateOrderLegacyRequestTimeInForce | Unset
            if isinstance(_time_in_force, Unset):
                time_in_force = UNSET
            else:
                time_in_force = check_create_order_legacy_request_time_in_force(
                    _time_in_force
                )

            converted["time_in_force"] = time_in_force
        if "self_trade_prevention_type" in body:
            _self_trade_prevention_type = body["self_trade_prevention_type"]
            self_trade_prevention_type: (
                CreateOrderLegacyRequestSelfTradePreventionType | Unset
            )
            if isinstance(_self_trade_prevention_type, Unset):
                self_trade_prevention_type = UNSET
            else:
                self_trade_prevention_type = (
                    check_create_order_legacy_request_self_trade_prevention_type(
                        _self_trade_prevention_type
                    )
                )

            converted["self_trade_prevention_type"] = self_trade_prevention_type
        create_order_legacy_request = cls.__new__(cls)
        create_order_legacy_request._body = body
        create_order_legacy_request._own = False
        create_order_legacy_request._converted = converted
        return create_order_legacy_request
