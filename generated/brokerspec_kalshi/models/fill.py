from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="Fill")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
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
    ),
    required=3,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class Fill:
    """One execution of one of the member's orders. Only the identifiers (`trade_id`, `order_id`, `ticker`) are
    required: prices, counts and sides changed representation between eras, so read whichever is present.

    """

    trade_id: str
    """ Id of the trade (match) this fill belongs to. """
    order_id: str
    """ The member's order that was filled. """
    ticker: str
    """ Market ticker. """
    fill_id: str | Unset = UNSET
    """ Id of this fill (newer wire; equal to `trade_id` in practice). """
    market_ticker: str | Unset = UNSET
    """ Market ticker again (newer wire). """
    side: str | Unset = UNSET
    """ Deprecated: the contract side of the order, `yes` or `no`. Prefer `outcome_side`. """
    action: str | Unset = UNSET
    """ Deprecated: `buy` or `sell`. Prefer `book_side`. """
    purchased_side: str | Unset = UNSET
    """ The side bought, `yes` or `no` (seed era). """
    outcome_side: str | Unset = UNSET
    """ The outcome the contracts are on, `yes` or `no` (2026). """
    book_side: str | Unset = UNSET
    """ The side of the YES book the order was on, `bid` or `ask` (2026). """
    count: int | Unset = UNSET
    """ Contracts filled (integer, 2025 and before). """
    count_fp: str | Unset = UNSET
    """ Contracts filled as a fixed-point string, e.g. `"2.00"` (2026). """
    yes_price: int | Unset = UNSET
    """ YES price in cents (2025 and before). """
    no_price: int | Unset = UNSET
    """ NO price in cents (2025 and before). """
    yes_price_fixed: str | Unset = UNSET
    """ YES price in dollars, e.g. `"0.0400"` (2025). """
    no_price_fixed: str | Unset = UNSET
    """ NO price in dollars, e.g. `"0.9600"` (2025). """
    yes_price_dollars: str | Unset = UNSET
    """ YES price in dollars, e.g. `"0.4100"` (2026). """
    no_price_dollars: str | Unset = UNSET
    """ NO price in dollars (2026). """
    price: float | Unset = UNSET
    """ Deprecated: the fill price in dollars as a JSON number (e.g. `0.04`). Kept only so it round-trips;
    never compute money from it — use the dollar strings.
     """
    is_taker: bool | Unset = UNSET
    """ True if the member's order took liquidity (and paid the taker fee). """
    fee_cost: str | Unset = UNSET
    """ Fee charged for this fill, in dollars, e.g. `"0.014000"` (2026). """
    created_time: str | Unset = UNSET
    """ When the fill happened, RFC 3339. """
    ts: int | Unset = UNSET
    """ When the fill happened, Unix seconds. """
    subaccount_number: int | Unset = UNSET
    """ Subaccount the fill belongs to (0 = primary). """
    exchange_index: int | Unset = UNSET
    """ Exchange the fill happened on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        additional_properties: dict[str, Any] = {}
        for key in unknown:
            additional_properties[key] = d.pop(key)
        d["additional_properties"] = additional_properties
        fill = cls.__new__(cls)
        fill.__dict__ = d
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


# brokerspec: from_dict leaves the fields a body does not send out of the instance's __dict__; they read as
# UNSET from here (attrs removed the class-level defaults; `__init__` still sets every field on the instance).
for _name in (
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
):
    setattr(Fill, _name, UNSET)
del _name
