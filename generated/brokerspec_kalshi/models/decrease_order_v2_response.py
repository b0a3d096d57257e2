from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecreaseOrderV2Response")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "order_id",
        "remaining_count",
        "ts_ms",
        "client_order_id",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "order_id",
    "remaining_count",
    "ts_ms",
    "client_order_id",
    "additional_properties",
)


class DecreaseOrderV2Response:
    """What remains of the decreased order. There is no `reduced_by`: what came off is the remainder before
    minus `remaining_count`.

    """

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        order_id: str,
        remaining_count: str,
        ts_ms: int,
        client_order_id: None | str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["order_id"] = order_id
        self._body["remaining_count"] = remaining_count
        self._body["ts_ms"] = ts_ms
        if not isinstance(client_order_id, Unset):
            self._body["client_order_id"] = client_order_id

    @property
    def order_id(self) -> str:
        """The decreased order."""
        value: str = self._body["order_id"]
        return value

    @order_id.setter
    def order_id(self, value: str) -> None:
        target = self._own_body()
        target["order_id"] = value

    @property
    def remaining_count(self) -> str:
        """Contracts still resting."""
        value: str = self._body["remaining_count"]
        return value

    @remaining_count.setter
    def remaining_count(self, value: str) -> None:
        target = self._own_body()
        target["remaining_count"] = value

    @property
    def ts_ms(self) -> int:
        """When Kalshi processed the decrease, Unix milliseconds."""
        value: int = self._body["ts_ms"]
        return value

    @ts_ms.setter
    def ts_ms(self, value: int) -> None:
        target = self._own_body()
        target["ts_ms"] = value

    @property
    def client_order_id(self) -> None | str | Unset:
        """The member's id of that order."""
        value: None | str | Unset = self._body.get("client_order_id", UNSET)
        return value

    @client_order_id.setter
    def client_order_id(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("client_order_id", None)
        else:
            target["client_order_id"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.order_id,
            self.remaining_count,
            self.ts_ms,
            self.client_order_id,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, DecreaseOrderV2Response)
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
        order_id = self.order_id

        remaining_count = self.remaining_count

        ts_ms = self.ts_ms

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "remaining_count": remaining_count,
                "ts_ms": ts_ms,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "order_id" not in body:
            raise KeyError("order_id")
        if "remaining_count" not in body:
            raise KeyError("remaining_count")
        if "ts_ms" not in body:
            raise KeyError("ts_ms")
        decrease_order_v2_response = cls.__new__(cls)
        decrease_order_v2_response._body = body
        decrease_order_v2_response._own = False
        decrease_order_v2_response._additional = None
        return decrease_order_v2_response

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
