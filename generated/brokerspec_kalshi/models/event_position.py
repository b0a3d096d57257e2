from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventPosition")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "event_ticker",
        "event_exposure",
        "event_exposure_dollars",
        "total_cost",
        "total_cost_dollars",
        "total_cost_shares",
        "total_cost_shares_fp",
        "realized_pnl",
        "realized_pnl_dollars",
        "fees_paid",
        "fees_paid_dollars",
        "resting_order_count",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "event_ticker",
    "event_exposure",
    "event_exposure_dollars",
    "total_cost",
    "total_cost_dollars",
    "total_cost_shares",
    "total_cost_shares_fp",
    "realized_pnl",
    "realized_pnl_dollars",
    "fees_paid",
    "fees_paid_dollars",
    "resting_order_count",
    "additional_properties",
)


class EventPosition:
    """The member's positions in the markets of one event, aggregated. Only `event_ticker` is required."""

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        event_ticker: str,
        event_exposure: int | Unset = UNSET,
        event_exposure_dollars: str | Unset = UNSET,
        total_cost: int | Unset = UNSET,
        total_cost_dollars: str | Unset = UNSET,
        total_cost_shares: int | Unset = UNSET,
        total_cost_shares_fp: str | Unset = UNSET,
        realized_pnl: int | Unset = UNSET,
        realized_pnl_dollars: str | Unset = UNSET,
        fees_paid: int | Unset = UNSET,
        fees_paid_dollars: str | Unset = UNSET,
        resting_order_count: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["event_ticker"] = event_ticker
        if not isinstance(event_exposure, Unset):
            self._body["event_exposure"] = event_exposure
        if not isinstance(event_exposure_dollars, Unset):
            self._body["event_exposure_dollars"] = event_exposure_dollars
        if not isinstance(total_cost, Unset):
            self._body["total_cost"] = total_cost
        if not isinstance(total_cost_dollars, Unset):
            self._body["total_cost_dollars"] = total_cost_dollars
        if not isinstance(total_cost_shares, Unset):
            self._body["total_cost_shares"] = total_cost_shares
        if not isinstance(total_cost_shares_fp, Unset):
            self._body["total_cost_shares_fp"] = total_cost_shares_fp
        if not isinstance(realized_pnl, Unset):
            self._body["realized_pnl"] = realized_pnl
        if not isinstance(realized_pnl_dollars, Unset):
            self._body["realized_pnl_dollars"] = realized_pnl_dollars
        if not isinstance(fees_paid, Unset):
            self._body["fees_paid"] = fees_paid
        if not isinstance(fees_paid_dollars, Unset):
            self._body["fees_paid_dollars"] = fees_paid_dollars
        if not isinstance(resting_order_count, Unset):
            self._body["resting_order_count"] = resting_order_count

    @property
    def event_ticker(self) -> str:
        """Event ticker."""
        value: str = self._body["event_ticker"]
        return value

    @event_ticker.setter
    def event_ticker(self, value: str) -> None:
        target = self._own_body()
        target["event_ticker"] = value

    @property
    def event_exposure(self) -> int | Unset:
        """Cost of the event's positions at entry, cents."""
        value: int | Unset = self._body.get("event_exposure", UNSET)
        return value

    @event_exposure.setter
    def event_exposure(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("event_exposure", None)
        else:
            target["event_exposure"] = value

    @property
    def event_exposure_dollars(self) -> str | Unset:
        """Cost of the event's positions at entry, dollars."""
        value: str | Unset = self._body.get("event_exposure_dollars", UNSET)
        return value

    @event_exposure_dollars.setter
    def event_exposure_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("event_exposure_dollars", None)
        else:
            target["event_exposure_dollars"] = value

    @property
    def total_cost(self) -> int | Unset:
        """Total cost, cents."""
        value: int | Unset = self._body.get("total_cost", UNSET)
        return value

    @total_cost.setter
    def total_cost(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("total_cost", None)
        else:
            target["total_cost"] = value

    @property
    def total_cost_dollars(self) -> str | Unset:
        """Total cost, dollars."""
        value: str | Unset = self._body.get("total_cost_dollars", UNSET)
        return value

    @total_cost_dollars.setter
    def total_cost_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("total_cost_dollars", None)
        else:
            target["total_cost_dollars"] = value

    @property
    def total_cost_shares(self) -> int | Unset:
        """Contracts behind `total_cost` (integer era)."""
        value: int | Unset = self._body.get("total_cost_shares", UNSET)
        return value

    @total_cost_shares.setter
    def total_cost_shares(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("total_cost_shares", None)
        else:
            target["total_cost_shares"] = value

    @property
    def total_cost_shares_fp(self) -> str | Unset:
        """Contracts behind `total_cost`, fixed-point (2026)."""
        value: str | Unset = self._body.get("total_cost_shares_fp", UNSET)
        return value

    @total_cost_shares_fp.setter
    def total_cost_shares_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("total_cost_shares_fp", None)
        else:
            target["total_cost_shares_fp"] = value

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
        """Fees paid in the event, cents."""
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
        """Fees paid in the event, dollars."""
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
    def resting_order_count(self) -> int | Unset:
        """Number of the member's resting orders in the event."""
        value: int | Unset = self._body.get("resting_order_count", UNSET)
        return value

    @resting_order_count.setter
    def resting_order_count(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("resting_order_count", None)
        else:
            target["resting_order_count"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.event_ticker,
            self.event_exposure,
            self.event_exposure_dollars,
            self.total_cost,
            self.total_cost_dollars,
            self.total_cost_shares,
            self.total_cost_shares_fp,
            self.realized_pnl,
            self.realized_pnl_dollars,
            self.fees_paid,
            self.fees_paid_dollars,
            self.resting_order_count,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, EventPosition)
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
        event_ticker = self.event_ticker

        event_exposure = self.event_exposure

        event_exposure_dollars = self.event_exposure_dollars

        total_cost = self.total_cost

        total_cost_dollars = self.total_cost_dollars

        total_cost_shares = self.total_cost_shares

        total_cost_shares_fp = self.total_cost_shares_fp

        realized_pnl = self.realized_pnl

        realized_pnl_dollars = self.realized_pnl_dollars

        fees_paid = self.fees_paid

        fees_paid_dollars = self.fees_paid_dollars

        resting_order_count = self.resting_order_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_ticker": event_ticker,
            }
        )
        if event_exposure is not UNSET:
            field_dict["event_exposure"] = event_exposure
        if event_exposure_dollars is not UNSET:
            field_dict["event_exposure_dollars"] = event_exposure_dollars
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if total_cost_dollars is not UNSET:
            field_dict["total_cost_dollars"] = total_cost_dollars
        if total_cost_shares is not UNSET:
            field_dict["total_cost_shares"] = total_cost_shares
        if total_cost_shares_fp is not UNSET:
            field_dict["total_cost_shares_fp"] = total_cost_shares_fp
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if realized_pnl_dollars is not UNSET:
            field_dict["realized_pnl_dollars"] = realized_pnl_dollars
        if fees_paid is not UNSET:
            field_dict["fees_paid"] = fees_paid
        if fees_paid_dollars is not UNSET:
            field_dict["fees_paid_dollars"] = fees_paid_dollars
        if resting_order_count is not UNSET:
            field_dict["resting_order_count"] = resting_order_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "event_ticker" not in body:
            raise KeyError("event_ticker")
        event_position = cls.__new__(cls)
        event_position._body = body
        event_position._own = False
        event_position._additional = None
        return event_position

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
