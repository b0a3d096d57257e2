from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="BatchCreateOrdersV2Result")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "order_id",
        "client_order_id",
        "fill_count",
        "remaining_count",
        "average_fill_price",
        "average_fee_paid",
        "ts_ms",
        "error",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "order_id",
    "client_order_id",
    "fill_count",
    "remaining_count",
    "average_fill_price",
    "average_fee_paid",
    "ts_ms",
    "error",
    "additional_properties",
)


class BatchCreateOrdersV2Result:
    """The outcome of one order of a V2 batch: the fields of a `CreateOrderV2Response` when it was accepted, or
    `error` when it was refused. All fields are optional (no recording of this answer exists yet).

    """

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        order_id: None | str | Unset = UNSET,
        client_order_id: None | str | Unset = UNSET,
        fill_count: str | Unset = UNSET,
        remaining_count: str | Unset = UNSET,
        average_fill_price: str | Unset = UNSET,
        average_fee_paid: str | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
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
        if not isinstance(client_order_id, Unset):
            self._body["client_order_id"] = client_order_id
        if not isinstance(fill_count, Unset):
            self._body["fill_count"] = fill_count
        if not isinstance(remaining_count, Unset):
            self._body["remaining_count"] = remaining_count
        if not isinstance(average_fill_price, Unset):
            self._body["average_fill_price"] = average_fill_price
        if not isinstance(average_fee_paid, Unset):
            self._body["average_fee_paid"] = average_fee_paid
        if not isinstance(ts_ms, Unset):
            self._body["ts_ms"] = ts_ms
        if not isinstance(error, Unset):
            self._converted["error"] = error

    @property
    def order_id(self) -> None | str | Unset:
        """Kalshi's id of the new order."""
        value: None | str | Unset = self._body.get("order_id", UNSET)
        return value

    @order_id.setter
    def order_id(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("order_id", None)
        else:
            target["order_id"] = value

    @property
    def client_order_id(self) -> None | str | Unset:
        """The member's id for the order."""
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
    def fill_count(self) -> str | Unset:
        """Contracts filled immediately."""
        value: str | Unset = self._body.get("fill_count", UNSET)
        return value

    @fill_count.setter
    def fill_count(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("fill_count", None)
        else:
            target["fill_count"] = value

    @property
    def remaining_count(self) -> str | Unset:
        """Contracts left resting."""
        value: str | Unset = self._body.get("remaining_count", UNSET)
        return value

    @remaining_count.setter
    def remaining_count(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("remaining_count", None)
        else:
            target["remaining_count"] = value

    @property
    def average_fill_price(self) -> str | Unset:
        """Average YES price of the immediate fills, dollars."""
        value: str | Unset = self._body.get("average_fill_price", UNSET)
        return value

    @average_fill_price.setter
    def average_fill_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("average_fill_price", None)
        else:
            target["average_fill_price"] = value

    @property
    def average_fee_paid(self) -> str | Unset:
        """Average fee per contract, dollars."""
        value: str | Unset = self._body.get("average_fee_paid", UNSET)
        return value

    @average_fee_paid.setter
    def average_fee_paid(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("average_fee_paid", None)
        else:
            target["average_fee_paid"] = value

    @property
    def ts_ms(self) -> int | None | Unset:
        """When Kalshi processed the order, Unix milliseconds; absent or null when it was refused."""
        value: int | None | Unset = self._body.get("ts_ms", UNSET)
        return value

    @ts_ms.setter
    def ts_ms(self, value: int | None | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("ts_ms", None)
        else:
            target["ts_ms"] = value

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
            self.order_id,
            self.client_order_id,
            self.fill_count,
            self.remaining_count,
            self.average_fill_price,
            self.average_fee_paid,
            self.ts_ms,
            self.error,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, BatchCreateOrdersV2Result)
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

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        fill_count = self.fill_count

        remaining_count = self.remaining_count

        average_fill_price = self.average_fill_price

        average_fee_paid = self.average_fee_paid

        ts_ms: int | None | Unset
        if isinstance(self.ts_ms, Unset):
            ts_ms = UNSET
        else:
            ts_ms = self.ts_ms

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
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if average_fill_price is not UNSET:
            field_dict["average_fill_price"] = average_fill_price
        if average_fee_paid is not UNSET:
            field_dict["average_fee_paid"] = average_fee_paid
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_detail import ErrorDetail

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        converted: dict[str, Any] = {}
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
        batch_create_orders_v2_result = cls.__new__(cls)
        batch_create_orders_v2_result._body = body
        batch_create_orders_v2_result._own = False
        batch_create_orders_v2_result._converted = converted
        batch_create_orders_v2_result._additional = None
        return batch_create_orders_v2_result

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
