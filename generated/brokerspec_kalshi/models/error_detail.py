from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
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
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        details = d.pop("details", UNSET)

        service = d.pop("service", UNSET)

        error_detail = cls(
            code=code,
            message=message,
            details=details,
            service=service,
        )

        error_detail.additional_properties = d
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
