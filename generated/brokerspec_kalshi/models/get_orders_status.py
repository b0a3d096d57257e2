from typing import Literal

GetOrdersStatus = Literal["canceled", "executed", "resting"]

GET_ORDERS_STATUS_VALUES: set[GetOrdersStatus] = {
    "canceled",
    "executed",
    "resting",
}


def check_get_orders_status(value: str) -> GetOrdersStatus:
    if value in GET_ORDERS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ORDERS_STATUS_VALUES!r}"
    )
