from typing import Literal

CreateOrderLegacyRequestType = Literal["limit", "market"]

CREATE_ORDER_LEGACY_REQUEST_TYPE_VALUES: set[CreateOrderLegacyRequestType] = {
    "limit",
    "market",
}


def check_create_order_legacy_request_type(value: str) -> CreateOrderLegacyRequestType:
    if value in CREATE_ORDER_LEGACY_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_LEGACY_REQUEST_TYPE_VALUES!r}"
    )
