from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="MarketPosition")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "ticker",
        "position",
        "position_fp",
        "market_exposure",
        "market_exposure_dollars",
        "realized_pnl",
        "realized_pnl_dollars",
        "fees_paid",
        "fees_paid_dollars",
        "total_traded",
        "total_traded_dollars",
        "resting_orders_count",
        "last_updated_ts",
    ),
    required=1,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class MarketPosition:
    """The member's position in one market. Positive `position` / `position_fp` = YES contracts held, negative =
    NO contracts held. Only `ticker` is required.

    """

    ticker: str
    """ Market ticker. """
    position: int | Unset = UNSET
    """ Signed contracts held (integer era). """
    position_fp: str | Unset = UNSET
    """ Signed contracts held, fixed-point (2026), e.g. `"-103.00"`. """
    market_exposure: int | Unset = UNSET
    """ Cost of the position at entry, cents. """
    market_exposure_dollars: str | Unset = UNSET
    """ Cost of the position at entry, dollars. """
    realized_pnl: int | Unset = UNSET
    """ Realized profit and loss, cents. """
    realized_pnl_dollars: str | Unset = UNSET
    """ Realized profit and loss, dollars. """
    fees_paid: int | Unset = UNSET
    """ Fees paid in this market, cents. """
    fees_paid_dollars: str | Unset = UNSET
    """ Fees paid in this market, dollars. """
    total_traded: int | Unset = UNSET
    """ Total value traded in this market, cents. """
    total_traded_dollars: str | Unset = UNSET
    """ Total value traded in this market, dollars. """
    resting_orders_count: int | Unset = UNSET
    """ Number of the member's resting orders in this market. """
    last_updated_ts: str | Unset = UNSET
    """ When the position last changed, RFC 3339 (despite the name, not Unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        position = self.position

        position_fp = self.position_fp

        market_exposure = self.market_exposure

        market_exposure_dollars = self.market_exposure_dollars

        realized_pnl = self.realized_pnl

        realized_pnl_dollars = self.realized_pnl_dollars

        fees_paid = self.fees_paid

        fees_paid_dollars = self.fees_paid_dollars

        total_traded = self.total_traded

        total_traded_dollars = self.total_traded_dollars

        resting_orders_count = self.resting_orders_count

        last_updated_ts = self.last_updated_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if position_fp is not UNSET:
            field_dict["position_fp"] = position_fp
        if market_exposure is not UNSET:
            field_dict["market_exposure"] = market_exposure
        if market_exposure_dollars is not UNSET:
            field_dict["market_exposure_dollars"] = market_exposure_dollars
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if realized_pnl_dollars is not UNSET:
            field_dict["realized_pnl_dollars"] = realized_pnl_dollars
        if fees_paid is not UNSET:
            field_dict["fees_paid"] = fees_paid
        if fees_paid_dollars is not UNSET:
            field_dict["fees_paid_dollars"] = fees_paid_dollars
        if total_traded is not UNSET:
            field_dict["total_traded"] = total_traded
        if total_traded_dollars is not UNSET:
            field_dict["total_traded_dollars"] = total_traded_dollars
        if resting_orders_count is not UNSET:
            field_dict["resting_orders_count"] = resting_orders_count
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts

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
        market_position = cls.__new__(cls)
        market_position.__dict__ = d
        return market_position

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
    "position",
    "position_fp",
    "market_exposure",
    "market_exposure_dollars",
    "realized_pnl",
    "realized_pnl_dollars",
    "fees_paid",
    "fees_paid_dollars",
    "total_traded",
    "total_traded_dollars",
    "resting_orders_count",
    "last_updated_ts",
):
    setattr(MarketPosition, _name, UNSET)
del _name
