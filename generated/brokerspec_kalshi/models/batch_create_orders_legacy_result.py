from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail
    from ..models.order import Order


T = TypeVar("T", bound="BatchCreateOrdersLegacyResult")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "client_order_id",
        "order",
        "error",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "client_order_id",
    "order",
    "error",
    "additional_properties",
)


class BatchCreateOrdersLegacyResult:
    """The outcome of one order of a legacy batch create; `order` on success, `error` on failure."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        client_order_id: None | str | Unset = UNSET,
        order: None | Order | Unset = UNSET,
        error: ErrorDetail | None | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        if not isinstance(client_order_id, Unset):
            self._body["client_order_id"] = client_order_id
        if not isinstance(order, Unset):
            self._converted["order"] = order
        if not isinstance(error, Unset):
            self._converted["error"] = error

    @property
    def client_order_id(self) -> None | str | Unset:
        """The `client_order_id` of the submitted order."""
        value: None | str | Unset = self._body.get("client_order_id", UNSET)
        return value

    @client_order_id.setter
    def client_order_id(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("client_order_id", None)
        else:
            target["client_order_id"] = value

    @property
    def order(self) -> None | Order | Unset:
        """The order, when it was accepted."""
        value: None | Order | Unset = self._converted.get("order", UNSET)
        return value

    @order.setter
    def order(self, value: None | Order | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("order", None)
        else:
            target["order"] = value

    @property
    def error(self) -> ErrorDetail | None | Unset:
        """Why this order was refused."""
        value: ErrorDetail | None | Unset = self._converted.get("error", UNSET)
        return value

    @error.setter
    def error(self, value: ErrorDetail | None | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("error", None)
        else:
            target["error"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.client_order_id,
            self.order,
            self.error,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, BatchCreateOrdersLegacyResult)
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
        from ..models.error_detail import ErrorDetail
        from ..models.order import Order

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, Order):
            order = self.order.to_dict()
        else:
            order = self.order

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if order is not UNSET:
            field_dict["order"] = order
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_detail import ErrorDetail
        from ..models.order import Order

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        converted: dict[str, Any] = {}
        if "order" in body:

            def _parse_order(data: object) -> None | Order | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    order_type_0 = Order.from_dict(data)

                    return order_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Order | Unset, data)

            order = _parse_order(body["order"])

            converted["order"] = order
        if "error" in body:

            def _parse_error(data: object) -> ErrorDetail | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    error_type_0 = ErrorDetail.from_dict(data)

                    return error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorDetail | None | Unset, data)

            error = _parse_error(body["error"])

            converted["error"] = error
        batch_create_orders_legacy_result = cls.__new__(cls)
        batch_create_orders_legacy_result._body = body
        batch_create_orders_legacy_result._own = False
        batch_create_orders_legacy_result._converted = converted
        batch_create_orders_legacy_result._additional = None
        return batch_create_orders_legacy_result

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
