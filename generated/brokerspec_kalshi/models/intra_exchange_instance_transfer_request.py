from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from ..models.intra_exchange_instance_transfer_request_destination import (
    IntraExchangeInstanceTransferRequestDestination,
    check_intra_exchange_instance_transfer_request_destination,
)
from ..models.intra_exchange_instance_transfer_request_source import (
    IntraExchangeInstanceTransferRequestSource,
    check_intra_exchange_instance_transfer_request_source,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntraExchangeInstanceTransferRequest")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "source",
        "destination",
        "amount",
        "client_transfer_id",
        "source_exchange_shard",
        "destination_exchange_shard",
        "source_subaccount",
        "destination_subaccount",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "source",
    "destination",
    "amount",
    "client_transfer_id",
    "source_exchange_shard",
    "destination_exchange_shard",
    "source_subaccount",
    "destination_subaccount",
)


class IntraExchangeInstanceTransferRequest:
    """A move of cash between two exchange shards (amount in centicents, 10,000 per dollar)."""

    __slots__ = ("_body", "_converted", "_own")

    def __init__(
        self,
        source: IntraExchangeInstanceTransferRequestSource,
        destination: IntraExchangeInstanceTransferRequestDestination,
        amount: int,
        client_transfer_id: UUID | Unset = UNSET,
        source_exchange_shard: int | Unset = UNSET,
        destination_exchange_shard: int | Unset = UNSET,
        source_subaccount: int | Unset = UNSET,
        destination_subaccount: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._converted["source"] = source
        self._converted["destination"] = destination
        self._body["amount"] = amount
        if not isinstance(client_transfer_id, Unset):
            self._converted["client_transfer_id"] = client_transfer_id
        if not isinstance(source_exchange_shard, Unset):
            self._body["source_exchange_shard"] = source_exchange_shard
        if not isinstance(destination_exchange_shard, Unset):
            self._body["destination_exchange_shard"] = destination_exchange_shard
        if not isinstance(source_subaccount, Unset):
            self._body["source_subaccount"] = source_subaccount
        if not isinstance(destination_subaccount, Unset):
            self._body["destination_subaccount"] = destination_subaccount

    @property
    def source(self) -> IntraExchangeInstanceTransferRequestSource:
        """The exchange instance the cash comes from (`event_contract` for the prediction markets)."""
        value: IntraExchangeInstanceTransferRequestSource = self._converted["source"]
        return value

    @source.setter
    def source(self, value: IntraExchangeInstanceTransferRequestSource) -> None:
        target = self._converted
        target["source"] = value

    @property
    def destination(self) -> IntraExchangeInstanceTransferRequestDestination:
        """The exchange instance the cash goes to."""
        value: IntraExchangeInstanceTransferRequestDestination = self._converted[
            "destination"
        ]
        return value

    @destination.setter
    def destination(
        self, value: IntraExchangeInstanceTransferRequestDestination
    ) -> None:
        target = self._converted
        target["destination"] = value

    @property
    def amount(self) -> int:
        """Amount in centicents (1/10,000 of a dollar); 250000 is $25.00."""
        value: int = self._body["amount"]
        return value

    @amount.setter
    def amount(self, value: int) -> None:
        target = self._own_body()
        target["amount"] = value

    @property
    def client_transfer_id(self) -> UUID | Unset:
        """Your id for the transfer (a UUID); the same id is accepted once per route, so a retry is safe."""
        value: UUID | Unset = self._converted.get("client_transfer_id", UNSET)
        return value

    @client_transfer_id.setter
    def client_transfer_id(self, value: UUID | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("client_transfer_id", None)
        else:
            target["client_transfer_id"] = value

    @property
    def source_exchange_shard(self) -> int | Unset:
        """Shard the cash comes from (default 0)."""
        value: int | Unset = self._body.get("source_exchange_shard", UNSET)
        return value

    @source_exchange_shard.setter
    def source_exchange_shard(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("source_exchange_shard", None)
        else:
            target["source_exchange_shard"] = value

    @property
    def destination_exchange_shard(self) -> int | Unset:
        """Shard the cash goes to (default 0)."""
        value: int | Unset = self._body.get("destination_exchange_shard", UNSET)
        return value

    @destination_exchange_shard.setter
    def destination_exchange_shard(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("destination_exchange_shard", None)
        else:
            target["destination_exchange_shard"] = value

    @property
    def source_subaccount(self) -> int | Unset:
        """Subaccount the cash comes from (default 0)."""
        value: int | Unset = self._body.get("source_subaccount", UNSET)
        return value

    @source_subaccount.setter
    def source_subaccount(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("source_subaccount", None)
        else:
            target["source_subaccount"] = value

    @property
    def destination_subaccount(self) -> int | Unset:
        """Subaccount the cash goes to (default 0)."""
        value: int | Unset = self._body.get("destination_subaccount", UNSET)
        return value

    @destination_subaccount.setter
    def destination_subaccount(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("destination_subaccount", None)
        else:
            target["destination_subaccount"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.source,
            self.destination,
            self.amount,
            self.client_transfer_id,
            self.source_exchange_shard,
            self.destination_exchange_shard,
            self.source_subaccount,
            self.destination_subaccount,
        )

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, IntraExchangeInstanceTransferRequest)
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
        source: str = self.source

        destination: str = self.destination

        amount = self.amount

        client_transfer_id: str | Unset = UNSET
        if not isinstance(self.client_transfer_id, Unset):
            client_transfer_id = str(self.client_transfer_id)

        source_exchange_shard = self.source_exchange_shard

        destination_exchange_shard = self.destination_exchange_shard

        source_subaccount = self.source_subaccount

        destination_subaccount = self.destination_subaccount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source": source,
                "destination": destination,
                "amount": amount,
            }
        )
        if client_transfer_id is not UNSET:
            field_dict["client_transfer_id"] = client_transfer_id
        if source_exchange_shard is not UNSET:
            field_dict["source_exchange_shard"] = source_exchange_shard
        if destination_exchange_shard is not UNSET:
            field_dict["destination_exchange_shard"] = destination_exchange_shard
        if source_subaccount is not UNSET:
            field_dict["source_subaccount"] = source_subaccount
        if destination_subaccount is not UNSET:
            field_dict["destination_subaccount"] = destination_subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "source" not in body:
            raise KeyError("source")
        if "destination" not in body:
            raise KeyError("destination")
        if "amount" not in body:
            raise KeyError("amount")
        converted: dict[str, Any] = {}
        source = check_intra_exchange_instance_transfer_request_source(body["source"])

        converted["source"] = source
        destination = check_intra_exchange_instance_transfer_request_destination(
            body["destination"]
        )

        converted["destination"] = destination
        if "client_transfer_id" in body:
            _client_transfer_id = body["client_transfer_id"]
            client_transfer_id: UUID | Unset
            if isinstance(_client_transfer_id, Unset):
                client_transfer_id = UNSET
            else:
                client_transfer_id = UUID(_client_transfer_id)

            converted["client_transfer_id"] = client_transfer_id
        intra_exchange_instance_transfer_request = cls.__new__(cls)
        intra_exchange_instance_transfer_request._body = body
        intra_exchange_instance_transfer_request._own = False
        intra_exchange_instance_transfer_request._converted = converted
        return intra_exchange_instance_transfer_request
