from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_usage_level_grant import ApiUsageLevelGrant
    from ..models.bucket_limit import BucketLimit


T = TypeVar("T", bound="GetAccountApiLimitsResponse")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "read",
        "write",
        "usage_tier",
        "grants",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "read",
    "write",
    "usage_tier",
    "grants",
    "additional_properties",
)


class GetAccountApiLimitsResponse:
    """The member's token buckets."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        read: BucketLimit,
        write: BucketLimit,
        usage_tier: str | Unset = UNSET,
        grants: list[ApiUsageLevelGrant] | None | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        self._converted["read"] = read
        self._converted["write"] = write
        if not isinstance(usage_tier, Unset):
            self._body["usage_tier"] = usage_tier
        if not isinstance(grants, Unset):
            self._converted["grants"] = grants

    @property
    def read(self) -> BucketLimit:
        """One token bucket."""
        value: BucketLimit = self._converted["read"]
        return value

    @read.setter
    def read(self, value: BucketLimit) -> None:
        target = self._converted
        target["read"] = value

    @property
    def write(self) -> BucketLimit:
        """One token bucket."""
        value: BucketLimit = self._converted["write"]
        return value

    @write.setter
    def write(self, value: BucketLimit) -> None:
        target = self._converted
        target["write"] = value

    @property
    def usage_tier(self) -> str | Unset:
        """The effective API usage tier: `basic`, `advanced`, `premier`, `paragon`, `prime`, ... (open)."""
        value: str | Unset = self._body.get("usage_tier", UNSET)
        return value

    @usage_tier.setter
    def usage_tier(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("usage_tier", None)
        else:
            target["usage_tier"] = value

    @property
    def grants(self) -> list[ApiUsageLevelGrant] | None | Unset:
        """The member's usage-level grants, per exchange instance."""
        value: list[ApiUsageLevelGrant] | None | Unset = self._converted.get(
            "grants", UNSET
        )
        return value

    @grants.setter
    def grants(self, value: list[ApiUsageLevelGrant] | None | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("grants", None)
        else:
            target["grants"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.read,
            self.write,
            self.usage_tier,
            self.grants,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GetAccountApiLimitsResponse)
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
        read = self.read.to_dict()

        write = self.write.to_dict()

        usage_tier = self.usage_tier

        grants: list[dict[str, Any]] | None | Unset
        if isinstance(self.grants, Unset):
            grants = UNSET
        elif isinstance(self.grants, list):
            grants = []
            for grants_type_0_item_data in self.grants:
                grants_type_0_item = grants_type_0_item_data.to_dict()
                grants.append(grants_type_0_item)

        else:
            grants = self.grants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "read": read,
                "write": write,
            }
        )
        if usage_tier is not UNSET:
            field_dict["usage_tier"] = usage_tier
        if grants is not UNSET:
            field_dict["grants"] = grants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_usage_level_grant import ApiUsageLevelGrant
        from ..models.bucket_limit import BucketLimit

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "read" not in body:
            raise KeyError("read")
        if "write" not in body:
            raise KeyError("write")
        converted: dict[str, Any] = {}
        read = BucketLimit.from_dict(body["read"])

        converted["read"] = read
        write = BucketLimit.from_dict(body["write"])

        converted["write"] = write
        if "grants" in body:

            def _parse_grants(data: object) -> list[ApiUsageLevelGrant] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    grants_type_0 = [
                        ApiUsageLevelGrant.from_dict(item) for item in data
                    ]

                    return grants_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ApiUsageLevelGrant] | None | Unset, data)

            grants = _parse_grants(body["grants"])

            converted["grants"] = grants
        get_account_api_limits_response = cls.__new__(cls)
        get_account_api_limits_response._body = body
        get_account_api_limits_response._own = False
        get_account_api_limits_response._converted = converted
        get_account_api_limits_response._additional = None
        return get_account_api_limits_response

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
