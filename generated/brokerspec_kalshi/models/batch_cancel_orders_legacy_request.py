from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BatchCancelOrdersLegacyRequest")


@_attrs_define
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
        ids = cast(list[str], d.pop("ids"))

        batch_cancel_orders_legacy_request = cls(
            ids=ids,
        )

        return batch_cancel_orders_legacy_request
