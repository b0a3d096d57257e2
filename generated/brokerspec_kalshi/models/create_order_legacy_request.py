from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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
from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="CreateOrderLegacyRequest")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
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
    ),
    required=4,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class CreateOrderLegacyRequest:
    """Body of the retired legacy create endpoint. Give exactly one price: `yes_price` or `no_price` (integer
    cents, 1–99) or `yes_price_dollars` / `no_price_dollars` (dollar string).

    """

    ticker: str
    """ Market ticker. """
    side: CreateOrderLegacyRequestSide
    """ Contract side. """
    action: CreateOrderLegacyRequestAction
    """ Buy or sell that side. """
    count: int
    """ Number of contracts. """
    type_: CreateOrderLegacyRequestType | Unset = UNSET
    """ Order type (the 2025 wire sends `limit`). """
    yes_price: int | Unset = UNSET
    """ Limit price of YES in cents. """
    no_price: int | Unset = UNSET
    """ Limit price of NO in cents. """
    yes_price_dollars: str | Unset = UNSET
    """ Limit price of YES in dollars, e.g. `"0.0200"`. """
    no_price_dollars: str | Unset = UNSET
    """ Limit price of NO in dollars. """
    client_order_id: str | Unset = UNSET
    """ The member's own unique id for the order. """
    expiration_ts: int | Unset = UNSET
    """ Unix seconds at which the order lapses. """
    time_in_force: CreateOrderLegacyRequestTimeInForce | Unset = UNSET
    """ How long the order may rest. """
    buy_max_cost: int | Unset = UNSET
    """ For buys, the most to spend in cents; makes the order fill-or-kill up to that cost. """
    post_only: bool | Unset = UNSET
    """ Refuse the order rather than let it take liquidity. """
    sell_position_floor: int | Unset = UNSET
    """ For sells, do not sell below this position. """
    sell_position_capped: bool | Unset = UNSET
    """ For sells, cap the sale at the current position. """
    self_trade_prevention_type: (
        CreateOrderLegacyRequestSelfTradePreventionType | Unset
    ) = UNSET
    """ What to do when the order would match the member's own order. """
    order_group_id: str | Unset = UNSET
    """ Order group to attach the order to. """

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
        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        for key in unknown:
            del d[key]
        side = check_create_order_legacy_request_side(d.pop("side"))

        d["side"] = side
        action = check_create_order_legacy_request_action(d.pop("action"))

        d["action"] = action
        if "type" in d:
            _type_ = d.pop("type", UNSET)
            type_: CreateOrderLegacyRequestType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_create_order_legacy_request_type(_type_)

            d["type_"] = type_
        if "time_in_force" in d:
            _time_in_force = d.pop("time_in_force", UNSET)
            time_in_force: CreateOrderLegacyRequestTimeInForce | Unset
            if isinstance(_time_in_force, Unset):
                time_in_force = UNSET
            else:
                time_in_force = check_create_order_legacy_request_time_in_force(
                    _time_in_force
                )

            d["time_in_force"] = time_in_force
        if "self_trade_prevention_type" in d:
            _self_trade_prevention_type = d.pop("self_trade_prevention_type", UNSET)
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

            d["self_trade_prevention_type"] = self_trade_prevention_type
        create_order_legacy_request = cls.__new__(cls)
        create_order_legacy_request.__dict__ = d
        return create_order_legacy_request


# brokerspec: from_dict leaves the fields a body does not send out of the instance's __dict__; they read as
# UNSET from here (attrs removed the class-level defaults; `__init__` still sets every field on the instance).
for _name in (
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
):
    setattr(CreateOrderLegacyRequest, _name, UNSET)
del _name
