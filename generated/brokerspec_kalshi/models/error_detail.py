from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDetail")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "code",
        "message",
        "details",
        "service",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "code",
    "message",
    "details",
    "service",
    "additional_properties",
)


class ErrorDetail:
    """The inner object of a nested-shape error, also used per entry in batch answers."""

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        code: str | Unset = UNSET,
        message: str | Unset = UNSET,
        details: str | Unset = UNSET,
        service: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        if not isinstance(code, Unset):
            self._body["code"] = code
        if not isinstance(message, Unset):
            self._body["message"] = message
        if not isinstance(details, Unset):
            self._body["details"] = details
        if not isinstance(service, Unset):
            self._body["service"] = service

    @property
    def code(self) -> str | Unset:
        """Machine-readable code. Known values: `insufficient_balance`, `invalid_price`, `invalid_order`,
        `invalid_parameters`, `market_inactive`, `user_not_found`, `market_not_found`,
        `post_only_cross`, `order_already_exists`, `not_found`, `deprecated_v1_order_endpoint`,
        `header_timestamp_expired`, `authentication_error`, `signature_is_missing_from_headers`; others appear.
        """
        value: str | Unset = self._body.get("code", UNSET)
        return value

    @code.setter
    def code(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("code", None)
        else:
            target["code"] = value

    @property
    def message(self) -> str | Unset:
        """Human-readable message."""
        value: str | Unset = self._body.get("message", UNSET)
        return value

    @message.setter
    def message(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("message", None)
        else:
            target["message"] = value

    @property
    def details(self) -> str | Unset:
        """Extra detail, e.g. `post only cross` or `INCORRECT_API_KEY_SIGNATURE`."""
        value: str | Unset = self._body.get("details", UNSET)
        return value

    @details.setter
    def details(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("details", None)
        else:
            target["details"] = value

    @property
    def service(self) -> str | Unset:
        """The Kalshi service that produced the error."""
        value: str | Unset = self._body.get("service", UNSET)
        return value

    @service.setter
    def service(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("service", None)
        else:
            target["service"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.code,
            self.message,
            self.details,
            self.service,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ErrorDetail) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(_FIELD_NAMES, self._fields())
        )
        return f"{self.__class__.__name__}({fields})"

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The body's keys that are not fields, with their values."""
        additional = self._additional
        if additional is None:
            additional = {
                key: value
                for key, value in self._body.items()
                if key not in _WIRE_NAMES
            }
            self._additional = additional
        return additional

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

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
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        error_detail = cls.__new__(cls)
        error_detail._body = body
        error_detail._own = False
        error_detail._additional = None
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
