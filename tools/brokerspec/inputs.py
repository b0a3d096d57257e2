"""The tools' input models: imported when the server starts, so kept to pydantic and the stdlib."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class OrderInput(BaseModel):
    """One Kalshi order as a person says it. `price` is for the chosen side (a NO price when side=no)."""

    model_config = ConfigDict(extra="forbid")

    ticker: str = Field(min_length=1, max_length=64)
    action: Literal["buy", "sell"]
    side: Literal["yes", "no"]
    count: int = Field(ge=1, le=100_000, description="contracts")
    price: Decimal = Field(
        ge=Decimal("0.01"), le=Decimal("0.99"), description="dollars per contract, $0.01 tick"
    )
    time_in_force: Literal["good_till_canceled", "immediate_or_cancel", "fill_or_kill"] = "good_till_canceled"
    post_only: bool = False
    reduce_only: bool = False
    expiration_time: int | None = Field(None, description="Unix seconds; good_till_canceled only")
    order_group_id: str | None = None
    client_order_id: str | None = Field(
        None, description="omit in preview (one is generated); in place, copy it from the preview"
    )
