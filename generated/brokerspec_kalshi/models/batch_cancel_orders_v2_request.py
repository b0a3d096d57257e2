from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

if TYPE_CHECKING:
    from ..models.batch_cancel_orders_v2_request_item import (
        BatchCancelOrdersV2RequestItem,
    )


T = TypeVar("T", bound="BatchCancelOrdersV2Request")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "orders",
    }
)
_FIELD_NAMES: tuple[str, ...] = ("orders",)


class BatchCancelOrdersV2Request:
    """Orders to cancel in one call, each routed on its own (`{"ids": [...]}` is the retired body)."""

    __slots__ = ("_body", "_converted", "_own")

    def __init__(
        self,
        orders: list[BatchCancelOrdersV2RequestItem],
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._converted["orders"] = orders

    @property
    def orders(self) -> list[BatchCancelOrdersV2RequestItem]:
        value: list[BatchCancelOrdersV2RequestItem] = self._converted["orders"]
        return value

    @orders.setter
    def orders(self, value: list[BatchCancelOrdersV2RequestItem]) -> None:
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
            not isinstance(other, BatchCancelOrdersV2Request)
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
        from ..models.batch_cancel_orders_v2_request_item import (
            BatchCancelOrdersV2RequestItem,
        )

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "orders" not in body:
            raise KeyError("orders")
        converted: dict[str, Any] = {}
        orders = [
            BatchCancelOrdersV2RequestItem.from_dict(item) for item in body["orders"]
        ]

        converted["orders"] = orders
        batch_cancel_orders_v2_request = cls.__new__(cls)
        batch_cancel_orders_v2_request._body = body
        batch_cancel_orders_v2_request._own = False
        batch_cancel_orders_v2_request._converted = converted
        return batch_cancel_orders_v2_request
