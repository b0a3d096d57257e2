from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderGroupRequest")


@_attrs_define
class CreateOrderGroupRequest:
    """The group's contracts limit; exactly one of `contracts_limit` or `contracts_limit_fp`."""

    contracts_limit: int | Unset = UNSET
    """ Most contracts the group's orders may fill in total. """
    contracts_limit_fp: str | Unset = UNSET
    """ The same limit as a fixed-point string, e.g. `"2.00"`. """

    def to_dict(self) -> dict[str, Any]:
        contracts_limit = self.contracts_limit

        contracts_limit_fp = self.contracts_limit_fp

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if contracts_limit is not UNSET:
            field_dict["contracts_limit"] = contracts_limit
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contracts_limit = d.pop("contracts_limit", UNSET)

        contracts_limit_fp = d.pop("contracts_limit_fp", UNSET)

        create_order_group_request = cls(
            contracts_limit=contracts_limit,
            contracts_limit_fp=contracts_limit_fp,
        )

        return create_order_group_request
