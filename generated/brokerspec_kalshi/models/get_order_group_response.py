from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOrderGroupResponse")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "is_auto_cancel_enabled",
        "orders",
        "contracts_limit",
        "contracts_limit_fp",
        "exchange_index",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "is_auto_cancel_enabled",
    "orders",
    "contracts_limit",
    "contracts_limit_fp",
    "exchange_index",
    "additional_properties",
)


class GetOrderGroupResponse:
    """One order group with the ids of its orders."""

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        is_auto_cancel_enabled: bool | Unset = UNSET,
        orders: list[str] | Unset = UNSET,
        contracts_limit: int | Unset = UNSET,
        contracts_limit_fp: str | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        if not isinstance(is_auto_cancel_enabled, Unset):
            self._body["is_auto_cancel_enabled"] = is_auto_cancel_enabled
        if not isinstance(orders, Unset):
            self._body["orders"] = orders
        if not isinstance(contracts_limit, Unset):
            self._body["contracts_limit"] = contracts_limit
        if not isinstance(contracts_limit_fp, Unset):
            self._body["contracts_limit_fp"] = contracts_limit_fp
        if not isinstance(exchange_index, Unset):
            self._body["exchange_index"] = exchange_index

    @property
    def is_auto_cancel_enabled(self) -> bool | Unset:
        """Whether the group cancels its orders when the limit is hit."""
        value: bool | Unset = self._body.get("is_auto_cancel_enabled", UNSET)
        return value

    @is_auto_cancel_enabled.setter
    def is_auto_cancel_enabled(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("is_auto_cancel_enabled", None)
        else:
            target["is_auto_cancel_enabled"] = value

    @property
    def orders(self) -> list[str] | Unset:
        """Ids of the orders in the group."""
        value: list[str] | Unset = self._body.get("orders", UNSET)
        return value

    @orders.setter
    def orders(self, value: list[str] | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("orders", None)
        else:
            target["orders"] = value

    @property
    def contracts_limit(self) -> int | Unset:
        """The group's contracts limit per rolling 15-second window (integer era)."""
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
        """The group's contracts limit per rolling 15-second window, fixed-point (2026)."""
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
            self.is_auto_cancel_enabled,
            self.orders,
            self.contracts_limit,
            self.contracts_limit_fp,
            self.exchange_index,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GetOrderGroupResponse)
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
        is_auto_cancel_enabled = self.is_auto_cancel_enabled

        orders: list[str] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = self.orders

        contracts_limit = self.contracts_limit

        contracts_limit_fp = self.contracts_limit_fp

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_auto_cancel_enabled is not UNSET:
            field_dict["is_auto_cancel_enabled"] = is_auto_cancel_enabled
        if orders is not UNSET:
            field_dict["orders"] = orders
        if contracts_limit is not UNSET:
            field_dict["contracts_limit"] = contracts_limit
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        get_order_group_response = cls.__new__(cls)
        get_order_group_response._body = body
        get_order_group_response._own = False
        get_order_group_response._additional = None
        return get_order_group_response

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
