from typing import Literal

CreateOrderV2RequestSelfTradePreventionType = Literal["maker", "taker_at_cross"]

CREATE_ORDER_V2_REQUEST_SELF_TRADE_PREVENTION_TYPE_VALUES: set[
    CreateOrderV2RequestSelfTradePreventionType
] = {
    "maker",
    "taker_at_cross",
}


def check_create_order_v2_request_self_trade_prevention_type(
    value: str,
) -> CreateOrderV2RequestSelfTradePreventionType:
    if value in CREATE_ORDER_V2_REQUEST_SELF_TRADE_PREVENTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_V2_REQUEST_SELF_TRADE_PREVENTION_TYPE_VALUES!r}"
    )
