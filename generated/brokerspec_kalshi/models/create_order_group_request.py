from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderGroupRequest")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "contracts_limit",
        "contracts_limit_fp",
        "subaccount",
        "exchange_index",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "contracts_limit",
    "contracts_limit_fp",
    "subaccount",
    "exchange_index",
)


class CreateOrderGroupRequest:
    """The group's contracts limit per rolling 15-second window (`contracts_limit` or `contracts_limit_fp`; both
    only when equal), and where the group lives.

    """

    __slots__ = ("_body", "_own")

    def __init__(
        self,
        contracts_limit: int | Unset = UNSET,
        contracts_limit_fp: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        if not isinstance(contracts_limit, Unset):
            self._body["contracts_limit"] = contracts_limit
        if not isinstance(contracts_limit_fp, Unset):
            self._body["contracts_limit_fp"] = contracts_limit_fp
        if not isinstance(subaccount, Unset):
            self._body["subaccount"] = subaccount
        if not isinstance(exchange_index, Unset):
            self._body["exchange_index"] = exchange_index

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
        """The same limit as a fixed-point string (0–2 decimals), e.g. `"2.00"`."""
        value: str | Unset = self._body.get("contracts_limit_fp", UNSET)
        return value

    @contracts_limit_fp.setter
    def contracts_limit_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("contracts_limit_fp", None)
        else:
            target["contracts_limit_fp"] = value

    @property
    def subaccount(self) -> int | Unset:
        """Subaccount the group belongs to (0 = primary, also when absent)."""
        value: int | Unset = self._body.get("subaccount", UNSET)
        return value

    @subaccount.setter
    def subaccount(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("subaccount", None)
        else:
            target["subaccount"] = value

    @property
    def exchange_index(self) -> int | Unset:
        """Shard the group lives on (default 0); only orders in that shard's markets can join it."""
        value: int | Unset = self._body.get("exchange_index", UNSET)
        return value

    @exchange_index.setter
    def exchange_index(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("exchange_index", None)
        else:
            target["exchange_index"] = value

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
            self.subaccount,
            self.exchange_index,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, CreateOrderGroupRequest)
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

        subaccount = self.subaccount

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if contracts_limit is not UNSET:
            field_dict["contracts_limit"] = contracts_limit
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        create_order_group_request = cls.__new__(cls)
        create_order_group_request._body = body
        create_order_group_request._own = False
        return create_order_group_request
