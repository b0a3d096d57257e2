from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exchange_index_status import ExchangeIndexStatus


T = TypeVar("T", bound="ExchangeStatus")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "exchange_active",
        "trading_active",
        "intra_exchange_transfers_active",
        "exchange_estimated_resume_time",
        "exchange_index_statuses",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "exchange_active",
    "trading_active",
    "intra_exchange_transfers_active",
    "exchange_estimated_resume_time",
    "exchange_index_statuses",
    "additional_properties",
)


class ExchangeStatus:
    """Whether the exchange, and each shard, is up and trading."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        exchange_active: bool,
        trading_active: bool,
        intra_exchange_transfers_active: bool | Unset = UNSET,
        exchange_estimated_resume_time: None | str | Unset = UNSET,
        exchange_index_statuses: list[ExchangeIndexStatus] | None | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        self._body["exchange_active"] = exchange_active
        self._body["trading_active"] = trading_active
        if not isinstance(intra_exchange_transfers_active, Unset):
            self._body["intra_exchange_transfers_active"] = (
                intra_exchange_transfers_active
            )
        if not isinstance(exchange_estimated_resume_time, Unset):
            self._body["exchange_estimated_resume_time"] = (
                exchange_estimated_resume_time
            )
        if not isinstance(exchange_index_statuses, Unset):
            self._converted["exchange_index_statuses"] = exchange_index_statuses

    @property
    def exchange_active(self) -> bool:
        """False during maintenance (nothing changes at all); flags of the default shard."""
        value: bool = self._body["exchange_active"]
        return value

    @exchange_active.setter
    def exchange_active(self, value: bool) -> None:
        target = self._own_body()
        target["exchange_active"] = value

    @property
    def trading_active(self) -> bool:
        """False outside trading hours or during a pause (default shard)."""
        value: bool = self._body["trading_active"]
        return value

    @trading_active.setter
    def trading_active(self, value: bool) -> None:
        target = self._own_body()
        target["trading_active"] = value

    @property
    def intra_exchange_transfers_active(self) -> bool | Unset:
        """Whether cash can move between shards now."""
        value: bool | Unset = self._body.get("intra_exchange_transfers_active", UNSET)
        return value

    @intra_exchange_transfers_active.setter
    def intra_exchange_transfers_active(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("intra_exchange_transfers_active", None)
        else:
            target["intra_exchange_transfers_active"] = value

    @property
    def exchange_estimated_resume_time(self) -> None | str | Unset:
        """When maintenance is expected to end, RFC 3339 (not guaranteed)."""
        value: None | str | Unset = self._body.get(
            "exchange_estimated_resume_time", UNSET
        )
        return value

    @exchange_estimated_resume_time.setter
    def exchange_estimated_resume_time(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("exchange_estimated_resume_time", None)
        else:
            target["exchange_estimated_resume_time"] = value

    @property
    def exchange_index_statuses(self) -> list[ExchangeIndexStatus] | None | Unset:
        """The same flags per shard; absent when the breakdown is unavailable."""
        value: list[ExchangeIndexStatus] | None | Unset = self._converted.get(
            "exchange_index_statuses", UNSET
        )
        return value

    @exchange_index_statuses.setter
    def exchange_index_statuses(
        self, value: list[ExchangeIndexStatus] | None | Unset
    ) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("exchange_index_statuses", None)
        else:
            target["exchange_index_statuses"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.exchange_active,
            self.trading_active,
            self.intra_exchange_transfers_active,
            self.exchange_estimated_resume_time,
            self.exchange_index_statuses,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, ExchangeStatus)
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
        exchange_active = self.exchange_active

        trading_active = self.trading_active

        intra_exchange_transfers_active = self.intra_exchange_transfers_active

        exchange_estimated_resume_time: None | str | Unset
        if isinstance(self.exchange_estimated_resume_time, Unset):
            exchange_estimated_resume_time = UNSET
        else:
            exchange_estimated_resume_time = self.exchange_estimated_resume_time

        exchange_index_statuses: list[dict[str, Any]] | None | Unset
        if isinstance(self.exchange_index_statuses, Unset):
            exchange_index_statuses = UNSET
        elif isinstance(self.exchange_index_statuses, list):
            exchange_index_statuses = []
            for (
                exchange_index_statuses_type_0_item_data
            ) in self.exchange_index_statuses:
                exchange_index_statuses_type_0_item = (
                    exchange_index_statuses_type_0_item_data.to_dict()
                )
                exchange_index_statuses.append(exchange_index_statuses_type_0_item)

        else:
            exchange_index_statuses = self.exchange_index_statuses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange_active": exchange_active,
                "trading_active": trading_active,
            }
        )
        if intra_exchange_transfers_active is not UNSET:
            field_dict["intra_exchange_transfers_active"] = (
                intra_exchange_transfers_active
            )
        if exchange_estimated_resume_time is not UNSET:
            field_dict["exchange_estimated_resume_time"] = (
                exchange_estimated_resume_time
            )
        if exchange_index_statuses is not UNSET:
            field_dict["exchange_index_statuses"] = exchange_index_statuses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.exchange_index_status import ExchangeIndexStatus

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "exchange_active" not in body:
            raise KeyError("exchange_active")
        if "trading_active" not in body:
            raise KeyError("trading_active")
        converted: dict[str, Any] = {}
        if "exchange_index_statuses" in body:

            def _parse_exchange_index_statuses(
                data: object,
            ) -> list[ExchangeIndexStatus] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    exchange_index_statuses_type_0 = [
                        ExchangeIndexStatus.from_dict(item) for item in data
                    ]

                    return exchange_index_statuses_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ExchangeIndexStatus] | None | Unset, data)

            exchange_index_statuses = _parse_exchange_index_statuses(
                body["exchange_index_statuses"]
            )

            converted["exchange_index_statuses"] = exchange_index_statuses
        exchange_status = cls.__new__(cls)
        exchange_status._body = body
        exchange_status._own = False
        exchange_status._converted = converted
        exchange_status._additional = None
        return exchange_status

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
