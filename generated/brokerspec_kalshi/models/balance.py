from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_breakdown_item import BalanceBreakdownItem


T = TypeVar("T", bound="Balance")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "balance",
        "balance_dollars",
        "portfolio_value",
        "updated_ts",
        "balance_breakdown",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "balance",
    "balance_dollars",
    "portfolio_value",
    "updated_ts",
    "balance_breakdown",
    "additional_properties",
)


class Balance:
    """The member's cash. `balance` is the only field every era sends."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        balance: int,
        balance_dollars: str | Unset = UNSET,
        portfolio_value: int | Unset = UNSET,
        updated_ts: int | Unset = UNSET,
        balance_breakdown: list[BalanceBreakdownItem] | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        self._body["balance"] = balance
        if not isinstance(balance_dollars, Unset):
            self._body["balance_dollars"] = balance_dollars
        if not isinstance(portfolio_value, Unset):
            self._body["portfolio_value"] = portfolio_value
        if not isinstance(updated_ts, Unset):
            self._body["updated_ts"] = updated_ts
        if not isinstance(balance_breakdown, Unset):
            self._converted["balance_breakdown"] = balance_breakdown

    @property
    def balance(self) -> int:
        """Available cash in whole **cents**, truncated (e.g. 9801 for $98.0186)."""
        value: int = self._body["balance"]
        return value

    @balance.setter
    def balance(self, value: int) -> None:
        target = self._own_body()
        target["balance"] = value

    @property
    def balance_dollars(self) -> str | Unset:
        """Available cash in dollars, 4 decimals (2026), e.g. `"98.0186"`. `""` means absent."""
        value: str | Unset = self._body.get("balance_dollars", UNSET)
        return value

    @balance_dollars.setter
    def balance_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("balance_dollars", None)
        else:
            target["balance_dollars"] = value

    @property
    def portfolio_value(self) -> int | Unset:
        """Mark-to-market value of open positions, in cents (every shard unless `exchange_index` is given)."""
        value: int | Unset = self._body.get("portfolio_value", UNSET)
        return value

    @portfolio_value.setter
    def portfolio_value(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("portfolio_value", None)
        else:
            target["portfolio_value"] = value

    @property
    def updated_ts(self) -> int | Unset:
        """When the balance was last updated, Unix seconds."""
        value: int | Unset = self._body.get("updated_ts", UNSET)
        return value

    @updated_ts.setter
    def updated_ts(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("updated_ts", None)
        else:
            target["updated_ts"] = value

    @property
    def balance_breakdown(self) -> list[BalanceBreakdownItem] | Unset:
        """Available cash per exchange shard (2026); an order is paid from its market's shard only. Omitted for
        subaccount-restricted API keys.
        """
        value: list[BalanceBreakdownItem] | Unset = self._converted.get(
            "balance_breakdown", UNSET
        )
        return value

    @balance_breakdown.setter
    def balance_breakdown(self, value: list[BalanceBreakdownItem] | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("balance_breakdown", None)
        else:
            target["balance_breakdown"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.balance,
            self.balance_dollars,
            self.portfolio_value,
            self.updated_ts,
            self.balance_breakdown,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Balance) or other.__class__ is not self.__class__:
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
        balance = self.balance

        balance_dollars = self.balance_dollars

        portfolio_value = self.portfolio_value

        updated_ts = self.updated_ts

        balance_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balance_breakdown, Unset):
            balance_breakdown = []
            for balance_breakdown_item_data in self.balance_breakdown:
                balance_breakdown_item = balance_breakdown_item_data.to_dict()
                balance_breakdown.append(balance_breakdown_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
            }
        )
        if balance_dollars is not UNSET:
            field_dict["balance_dollars"] = balance_dollars
        if portfolio_value is not UNSET:
            field_dict["portfolio_value"] = portfolio_value
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts
        if balance_breakdown is not UNSET:
            field_dict["balance_breakdown"] = balance_breakdown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.balance_breakdown_item import BalanceBreakdownItem

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "balance" not in body:
            raise KeyError("balance")
        converted: dict[str, Any] = {}
        if "balance_breakdown" in body:
            _balance_breakdown = body["balance_breakdown"]
            balance_breakdown: list[BalanceBreakdownItem] | Unset = UNSET
            if _balance_breakdown is not UNSET:
                balance_breakdown = [
                    BalanceBreakdownItem.from_dict(item) for item in _balance_breakdown
                ]

            converted["balance_breakdown"] = balance_breakdown
        balance = cls.__new__(cls)
        balance._body = body
        balance._own = False
        balance._converted = converted
        balance._additional = None
        return balance

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
