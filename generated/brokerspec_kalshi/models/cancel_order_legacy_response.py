from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="CancelOrderLegacyResponse")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "order",
        "reduced_by",
        "reduced_by_fp",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "order",
    "reduced_by",
    "reduced_by_fp",
    "additional_properties",
)


class CancelOrderLegacyResponse:
    """Answer of the retired legacy cancel endpoint."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        order: Order,
        reduced_by: int | Unset = UNSET,
        reduced_by_fp: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        self._converted["order"] = order
        if not isinstance(reduced_by, Unset):
            self._body["reduced_by"] = reduced_by
        if not isinstance(reduced_by_fp, Unset):
            self._body["reduced_by_fp"] = reduced_by_fp

    @property
    def order(self) -> Order:
        """An order as Kalshi reports it. Only `order_id` and `ticker` are required: counts and prices moved
        from
        integers (2025) to `*_fp` / `*_dollars` strings (2026), so read whichever is present. `status`, `type`,
        `side` and `action` are open strings. Direction: `book_side`/`outcome_side` (`bid` ≡ `yes`, `ask` ≡
        `no`);
        `yes_price_dollars` is the YES-book limit whatever the direction; `side`/`action` are the deprecated
        pair.
        """
        value: Order = self._converted["order"]
        return value

    @order.setter
    def order(self, value: Order) -> None:
        target = self._converted
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

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.order,
            self.reduced_by,
            self.reduced_by_fp,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, CancelOrderLegacyResponse)
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
        order = self.order.to_dict()

        reduced_by = self.reduced_by

        reduced_by_fp = self.reduced_by_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
            }
        )
        if reduced_by is not UNSET:
            field_dict["reduced_by"] = reduced_by
        if reduced_by_fp is not UNSET:
            field_dict["reduced_by_fp"] = reduced_by_fp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order import Order

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "order" not in body:
            raise KeyError("order")
        converted: dict[str, Any] = {}
        order = Order.from_dict(body["order"])

        converted["order"] = order
        cancel_order_legacy_response = cls.__new__(cls)
        cancel_order_legacy_response._body = body
        cancel_order_legacy_response._own = False
        cancel_order_legacy_response._converted = converted
        cancel_order_legacy_response._additional = None
        return cancel_order_legacy_response

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
