from typing import Literal

IntraExchangeInstanceTransferRequestDestination = Literal["event_contract", "margined"]

INTRA_EXCHANGE_INSTANCE_TRANSFER_REQUEST_DESTINATION_VALUES: set[
    IntraExchangeInstanceTransferRequestDestination
] = {
    "event_contract",
    "margined",
}


def check_intra_exchange_instance_transfer_request_destination(
    value: str,
) -> IntraExchangeInstanceTransferRequestDestination:
    if value in INTRA_EXCHANGE_INSTANCE_TRANSFER_REQUEST_DESTINATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTRA_EXCHANGE_INSTANCE_TRANSFER_REQUEST_DESTINATION_VALUES!r}"
    )
