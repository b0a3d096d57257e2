from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecreaseOrderV2Request")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "reduce_by",
        "reduce_to",
        "market_ticker",
        "exchange_index",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "reduce_by",
    "reduce_to",
    "market_ticker",
    "exchange_index",
)


class DecreaseOrderV2Request:
    """Exactly one of `reduce_by` or `reduce_to`, and the order's routing: `market_ticker` (or `exchange_index`);
    without either the request goes to shard 0.

    """

    __slots__ = ("_body", "_own")

    def __init__(
        self,
        reduce_by: str | Unset = UNSET,
        reduce_to: str | Unset = UNSET,
        market_ticker: str | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        if not isinstance(reduce_by, Unset):
            self._body["reduce_by"] = reduce_by
        if not isinstance(reduce_to, Unset):
            self._body["reduce_to"] = reduce_to
        if not isinstance(market_ticker, Unset):
            self._body["market_ticker"] = market_ticker
        if not isinstance(exchange_index, Unset):
            self._body["exchange_index"] = exchange_index

    @property
    def reduce_by(self) -> str | Unset:
        """Contracts to remove from the resting remainder, 0–2 decimals, e.g. `"2.00"`."""
        value: str | Unset = self._body.get("reduce_by", UNSET)
        return value

    @reduce_by.setter
    def reduce_by(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("reduce_by", None)
        else:
            target["reduce_by"] = value

    @property
    def reduce_to(self) -> str | Unset:
        """Contracts to leave resting, 0–2 decimals, e.g. `"3.00"`; `"0"` cancels the order."""
        value: str | Unset = self._body.get("reduce_to", UNSET)
        return value

    @reduce_to.setter
    def reduce_to(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("reduce_to", None)
        else:
            target["reduce_to"] = value

    @property
    def market_ticker(self) -> str | Unset:
        """The order's market ticker (routes the decrease to that market's shard)."""
        value: str | Unset = self._body.get("market_ticker", UNSET)
        return value

    @market_ticker.setter
    def market_ticker(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("market_ticker", None)
        else:
            target["market_ticker"] = value

    @property
    def exchange_index(self) -> int | Unset:
        """The order's shard; `-1` requires routing by `market_ticker`."""
        value: int | Unset = self._body.get("exchange_index", UNSET)
        return value

    @exchange_index.setter
    def exchange_index(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("exchange_index", None)
        else:
            target["exchange_index"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.reduce_by,
            self.reduce_to,
            self.market_ticker,
            self.exchange_index,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, DecreaseOrderV2Request)
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
        reduce_by = self.reduce_by

        reduce_to = self.reduce_to

        market_ticker = self.market_ticker

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reduce_by is not UNSET:
            field_dict["reduce_by"] = reduce_by
        if reduce_to is not UNSET:
            field_dict["reduce_to"] = reduce_to
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        decrease_order_v2_request = cls.__new__(cls)
        decrease_order_v2_request._body = body
        decrease_order_v2_request._own = False
        return decrease_order_v2_request
