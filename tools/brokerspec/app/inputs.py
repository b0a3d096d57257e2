"""The tools' input models: imported when the server starts, so kept to pydantic and the stdlib."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from brokerspec.domain.identifiers import (
    ID_PATTERN,
    MAX_CURSOR_LENGTH,
    TICKER_PATTERN,
    check_cursor,
    check_id,
    check_ticker_list,
)

# Every string an agent sends is bounded and, where it can reach a URL, of a form that cannot change the
# route (see `identifiers`). Numbers are bounded too: a huge count or timestamp is a mistake, not an order.

#: An order or order group id (one URL path segment). The pattern bounds the length too.
Id = Annotated[str, Field(pattern=ID_PATTERN), AfterValidator(check_id)]
#: A market / event ticker; `.` allowed inside (`KXFED-26DEC-T4.25`). The pattern bounds the length.
Ticker = Annotated[str, Field(pattern=TICKER_PATTERN)]
#: A comma list of tickers (a query value: bounded in the schema, its form checked by the server).
TickerList = Annotated[str, Field(max_length=1300), AfterValidator(check_ticker_list)]
#: An opaque cursor from the previous page (a query value: bounded, its form checked by the server).
CursorText = Annotated[str, Field(max_length=MAX_CURSOR_LENGTH), AfterValidator(check_cursor)]
#: Unix seconds, 1970 to 2100.
UnixSeconds = Annotated[int, Field(ge=0, le=4_102_444_800)]
#: A preview token (`bst1.<expiry>.<nonce>.<mac>`, about 60 chars); malformed ones are refused as token_invalid.
Token = Annotated[str, Field(max_length=200)]
#: A page size.
Limit = Annotated[int, Field(ge=1, le=100)]
#: 0 is the primary account, 1-63 subaccounts (sent explicitly: Kalshi's lists span all when it is absent).
Subaccount = Annotated[int, Field(ge=0, le=63)]
#: Where a page starts: the previous page's next_cursor (none: the first page).
Cursor = CursorText | None
#: 1 to 20 order ids (one batch).
IdList = Annotated[list[Id], Field(min_length=1, max_length=20)]
#: Contracts: 0.01 steps (fractional markets); whole contracts elsewhere, checked against the market.
Count = Annotated[Decimal, Field(ge=Decimal("0.01"), le=100_000, decimal_places=2)]
#: Dollars per contract, up to 4 decimals (subpenny ticks); the market's grid is checked by the preview.
Price = Annotated[Decimal, Field(ge=Decimal("0.0001"), le=Decimal("0.9999"), decimal_places=4)]


class OrderInput(BaseModel):
    """One Kalshi order as said: price is for the chosen side (NO price if side=no)."""

    model_config = ConfigDict(extra="forbid")

    ticker: Ticker
    action: Literal["buy", "sell"]
    side: Literal["yes", "no"]
    count: Annotated[Count, Field(description="contracts")]
    price: Annotated[Price, Field(description="dollars, on the market's tick")]
    time_in_force: Literal["good_till_canceled", "immediate_or_cancel", "fill_or_kill"] = "good_till_canceled"
    post_only: bool = False
    reduce_only: bool = False
    expiration_time: UnixSeconds | None = Field(None, description="Unix seconds; good_till_canceled only")
    order_group_id: Id | None = None
    subaccount: Annotated[Subaccount, Field(description="0 primary, 1-63 subaccounts")] = 0
    cancel_order_on_pause: bool = False
    client_order_id: Id | None = Field(
        None, description="omit in preview (one is generated); in place, copy it from the preview"
    )


#: 1 to 20 orders (one batch).
OrderList = Annotated[list[OrderInput], Field(min_length=1, max_length=20)]
