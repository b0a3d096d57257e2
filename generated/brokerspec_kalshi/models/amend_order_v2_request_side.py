from typing import Literal

AmendOrderV2RequestSide = Literal["ask", "bid"]

AMEND_ORDER_V2_REQUEST_SIDE_VALUES: set[AmendOrderV2RequestSide] = {
    "ask",
    "bid",
}


def check_amend_order_v2_request_side(value: str) -> AmendOrderV2RequestSide:
    if value in AMEND_ORDER_V2_REQUEST_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AMEND_ORDER_V2_REQUEST_SIDE_VALUES!r}"
    )
