from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUsageLevelGrant")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "exchange_instance",
        "level",
        "expires_ts",
        "source",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "exchange_instance",
    "level",
    "expires_ts",
    "source",
    "additional_properties",
)


class ApiUsageLevelGrant:
    """One usage-level grant on one exchange instance."""

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        exchange_instance: str | Unset = UNSET,
        level: str | Unset = UNSET,
        expires_ts: int | None | Unset = UNSET,
        source: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        if not isinstance(exchange_instance, Unset):
            self._body["exchange_instance"] = exchange_instance
        if not isinstance(level, Unset):
            self._body["level"] = level
        if not isinstance(expires_ts, Unset):
            self._body["expires_ts"] = expires_ts
        if not isinstance(source, Unset):
            self._body["source"] = source

    @property
    def exchange_instance(self) -> str | Unset:
        """The exchange instance it applies to: `event_contract`, `margined` (open)."""
        value: str | Unset = self._body.get("exchange_instance", UNSET)
        return value

    @exchange_instance.setter
    def exchange_instance(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("exchange_instance", None)
        else:
            target["exchange_instance"] = value

    @property
    def level(self) -> str | Unset:
        """The usage level it grants (`expert`, `premier`, ...)."""
        value: str | Unset = self._body.get("level", UNSET)
        return value

    @level.setter
    def level(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("level", None)
        else:
            target["level"] = value

    @property
    def expires_ts(self) -> int | None | Unset:
        """When it expires, Unix seconds; absent or null for a permanent grant."""
        value: int | None | Unset = self._body.get("expires_ts", UNSET)
        return value

    @expires_ts.setter
    def expires_ts(self, value: int | None | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("expires_ts", None)
        else:
            target["expires_ts"] = value

    @property
    def source(self) -> str | Unset:
        """`volume` (earned from trading volume) or `manual` (assigned by Kalshi)."""
        value: str | Unset = self._body.get("source", UNSET)
        return value

    @source.setter
    def source(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("source", None)
        else:
            target["source"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.exchange_instance,
            self.level,
            self.expires_ts,
            self.source,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, ApiUsageLevelGrant)
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
        exchange_instance = self.exchange_instance

        level = self.level

        expires_ts: int | None | Unset
        if isinstance(self.expires_ts, Unset):
            expires_ts = UNSET
        else:
            expires_ts = self.expires_ts

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_instance is not UNSET:
            field_dict["exchange_instance"] = exchange_instance
        if level is not UNSET:
            field_dict["level"] = level
        if expires_ts is not UNSET:
            field_dict["expires_ts"] = expires_ts
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        api_usage_level_grant = cls.__new__(cls)
        api_usage_level_grant._body = body
        api_usage_level_grant._own = False
        api_usage_level_grant._additional = None
        return api_usage_level_grant

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
