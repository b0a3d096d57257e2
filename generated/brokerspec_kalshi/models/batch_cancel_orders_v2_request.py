from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchCancelOrdersV2Request")


@_attrs_define
class BatchCancelOrdersV2Request:
    """Orders to cancel in one call."""

    ids: list[str]
    """ Kalshi order ids. """
    subaccount: int | Unset = UNSET
    """ Subaccount the orders belong to (0 = primary). """

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids"))

        subaccount = d.pop("subaccount", UNSET)

        batch_cancel_orders_v2_request = cls(
            ids=ids,
            subaccount=subaccount,
        )

        return batch_cancel_orders_v2_request
