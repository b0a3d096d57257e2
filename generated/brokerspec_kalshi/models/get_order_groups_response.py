from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_group import OrderGroup


T = TypeVar("T", bound="GetOrderGroupsResponse")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "order_groups",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "order_groups",
    "additional_properties",
)


class GetOrderGroupsResponse:
    """The member's order groups; `order_groups` may be omitted when there are none."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        order_groups: list[OrderGroup] | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        if not isinstance(order_groups, Unset):
            self._converted["order_groups"] = order_groups

    @property
    def order_groups(self) -> list[OrderGroup] | Unset:
        value: list[OrderGroup] | Unset = self._converted.get("order_groups", UNSET)
        return value

    @order_groups.setter
    def order_groups(self, value: list[OrderGroup] | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("order_groups", None)
        else:
            target["order_groups"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.order_groups,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GetOrderGroupsResponse)
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
        order_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_groups, Unset):
            order_groups = []
            for order_groups_item_data in self.order_groups:
                order_groups_item = order_groups_item_data.to_dict()
                order_groups.append(order_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_groups is not UNSET:
            field_dict["order_groups"] = order_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_group import OrderGroup

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        converted: dict[str, Any] = {}
        if "order_groups" in body:
            _order_groups = body["order_groups"]
            order_groups: list[OrderGroup] | Unset = UNSET
            if _order_groups is not UNSET:
                order_groups = [OrderGroup.from_dict(item) for item in _order_groups]

            converted["order_groups"] = order_groups
        get_order_groups_response = cls.__new__(cls)
        get_order_groups_response._body = body
        get_order_groups_response._own = False
        get_order_groups_response._converted = converted
        get_order_groups_response._additional = None
        return get_order_groups_response

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
