from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendOrderV2Response")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "order_id",
        "ts_ms",
        "client_order_id",
        "fill_count",
        "remaining_count",
        "average_fill_price",
        "average_fee_paid",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "order_id",
    "ts_ms",
    "client_order_id",
    "fill_count",
    "remaining_count",
    "average_fill_price",
    "average_fee_paid",
    "additional_properties",
)


class AmendOrderV2Response:
    """Summary of the amended order. The counts and averages come only when the amend filled something or changed
    the resting size (absent or null otherwise): a price-only amend answers `{order_id, ts_ms}`. The full order
    can be read with `get_order`.

    """

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        order_id: str,
        ts_ms: int,
        client_order_id: None | str | Unset = UNSET,
        fill_count: None | str | Unset = UNSET,
        remaining_count: None | str | Unset = UNSET,
        average_fill_price: None | str | Unset = UNSET,
        average_fee_paid: None | str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["order_id"] = order_id
        self._body["ts_ms"] = ts_ms
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

    @property
    def order_id(self) -> str:
        """Kalshi's id of the order."""
        value: str = self._body["order_id"]
        return value

    @order_id.setter
    def order_id(self, value: str) -> None:
        target = self._own_body()
        target["order_id"] = value

    @property
    def ts_ms(self) -> int:
        """When Kalshi processed the amend, Unix milliseconds."""
        value: int = self._body["ts_ms"]
        return value

    @ts_ms.setter
    def ts_ms(self, value: int) -> None:
        target = self._own_body()
        target["ts_ms"] = value

    @property
    def client_order_id(self) -> None | str | Unset:
        """The order's client id after the amend."""
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
    def fill_count(self) -> None | str | Unset:
        """Contracts filled so far."""
        value: None | str | Unset = self._body.get("fill_count", UNSET)
        return value

    @fill_count.setter
    def fill_count(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("fill_count", None)
        else:
            target["fill_count"] = value

    @property
    def remaining_count(self) -> None | str | Unset:
        """Contracts resting after the amend."""
        value: None | str | Unset = self._body.get("remaining_count", UNSET)
        return value

    @remaining_count.setter
    def remaining_count(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("remaining_count", None)
        else:
            target["remaining_count"] = value

    @property
    def average_fill_price(self) -> None | str | Unset:
        """Average YES price of fills caused by the amend, dollars."""
        value: None | str | Unset = self._body.get("average_fill_price", UNSET)
        return value

    @average_fill_price.setter
    def average_fill_price(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("average_fill_price", None)
        else:
            target["average_fill_price"] = value

    @property
    def average_fee_paid(self) -> None | str | Unset:
        """Average fee per contract of those fills, dollars."""
        value: None | str | Unset = self._body.get("average_fee_paid", UNSET)
        return value

    @average_fee_paid.setter
    def average_fee_paid(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("average_fee_paid", None)
        else:
            target["average_fee_paid"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.order_id,
            self.ts_ms,
            self.client_order_id,
            self.fill_count,
            self.remaining_count,
            self.average_fill_price,
            self.average_fee_paid,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, AmendOrderV2Response)
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

        ts_ms = self.ts_ms

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        fill_count: None | str | Unset
        if isinstance(self.fill_count, Unset):
            fill_count = UNSET
        else:
            fill_count = self.fill_count

        remaining_count: None | str | Unset
        if isinstance(self.remaining_count, Unset):
            remaining_count = UNSET
        else:
            remaining_count = self.remaining_count

        average_fill_price: None | str | Unset
        if isinstance(self.average_fill_price, Unset):
            average_fill_price = UNSET
        else:
            average_fill_price = self.average_fill_price

        average_fee_paid: None | str | Unset
        if isinstance(self.average_fee_paid, Unset):
            average_fee_paid = UNSET
        else:
            average_fee_paid = self.average_fee_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "ts_ms": ts_ms,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "order_id" not in body:
            raise KeyError("order_id")
        if "ts_ms" not in body:
            raise KeyError("ts_ms")
        amend_order_v2_response = cls.__new__(cls)
        amend_order_v2_response._body = body
        amend_order_v2_response._own = False
        amend_order_v2_response._additional = None
        return amend_order_v2_response

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
