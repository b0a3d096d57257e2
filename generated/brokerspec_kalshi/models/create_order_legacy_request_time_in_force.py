from typing import Literal

CreateOrderLegacyRequestTimeInForce = Literal[
    "fill_or_kill", "good_till_canceled", "immediate_or_cancel"
]

CREATE_ORDER_LEGACY_REQUEST_TIME_IN_FORCE_VALUES: set[
    CreateOrderLegacyRequestTimeInForce
] = {
    "fill_or_kill",
    "good_till_canceled",
    "immediate_or_cancel",
}


def check_create_order_legacy_request_time_in_force(
    value: str,
) -> CreateOrderLegacyRequestTimeInForce:
    if value in CREATE_ORDER_LEGACY_REQUEST_TIME_IN_FORCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_LEGACY_REQUEST_TIME_IN_FORCE_VALUES!r}"
    )
