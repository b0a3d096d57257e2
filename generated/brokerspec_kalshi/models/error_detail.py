from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

T = TypeVar("T", bound="ErrorDetail")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "code",
        "message",
        "details",
        "service",
    ),
    required=0,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class ErrorDetail:
    """The inner object of a nested-shape error, also used per entry in batch answers."""

    code: str | Unset = UNSET
    """ Machine-readable code. Known values: `insufficient_balance`, `invalid_price`, `invalid_order`,
    `post_only_cross`, `order_already_exists`, `not_found`, `deprecated_v1_order_endpoint`,
    `header_timestamp_expired`, `authentication_error`, `signature_is_missing_from_headers`; others appear.
     """
    message: str | Unset = UNSET
    """ Human-readable message. """
    details: str | Unset = UNSET
    """ Extra detail, e.g. `post only cross` or `INCORRECT_API_KEY_SIGNATURE`. """
    service: str | Unset = UNSET
    """ The Kalshi service that produced the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details = self.details

        service = self.service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        additional_properties: dict[str, Any] = {}
        for key in unknown:
            additional_properties[key] = d.pop(key)
        d["additional_properties"] = additional_properties
        error_detail = cls.__new__(cls)
        error_detail.__dict__ = d
        return error_detail

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
    "code",
    "message",
    "details",
    "service",
):
    setattr(ErrorDetail, _name, UNSET)
del _name
