from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..models.amend_order_v2_request_side import (
    AmendOrderV2RequestSide,
    check_amend_order_v2_request_side,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendOrderV2Request")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ticker",
        "side",
        "price",
        "count",
        "client_order_id",
        "updated_client_order_id",
        "expiration_time",
        "exchange_index",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "ticker",
    "side",
    "price",
    "count",
    "client_order_id",
    "updated_client_order_id",
    "expiration_time",
    "exchange_index",
)


class AmendOrderV2Request:
    """New price and total size of a resting order. `ticker` and `side` must match the order (a safety check).
    `count` is the new total size (already filled + new remainder).

    """

    __slots__ = ("_body", "_converted", "_own")

    def __init__(
        self,
        ticker: str,
        side: AmendOrderV2RequestSide,
        price: str,
        count: str,
        client_order_id: str | Unset = UNSET,
        updated_client_order_id: str | Unset = UNSET,
        expiration_time: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._body["ticker"] = ticker
        self._converted["side"] = side
        self._body["price"] = price
        self._body["count"] = count
        if not isinstance(client_order_id, Unset):
            self._body["client_order_id"] = client_order_id
        if not isinstance(updated_client_order_id, Unset):
            self._body["updated_client_order_id"] = updated_client_order_id
        if not isinstance(expiration_time, Unset):
            self._body["expiration_time"] = expiration_time
        if not isinstance(exchange_index, Unset):
            self._body["exchange_index"] = exchange_index

    @property
    def ticker(self) -> str:
        """The order's market ticker."""
        value: str = self._body["ticker"]
        return value

    @ticker.setter
    def ticker(self, value: str) -> None:
        target = self._own_body()
        target["ticker"] = value

    @property
    def side(self) -> AmendOrderV2RequestSide:
        """The order's side of the YES book."""
        value: AmendOrderV2RequestSide = self._converted["side"]
        return value

    @side.setter
    def side(self, value: AmendOrderV2RequestSide) -> None:
        target = self._converted
        target["side"] = value

    @property
    def price(self) -> str:
        """New YES limit price in dollars, 2–4 decimals, on the market's grid."""
        value: str = self._body["price"]
        return value

    @price.setter
    def price(self, value: str) -> None:
        target = self._own_body()
        target["price"] = value

    @property
    def count(self) -> str:
        """New total size in contracts (filled + resting), 0–2 decimals, e.g. `"10.00"`."""
        value: str = self._body["count"]
        return value

    @count.setter
    def count(self, value: str) -> None:
        target = self._own_body()
        target["count"] = value

    @property
    def client_order_id(self) -> str | Unset:
        """The order's current client id; when given, Kalshi checks that it matches."""
        value: str | Unset = self._body.get("client_order_id", UNSET)
        return value

    @client_order_id.setter
    def client_order_id(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("client_order_id", None)
        else:
            target["client_order_id"] = value

    @property
    def updated_client_order_id(self) -> str | Unset:
        """A new, never used client id for the amended order."""
        value: str | Unset = self._body.get("updated_client_order_id", UNSET)
        return value

    @updated_client_order_id.setter
    def updated_client_order_id(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("updated_client_order_id", None)
        else:
            target["updated_client_order_id"] = value

    @property
    def expiration_time(self) -> int | Unset:
        """New expiry, Unix seconds in the future; `0` removes it (good till cancelled); absent keeps the
        current
        one. An expiry-only amend that resends the current price and count keeps the queue position.
        """
        value: int | Unset = self._body.get("expiration_time", UNSET)
        return value

    @expiration_time.setter
    def expiration_time(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("expiration_time", None)
        else:
            target["expiration_time"] = value

    @property
    def exchange_index(self) -> int | Unset:
        """The order's shard; absent or `-1` routes by `ticker`."""
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
            self.ticker,
            self.side,
            self.price,
            self.count,
            self.client_order_id,
            self.updated_client_order_id,
            self.expiration_time,
            self.exchange_index,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, AmendOrderV2Request)
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
        ticker = self.ticker

        side: str = self.side

        price = self.price

        count = self.count

        client_order_id = self.client_order_id

        updated_client_order_id = self.updated_client_order_id

        expiration_time = self.expiration_time

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "price": price,
                "count": count,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if updated_client_order_id is not UNSET:
            field_dict["updated_client_order_id"] = updated_client_order_id
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "ticker" not in body:
            raise KeyError("ticker")
        if "side" not in body:
            raise KeyError("side")
        if "price" not in body:
            raise KeyError("price")
        if "count" not in body:
            raise KeyError("count")
        converted: dict[str, Any] = {}
        side = check_amend_order_v2_request_side(body["side"])

        converted["side"] = side
        amend_order_v2_request = cls.__new__(cls)
        amend_order_v2_request._body = body
        amend_order_v2_request._own = False
        amend_order_v2_request._converted = converted
        return amend_order_v2_request
