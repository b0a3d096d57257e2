from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settlement import Settlement


T = TypeVar("T", bound="GetSettlementsResponse")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "settlements",
        "cursor",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "settlements",
    "cursor",
    "additional_properties",
)


class GetSettlementsResponse:
    """One page of settlements."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        settlements: list[Settlement],
        cursor: str | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        self._converted["settlements"] = settlements
        if not isinstance(cursor, Unset):
            self._body["cursor"] = cursor

    @property
    def settlements(self) -> list[Settlement]:
        value: list[Settlement] = self._converted["settlements"]
        return value

    @settlements.setter
    def settlements(self, value: list[Settlement]) -> None:
        target = self._converted
        target["settlements"] = value

    @property
    def cursor(self) -> str | Unset:
        """Token for the next page; `""` on the last page."""
        value: str | Unset = self._body.get("cursor", UNSET)
        return value

    @cursor.setter
    def cursor(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("cursor", None)
        else:
            target["cursor"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.settlements,
            self.cursor,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GetSettlementsResponse)
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
        settlements = []
        for settlements_item_data in self.settlements:
            settlements_item = settlements_item_data.to_dict()
            settlements.append(settlements_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "settlements": settlements,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.settlement import Settlement

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "settlements" not in body:
            raise KeyError("settlements")
        converted: dict[str, Any] = {}
        settlements = [Settlement.from_dict(item) for item in body["settlements"]]

        converted["settlements"] = settlements
        get_settlements_response = cls.__new__(cls)
        get_settlements_response._body = body
        get_settlements_response._own = False
        get_settlements_response._converted = converted
        get_settlements_response._additional = None
        return get_settlements_response

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
