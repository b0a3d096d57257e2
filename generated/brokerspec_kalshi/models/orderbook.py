from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="Orderbook")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "yes_dollars",
        "no_dollars",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "yes_dollars",
    "no_dollars",
    "additional_properties",
)


class Orderbook:
    """Resting bids per side as `[price, count]` pairs of strings, ascending by price (the best bid last). A YES
    ask at p is a NO bid at 1 − p. A side with no bids may be empty or null.

    """

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        yes_dollars: list[list[str]] | None | Unset = UNSET,
        no_dollars: list[list[str]] | None | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        if not isinstance(yes_dollars, Unset):
            self._converted["yes_dollars"] = yes_dollars
        if not isinstance(no_dollars, Unset):
            self._converted["no_dollars"] = no_dollars

    @property
    def yes_dollars(self) -> list[list[str]] | None | Unset:
        """YES bids, `[YES price, contracts]`."""
        value: list[list[str]] | None | Unset = self._converted.get(
            "yes_dollars", UNSET
        )
        return value

    @yes_dollars.setter
    def yes_dollars(self, value: list[list[str]] | None | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("yes_dollars", None)
        else:
            target["yes_dollars"] = value

    @property
    def no_dollars(self) -> list[list[str]] | None | Unset:
        """NO bids, `[NO price, contracts]`."""
        value: list[list[str]] | None | Unset = self._converted.get("no_dollars", UNSET)
        return value

    @no_dollars.setter
    def no_dollars(self, value: list[list[str]] | None | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("no_dollars", None)
        else:
            target["no_dollars"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.yes_dollars,
            self.no_dollars,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Orderbook) or other.__class__ is not self.__class__:
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
        yes_dollars: list[list[str]] | None | Unset
        if isinstance(self.yes_dollars, Unset):
            yes_dollars = UNSET
        elif isinstance(self.yes_dollars, list):
            yes_dollars = []
            for yes_dollars_type_0_item_data in self.yes_dollars:
                yes_dollars_type_0_item = yes_dollars_type_0_item_data

                yes_dollars.append(yes_dollars_type_0_item)

        else:
            yes_dollars = self.yes_dollars

        no_dollars: list[list[str]] | None | Unset
        if isinstance(self.no_dollars, Unset):
            no_dollars = UNSET
        elif isinstance(self.no_dollars, list):
            no_dollars = []
            for no_dollars_type_0_item_data in self.no_dollars:
                no_dollars_type_0_item = no_dollars_type_0_item_data

                no_dollars.append(no_dollars_type_0_item)

        else:
            no_dollars = self.no_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if yes_dollars is not UNSET:
            field_dict["yes_dollars"] = yes_dollars
        if no_dollars is not UNSET:
            field_dict["no_dollars"] = no_dollars

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        converted: dict[str, Any] = {}
        if "yes_dollars" in body:

            def _parse_yes_dollars(data: object) -> list[list[str]] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    yes_dollars_type_0 = []
                    _yes_dollars_type_0 = data
                    for yes_dollars_type_0_item_data in _yes_dollars_type_0:
                        yes_dollars_type_0_item = cast(
                            list[str], yes_dollars_type_0_item_data
                        )

                        yes_dollars_type_0.append(yes_dollars_type_0_item)

                    return yes_dollars_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[list[str]] | None | Unset, data)

            yes_dollars = _parse_yes_dollars(body["yes_dollars"])

            converted["yes_dollars"] = yes_dollars
        if "no_dollars" in body:

            def _parse_no_dollars(data: object) -> list[list[str]] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    no_dollars_type_0 = []
                    _no_dollars_type_0 = data
                    for no_dollars_type_0_item_data in _no_dollars_type_0:
                        no_dollars_type_0_item = cast(
                            list[str], no_dollars_type_0_item_data
                        )

                        no_dollars_type_0.append(no_dollars_type_0_item)

                    return no_dollars_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[list[str]] | None | Unset, data)

            no_dollars = _parse_no_dollars(body["no_dollars"])

            converted["no_dollars"] = no_dollars
        orderbook = cls.__new__(cls)
        orderbook._body = body
        orderbook._own = False
        orderbook._converted = converted
        orderbook._additional = None
        return orderbook

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
