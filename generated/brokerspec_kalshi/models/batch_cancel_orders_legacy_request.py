from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BatchCancelOrdersLegacyRequest")


#: from_dict: the wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ids",
    }
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
        for key in d.keys() - _WIRE_NAMES:
            del d[key]
        if "ids" not in d:
            raise KeyError("ids")
        batch_cancel_orders_legacy_request = cls.__new__(cls)
        batch_cancel_orders_legacy_request.__dict__ = d
        return batch_cancel_orders_legacy_request
