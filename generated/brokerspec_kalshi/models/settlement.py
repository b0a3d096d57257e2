from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="Settlement")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ticker",
        "event_ticker",
        "market_result",
        "yes_count",
        "yes_count_fp",
        "no_count",
        "no_count_fp",
        "yes_total_cost",
        "yes_total_cost_dollars",
        "no_total_cost",
        "no_total_cost_dollars",
        "revenue",
        "value",
        "fee_cost",
        "settled_time",
        "exchange_index",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "ticker",
    "event_ticker",
    "market_result",
    "yes_count",
    "yes_count_fp",
    "no_count",
    "no_count_fp",
    "yes_total_cost",
    "yes_total_cost_dollars",
    "no_total_cost",
    "no_total_cost_dollars",
    "revenue",
    "value",
    "fee_cost",
    "settled_time",
    "exchange_index",
    "additional_properties",
)


class Settlement:
    """How one market the member held settled. Only `ticker` is required."""

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        ticker: str,
        event_ticker: str | Unset = UNSET,
        market_result: str | Unset = UNSET,
        yes_count: int | Unset = UNSET,
        yes_count_fp: str | Unset = UNSET,
        no_count: int | Unset = UNSET,
        no_count_fp: str | Unset = UNSET,
        yes_total_cost: int | Unset = UNSET,
        yes_total_cost_dollars: str | Unset = UNSET,
        no_total_cost: int | Unset = UNSET,
        no_total_cost_dollars: str | Unset = UNSET,
        revenue: int | Unset = UNSET,
        value: int | None | Unset = UNSET,
        fee_cost: str | Unset = UNSET,
        settled_time: str | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["ticker"] = ticker
        if not isinstance(event_ticker, Unset):
            self._body["event_ticker"] = event_ticker
        if not isinstance(market_result, Unset):
            self._body["market_result"] = market_result
        if not isinstance(yes_count, Unset):
            self._body["yes_count"] = yes_count
        if not isinstance(yes_count_fp, Unset):
            self._body["yes_count_fp"] = yes_count_fp
        if not isinstance(no_count, Unset):
            self._body["no_count"] = no_count
        if not isinstance(no_count_fp, Unset):
            self._body["no_count_fp"] = no_count_fp
        if not isinstance(yes_total_cost, Unset):
            self._body["yes_total_cost"] = yes_total_cost
        if not isinstance(yes_total_cost_dollars, Unset):
            self._body["yes_total_cost_dollars"] = yes_total_cost_dollars
        if not isinstance(no_total_cost, Unset):
            self._body["no_total_cost"] = no_total_cost
        if not isinstance(no_total_cost_dollars, Unset):
            self._body["no_total_cost_dollars"] = no_total_cost_dollars
        if not isinstance(revenue, Unset):
            self._body["revenue"] = revenue
        if not isinstance(value, Unset):
            self._body["value"] = value
        if not isinstance(fee_cost, Unset):
            self._body["fee_cost"] = fee_cost
        if not isinstance(settled_time, Unset):
            self._body["settled_time"] = settled_time
        if not isinstance(exchange_index, Unset):
            self._body["exchange_index"] = exchange_index

    @property
    def ticker(self) -> str:
        """Market ticker."""
        value: str = self._body["ticker"]
        return value

    @ticker.setter
    def ticker(self, value: str) -> None:
        target = self._own_body()
        target["ticker"] = value

    @property
    def event_ticker(self) -> str | Unset:
        """Event ticker (2026)."""
        value: str | Unset = self._body.get("event_ticker", UNSET)
        return value

    @event_ticker.setter
    def event_ticker(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("event_ticker", None)
        else:
            target["event_ticker"] = value

    @property
    def market_result(self) -> str | Unset:
        """The outcome. Known values: `yes`, `no`, `scalar` (others may appear)."""
        value: str | Unset = self._body.get("market_result", UNSET)
        return value

    @market_result.setter
    def market_result(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("market_result", None)
        else:
            target["market_result"] = value

    @property
    def yes_count(self) -> int | Unset:
        """YES contracts held at settlement (integer era)."""
        value: int | Unset = self._body.get("yes_count", UNSET)
        return value

    @yes_count.setter
    def yes_count(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_count", None)
        else:
            target["yes_count"] = value

    @property
    def yes_count_fp(self) -> str | Unset:
        """YES contracts held at settlement, fixed-point (2026)."""
        value: str | Unset = self._body.get("yes_count_fp", UNSET)
        return value

    @yes_count_fp.setter
    def yes_count_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_count_fp", None)
        else:
            target["yes_count_fp"] = value

    @property
    def no_count(self) -> int | Unset:
        """NO contracts held at settlement (integer era)."""
        value: int | Unset = self._body.get("no_count", UNSET)
        return value

    @no_count.setter
    def no_count(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_count", None)
        else:
            target["no_count"] = value

    @property
    def no_count_fp(self) -> str | Unset:
        """NO contracts held at settlement, fixed-point (2026)."""
        value: str | Unset = self._body.get("no_count_fp", UNSET)
        return value

    @no_count_fp.setter
    def no_count_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_count_fp", None)
        else:
            target["no_count_fp"] = value

    @property
    def yes_total_cost(self) -> int | Unset:
        """What the YES contracts cost, cents."""
        value: int | Unset = self._body.get("yes_total_cost", UNSET)
        return value

    @yes_total_cost.setter
    def yes_total_cost(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_total_cost", None)
        else:
            target["yes_total_cost"] = value

    @property
    def yes_total_cost_dollars(self) -> str | Unset:
        """What the YES contracts cost, dollars (2026)."""
        value: str | Unset = self._body.get("yes_total_cost_dollars", UNSET)
        return value

    @yes_total_cost_dollars.setter
    def yes_total_cost_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_total_cost_dollars", None)
        else:
            target["yes_total_cost_dollars"] = value

    @property
    def no_total_cost(self) -> int | Unset:
        """What the NO contracts cost, cents."""
        value: int | Unset = self._body.get("no_total_cost", UNSET)
        return value

    @no_total_cost.setter
    def no_total_cost(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_total_cost", None)
        else:
            target["no_total_cost"] = value

    @property
    def no_total_cost_dollars(self) -> str | Unset:
        """What the NO contracts cost, dollars (2026)."""
        value: str | Unset = self._body.get("no_total_cost_dollars", UNSET)
        return value

    @no_total_cost_dollars.setter
    def no_total_cost_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_total_cost_dollars", None)
        else:
            target["no_total_cost_dollars"] = value

    @property
    def revenue(self) -> int | Unset:
        """Payout received, cents (integer in every era)."""
        value: int | Unset = self._body.get("revenue", UNSET)
        return value

    @revenue.setter
    def revenue(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("revenue", None)
        else:
            target["revenue"] = value

    @property
    def value(self) -> int | None | Unset:
        """Payout of one YES contract, cents (integer in every era); may be null."""
        value: int | None | Unset = self._body.get("value", UNSET)
        return value

    @value.setter
    def value(self, value: int | None | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("value", None)
        else:
            target["value"] = value

    @property
    def fee_cost(self) -> str | Unset:
        """Fees charged at settlement, dollars (2026)."""
        value: str | Unset = self._body.get("fee_cost", UNSET)
        return value

    @fee_cost.setter
    def fee_cost(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("fee_cost", None)
        else:
            target["fee_cost"] = value

    @property
    def settled_time(self) -> str | Unset:
        """When the market settled, RFC 3339."""
        value: str | Unset = self._body.get("settled_time", UNSET)
        return value

    @settled_time.setter
    def settled_time(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("settled_time", None)
        else:
            target["settled_time"] = value

    @property
    def exchange_index(self) -> int | Unset:
        """The shard of the market (2026)."""
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
            self.event_ticker,
            self.market_result,
            self.yes_count,
            self.yes_count_fp,
            self.no_count,
            self.no_count_fp,
            self.yes_total_cost,
            self.yes_total_cost_dollars,
            self.no_total_cost,
            self.no_total_cost_dollars,
            self.revenue,
            self.value,
            self.fee_cost,
            self.settled_time,
            self.exchange_index,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Settlement) or other.__class__ is not self.__class__:
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
        ticker = self.ticker

        event_ticker = self.event_ticker

        market_result = self.market_result

        yes_count = self.yes_count

        yes_count_fp = self.yes_count_fp

        no_count = self.no_count

        no_count_fp = self.no_count_fp

        yes_total_cost = self.yes_total_cost

        yes_total_cost_dollars = self.yes_total_cost_dollars

        no_total_cost = self.no_total_cost

        no_total_cost_dollars = self.no_total_cost_dollars

        revenue = self.revenue

        value: int | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        fee_cost = self.fee_cost

        settled_time = self.settled_time

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
            }
        )
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if market_result is not UNSET:
            field_dict["market_result"] = market_result
        if yes_count is not UNSET:
            field_dict["yes_count"] = yes_count
        if yes_count_fp is not UNSET:
            field_dict["yes_count_fp"] = yes_count_fp
        if no_count is not UNSET:
            field_dict["no_count"] = no_count
        if no_count_fp is not UNSET:
            field_dict["no_count_fp"] = no_count_fp
        if yes_total_cost is not UNSET:
            field_dict["yes_total_cost"] = yes_total_cost
        if yes_total_cost_dollars is not UNSET:
            field_dict["yes_total_cost_dollars"] = yes_total_cost_dollars
        if no_total_cost is not UNSET:
            field_dict["no_total_cost"] = no_total_cost
        if no_total_cost_dollars is not UNSET:
            field_dict["no_total_cost_dollars"] = no_total_cost_dollars
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if value is not UNSET:
            field_dict["value"] = value
        if fee_cost is not UNSET:
            field_dict["fee_cost"] = fee_cost
        if settled_time is not UNSET:
            field_dict["settled_time"] = settled_time
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "ticker" not in body:
            raise KeyError("ticker")
        settlement = cls.__new__(cls)
        settlement._body = body
        settlement._own = False
        settlement._additional = None
        return settlement

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
