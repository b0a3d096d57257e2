from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorResponse")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "error",
        "code",
        "message",
        "details",
        "service",
        "msg",
    ),
    required=0,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class ErrorResponse:
    """Any error body Kalshi sends. Three shapes occur and all fit this one open object:

    * nested (most errors): `{"error": {"code", "message", "details", "service"}}`;
    * flat (request bodies that could not be decoded): `{"code", "message", "details"}`;
    * bare (some parameter validation): `{"msg": "..."}`.

    Read `error.code`, else `code`, else `msg`. Every property is optional.

    """

    error: ErrorDetail | Unset = UNSET
    """ The inner object of a nested-shape error, also used per entry in batch answers. """
    code: str | Unset = UNSET
    """ Machine-readable code of a flat-shape error (e.g. `bad_request`). """
    message: str | Unset = UNSET
    """ Human-readable message of a flat-shape error. """
    details: str | Unset = UNSET
    """ Extra detail of a flat-shape error (often the JSON decoder's complaint). """
    service: str | Unset = UNSET
    """ The Kalshi service that answered, when given at the top level. """
    msg: str | Unset = UNSET
    """ The only field of a bare-shape error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        code = self.code

        message = self.message

        details = self.details

        service = self.service

        msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details
        if service is not UNSET:
            field_dict["service"] = service
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_detail import ErrorDetail

        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        additional_properties: dict[str, Any] = {}
        for key in unknown:
            additional_properties[key] = d.pop(key)
        if "error" in d:
            _error = d.pop("error", UNSET)
            error: ErrorDetail | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = ErrorDetail.from_dict(_error)

            d["error"] = error
        d["additional_properties"] = additional_properties
        error_response = cls.__new__(cls)
        error_response.__dict__ = d
        return error_response

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
    "error",
    "code",
    "message",
    "details",
    "service",
    "msg",
):
    setattr(ErrorResponse, _name, UNSET)
del _name
