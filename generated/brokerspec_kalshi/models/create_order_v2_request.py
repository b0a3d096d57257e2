from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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
from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="CreateOrderV2Request")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
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
    ),
    required=6,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class CreateOrderV2Request:
    """A limit order on the YES book. `count` and `price` are strings: JSON numbers are rejected by Kalshi.
    Mapping: buy YES at p = `bid` at p; sell YES at p = `ask` at p; buy NO at p = `ask` at 1 − p;
    sell NO at p = `bid` at 1 − p.

    """

    ticker: str
    """ Market ticker. """
    side: CreateOrderV2RequestSide
    """ Side of the YES book. """
    count: str
    """ Number of contracts, e.g. `"10.00"` (at most 2 decimals). """
    price: str
    """ YES limit price in dollars between 0.01 and 0.99, e.g. `"0.5600"`; must be on the market's tick. """
    time_in_force: CreateOrderV2RequestTimeInForce
    """ `good_till_canceled` rests until filled, cancelled or `expiration_time`; `immediate_or_cancel` fills
    what it can now and cancels the rest; `fill_or_kill` fills completely now or not at all.
     """
    self_trade_prevention_type: CreateOrderV2RequestSelfTradePreventionType
    """ When the order would match the member's own resting order: `taker_at_cross` cancels the incoming
    order, `maker` cancels the resting one.
     """
    client_order_id: str | Unset = UNSET
    """ The member's own id for the order; must never have been used before (409 otherwise). """
    expiration_time: int | Unset = UNSET
    """ Unix seconds at which a `good_till_canceled` order lapses. """
    post_only: bool | Unset = UNSET
    """ Refuse the order (400 `invalid_order`, `post only cross`) rather than let it take liquidity. """
    reduce_only: bool | Unset = UNSET
    """ Only allow the order to shrink an existing position. """
    cancel_order_on_pause: bool | Unset = UNSET
    """ Cancel the order if trading in the market is paused. """
    subaccount: int | Unset = UNSET
    """ Subaccount to trade in (0 = primary). """
    order_group_id: str | Unset = UNSET
    """ Order group whose contracts limit applies to this order. """

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        for key in unknown:
            del d[key]
        side = check_create_order_v2_request_side(d.pop("side"))

        d["side"] = side
        time_in_force = check_create_order_v2_request_time_in_force(
            d.pop("time_in_force")
        )

        d["time_in_force"] = time_in_force
        self_trade_prevention_type = (
            check_create_order_v2_request_self_trade_prevention_type(
                d.pop("self_trade_prevention_type")
            )
        )

        d["self_trade_prevention_type"] = self_trade_prevention_type
        create_order_v2_request = cls.__new__(cls)
        create_order_v2_request.__dict__ = d
        return create_order_v2_request


# brokerspec: from_dict leaves the fields a body does not send out of the instance's __dict__; they read as
# UNSET from here (attrs removed the class-level defaults; `__init__` still sets every field on the instance).
for _name in (
    "client_order_id",
    "expiration_time",
    "post_only",
    "reduce_only",
    "cancel_order_on_pause",
    "subaccount",
    "order_group_id",
):
    setattr(CreateOrderV2Request, _name, UNSET)
del _name
