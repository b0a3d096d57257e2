from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, BodyLayouts, Unset

if TYPE_CHECKING:
    from ..models.gateway_position import GatewayPosition


T = TypeVar("T", bound="GatewayPositionsResponse")


#: from_dict: the fields (wire names, required first), and what each layout of a body holds besides them.
_LAYOUTS = BodyLayouts(
    (
        "status",
        "stat",
        "message",
        "result",
    ),
    required=0,
)


@_attrs_define(slots=False)  # brokerspec: from_dict sets __dict__ in one step
class GatewayPositionsResponse:
    """The gateway's envelope around positions. Every key is optional; see the envelope rule in the API description for
    telling success from failure.

    """

    status: str | Unset = UNSET
    """ `Ok` or `Not ok` as documented; not reliable on its own (some successful replies say `Not ok`). """
    stat: str | Unset = UNSET
    """ The same status under another key, seen in some error replies instead of `status`. """
    message: str | Unset = UNSET
    """ Human-readable outcome: `success` on success, the gateway's reason on failure (keep it verbatim). """
    result: list[GatewayPosition] | None | Unset = UNSET
    """ The positions; `null` (or absent) on failure or when there is nothing to return. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        stat = self.stat

        message = self.message

        result: list[dict[str, Any]] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, list):
            result = []
            for result_type_0_item_data in self.result:
                result_type_0_item = result_type_0_item_data.to_dict()
                result.append(result_type_0_item)

        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if stat is not UNSET:
            field_dict["stat"] = stat
        if message is not UNSET:
            field_dict["message"] = message
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gateway_position import GatewayPosition

        d = dict(src_dict)
        unknown = _LAYOUTS.known.get(tuple(d))
        if unknown is None:
            unknown = _LAYOUTS.unknown_keys(d)
        additional_properties: dict[str, Any] = {}
        for key in unknown:
            additional_properties[key] = d.pop(key)
        if "result" in d:

            def _parse_result(data: object) -> list[GatewayPosition] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    result_type_0 = [GatewayPosition.from_dict(item) for item in data]

                    return result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[GatewayPosition] | None | Unset, data)

            result = _parse_result(d.pop("result", UNSET))

            d["result"] = result
        d["additional_properties"] = additional_properties
        gateway_positions_response = cls.__new__(cls)
        gateway_positions_response.__dict__ = d
        return gateway_positions_response

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
    "status",
    "stat",
    "message",
    "result",
):
    setattr(GatewayPositionsResponse, _name, UNSET)
del _name
