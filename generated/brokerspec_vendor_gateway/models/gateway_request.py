from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

T = TypeVar("T", bound="GatewayRequest")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "userId",
        "vendor",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "user_id",
    "vendor",
)


class GatewayRequest:
    """The body of every portfolio request. No other keys are sent."""

    __slots__ = ("_body", "_own")

    def __init__(
        self,
        user_id: str,
        vendor: str,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._body["userId"] = user_id
        self._body["vendor"] = vendor

    @property
    def user_id(self) -> str:
        """The user's permanent ID registered with the broker."""
        value: str = self._body["userId"]
        return value

    @user_id.setter
    def user_id(self, value: str) -> None:
        target = self._own_body()
        target["userId"] = value

    @property
    def vendor(self) -> str:
        """The back-end broker, in upper case. Known values: `KOTAK` (Kotak Securities) and `INDIRA` (Indira
        Securities). A deployment may front other brokers, so the value set is open."""
        value: str = self._body["vendor"]
        return value

    @vendor.setter
    def vendor(self, value: str) -> None:
        target = self._own_body()
        target["vendor"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.user_id,
            self.vendor,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GatewayRequest)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(_FIELD_NAMES, self._fields())
        )
        return f"{self.__class__.__name__}({fields})"

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
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "userId" not in body:
            raise KeyError("userId")
        if "vendor" not in body:
            raise KeyError("vendor")
        gateway_request = cls.__new__(cls)
        gateway_request._body = body
        gateway_request._own = False
        return gateway_request
