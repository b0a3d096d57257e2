from typing import Literal

CreateOrderLegacyRequestAction = Literal["buy", "sell"]

CREATE_ORDER_LEGACY_REQUEST_ACTION_VALUES: set[CreateOrderLegacyRequestAction] = {
    "buy",
    "sell",
}


def check_create_order_legacy_request_action(
    value: str,
) -> CreateOrderLegacyRequestAction:
    if value in CREATE_ORDER_LEGACY_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_LEGACY_REQUEST_ACTION_VALUES!r}"
    )
