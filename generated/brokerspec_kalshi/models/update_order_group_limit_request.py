from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOrderGroupLimitRequest")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "contracts_limit",
        "contracts_limit_fp",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "contracts_limit",
    "contracts_limit_fp",
)


class UpdateOrderGroupLimitRequest:
    """The new contracts limit per rolling 15-second window (`contracts_limit` or `contracts_limit_fp`)."""

    __slots__ = ("_body", "_own")

    def __init__(
        self,
        contracts_limit: int | Unset = UNSET,
        contracts_limit_fp: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        if not isinstance(contracts_limit, Unset):
            self._body["contracts_limit"] = contracts_limit
        if not isinstance(contracts_limit_fp, Unset):
            self._body["contracts_limit_fp"] = contracts_limit_fp

    @property
    def contracts_limit(self) -> int | Unset:
        """Most contracts the group's orders may match in any 15 seconds, whole contracts."""
        value: int | Unset = self._body.get("contracts_limit", UNSET)
        return value

    @contracts_limit.setter
    def contracts_limit(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("contracts_limit", None)
        else:
            target["contracts_limit"] = value

    @property
    def contracts_limit_fp(self) -> str | Unset:
        """The same limit as a fixed-point string (0–2 decimals)."""
        value: str | Unset = self._body.get("contracts_limit_fp", UNSET)
        return value

    @contracts_limit_fp.setter
    def contracts_limit_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("contracts_limit_fp", None)
        else:
            target["contracts_limit_fp"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.contracts_limit,
            self.contracts_limit_fp,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, UpdateOrderGroupLimitRequest)
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
        contracts_limit = self.contracts_limit

        contracts_limit_fp = self.contracts_limit_fp

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if contracts_limit is not UNSET:
            field_dict["contracts_limit"] = contracts_limit
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        update_order_group_limit_request = cls.__new__(cls)
        update_order_group_limit_request._body = body
        update_order_group_limit_request._own = False
        return update_order_group_limit_request
