from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

T = TypeVar("T", bound="BatchCancelOrdersLegacyRequest")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ids",
    }
)
_FIELD_NAMES: tuple[str, ...] = ("ids",)


class BatchCancelOrdersLegacyRequest:
    """Body of the retired legacy batch cancel endpoint."""

    __slots__ = ("_body", "_own")

    def __init__(
        self,
        ids: list[str],
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._body["ids"] = ids

    @property
    def ids(self) -> list[str]:
        """Kalshi order ids to cancel."""
        value: list[str] = self._body["ids"]
        return value

    @ids.setter
    def ids(self, value: list[str]) -> None:
        target = self._own_body()
        target["ids"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (self.ids,)

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, BatchCancelOrdersLegacyRequest)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(_FIELD_NAMES, self._fields())
        )
        return f"{self.__class__.__name__}({fields})"

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "ids" not in body:
            raise KeyError("ids")
        batch_cancel_orders_legacy_request = cls.__new__(cls)
        batch_cancel_orders_legacy_request._body = body
        batch_cancel_orders_legacy_request._own = False
        return batch_cancel_orders_legacy_request
