from typing import Literal

CreateOrderV2RequestSide = Literal["ask", "bid"]

CREATE_ORDER_V2_REQUEST_SIDE_VALUES: set[CreateOrderV2RequestSide] = {
    "ask",
    "bid",
}


def check_create_order_v2_request_side(value: str) -> CreateOrderV2RequestSide:
    if value in CREATE_ORDER_V2_REQUEST_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_V2_REQUEST_SIDE_VALUES!r}"
    )
