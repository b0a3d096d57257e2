from typing import Literal

GetPositionsSettlementStatus = Literal["all", "settled", "unsettled"]

GET_POSITIONS_SETTLEMENT_STATUS_VALUES: set[GetPositionsSettlementStatus] = {
    "all",
    "settled",
    "unsettled",
}


def check_get_positions_settlement_status(value: str) -> GetPositionsSettlementStatus:
    if value in GET_POSITIONS_SETTLEMENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_POSITIONS_SETTLEMENT_STATUS_VALUES!r}"
    )
