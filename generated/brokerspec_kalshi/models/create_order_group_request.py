from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="CreateOrderGroupRequest")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "contracts_limit",
        "contracts_limit_fp",
    ),
    required=0,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
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
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        for key in unknown:
            del d[key]
        create_order_group_request = cls.__new__(cls)
        create_order_group_request.__dict__ = d
        return create_order_group_request


# brokerspec: from_dict leaves the fields a body does not send out of the instance's __dict__; they read as
# UNSET from here (attrs removed the class-level defaults; `__init__` still sets every field on the instance).
for _name in (
    "contracts_limit",
    "contracts_limit_fp",
):
    setattr(CreateOrderGroupRequest, _name, UNSET)
del _name
