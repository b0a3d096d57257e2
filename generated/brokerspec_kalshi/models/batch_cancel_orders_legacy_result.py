from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail
    from ..models.order import Order


T = TypeVar("T", bound="BatchCancelOrdersLegacyResult")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "order_id",
        "order",
        "reduced_by",
        "reduced_by_fp",
        "error",
    ),
    required=0,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class BatchCancelOrdersLegacyResult:
    """The outcome of one id of a legacy batch cancel."""

    order_id: str | Unset = UNSET
    """ The id that was to be cancelled. """
    order: None | Order | Unset = UNSET
    """ The order after cancellation. """
    reduced_by: int | Unset = UNSET
    """ Contracts taken off the book (integer era). """
    reduced_by_fp: str | Unset = UNSET
    """ Contracts taken off the book, fixed-point (2026). """
    error: ErrorDetail | None | Unset = UNSET
    """ Why this id could not be cancelled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_detail import ErrorDetail
        from ..models.order import Order

        order_id = self.order_id

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, Order):
            order = self.order.to_dict()
        else:
            order = self.order

        reduced_by = self.reduced_by

        reduced_by_fp = self.reduced_by_fp

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order is not UNSET:
            field_dict["order"] = order
        if reduced_by is not UNSET:
            field_dict["reduced_by"] = reduced_by
        if reduced_by_fp is not UNSET:
            field_dict["reduced_by_fp"] = reduced_by_fp
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_detail import ErrorDetail
        from ..models.order import Order

        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        additional_properties: dict[str, Any] = {}
        for key in unknown:
            additional_properties[key] = d.pop(key)
        if "order" in d:

            def _parse_order(data: object) -> None | Order | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    order_type_0 = Order.from_dict(data)

                    return order_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Order | Unset, data)

            order = _parse_order(d.pop("order", UNSET))

            d["order"] = order
        if "error" in d:

            def _parse_error(data: object) -> ErrorDetail | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    error_type_0 = ErrorDetail.from_dict(data)

                    return error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorDetail | None | Unset, data)

            error = _parse_error(d.pop("error", UNSET))

            d["error"] = error
        d["additional_properties"] = additional_properties
        batch_cancel_orders_legacy_result = cls.__new__(cls)
        batch_cancel_orders_legacy_result.__dict__ = d
        return batch_cancel_orders_legacy_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# brokerspec: from_dict leaves the fields a body does not send out of the instance's __dict__; they read as
# UNSET from here (attrs removed the class-level defaults; `__init__` still sets every field on the instance).
for _name in (
    "order_id",
    "order",
    "reduced_by",
    "reduced_by_fp",
    "error",
):
    setattr(BatchCancelOrdersLegacyResult, _name, UNSET)
del _name
