from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketPosition")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ticker",
        "position",
        "position_fp",
        "market_exposure",
        "market_exposure_dollars",
        "realized_pnl",
        "realized_pnl_dollars",
        "fees_paid",
        "fees_paid_dollars",
        "total_traded",
        "total_traded_dollars",
        "resting_orders_count",
        "last_updated_ts",
        "exchange_index",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "ticker",
    "position",
    "position_fp",
    "market_exposure",
    "market_exposure_dollars",
    "realized_pnl",
    "realized_pnl_dollars",
    "fees_paid",
    "fees_paid_dollars",
    "total_traded",
    "total_traded_dollars",
    "resting_orders_count",
    "last_updated_ts",
    "exchange_index",
    "additional_properties",
)


class MarketPosition:
    """The member's position in one market. Positive `position` / `position_fp` = YES contracts held, negative =
    NO contracts held. Only `ticker` is required.

    """

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        ticker: str,
        position: int | Unset = UNSET,
        position_fp: str | Unset = UNSET,
        market_exposure: int | Unset = UNSET,
        market_exposure_dollars: str | Unset = UNSET,
        realized_pnl: int | Unset = UNSET,
        realized_pnl_dollars: str | Unset = UNSET,
        fees_paid: int | Unset = UNSET,
        fees_paid_dollars: str | Unset = UNSET,
        total_traded: int | Unset = UNSET,
        total_traded_dollars: str | Unset = UNSET,
        resting_orders_count: int | Unset = UNSET,
        last_updated_ts: str | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["ticker"] = ticker
        if not isinstance(position, Unset):
            self._body["position"] = position
        if not isinstance(position_fp, Unset):
            self._body["position_fp"] = position_fp
        if not isinstance(market_exposure, Unset):
            self._body["market_exposure"] = market_exposure
        if not isinstance(market_exposure_dollars, Unset):
            self._body["market_exposure_dollars"] = market_exposure_dollars
        if not isinstance(realized_pnl, Unset):
            self._body["realized_pnl"] = realized_pnl
        if not isinstance(realized_pnl_dollars, Unset):
            self._body["realized_pnl_dollars"] = realized_pnl_dollars
        if not isinstance(fees_paid, Unset):
            self._body["fees_paid"] = fees_paid
        if not isinstance(fees_paid_dollars, Unset):
            self._body["fees_paid_dollars"] = fees_paid_dollars
        if not isinstance(total_traded, Unset):
            self._body["total_traded"] = total_traded
        if not isinstance(total_traded_dollars, Unset):
            self._body["total_traded_dollars"] = total_traded_dollars
        if not isinstance(resting_orders_count, Unset):
            self._body["resting_orders_count"] = resting_orders_count
        if not isinstance(last_updated_ts, Unset):
            self._body["last_updated_ts"] = last_updated_ts
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
    def position(self) -> int | Unset:
        """Signed contracts held (integer era)."""
        value: int | Unset = self._body.get("position", UNSET)
        return value

    @position.setter
    def position(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("position", None)
        else:
            target["position"] = value

    @property
    def position_fp(self) -> str | Unset:
        """Signed contracts held, fixed-point (2026), e.g. `"-103.00"`."""
        value: str | Unset = self._body.get("position_fp", UNSET)
        return value

    @position_fp.setter
    def position_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("position_fp", None)
        else:
            target["position_fp"] = value

    @property
    def market_exposure(self) -> int | Unset:
        """Cost of the position at entry, cents."""
        value: int | Unset = self._body.get("market_exposure", UNSET)
        return value

    @market_exposure.setter
    def market_exposure(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("market_exposure", None)
        else:
            target["market_exposure"] = value

    @property
    def market_exposure_dollars(self) -> str | Unset:
        """Cost of the position at entry, dollars."""
        value: str | Unset = self._body.get("market_exposure_dollars", UNSET)
        return value

    @market_exposure_dollars.setter
    def market_exposure_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("market_exposure_dollars", None)
        else:
            target["market_exposure_dollars"] = value

    @property
    def realized_pnl(self) -> int | Unset:
        """Realized profit and loss, cents."""
        value: int | Unset = self._body.get("realized_pnl", UNSET)
        return value

    @realized_pnl.setter
    def realized_pnl(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("realized_pnl", None)
        else:
            target["realized_pnl"] = value

    @property
    def realized_pnl_dollars(self) -> str | Unset:
        """Realized profit and loss, dollars."""
        value: str | Unset = self._body.get("realized_pnl_dollars", UNSET)
        return value

    @realized_pnl_dollars.setter
    def realized_pnl_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("realized_pnl_dollars", None)
        else:
            target["realized_pnl_dollars"] = value

    @property
    def fees_paid(self) -> int | Unset:
        """Fees paid in this market, cents."""
        value: int | Unset = self._body.get("fees_paid", UNSET)
        return value

    @fees_paid.setter
    def fees_paid(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("fees_paid", None)
        else:
            target["fees_paid"] = value

    @property
    def fees_paid_dollars(self) -> str | Unset:
        """Fees paid in this market, dollars."""
        value: str | Unset = self._body.get("fees_paid_dollars", UNSET)
        return value

    @fees_paid_dollars.setter
    def fees_paid_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("fees_paid_dollars", None)
        else:
            target["fees_paid_dollars"] = value

    @property
    def total_traded(self) -> int | Unset:
        """Total value traded in this market, cents."""
        value: int | Unset = self._body.get("total_traded", UNSET)
        return value

    @total_traded.setter
    def total_traded(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("total_traded", None)
        else:
            target["total_traded"] = value

    @property
    def total_traded_dollars(self) -> str | Unset:
        """Total value traded in this market, dollars."""
        value: str | Unset = self._body.get("total_traded_dollars", UNSET)
        return value

    @total_traded_dollars.setter
    def total_traded_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("total_traded_dollars", None)
        else:
            target["total_traded_dollars"] = value

    @property
    def resting_orders_count(self) -> int | Unset:
        """Number of the member's resting orders in this market."""
        value: int | Unset = self._body.get("resting_orders_count", UNSET)
        return value

    @resting_orders_count.setter
    def resting_orders_count(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("resting_orders_count", None)
        else:
            target["resting_orders_count"] = value

    @property
    def last_updated_ts(self) -> str | Unset:
        """When the position last changed, RFC 3339 (despite the name, not Unix seconds)."""
        value: str | Unset = self._body.get("last_updated_ts", UNSET)
        return value

    @last_updated_ts.setter
    def last_updated_ts(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("last_updated_ts", None)
        else:
            target["last_updated_ts"] = value

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
            self.position,
            self.position_fp,
            self.market_exposure,
            self.market_exposure_dollars,
            self.realized_pnl,
            self.realized_pnl_dollars,
            self.fees_paid,
            self.fees_paid_dollars,
            self.total_traded,
            self.total_traded_dollars,
            self.resting_orders_count,
            self.last_updated_ts,
            self.exchange_index,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, MarketPosition)
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
        ticker = self.ticker

        position = self.position

        position_fp = self.position_fp

        market_exposure = self.market_exposure

        market_exposure_dollars = self.market_exposure_dollars

        realized_pnl = self.realized_pnl

        realized_pnl_dollars = self.realized_pnl_dollars

        fees_paid = self.fees_paid

        fees_paid_dollars = self.fees_paid_dollars

        total_traded = self.total_traded

        total_traded_dollars = self.total_traded_dollars

        resting_orders_count = self.resting_orders_count

        last_updated_ts = self.last_updated_ts

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if position_fp is not UNSET:
            field_dict["position_fp"] = position_fp
        if market_exposure is not UNSET:
            field_dict["market_exposure"] = market_exposure
        if market_exposure_dollars is not UNSET:
            field_dict["market_exposure_dollars"] = market_exposure_dollars
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if realized_pnl_dollars is not UNSET:
            field_dict["realized_pnl_dollars"] = realized_pnl_dollars
        if fees_paid is not UNSET:
            field_dict["fees_paid"] = fees_paid
        if fees_paid_dollars is not UNSET:
            field_dict["fees_paid_dollars"] = fees_paid_dollars
        if total_traded is not UNSET:
            field_dict["total_traded"] = total_traded
        if total_traded_dollars is not UNSET:
            field_dict["total_traded_dollars"] = total_traded_dollars
        if resting_orders_count is not UNSET:
            field_dict["resting_orders_count"] = resting_orders_count
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "ticker" not in body:
            raise KeyError("ticker")
        market_position = cls.__new__(cls)
        market_position._body = body
        market_position._own = False
        market_position._additional = None
        return market_position

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
