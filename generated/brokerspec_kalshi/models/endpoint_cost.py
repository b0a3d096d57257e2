from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

T = TypeVar("T", bound="EndpointCost")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "method",
        "path",
        "cost",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "method",
    "path",
    "cost",
    "additional_properties",
)


class EndpointCost:
    """The token cost of one endpoint."""

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        method: str,
        path: str,
        cost: int,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["method"] = method
        self._body["path"] = path
        self._body["cost"] = cost

    @property
    def method(self) -> str:
        """HTTP method."""
        value: str = self._body["method"]
        return value

    @method.setter
    def method(self, value: str) -> None:
        target = self._own_body()
        target["method"] = value

    @property
    def path(self) -> str:
        """The path template, e.g. `/trade-api/v2/portfolio/events/orders/{order_id}`."""
        value: str = self._body["path"]
        return value

    @path.setter
    def path(self, value: str) -> None:
        target = self._own_body()
        target["path"] = value

    @property
    def cost(self) -> int:
        """Tokens per request (per item for batches)."""
        value: int = self._body["cost"]
        return value

    @cost.setter
    def cost(self, value: int) -> None:
        target = self._own_body()
        target["cost"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.method,
            self.path,
            self.cost,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EndpointCost) or other.__class__ is not self.__class__:
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
        method = self.method

        path = self.path

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "path": path,
                "cost": cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "method" not in body:
            raise KeyError("method")
        if "path" not in body:
            raise KeyError("path")
        if "cost" not in body:
            raise KeyError("cost")
        endpoint_cost = cls.__new__(cls)
        endpoint_cost._body = body
        endpoint_cost._own = False
        endpoint_cost._additional = None
        return endpoint_cost

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
