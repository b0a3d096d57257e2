from typing import Literal

GetMarketsMveFilter = Literal["exclude", "only"]

GET_MARKETS_MVE_FILTER_VALUES: set[GetMarketsMveFilter] = {
    "exclude",
    "only",
}


def check_get_markets_mve_filter(value: str) -> GetMarketsMveFilter:
    if value in GET_MARKETS_MVE_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MARKETS_MVE_FILTER_VALUES!r}"
    )
