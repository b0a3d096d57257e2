from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecreaseOrderV2Request")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "reduce_by",
        "reduce_to",
        "subaccount",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "reduce_by",
    "reduce_to",
    "subaccount",
)


class DecreaseOrderV2Request:
    """Exactly one of `reduce_by` or `reduce_to`."""

    __slots__ = ("_body", "_own")

    def __init__(
        self,
        reduce_by: str | Unset = UNSET,
        reduce_to: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        if not isinstance(reduce_by, Unset):
            self._body["reduce_by"] = reduce_by
        if not isinstance(reduce_to, Unset):
            self._body["reduce_to"] = reduce_to
        if not isinstance(subaccount, Unset):
            self._body["subaccount"] = subaccount

    @property
    def reduce_by(self) -> str | Unset:
        """Contracts to remove from the resting remainder, e.g. `"2.00"`."""
        value: str | Unset = self._body.get("reduce_by", UNSET)
        return value

    @reduce_by.setter
    def reduce_by(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("reduce_by", None)
        else:
            target["reduce_by"] = value

    @property
    def reduce_to(self) -> str | Unset:
        """Contracts to leave resting, e.g. `"3.00"`; `"0"` cancels the order."""
        value: str | Unset = self._body.get("reduce_to", UNSET)
        return value

    @reduce_to.setter
    def reduce_to(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("reduce_to", None)
        else:
            target["reduce_to"] = value

    @property
    def subaccount(self) -> int | Unset:
        """Subaccount the order belongs to (0 = primary)."""
        value: int | Unset = self._body.get("subaccount", UNSET)
        return value

    @subaccount.setter
    def subaccount(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("subaccount", None)
        else:
            target["subaccount"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.reduce_by,
            self.reduce_to,
            self.subaccount,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, DecreaseOrderV2Request)
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
        reduce_by = self.reduce_by

        reduce_to = self.reduce_to

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reduce_by is not UNSET:
            field_dict["reduce_by"] = reduce_by
        if reduce_to is not UNSET:
            field_dict["reduce_to"] = reduce_to
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        decrease_order_v2_request = cls.__new__(cls)
        decrease_order_v2_request._body = body
        decrease_order_v2_request._own = False
        return decrease_order_v2_request
