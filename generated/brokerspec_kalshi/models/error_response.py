from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorResponse")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "error",
        "code",
        "message",
        "details",
        "service",
        "msg",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "error",
    "code",
    "message",
    "details",
    "service",
    "msg",
    "additional_properties",
)


class ErrorResponse:
    """Any error body Kalshi sends. Five shapes occur and all fit this one open object:

    * nested (most errors): `{"error": {"code", "message", "details", "service"}}`;
    * string (429, rate limited): `{"error": "too many requests"}`;
    * flat (request bodies that could not be decoded): `{"code", "message", "details"}`;
    * bare (some parameter validation): `{"msg": "..."}`;
    * bare details (a missing filter): `{"details": "..."}`.

    Read `error.code`, else `code`; the message is `error.message`, the string `error`, `message`, `msg` or
    `details`. Every property is optional.

    """

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        error: ErrorDetail | str | Unset = UNSET,
        code: str | Unset = UNSET,
        message: str | Unset = UNSET,
        details: str | Unset = UNSET,
        service: str | Unset = UNSET,
        msg: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        if not isinstance(error, Unset):
            self._converted["error"] = error
        if not isinstance(code, Unset):
            self._body["code"] = code
        if not isinstance(message, Unset):
            self._body["message"] = message
        if not isinstance(details, Unset):
            self._body["details"] = details
        if not isinstance(service, Unset):
            self._body["service"] = service
        if not isinstance(msg, Unset):
            self._body["msg"] = msg

    @property
    def error(self) -> ErrorDetail | str | Unset:
        value: ErrorDetail | str | Unset = self._converted.get("error", UNSET)
        return value

    @error.setter
    def error(self, value: ErrorDetail | str | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("error", None)
        else:
            target["error"] = value

    @property
    def code(self) -> str | Unset:
        """Machine-readable code of a flat-shape error (e.g. `bad_request`)."""
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
        """Human-readable message of a flat-shape error."""
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
        """Extra detail of a flat-shape error (often the JSON decoder's complaint), or the only field."""
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
        """The Kalshi service that answered, when given at the top level."""
        value: str | Unset = self._body.get("service", UNSET)
        return value

    @service.setter
    def service(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("service", None)
        else:
            target["service"] = value

    @property
    def msg(self) -> str | Unset:
        """The only field of a bare-shape error."""
        value: str | Unset = self._body.get("msg", UNSET)
        return value

    @msg.setter
    def msg(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("msg", None)
        else:
            target["msg"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.error,
            self.code,
            self.message,
            self.details,
            self.service,
            self.msg,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, ErrorResponse)
            or other.__class__ is not self.__class__
        ):
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
        from ..models.error_detail import ErrorDetail

        error: dict[str, Any] | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

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

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        converted: dict[str, Any] = {}
        if "error" in body:

            def _parse_error(data: object) -> ErrorDetail | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    error_type_0 = ErrorDetail.from_dict(data)

                    return error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorDetail | str | Unset, data)

            error = _parse_error(body["error"])

            converted["error"] = error
        error_response = cls.__new__(cls)
        error_response._body = body
        error_response._own = False
        error_response._converted = converted
        error_response._additional = None
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
