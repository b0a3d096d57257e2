from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="Order")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "order_id",
        "ticker",
        "client_order_id",
        "user_id",
        "status",
        "type",
        "side",
        "action",
        "outcome_side",
        "book_side",
        "yes_price",
        "no_price",
        "yes_price_dollars",
        "no_price_dollars",
        "initial_count",
        "initial_count_fp",
        "fill_count",
        "fill_count_fp",
        "remaining_count",
        "remaining_count_fp",
        "queue_position",
        "queue_position_fp",
        "taker_fill_cost",
        "taker_fill_cost_dollars",
        "maker_fill_cost",
        "maker_fill_cost_dollars",
        "taker_fees",
        "taker_fees_dollars",
        "maker_fees",
        "maker_fees_dollars",
        "expiration_time",
        "created_time",
        "last_update_time",
        "self_trade_prevention_type",
        "order_group_id",
        "cancel_order_on_pause",
        "post_only",
        "subaccount_number",
        "exchange_index",
    ),
    required=2,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class Order:
    """An order as Kalshi reports it. Only `order_id` and `ticker` are required: counts and prices moved from
    integers (2025) to `*_fp` / `*_dollars` strings (2026), so read whichever is present. `status`, `type`,
    `side` and `action` are open strings.

    """

    order_id: str
    """ Kalshi's id of the order. """
    ticker: str
    """ Market ticker. """
    client_order_id: None | str | Unset = UNSET
    """ The id the member gave the order, if any. """
    user_id: str | Unset = UNSET
    """ Kalshi's id of the member. """
    status: str | Unset = UNSET
    """ Order state. Known values: `resting`, `canceled`, `executed` (others may appear). """
    type_: str | Unset = UNSET
    """ Order type. Known values: `limit`, `market`. """
    side: str | Unset = UNSET
    """ Contract side, `yes` or `no` (legacy description of the order). """
    action: str | Unset = UNSET
    """ `buy` or `sell` (legacy description of the order). """
    outcome_side: str | Unset = UNSET
    """ The outcome the order trades, `yes` or `no` (2026). """
    book_side: str | Unset = UNSET
    """ The side of the YES book, `bid` or `ask` (2026). """
    yes_price: int | Unset = UNSET
    """ YES limit price in cents (2025 and before). """
    no_price: int | Unset = UNSET
    """ NO limit price in cents (2025 and before). """
    yes_price_dollars: str | Unset = UNSET
    """ YES limit price in dollars, e.g. `"0.0200"`. """
    no_price_dollars: str | Unset = UNSET
    """ NO limit price in dollars. """
    initial_count: int | Unset = UNSET
    """ Size the order was placed with (integer era). """
    initial_count_fp: str | Unset = UNSET
    """ Size the order was placed with, fixed-point (2026). """
    fill_count: int | Unset = UNSET
    """ Contracts filled so far (integer era). """
    fill_count_fp: str | Unset = UNSET
    """ Contracts filled so far, fixed-point (2026). """
    remaining_count: int | Unset = UNSET
    """ Contracts still resting (integer era); 0 once cancelled or executed. """
    remaining_count_fp: str | Unset = UNSET
    """ Contracts still resting, fixed-point (2026). """
    queue_position: int | Unset = UNSET
    """ Contracts ahead in the queue (often 0 here; use `get_queue_positions`). """
    queue_position_fp: str | Unset = UNSET
    """ Contracts ahead in the queue, fixed-point (2026). """
    taker_fill_cost: int | Unset = UNSET
    """ Cost of the taker fills, cents (2025 and before). """
    taker_fill_cost_dollars: str | Unset = UNSET
    """ Cost of the taker fills, dollars. `""` on an order that has not traded (2025 wire). """
    maker_fill_cost: int | Unset = UNSET
    """ Cost of the maker fills, cents (2025 and before). """
    maker_fill_cost_dollars: str | Unset = UNSET
    """ Cost of the maker fills, dollars. `""` on an order that has not traded (2025 wire). """
    taker_fees: int | Unset = UNSET
    """ Taker fees paid, cents (2025 and before). """
    taker_fees_dollars: str | Unset = UNSET
    """ Taker fees paid, dollars (2026). """
    maker_fees: int | Unset = UNSET
    """ Maker fees paid, cents (2025 and before). """
    maker_fees_dollars: str | Unset = UNSET
    """ Maker fees paid, dollars (2026). """
    expiration_time: None | str | Unset = UNSET
    """ When a good-till-cancelled order with an expiry lapses, RFC 3339; null when it has none. """
    created_time: None | str | Unset = UNSET
    """ When the order was placed, RFC 3339. """
    last_update_time: None | str | Unset = UNSET
    """ When the order last changed, RFC 3339. """
    self_trade_prevention_type: None | str | Unset = UNSET
    """ `taker_at_cross` or `maker`; null when the order has none. """
    order_group_id: None | str | Unset = UNSET
    """ The order group the order belongs to; null when none. """
    cancel_order_on_pause: bool | Unset = UNSET
    """ Whether the order is cancelled if trading in the market is paused (2026). """
    post_only: bool | Unset = UNSET
    """ Whether the order was placed maker-only (echoed from the create request when sent). """
    subaccount_number: int | Unset = UNSET
    """ Subaccount of the order (0 = primary). """
    exchange_index: int | Unset = UNSET
    """ Exchange the order rests on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        ticker = self.ticker

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        user_id = self.user_id

        status = self.status

        type_ = self.type_

        side = self.side

        action = self.action

        outcome_side = self.outcome_side

        book_side = self.book_side

        yes_price = self.yes_price

        no_price = self.no_price

        yes_price_dollars = self.yes_price_dollars

        no_price_dollars = self.no_price_dollars

        initial_count = self.initial_count

        initial_count_fp = self.initial_count_fp

        fill_count = self.fill_count

        fill_count_fp = self.fill_count_fp

        remaining_count = self.remaining_count

        remaining_count_fp = self.remaining_count_fp

        queue_position = self.queue_position

        queue_position_fp = self.queue_position_fp

        taker_fill_cost = self.taker_fill_cost

        taker_fill_cost_dollars = self.taker_fill_cost_dollars

        maker_fill_cost = self.maker_fill_cost

        maker_fill_cost_dollars = self.maker_fill_cost_dollars

        taker_fees = self.taker_fees

        taker_fees_dollars = self.taker_fees_dollars

        maker_fees = self.maker_fees

        maker_fees_dollars = self.maker_fees_dollars

        expiration_time: None | str | Unset
        if isinstance(self.expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = self.expiration_time

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        last_update_time: None | str | Unset
        if isinstance(self.last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = self.last_update_time

        self_trade_prevention_type: None | str | Unset
        if isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        else:
            self_trade_prevention_type = self.self_trade_prevention_type

        order_group_id: None | str | Unset
        if isinstance(self.order_group_id, Unset):
            order_group_id = UNSET
        else:
            order_group_id = self.order_group_id

        cancel_order_on_pause = self.cancel_order_on_pause

        post_only = self.post_only

        subaccount_number = self.subaccount_number

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "ticker": ticker,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if side is not UNSET:
            field_dict["side"] = side
        if action is not UNSET:
            field_dict["action"] = action
        if outcome_side is not UNSET:
            field_dict["outcome_side"] = outcome_side
        if book_side is not UNSET:
            field_dict["book_side"] = book_side
        if yes_price is not UNSET:
            field_dict["yes_price"] = yes_price
        if no_price is not UNSET:
            field_dict["no_price"] = no_price
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if initial_count is not UNSET:
            field_dict["initial_count"] = initial_count
        if initial_count_fp is not UNSET:
            field_dict["initial_count_fp"] = initial_count_fp
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
        if fill_count_fp is not UNSET:
            field_dict["fill_count_fp"] = fill_count_fp
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if remaining_count_fp is not UNSET:
            field_dict["remaining_count_fp"] = remaining_count_fp
        if queue_position is not UNSET:
            field_dict["queue_position"] = queue_position
        if queue_position_fp is not UNSET:
            field_dict["queue_position_fp"] = queue_position_fp
        if taker_fill_cost is not UNSET:
            field_dict["taker_fill_cost"] = taker_fill_cost
        if taker_fill_cost_dollars is not UNSET:
            field_dict["taker_fill_cost_dollars"] = taker_fill_cost_dollars
        if maker_fill_cost is not UNSET:
            field_dict["maker_fill_cost"] = maker_fill_cost
        if maker_fill_cost_dollars is not UNSET:
            field_dict["maker_fill_cost_dollars"] = maker_fill_cost_dollars
        if taker_fees is not UNSET:
            field_dict["taker_fees"] = taker_fees
        if taker_fees_dollars is not UNSET:
            field_dict["taker_fees_dollars"] = taker_fees_dollars
        if maker_fees is not UNSET:
            field_dict["maker_fees"] = maker_fees
        if maker_fees_dollars is not UNSET:
            field_dict["maker_fees_dollars"] = maker_fees_dollars
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

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
        if "type" in d:
            d["type_"] = d.pop("type")
        d["additional_properties"] = additional_properties
        order = cls.__new__(cls)
        order.__dict__ = d
        return order

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
    "client_order_id",
    "user_id",
    "status",
    "type_",
    "side",
    "action",
    "outcome_side",
    "book_side",
    "yes_price",
    "no_price",
    "yes_price_dollars",
    "no_price_dollars",
    "initial_count",
    "initial_count_fp",
    "fill_count",
    "fill_count_fp",
    "remaining_count",
    "remaining_count_fp",
    "queue_position",
    "queue_position_fp",
    "taker_fill_cost",
    "taker_fill_cost_dollars",
    "maker_fill_cost",
    "maker_fill_cost_dollars",
    "taker_fees",
    "taker_fees_dollars",
    "maker_fees",
    "maker_fees_dollars",
    "expiration_time",
    "created_time",
    "last_update_time",
    "self_trade_prevention_type",
    "order_group_id",
    "cancel_order_on_pause",
    "post_only",
    "subaccount_number",
    "exchange_index",
):
    setattr(Order, _name, UNSET)
del _name
