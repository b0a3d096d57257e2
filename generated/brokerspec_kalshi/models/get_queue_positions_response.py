from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_position import QueuePosition


T = TypeVar("T", bound="GetQueuePositionsResponse")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "queue_positions",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "queue_positions",
    "additional_properties",
)


class GetQueuePositionsResponse:
    """Queue positions of the member's resting orders; `null` (or absent) when nothing rests."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        queue_positions: list[QueuePosition] | None | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        if not isinstance(queue_positions, Unset):
            self._converted["queue_positions"] = queue_positions

    @property
    def queue_positions(self) -> list[QueuePosition] | None | Unset:
        value: list[QueuePosition] | None | Unset = self._converted.get(
            "queue_positions", UNSET
        )
        return value

    @queue_positions.setter
    def queue_positions(self, value: list[QueuePosition] | None | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("queue_positions", None)
        else:
            target["queue_positions"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.queue_positions,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GetQueuePositionsResponse)
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
        queue_positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.queue_positions, Unset):
            queue_positions = UNSET
        elif isinstance(self.queue_positions, list):
            queue_positions = []
            for queue_positions_type_0_item_data in self.queue_positions:
                queue_positions_type_0_item = queue_positions_type_0_item_data.to_dict()
                queue_positions.append(queue_positions_type_0_item)

        else:
            queue_positions = self.queue_positions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queue_positions is not UNSET:
            field_dict["queue_positions"] = queue_positions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.queue_position import QueuePosition

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        converted: dict[str, Any] = {}
        if "queue_positions" in body:

            def _parse_queue_positions(
                data: object,
            ) -> list[QueuePosition] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    queue_positions_type_0 = [
                        QueuePosition.from_dict(item) for item in data
                    ]

                    return queue_positions_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[QueuePosition] | None | Unset, data)

            queue_positions = _parse_queue_positions(body["queue_positions"])

            converted["queue_positions"] = queue_positions
        get_queue_positions_response = cls.__new__(cls)
        get_queue_positions_response._body = body
        get_queue_positions_response._own = False
        get_queue_positions_response._converted = converted
        get_queue_positions_response._additional = None
        return get_queue_positions_response

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
