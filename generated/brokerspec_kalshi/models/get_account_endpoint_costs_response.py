from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

if TYPE_CHECKING:
    from ..models.endpoint_cost import EndpointCost


T = TypeVar("T", bound="GetAccountEndpointCostsResponse")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "default_cost",
        "endpoint_costs",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "default_cost",
    "endpoint_costs",
    "additional_properties",
)


class GetAccountEndpointCostsResponse:
    """What requests cost in tokens."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        default_cost: int,
        endpoint_costs: list[EndpointCost],
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        self._body["default_cost"] = default_cost
        self._converted["endpoint_costs"] = endpoint_costs

    @property
    def default_cost(self) -> int:
        """Tokens a request costs unless its endpoint is listed (10 today)."""
        value: int = self._body["default_cost"]
        return value

    @default_cost.setter
    def default_cost(self, value: int) -> None:
        target = self._own_body()
        target["default_cost"] = value

    @property
    def endpoint_costs(self) -> list[EndpointCost]:
        """The endpoints whose cost differs from `default_cost`."""
        value: list[EndpointCost] = self._converted["endpoint_costs"]
        return value

    @endpoint_costs.setter
    def endpoint_costs(self, value: list[EndpointCost]) -> None:
        target = self._converted
        target["endpoint_costs"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.default_cost,
            self.endpoint_costs,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GetAccountEndpointCostsResponse)
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
        default_cost = self.default_cost

        endpoint_costs = []
        for endpoint_costs_item_data in self.endpoint_costs:
            endpoint_costs_item = endpoint_costs_item_data.to_dict()
            endpoint_costs.append(endpoint_costs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default_cost": default_cost,
                "endpoint_costs": endpoint_costs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.endpoint_cost import EndpointCost

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "default_cost" not in body:
            raise KeyError("default_cost")
        if "endpoint_costs" not in body:
            raise KeyError("endpoint_costs")
        converted: dict[str, Any] = {}
        endpoint_costs = [
            EndpointCost.from_dict(item) for item in body["endpoint_costs"]
        ]

        converted["endpoint_costs"] = endpoint_costs
        get_account_endpoint_costs_response = cls.__new__(cls)
        get_account_endpoint_costs_response._body = body
        get_account_endpoint_costs_response._own = False
        get_account_endpoint_costs_response._converted = converted
        get_account_endpoint_costs_response._additional = None
        return get_account_endpoint_costs_response

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
