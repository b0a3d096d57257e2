from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gateway_holding import GatewayHolding


T = TypeVar("T", bound="GatewayHoldingsResponse")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "status",
        "stat",
        "message",
        "result",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "status",
    "stat",
    "message",
    "result",
    "additional_properties",
)


class GatewayHoldingsResponse:
    """The gateway's envelope around holdings. Every key is optional; see the envelope rule in the API description for
    telling success from failure.

    """

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        status: str | Unset = UNSET,
        stat: str | Unset = UNSET,
        message: str | Unset = UNSET,
        result: list[GatewayHolding] | None | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        if not isinstance(status, Unset):
            self._body["status"] = status
        if not isinstance(stat, Unset):
            self._body["stat"] = stat
        if not isinstance(message, Unset):
            self._body["message"] = message
        if not isinstance(result, Unset):
            self._converted["result"] = result

    @property
    def status(self) -> str | Unset:
        """`Ok` or `Not ok` as documented; not reliable on its own (some successful replies say `Not ok`)."""
        value: str | Unset = self._body.get("status", UNSET)
        return value

    @status.setter
    def status(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("status", None)
        else:
            target["status"] = value

    @property
    def stat(self) -> str | Unset:
        """The same status under another key, seen in some error replies instead of `status`."""
        value: str | Unset = self._body.get("stat", UNSET)
        return value

    @stat.setter
    def stat(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("stat", None)
        else:
            target["stat"] = value

    @property
    def message(self) -> str | Unset:
        """Human-readable outcome: `success` on success, the gateway's reason on failure (keep it verbatim)."""
        value: str | Unset = self._body.get("message", UNSET)
        return value

    @message.setter
    def message(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("message", None)
        else:
            target["message"] = value

    @property
    def result(self) -> list[GatewayHolding] | None | Unset:
        """The holdings; `null` (or absent) on failure or when there is nothing to return."""
        value: list[GatewayHolding] | None | Unset = self._converted.get(
            "result", UNSET
        )
        return value

    @result.setter
    def result(self, value: list[GatewayHolding] | None | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("result", None)
        else:
            target["result"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.status,
            self.stat,
            self.message,
            self.result,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GatewayHoldingsResponse)
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
        from ..models.gateway_holding import GatewayHolding

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        converted: dict[str, Any] = {}
        if "result" in body:

            def _parse_result(data: object) -> list[GatewayHolding] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    result_type_0 = [GatewayHolding.from_dict(item) for item in data]

                    return result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[GatewayHolding] | None | Unset, data)

            result = _parse_result(body["result"])

            converted["result"] = result
        gateway_holdings_response = cls.__new__(cls)
        gateway_holdings_response._body = body
        gateway_holdings_response._own = False
        gateway_holdings_response._converted = converted
        gateway_holdings_response._additional = None
        return gateway_holdings_response

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
