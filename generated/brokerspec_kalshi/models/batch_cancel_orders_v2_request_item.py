from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchCancelOrdersV2RequestItem")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "order_id",
        "market_ticker",
        "exchange_index",
        "subaccount",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "order_id",
    "market_ticker",
    "exchange_index",
    "subaccount",
)


class BatchCancelOrdersV2RequestItem:
    """One order to cancel. Routed by `exchange_index`, else by the shard of `market_ticker`, else to shard 0:
    send the order's `market_ticker`.

    """

    __slots__ = ("_body", "_own")

    def __init__(
        self,
        order_id: str,
        market_ticker: str | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
        subaccount: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._body["order_id"] = order_id
        if not isinstance(market_ticker, Unset):
            self._body["market_ticker"] = market_ticker
        if not isinstance(exchange_index, Unset):
            self._body["exchange_index"] = exchange_index
        if not isinstance(subaccount, Unset):
            self._body["subaccount"] = subaccount

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
    def market_ticker(self) -> str | Unset:
        """The order's market ticker (routes the item to that market's shard)."""
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

    @property
    def subaccount(self) -> int | Unset:
        """Subaccount of the order (0 = primary, also when absent)."""
        value: int | Unset = self._body.get("subaccount", UNSET)
        return value

    @subaccount.setter
    def subaccount(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("subaccount", None)
        else:
            target["subaccount"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.order_id,
            self.market_ticker,
            self.exchange_index,
            self.subaccount,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, BatchCancelOrdersV2RequestItem)
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
        order_id = self.order_id

        market_ticker = self.market_ticker

        exchange_index = self.exchange_index

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "order_id": order_id,
            }
        )
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "order_id" not in body:
            raise KeyError("order_id")
        batch_cancel_orders_v2_request_item = cls.__new__(cls)
        batch_cancel_orders_v2_request_item._body = body
        batch_cancel_orders_v2_request_item._own = False
        return batch_cancel_orders_v2_request_item
