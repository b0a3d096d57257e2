from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

T = TypeVar("T", bound="BalanceBreakdownItem")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "exchange_index",
        "balance",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "exchange_index",
    "balance",
    "additional_properties",
)


class BalanceBreakdownItem:
    """The available cash held on one exchange shard."""

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        exchange_index: int,
        balance: str,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["exchange_index"] = exchange_index
        self._body["balance"] = balance

    @property
    def exchange_index(self) -> int:
        """Which shard (0 is the default one)."""
        value: int = self._body["exchange_index"]
        return value

    @exchange_index.setter
    def exchange_index(self, value: int) -> None:
        target = self._own_body()
        target["exchange_index"] = value

    @property
    def balance(self) -> str:
        """Available cash on that shard, dollars (e.g. `"68.6130"`)."""
        value: str = self._body["balance"]
        return value

    @balance.setter
    def balance(self, value: str) -> None:
        target = self._own_body()
        target["balance"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.exchange_index,
            self.balance,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, BalanceBreakdownItem)
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
        exchange_index = self.exchange_index

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange_index": exchange_index,
                "balance": balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "exchange_index" not in body:
            raise KeyError("exchange_index")
        if "balance" not in body:
            raise KeyError("balance")
        balance_breakdown_item = cls.__new__(cls)
        balance_breakdown_item._body = body
        balance_breakdown_item._own = False
        balance_breakdown_item._additional = None
        return balance_breakdown_item

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
