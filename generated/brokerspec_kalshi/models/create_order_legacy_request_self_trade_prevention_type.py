from typing import Literal

CreateOrderLegacyRequestSelfTradePreventionType = Literal["maker", "taker_at_cross"]

CREATE_ORDER_LEGACY_REQUEST_SELF_TRADE_PREVENTION_TYPE_VALUES: set[
    CreateOrderLegacyRequestSelfTradePreventionType
] = {
    "maker",
    "taker_at_cross",
}


def check_create_order_legacy_request_self_trade_prevention_type(
    value: str,
) -> CreateOrderLegacyRequestSelfTradePreventionType:
    if value in CREATE_ORDER_LEGACY_REQUEST_SELF_TRADE_PREVENTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_LEGACY_REQUEST_SELF_TRADE_PREVENTION_TYPE_VALUES!r}"
    )
