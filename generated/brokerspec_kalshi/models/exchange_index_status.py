from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExchangeIndexStatus")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "exchange_index",
        "description",
        "exchange_active",
        "trading_active",
        "intra_exchange_transfers_active",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "exchange_index",
    "description",
    "exchange_active",
    "trading_active",
    "intra_exchange_transfers_active",
    "additional_properties",
)


class ExchangeIndexStatus:
    """One shard's status."""

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        exchange_index: int,
        description: str | Unset = UNSET,
        exchange_active: bool | Unset = UNSET,
        trading_active: bool | Unset = UNSET,
        intra_exchange_transfers_active: bool | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["exchange_index"] = exchange_index
        if not isinstance(description, Unset):
            self._body["description"] = description
        if not isinstance(exchange_active, Unset):
            self._body["exchange_active"] = exchange_active
        if not isinstance(trading_active, Unset):
            self._body["trading_active"] = trading_active
        if not isinstance(intra_exchange_transfers_active, Unset):
            self._body["intra_exchange_transfers_active"] = (
                intra_exchange_transfers_active
            )

    @property
    def exchange_index(self) -> int:
        """The shard."""
        value: int = self._body["exchange_index"]
        return value

    @exchange_index.setter
    def exchange_index(self, value: int) -> None:
        target = self._own_body()
        target["exchange_index"] = value

    @property
    def description(self) -> str | Unset:
        """What the shard holds, in words."""
        value: str | Unset = self._body.get("description", UNSET)
        return value

    @description.setter
    def description(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("description", None)
        else:
            target["description"] = value

    @property
    def exchange_active(self) -> bool | Unset:
        """False during maintenance of this shard."""
        value: bool | Unset = self._body.get("exchange_active", UNSET)
        return value

    @exchange_active.setter
    def exchange_active(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("exchange_active", None)
        else:
            target["exchange_active"] = value

    @property
    def trading_active(self) -> bool | Unset:
        """False when trading on this shard is paused or closed."""
        value: bool | Unset = self._body.get("trading_active", UNSET)
        return value

    @trading_active.setter
    def trading_active(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("trading_active", None)
        else:
            target["trading_active"] = value

    @property
    def intra_exchange_transfers_active(self) -> bool | Unset:
        """Whether cash can move to or from this shard now."""
        value: bool | Unset = self._body.get("intra_exchange_transfers_active", UNSET)
        return value

    @intra_exchange_transfers_active.setter
    def intra_exchange_transfers_active(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("intra_exchange_transfers_active", None)
        else:
            target["intra_exchange_transfers_active"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.exchange_index,
            self.description,
            self.exchange_active,
            self.trading_active,
            self.intra_exchange_transfers_active,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, ExchangeIndexStatus)
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

        description = self.description

        exchange_active = self.exchange_active

        trading_active = self.trading_active

        intra_exchange_transfers_active = self.intra_exchange_transfers_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange_index": exchange_index,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if exchange_active is not UNSET:
            field_dict["exchange_active"] = exchange_active
        if trading_active is not UNSET:
            field_dict["trading_active"] = trading_active
        if intra_exchange_transfers_active is not UNSET:
            field_dict["intra_exchange_transfers_active"] = (
                intra_exchange_transfers_active
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "exchange_index" not in body:
            raise KeyError("exchange_index")
        exchange_index_status = cls.__new__(cls)
        exchange_index_status._body = body
        exchange_index_status._own = False
        exchange_index_status._additional = None
        return exchange_index_status

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
