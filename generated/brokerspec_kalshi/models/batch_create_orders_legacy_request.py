from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

if TYPE_CHECKING:
    from ..models.create_order_legacy_request import CreateOrderLegacyRequest


T = TypeVar("T", bound="BatchCreateOrdersLegacyRequest")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "orders",
    }
)
_FIELD_NAMES: tuple[str, ...] = ("orders",)


class BatchCreateOrdersLegacyRequest:
    """Body of the retired legacy batch create endpoint."""

    __slots__ = ("_body", "_converted", "_own")

    def __init__(
        self,
        orders: list[CreateOrderLegacyRequest],
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._converted["orders"] = orders

    @property
    def orders(self) -> list[CreateOrderLegacyRequest]:
        value: list[CreateOrderLegacyRequest] = self._converted["orders"]
        return value

    @orders.setter
    def orders(self, value: list[CreateOrderLegacyRequest]) -> None:
        target = self._converted
        target["orders"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (self.orders,)

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, BatchCreateOrdersLegacyRequest)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(_FIELD_NAMES, self._fields())
        )
        return f"{self.__class__.__name__}({fields})"

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_order_legacy_request import CreateOrderLegacyRequest

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "orders" not in body:
            raise KeyError("orders")
        converted: dict[str, Any] = {}
        orders = [CreateOrderLegacyRequest.from_dict(item) for item in body["orders"]]

        converted["orders"] = orders
        batch_create_orders_legacy_request = cls.__new__(cls)
        batch_create_orders_legacy_request._body = body
        batch_create_orders_legacy_request._own = False
        batch_create_orders_legacy_request._converted = converted
        return batch_create_orders_legacy_request
