from typing import Literal

CreateOrderLegacyRequestSide = Literal["no", "yes"]

CREATE_ORDER_LEGACY_REQUEST_SIDE_VALUES: set[CreateOrderLegacyRequestSide] = {
    "no",
    "yes",
}


def check_create_order_legacy_request_side(value: str) -> CreateOrderLegacyRequestSide:
    if value in CREATE_ORDER_LEGACY_REQUEST_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_LEGACY_REQUEST_SIDE_VALUES!r}"
    )
