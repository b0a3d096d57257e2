from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail
    from ..models.order import Order


T = TypeVar("T", bound="BatchCancelOrdersLegacyResult")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "order_id",
        "order",
        "reduced_by",
        "reduced_by_fp",
        "error",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "order_id",
    "order",
    "reduced_by",
    "reduced_by_fp",
    "error",
    "additional_properties",
)


class BatchCancelOrdersLegacyResult:
    """The outcome of one id of a legacy batch cancel."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        order_id: str | Unset = UNSET,
        order: None | Order | Unset = UNSET,
        reduced_by: int | Unset = UNSET,
        reduced_by_fp: str | Unset = UNSET,
        error: ErrorDetail | None | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        if not isinstance(order_id, Unset):
            self._body["order_id"] = order_id
        if not isinstance(order, Unset):
            self._converted["order"] = order
        if not isinstance(reduced_by, Unset):
            self._body["reduced_by"] = reduced_by
        if not isinstance(reduced_by_fp, Unset):
            self._body["reduced_by_fp"] = reduced_by_fp
        if not isinstance(error, Unset):
            self._converted["error"] = error

    @property
    def order_id(self) -> str | Unset:
        """The id that was to be cancelled."""
        value: str | Unset = self._body.get("order_id", UNSET)
        return value

    @order_id.setter
    def order_id(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("order_id", None)
        else:
            target["order_id"] = value

    @property
    def order(self) -> None | Order | Unset:
        """The order after cancellation."""
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
    def reduced_by(self) -> int | Unset:
        """Contracts taken off the book (integer era)."""
        value: int | Unset = self._body.get("reduced_by", UNSET)
        return value

    @reduced_by.setter
    def reduced_by(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("reduced_by", None)
        else:
            target["reduced_by"] = value

    @property
    def reduced_by_fp(self) -> str | Unset:
        """Contracts taken off the book, fixed-point (2026)."""
        value: str | Unset = self._body.get("reduced_by_fp", UNSET)
        return value

    @reduced_by_fp.setter
    def reduced_by_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("reduced_by_fp", None)
        else:
            target["reduced_by_fp"] = value

    @property
    def error(self) -> ErrorDetail | None | Unset:
        """Why this id could not be cancelled."""
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
            self.order_id,
            self.order,
            self.reduced_by,
            self.reduced_by_fp,
            self.error,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, BatchCancelOrdersLegacyResult)
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

        order_id = self.order_id

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, Order):
            order = self.order.to_dict()
        else:
            order = self.order

        reduced_by = self.reduced_by

        reduced_by_fp = self.reduced_by_fp

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
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order is not UNSET:
            field_dict["order"] = order
        if reduced_by is not UNSET:
            field_dict["reduced_by"] = reduced_by
        if reduced_by_fp is not UNSET:
            field_dict["reduced_by_fp"] = reduced_by_fp
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
        batch_cancel_orders_legacy_result = cls.__new__(cls)
        batch_cancel_orders_legacy_result._body = body
        batch_cancel_orders_legacy_result._own = False
        batch_cancel_orders_legacy_result._converted = converted
        batch_cancel_orders_legacy_result._additional = None
        return batch_cancel_orders_legacy_result

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
