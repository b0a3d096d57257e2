from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderGroupResponse")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "order_group_id",
        "subaccount",
        "exchange_index",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "order_group_id",
    "subaccount",
    "exchange_index",
    "additional_properties",
)


class CreateOrderGroupResponse:
    """The id of the new group, its subaccount and its shard."""

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        order_group_id: str,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["order_group_id"] = order_group_id
        if not isinstance(subaccount, Unset):
            self._body["subaccount"] = subaccount
        if not isinstance(exchange_index, Unset):
            self._body["exchange_index"] = exchange_index

    @property
    def order_group_id(self) -> str:
        """Kalshi's id of the group; pass it as `order_group_id` when placing orders."""
        value: str = self._body["order_group_id"]
        return value

    @order_group_id.setter
    def order_group_id(self, value: str) -> None:
        target = self._own_body()
        target["order_group_id"] = value

    @property
    def subaccount(self) -> int | Unset:
        """The subaccount that owns the group."""
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
        """The shard the group lives on."""
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
            self.order_group_id,
            self.subaccount,
            self.exchange_index,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, CreateOrderGroupResponse)
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
        order_group_id = self.order_group_id

        subaccount = self.subaccount

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_group_id": order_group_id,
            }
        )
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "order_group_id" not in body:
            raise KeyError("order_group_id")
        create_order_group_response = cls.__new__(cls)
        create_order_group_response._body = body
        create_order_group_response._own = False
        create_order_group_response._additional = None
        return create_order_group_response

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
