from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

T = TypeVar("T", bound="PriceRange")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "start",
        "end",
        "step",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "start",
    "end",
    "step",
    "additional_properties",
)


class PriceRange:
    """Valid prices from `start` to `end` in steps of `step` (dollar strings)."""

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        start: str,
        end: str,
        step: str,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["start"] = start
        self._body["end"] = end
        self._body["step"] = step

    @property
    def start(self) -> str:
        """Lowest price of the range, dollars."""
        value: str = self._body["start"]
        return value

    @start.setter
    def start(self, value: str) -> None:
        target = self._own_body()
        target["start"] = value

    @property
    def end(self) -> str:
        """Highest price of the range, dollars."""
        value: str = self._body["end"]
        return value

    @end.setter
    def end(self, value: str) -> None:
        target = self._own_body()
        target["end"] = value

    @property
    def step(self) -> str:
        """Tick size in the range, dollars (`"0.0100"`, `"0.0010"`)."""
        value: str = self._body["step"]
        return value

    @step.setter
    def step(self, value: str) -> None:
        target = self._own_body()
        target["step"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.start,
            self.end,
            self.step,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PriceRange) or other.__class__ is not self.__class__:
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
        start = self.start

        end = self.end

        step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "step": step,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "start" not in body:
            raise KeyError("start")
        if "end" not in body:
            raise KeyError("end")
        if "step" not in body:
            raise KeyError("step")
        price_range = cls.__new__(cls)
        price_range._body = body
        price_range._own = False
        price_range._additional = None
        return price_range

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
