from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import BodyLayouts

T = TypeVar("T", bound="GatewayRequest")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "userId",
        "vendor",
    ),
    required=2,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class GatewayRequest:
    """The body of every portfolio request. No other keys are sent."""

    user_id: str
    """ The user's permanent ID registered with the broker. """
    vendor: str
    """ The back-end broker, in upper case. Known values: `KOTAK` (Kotak Securities) and `INDIRA` (Indira
    Securities). A deployment may front other brokers, so the value set is open. """

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        vendor = self.vendor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userId": user_id,
                "vendor": vendor,
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
        d["user_id"] = d.pop("userId")
        gateway_request = cls.__new__(cls)
        gateway_request.__dict__ = d
        return gateway_request
