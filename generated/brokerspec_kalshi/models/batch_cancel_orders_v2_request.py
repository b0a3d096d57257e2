from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchCancelOrdersV2Request")


#: from_dict: the wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ids",
        "subaccount",
    }
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
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
        for key in d.keys() - _WIRE_NAMES:
            del d[key]
        if "ids" not in d:
            raise KeyError("ids")
        batch_cancel_orders_v2_request = cls.__new__(cls)
        batch_cancel_orders_v2_request.__dict__ = d
        return batch_cancel_orders_v2_request


# brokerspec: from_dict leaves the fields a body does not send out of the instance's __dict__; they read as
# UNSET from here (attrs removed the class-level defaults; `__init__` still sets every field on the instance).
for _name in ("subaccount",):
    setattr(BatchCancelOrdersV2Request, _name, UNSET)
del _name
