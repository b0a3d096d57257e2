from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

if TYPE_CHECKING:
    from ..models.wealthy_instrument import WealthyInstrument


T = TypeVar("T", bound="WealthyHolding")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
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
    ),
    required=1,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class WealthyHolding:
    """One long-term equity holding. Quantities are integer strings and `avg_price` is a decimal string (INR). An empty
    string, `"-"` or `"- "` in any of them means absent.

    """

    instrument: list[WealthyInstrument]
    """ The security's listing on each exchange (usually NSE and BSE). """
    used_quantity: str | Unset = UNSET
    """ Quantity already used today (sold or blocked), to subtract from what is saleable. """
    avg_price: str | Unset = UNSET
    """ Average buy price per share, INR. """
    holding_quantity: str | Unset = UNSET
    """ Settled quantity held. """
    dp_quantity: str | Unset = UNSET
    """ Quantity in the depository account. """
    non_poa_dispaly_qty: str | Unset = UNSET
    """ Non-POA display quantity (shares without a power of attorney to the broker). The misspelt name is the real
    wire name. """
    collateral_quantity: str | Unset = UNSET
    """ Quantity pledged as collateral. """
    beneficiary_quantity: str | Unset = UNSET
    """ Quantity in the beneficiary account. """
    unpledged_quantity: str | Unset = UNSET
    """ Quantity released from pledge. """
    broker_quantity: str | Unset = UNSET
    """ Quantity held in the broker's collateral account. """
    btst_quantity: str | Unset = UNSET
    """ T+1 quantity (bought, not yet settled). """
    btst_collateral_quantity: str | Unset = UNSET
    """ T+1 quantity counted as collateral. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        additional_properties: dict[str, Any] = {}
        for key in unknown:
            additional_properties[key] = d.pop(key)
        instrument = [WealthyInstrument.from_dict(item) for item in d.pop("instrument")]

        d["instrument"] = instrument
        d["additional_properties"] = additional_properties
        wealthy_holding = cls.__new__(cls)
        wealthy_holding.__dict__ = d
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


# brokerspec: from_dict leaves the fields a body does not send out of the instance's __dict__; they read as
# UNSET from here (attrs removed the class-level defaults; `__init__` still sets every field on the instance).
for _name in (
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
):
    setattr(WealthyHolding, _name, UNSET)
del _name
