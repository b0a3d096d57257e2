from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.amend_order_v2_request_side import (
    AmendOrderV2RequestSide,
    check_amend_order_v2_request_side,
)
from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="AmendOrderV2Request")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "ticker",
        "side",
        "price",
        "count",
        "client_order_id",
        "updated_client_order_id",
        "subaccount",
    ),
    required=4,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class AmendOrderV2Request:
    """New price and total size of a resting order. `ticker` and `side` must match the order (a safety check).
    `count` is the new total size (already filled + new remainder).

    """

    ticker: str
    """ The order's market ticker. """
    side: AmendOrderV2RequestSide
    """ The order's side of the YES book. """
    price: str
    """ New YES limit price in dollars, 0.01–0.99, on the market's tick. """
    count: str
    """ New total size in contracts (filled + resting), e.g. `"10.00"`. """
    client_order_id: str | Unset = UNSET
    """ The order's current client id; when given, Kalshi checks that it matches. """
    updated_client_order_id: str | Unset = UNSET
    """ A new, never used client id for the amended order. """
    subaccount: int | Unset = UNSET
    """ Subaccount the order belongs to (0 = primary). """

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side: str = self.side

        price = self.price

        count = self.count

        client_order_id = self.client_order_id

        updated_client_order_id = self.updated_client_order_id

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "price": price,
                "count": count,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if updated_client_order_id is not UNSET:
            field_dict["updated_client_order_id"] = updated_client_order_id
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
        side = check_amend_order_v2_request_side(d.pop("side"))

        d["side"] = side
        amend_order_v2_request = cls.__new__(cls)
        amend_order_v2_request.__dict__ = d
        return amend_order_v2_request


# brokerspec: from_dict leaves the fields a body does not send out of the instance's __dict__; they read as
# UNSET from here (attrs removed the class-level defaults; `__init__` still sets every field on the instance).
for _name in (
    "client_order_id",
    "updated_client_order_id",
    "subaccount",
):
    setattr(AmendOrderV2Request, _name, UNSET)
del _name
