from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

if TYPE_CHECKING:
    from ..models.balance_breakdown_item import BalanceBreakdownItem


T = TypeVar("T", bound="Balance")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "balance",
        "balance_dollars",
        "portfolio_value",
        "updated_ts",
        "balance_breakdown",
    ),
    required=1,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class Balance:
    """The member's cash. `balance` is the only field every era sends."""

    balance: int
    """ Available cash in whole **cents**, truncated (e.g. 9801 for $98.0186). """
    balance_dollars: str | Unset = UNSET
    """ Available cash in dollars, 4 decimals (2026), e.g. `"98.0186"`. `""` means absent. """
    portfolio_value: int | Unset = UNSET
    """ Mark-to-market value of open positions, in cents. """
    updated_ts: int | Unset = UNSET
    """ When the balance was last updated, Unix seconds. """
    balance_breakdown: list[BalanceBreakdownItem] | Unset = UNSET
    """ Cash per exchange (2026). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        balance_dollars = self.balance_dollars

        portfolio_value = self.portfolio_value

        updated_ts = self.updated_ts

        balance_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balance_breakdown, Unset):
            balance_breakdown = []
            for balance_breakdown_item_data in self.balance_breakdown:
                balance_breakdown_item = balance_breakdown_item_data.to_dict()
                balance_breakdown.append(balance_breakdown_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
            }
        )
        if balance_dollars is not UNSET:
            field_dict["balance_dollars"] = balance_dollars
        if portfolio_value is not UNSET:
            field_dict["portfolio_value"] = portfolio_value
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts
        if balance_breakdown is not UNSET:
            field_dict["balance_breakdown"] = balance_breakdown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.balance_breakdown_item import BalanceBreakdownItem

        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        additional_properties: dict[str, Any] = {}
        for key in unknown:
            additional_properties[key] = d.pop(key)
        if "balance_breakdown" in d:
            _balance_breakdown = d.pop("balance_breakdown", UNSET)
            balance_breakdown: list[BalanceBreakdownItem] | Unset = UNSET
            if _balance_breakdown is not UNSET:
                balance_breakdown = [
                    BalanceBreakdownItem.from_dict(item) for item in _balance_breakdown
                ]

            d["balance_breakdown"] = balance_breakdown
        d["additional_properties"] = additional_properties
        balance = cls.__new__(cls)
        balance.__dict__ = d
        return balance

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
    "balance_dollars",
    "portfolio_value",
    "updated_ts",
    "balance_breakdown",
):
    setattr(Balance, _name, UNSET)
del _name
