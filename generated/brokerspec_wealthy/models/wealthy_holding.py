from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wealthy_instrument import WealthyInstrument


T = TypeVar("T", bound="WealthyHolding")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "instrument",
        "used_quantity",
        "avg_price",
        "holding_quantity",
        "dp_quantity",
        "non_poa_dispaly_qty",
        "collateral_quantity",
        "beneficiary_quantity",
        "unpledged_quantity",
        "broker_quantity",
        "btst_quantity",
        "btst_collateral_quantity",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "instrument",
    "used_quantity",
    "avg_price",
    "holding_quantity",
    "dp_quantity",
    "non_poa_dispaly_qty",
    "collateral_quantity",
    "beneficiary_quantity",
    "unpledged_quantity",
    "broker_quantity",
    "btst_quantity",
    "btst_collateral_quantity",
    "additional_properties",
)


class WealthyHolding:
    """One long-term equity holding. Quantities are integer strings and `avg_price` is a decimal string (INR). An empty
    string, `"-"` or `"- "` in any of them means absent.

    """

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        instrument: list[WealthyInstrument],
        used_quantity: str | Unset = UNSET,
        avg_price: str | Unset = UNSET,
        holding_quantity: str | Unset = UNSET,
        dp_quantity: str | Unset = UNSET,
        non_poa_dispaly_qty: str | Unset = UNSET,
        collateral_quantity: str | Unset = UNSET,
        beneficiary_quantity: str | Unset = UNSET,
        unpledged_quantity: str | Unset = UNSET,
        broker_quantity: str | Unset = UNSET,
        btst_quantity: str | Unset = UNSET,
        btst_collateral_quantity: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        self._converted["instrument"] = instrument
        if not isinstance(used_quantity, Unset):
            self._body["used_quantity"] = used_quantity
        if not isinstance(avg_price, Unset):
            self._body["avg_price"] = avg_price
        if not isinstance(holding_quantity, Unset):
            self._body["holding_quantity"] = holding_quantity
        if not isinstance(dp_quantity, Unset):
            self._body["dp_quantity"] = dp_quantity
        if not isinstance(non_poa_dispaly_qty, Unset):
            self._body["non_poa_dispaly_qty"] = non_poa_dispaly_qty
        if not isinstance(collateral_quantity, Unset):
            self._body["collateral_quantity"] = collateral_quantity
        if not isinstance(beneficiary_quantity, Unset):
            self._body["beneficiary_quantity"] = beneficiary_quantity
        if not isinstance(unpledged_quantity, Unset):
            self._body["unpledged_quantity"] = unpledged_quantity
        if not isinstance(broker_quantity, Unset):
            self._body["broker_quantity"] = broker_quantity
        if not isinstance(btst_quantity, Unset):
            self._body["btst_quantity"] = btst_quantity
        if not isinstance(btst_collateral_quantity, Unset):
            self._body["btst_collateral_quantity"] = btst_collateral_quantity

    @property
    def instrument(self) -> list[WealthyInstrument]:
        """The security's listing on each exchange (usually NSE and BSE)."""
        value: list[WealthyInstrument] = self._converted["instrument"]
        return value

    @instrument.setter
    def instrument(self, value: list[WealthyInstrument]) -> None:
        target = self._converted
        target["instrument"] = value

    @property
    def used_quantity(self) -> str | Unset:
        """Quantity already used today (sold or blocked), to subtract from what is saleable."""
        value: str | Unset = self._body.get("used_quantity", UNSET)
        return value

    @used_quantity.setter
    def used_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("used_quantity", None)
        else:
            target["used_quantity"] = value

    @property
    def avg_price(self) -> str | Unset:
        """Average buy price per share, INR."""
        value: str | Unset = self._body.get("avg_price", UNSET)
        return value

    @avg_price.setter
    def avg_price(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("avg_price", None)
        else:
            target["avg_price"] = value

    @property
    def holding_quantity(self) -> str | Unset:
        """Settled quantity held."""
        value: str | Unset = self._body.get("holding_quantity", UNSET)
        return value

    @holding_quantity.setter
    def holding_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("holding_quantity", None)
        else:
            target["holding_quantity"] = value

    @property
    def dp_quantity(self) -> str | Unset:
        """Quantity in the depository account."""
        value: str | Unset = self._body.get("dp_quantity", UNSET)
        return value

    @dp_quantity.setter
    def dp_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("dp_quantity", None)
        else:
            target["dp_quantity"] = value

    @property
    def non_poa_dispaly_qty(self) -> str | Unset:
        """Non-POA display quantity (shares without a power of attorney to the broker). The misspelt name is
        the real wire name."""
        value: str | Unset = self._body.get("non_poa_dispaly_qty", UNSET)
        return value

    @non_poa_dispaly_qty.setter
    def non_poa_dispaly_qty(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("non_poa_dispaly_qty", None)
        else:
            target["non_poa_dispaly_qty"] = value

    @property
    def collateral_quantity(self) -> str | Unset:
        """Quantity pledged as collateral."""
        value: str | Unset = self._body.get("collateral_quantity", UNSET)
        return value

    @collateral_quantity.setter
    def collateral_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("collateral_quantity", None)
        else:
            target["collateral_quantity"] = value

    @property
    def beneficiary_quantity(self) -> str | Unset:
        """Quantity in the beneficiary account."""
        value: str | Unset = self._body.get("beneficiary_quantity", UNSET)
        return value

    @beneficiary_quantity.setter
    def beneficiary_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("beneficiary_quantity", None)
        else:
            target["beneficiary_quantity"] = value

    @property
    def unpledged_quantity(self) -> str | Unset:
        """Quantity released from pledge."""
        value: str | Unset = self._body.get("unpledged_quantity", UNSET)
        return value

    @unpledged_quantity.setter
    def unpledged_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("unpledged_quantity", None)
        else:
            target["unpledged_quantity"] = value

    @property
    def broker_quantity(self) -> str | Unset:
        """Quantity held in the broker's collateral account."""
        value: str | Unset = self._body.get("broker_quantity", UNSET)
        return value

    @broker_quantity.setter
    def broker_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("broker_quantity", None)
        else:
            target["broker_quantity"] = value

    @property
    def btst_quantity(self) -> str | Unset:
        """T+1 quantity (bought, not yet settled)."""
        value: str | Unset = self._body.get("btst_quantity", UNSET)
        return value

    @btst_quantity.setter
    def btst_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("btst_quantity", None)
        else:
            target["btst_quantity"] = value

    @property
    def btst_collateral_quantity(self) -> str | Unset:
        """T+1 quantity counted as collateral."""
        value: str | Unset = self._body.get("btst_collateral_quantity", UNSET)
        return value

    @btst_collateral_quantity.setter
    def btst_collateral_quantity(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("btst_collateral_quantity", None)
        else:
            target["btst_collateral_quantity"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.instrument,
            self.used_quantity,
            self.avg_price,
            self.holding_quantity,
            self.dp_quantity,
            self.non_poa_dispaly_qty,
            self.collateral_quantity,
            self.beneficiary_quantity,
            self.unpledged_quantity,
            self.broker_quantity,
            self.btst_quantity,
            self.btst_collateral_quantity,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, WealthyHolding)
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
        instrument = []
        for instrument_item_data in self.instrument:
            instrument_item = instrument_item_data.to_dict()
            instrument.append(instrument_item)

        used_quantity = self.used_quantity

        avg_price = self.avg_price

        holding_quantity = self.holding_quantity

        dp_quantity = self.dp_quantity

        non_poa_dispaly_qty = self.non_poa_dispaly_qty

        collateral_quantity = self.collateral_quantity

        beneficiary_quantity = self.beneficiary_quantity

        unpledged_quantity = self.unpledged_quantity

        broker_quantity = self.broker_quantity

        btst_quantity = self.btst_quantity

        btst_collateral_quantity = self.btst_collateral_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instrument": instrument,
            }
        )
        if used_quantity is not UNSET:
            field_dict["used_quantity"] = used_quantity
        if avg_price is not UNSET:
            field_dict["avg_price"] = avg_price
        if holding_quantity is not UNSET:
            field_dict["holding_quantity"] = holding_quantity
        if dp_quantity is not UNSET:
            field_dict["dp_quantity"] = dp_quantity
        if non_poa_dispaly_qty is not UNSET:
            field_dict["non_poa_dispaly_qty"] = non_poa_dispaly_qty
        if collateral_quantity is not UNSET:
            field_dict["collateral_quantity"] = collateral_quantity
        if beneficiary_quantity is not UNSET:
            field_dict["beneficiary_quantity"] = beneficiary_quantity
        if unpledged_quantity is not UNSET:
            field_dict["unpledged_quantity"] = unpledged_quantity
        if broker_quantity is not UNSET:
            field_dict["broker_quantity"] = broker_quantity
        if btst_quantity is not UNSET:
            field_dict["btst_quantity"] = btst_quantity
        if btst_collateral_quantity is not UNSET:
            field_dict["btst_collateral_quantity"] = btst_collateral_quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wealthy_instrument import WealthyInstrument

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "instrument" not in body:
            raise KeyError("instrument")
        converted: dict[str, Any] = {}
        instrument = [WealthyInstrument.from_dict(item) for item in body["instrument"]]

        converted["instrument"] = instrument
        wealthy_holding = cls.__new__(cls)
        wealthy_holding._body = body
        wealthy_holding._own = False
        wealthy_holding._converted = converted
        wealthy_holding._additional = None
        return wealthy_holding

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
