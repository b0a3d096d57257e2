from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="BatchCancelOrdersV2Request")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "ids",
        "subaccount",
    ),
    required=1,
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
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        for key in unknown:
            del d[key]
        batch_cancel_orders_v2_request = cls.__new__(cls)
        batch_cancel_orders_v2_request.__dict__ = d
        return batch_cancel_orders_v2_request


# brokerspec: from_dict leaves the fields a body does not send out of the instance's __dict__; they read as
# UNSET from here (attrs removed the class-level defaults; `__init__` still sets every field on the instance).
for _name in ("subaccount",):
    setattr(BatchCancelOrdersV2Request, _name, UNSET)
del _name
