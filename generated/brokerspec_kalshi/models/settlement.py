from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="Settlement")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "ticker",
        "event_ticker",
        "market_result",
        "yes_count",
        "yes_count_fp",
        "no_count",
        "no_count_fp",
        "yes_total_cost",
        "yes_total_cost_dollars",
        "no_total_cost",
        "no_total_cost_dollars",
        "revenue",
        "value",
        "fee_cost",
        "settled_time",
    ),
    required=1,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class Settlement:
    """How one market the member held settled. Only `ticker` is required."""

    ticker: str
    """ Market ticker. """
    event_ticker: str | Unset = UNSET
    """ Event ticker (2026). """
    market_result: str | Unset = UNSET
    """ The outcome. Known values: `yes`, `no`, `scalar` (others may appear). """
    yes_count: int | Unset = UNSET
    """ YES contracts held at settlement (integer era). """
    yes_count_fp: str | Unset = UNSET
    """ YES contracts held at settlement, fixed-point (2026). """
    no_count: int | Unset = UNSET
    """ NO contracts held at settlement (integer era). """
    no_count_fp: str | Unset = UNSET
    """ NO contracts held at settlement, fixed-point (2026). """
    yes_total_cost: int | Unset = UNSET
    """ What the YES contracts cost, cents. """
    yes_total_cost_dollars: str | Unset = UNSET
    """ What the YES contracts cost, dollars (2026). """
    no_total_cost: int | Unset = UNSET
    """ What the NO contracts cost, cents. """
    no_total_cost_dollars: str | Unset = UNSET
    """ What the NO contracts cost, dollars (2026). """
    revenue: int | Unset = UNSET
    """ Payout received, cents (integer in every era). """
    value: int | Unset = UNSET
    """ Settlement value as Kalshi reports it, cents (integer in every era). """
    fee_cost: str | Unset = UNSET
    """ Fees charged at settlement, dollars (2026). """
    settled_time: str | Unset = UNSET
    """ When the market settled, RFC 3339. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        event_ticker = self.event_ticker

        market_result = self.market_result

        yes_count = self.yes_count

        yes_count_fp = self.yes_count_fp

        no_count = self.no_count

        no_count_fp = self.no_count_fp

        yes_total_cost = self.yes_total_cost

        yes_total_cost_dollars = self.yes_total_cost_dollars

        no_total_cost = self.no_total_cost

        no_total_cost_dollars = self.no_total_cost_dollars

        revenue = self.revenue

        value = self.value

        fee_cost = self.fee_cost

        settled_time = self.settled_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
            }
        )
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if market_result is not UNSET:
            field_dict["market_result"] = market_result
        if yes_count is not UNSET:
            field_dict["yes_count"] = yes_count
        if yes_count_fp is not UNSET:
            field_dict["yes_count_fp"] = yes_count_fp
        if no_count is not UNSET:
            field_dict["no_count"] = no_count
        if no_count_fp is not UNSET:
            field_dict["no_count_fp"] = no_count_fp
        if yes_total_cost is not UNSET:
            field_dict["yes_total_cost"] = yes_total_cost
        if yes_total_cost_dollars is not UNSET:
            field_dict["yes_total_cost_dollars"] = yes_total_cost_dollars
        if no_total_cost is not UNSET:
            field_dict["no_total_cost"] = no_total_cost
        if no_total_cost_dollars is not UNSET:
            field_dict["no_total_cost_dollars"] = no_total_cost_dollars
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if value is not UNSET:
            field_dict["value"] = value
        if fee_cost is not UNSET:
            field_dict["fee_cost"] = fee_cost
        if settled_time is not UNSET:
            field_dict["settled_time"] = settled_time

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
        settlement = cls.__new__(cls)
        settlement.__dict__ = d
        return settlement

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
    "event_ticker",
    "market_result",
    "yes_count",
    "yes_count_fp",
    "no_count",
    "no_count_fp",
    "yes_total_cost",
    "yes_total_cost_dollars",
    "no_total_cost",
    "no_total_cost_dollars",
    "revenue",
    "value",
    "fee_cost",
    "settled_time",
):
    setattr(Settlement, _name, UNSET)
del _name
