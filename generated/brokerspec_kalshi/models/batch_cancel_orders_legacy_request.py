from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import BodyLayouts

T = TypeVar("T", bound="BatchCancelOrdersLegacyRequest")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    ("ids",),
    required=1,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class BatchCancelOrdersLegacyRequest:
    """Body of the retired legacy batch cancel endpoint."""

    ids: list[str]
    """ Kalshi order ids to cancel. """

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        for key in unknown:
            del d[key]
        batch_cancel_orders_legacy_request = cls.__new__(cls)
        batch_cancel_orders_legacy_request.__dict__ = d
        return batch_cancel_orders_legacy_request
