from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="DecreaseOrderV2Request")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "reduce_by",
        "reduce_to",
        "subaccount",
    ),
    required=0,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class DecreaseOrderV2Request:
    """Exactly one of `reduce_by` or `reduce_to`."""

    reduce_by: str | Unset = UNSET
    """ Contracts to remove from the resting remainder, e.g. `"2.00"`. """
    reduce_to: str | Unset = UNSET
    """ Contracts to leave resting, e.g. `"3.00"`; `"0"` cancels the order. """
    subaccount: int | Unset = UNSET
    """ Subaccount the order belongs to (0 = primary). """

    def to_dict(self) -> dict[str, Any]:
        reduce_by = self.reduce_by

        reduce_to = self.reduce_to

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reduce_by is not UNSET:
            field_dict["reduce_by"] = reduce_by
        if reduce_to is not UNSET:
            field_dict["reduce_to"] = reduce_to
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
        decrease_order_v2_request = cls.__new__(cls)
        decrease_order_v2_request.__dict__ = d
        return decrease_order_v2_request


# brokerspec: from_dict leaves the fields a body does not send out of the instance's __dict__; they read as
# UNSET from here (attrs removed the class-level defaults; `__init__` still sets every field on the instance).
for _name in (
    "reduce_by",
    "reduce_to",
    "subaccount",
):
    setattr(DecreaseOrderV2Request, _name, UNSET)
del _name
