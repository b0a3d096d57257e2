from typing import Literal

GetMarketsStatus = Literal["closed", "open", "settled", "unopened"]

GET_MARKETS_STATUS_VALUES: set[GetMarketsStatus] = {
    "closed",
    "open",
    "settled",
    "unopened",
}


def check_get_markets_status(value: str) -> GetMarketsStatus:
    if value in GET_MARKETS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MARKETS_STATUS_VALUES!r}"
    )
