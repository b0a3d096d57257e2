from typing import Literal

IntraExchangeInstanceTransferRequestSource = Literal["event_contract", "margined"]

INTRA_EXCHANGE_INSTANCE_TRANSFER_REQUEST_SOURCE_VALUES: set[
    IntraExchangeInstanceTransferRequestSource
] = {
    "event_contract",
    "margined",
}


def check_intra_exchange_instance_transfer_request_source(
    value: str,
) -> IntraExchangeInstanceTransferRequestSource:
    if value in INTRA_EXCHANGE_INSTANCE_TRANSFER_REQUEST_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTRA_EXCHANGE_INSTANCE_TRANSFER_REQUEST_SOURCE_VALUES!r}"
    )
