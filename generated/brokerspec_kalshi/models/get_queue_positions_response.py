from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import BodyLayouts

if TYPE_CHECKING:
    from ..models.queue_position import QueuePosition


T = TypeVar("T", bound="GetQueuePositionsResponse")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    ("queue_positions",),
    required=1,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class GetQueuePositionsResponse:
    """Queue positions of the member's resting orders."""

    queue_positions: list[QueuePosition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_positions = []
        for queue_positions_item_data in self.queue_positions:
            queue_positions_item = queue_positions_item_data.to_dict()
            queue_positions.append(queue_positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queue_positions": queue_positions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.queue_position import QueuePosition

        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        additional_properties: dict[str, Any] = {}
        for key in unknown:
            additional_properties[key] = d.pop(key)
        queue_positions = [
            QueuePosition.from_dict(item) for item in d.pop("queue_positions")
        ]

        d["queue_positions"] = queue_positions
        d["additional_properties"] = additional_properties
        get_queue_positions_response = cls.__new__(cls)
        get_queue_positions_response.__dict__ = d
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
