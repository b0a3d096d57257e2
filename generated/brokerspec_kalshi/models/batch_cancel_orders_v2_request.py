from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchCancelOrdersV2Request")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ids",
        "subaccount",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "ids",
    "subaccount",
)


class BatchCancelOrdersV2Request:
    """Orders to cancel in one call."""

    __slots__ = ("_body", "_own")

    def __init__(
        self,
        ids: list[str],
        subaccount: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._body["ids"] = ids
        if not isinstance(subaccount, Unset):
            self._body["subaccount"] = subaccount

    @property
    def ids(self) -> list[str]:
        """Kalshi order ids."""
        value: list[str] = self._body["ids"]
        return value

    @ids.setter
    def ids(self, value: list[str]) -> None:
        target = self._own_body()
        target["ids"] = value

    @property
    def subaccount(self) -> int | Unset:
        """Subaccount the orders belong to (0 = primary)."""
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
            self.ids,
            self.subaccount,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, BatchCancelOrdersV2Request)
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
        ids = self.ids

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "ids" not in body:
            raise KeyError("ids")
        batch_cancel_orders_v2_request = cls.__new__(cls)
        batch_cancel_orders_v2_request._body = body
        batch_cancel_orders_v2_request._own = False
        return batch_cancel_orders_v2_request
