from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

if TYPE_CHECKING:
    from ..models.batch_create_orders_v2_result import BatchCreateOrdersV2Result


T = TypeVar("T", bound="BatchCreateOrdersV2Response")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "orders",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "orders",
    "additional_properties",
)


class BatchCreateOrdersV2Response:
    """One result per submitted order, in the order submitted."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        orders: list[BatchCreateOrdersV2Result],
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        self._converted["orders"] = orders

    @property
    def orders(self) -> list[BatchCreateOrdersV2Result]:
        value: list[BatchCreateOrdersV2Result] = self._converted["orders"]
        return value

    @orders.setter
    def orders(self, value: list[BatchCreateOrdersV2Result]) -> None:
        target = self._converted
        target["orders"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.orders,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, BatchCreateOrdersV2Response)
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
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_create_orders_v2_result import BatchCreateOrdersV2Result

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "orders" not in body:
            raise KeyError("orders")
        converted: dict[str, Any] = {}
        orders = [BatchCreateOrdersV2Result.from_dict(item) for item in body["orders"]]

        converted["orders"] = orders
        batch_create_orders_v2_response = cls.__new__(cls)
        batch_create_orders_v2_response._body = body
        batch_create_orders_v2_response._own = False
        batch_create_orders_v2_response._converted = converted
        batch_create_orders_v2_response._additional = None
        return batch_create_orders_v2_response

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
