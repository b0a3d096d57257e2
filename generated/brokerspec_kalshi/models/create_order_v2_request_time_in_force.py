from typing import Literal

CreateOrderV2RequestTimeInForce = Literal[
    "fill_or_kill", "good_till_canceled", "immediate_or_cancel"
]

CREATE_ORDER_V2_REQUEST_TIME_IN_FORCE_VALUES: set[CreateOrderV2RequestTimeInForce] = {
    "fill_or_kill",
    "good_till_canceled",
    "immediate_or_cancel",
}


def check_create_order_v2_request_time_in_force(
    value: str,
) -> CreateOrderV2RequestTimeInForce:
    if value in CREATE_ORDER_V2_REQUEST_TIME_IN_FORCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_V2_REQUEST_TIME_IN_FORCE_VALUES!r}"
    )
