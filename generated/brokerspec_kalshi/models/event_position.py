from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="EventPosition")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "event_ticker",
        "event_exposure",
        "event_exposure_dollars",
        "total_cost",
        "total_cost_dollars",
        "total_cost_shares",
        "total_cost_shares_fp",
        "realized_pnl",
        "realized_pnl_dollars",
        "fees_paid",
        "fees_paid_dollars",
        "resting_order_count",
    ),
    required=1,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class EventPosition:
    """The member's positions in the markets of one event, aggregated. Only `event_ticker` is required."""

    event_ticker: str
    """ Event ticker. """
    event_exposure: int | Unset = UNSET
    """ Cost of the event's positions at entry, cents. """
    event_exposure_dollars: str | Unset = UNSET
    """ Cost of the event's positions at entry, dollars. """
    total_cost: int | Unset = UNSET
    """ Total cost, cents. """
    total_cost_dollars: str | Unset = UNSET
    """ Total cost, dollars. """
    total_cost_shares: int | Unset = UNSET
    """ Contracts behind `total_cost` (integer era). """
    total_cost_shares_fp: str | Unset = UNSET
    """ Contracts behind `total_cost`, fixed-point (2026). """
    realized_pnl: int | Unset = UNSET
    """ Realized profit and loss, cents. """
    realized_pnl_dollars: str | Unset = UNSET
    """ Realized profit and loss, dollars. """
    fees_paid: int | Unset = UNSET
    """ Fees paid in the event, cents. """
    fees_paid_dollars: str | Unset = UNSET
    """ Fees paid in the event, dollars. """
    resting_order_count: int | Unset = UNSET
    """ Number of the member's resting orders in the event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        event_exposure = self.event_exposure

        event_exposure_dollars = self.event_exposure_dollars

        total_cost = self.total_cost

        total_cost_dollars = self.total_cost_dollars

        total_cost_shares = self.total_cost_shares

        total_cost_shares_fp = self.total_cost_shares_fp

        realized_pnl = self.realized_pnl

        realized_pnl_dollars = self.realized_pnl_dollars

        fees_paid = self.fees_paid

        fees_paid_dollars = self.fees_paid_dollars

        resting_order_count = self.resting_order_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_ticker": event_ticker,
            }
        )
        if event_exposure is not UNSET:
            field_dict["event_exposure"] = event_exposure
        if event_exposure_dollars is not UNSET:
            field_dict["event_exposure_dollars"] = event_exposure_dollars
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if total_cost_dollars is not UNSET:
            field_dict["total_cost_dollars"] = total_cost_dollars
        if total_cost_shares is not UNSET:
            field_dict["total_cost_shares"] = total_cost_shares
        if total_cost_shares_fp is not UNSET:
            field_dict["total_cost_shares_fp"] = total_cost_shares_fp
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if realized_pnl_dollars is not UNSET:
            field_dict["realized_pnl_dollars"] = realized_pnl_dollars
        if fees_paid is not UNSET:
            field_dict["fees_paid"] = fees_paid
        if fees_paid_dollars is not UNSET:
            field_dict["fees_paid_dollars"] = fees_paid_dollars
        if resting_order_count is not UNSET:
            field_dict["resting_order_count"] = resting_order_count

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
        event_position = cls.__new__(cls)
        event_position.__dict__ = d
        return event_position

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
    "event_exposure",
    "event_exposure_dollars",
    "total_cost",
    "total_cost_dollars",
    "total_cost_shares",
    "total_cost_shares_fp",
    "realized_pnl",
    "realized_pnl_dollars",
    "fees_paid",
    "fees_paid_dollars",
    "resting_order_count",
):
    setattr(EventPosition, _name, UNSET)
del _name
