from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_order_v2_request import CreateOrderV2Request
from ...models.create_order_v2_response import CreateOrderV2Response
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: CreateOrderV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateOrderV2Response | ErrorResponse:
    if response.status_code == 201:
        response_201 = CreateOrderV2Response.from_dict(json_loads(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(json_loads(response.content))

        return response_409

    if response.status_code == 410:
        response_410 = ErrorResponse.from_dict(json_loads(response.content))

        return response_410

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    response_default = ErrorResponse.from_dict(json_loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateOrderV2Response | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderV2Request,
) -> Response[CreateOrderV2Response | ErrorResponse]:
    """Place an order

     Places one limit order on a market's YES book. This is the endpoint to use for every new order.

    Map the intent to `side` and `price` carefully (all prices are YES prices):
    buy YES at p → `bid` at p; sell YES at p → `ask` at p; buy NO at p → `ask` at 1 − p;
    sell NO at p → `bid` at 1 − p. Prices have 2–4 decimals, lie strictly between 0 and 1 and must sit
    on
    the market's grid (`price_ranges`; `invalid_price` otherwise, e.g. `0.5150` on a 1-cent market,
    while
    `0.0050` or `0.9950` are valid on a subpenny market). Counts have 0–2 decimals: at least `"0.01"` on
    a
    market with `fractional_trading_enabled`, whole contracts elsewhere.

    The order is routed to the market's shard by `ticker` (`exchange_index` may be given; `-1` means
    "route by
    ticker"); it is paid from the cash of that shard in `subaccount` (default 0), and refused with 404
    `user_not_found` when the member holds nothing there. `reduce_only` is refused unless
    `time_in_force` is
    `immediate_or_cancel`; `expiration_time` only goes with `good_till_canceled`.
    `cancel_order_on_pause`
    cancels the order if trading in the market is paused.

    `count` and `price` are **strings**; JSON numbers are rejected with 400. Always send a fresh
    `client_order_id`: a duplicate is refused with 409 `order_already_exists`, even after the first
    order was
    cancelled, which makes a retry after a timeout safe. A `post_only` order that would cross is refused
    (400 `invalid_order`, details `post only cross`). With `self_trade_prevention_type=taker_at_cross`
    an order
    that would trade against your own resting order is cancelled instead: the answer is still 201, with
    `fill_count` and `remaining_count` both `"0.00"`.

    Answers 201 with a flat summary — not the full order; fetch it with `get_order` if you need more.

    Args:
        body (CreateOrderV2Request): A limit order on the YES book. `count` and `price` are
            strings: JSON numbers are rejected by Kalshi.
            Mapping: buy YES at p = `bid` at p; sell YES at p = `ask` at p; buy NO at p = `ask` at 1 −
            p;
            sell NO at p = `bid` at 1 − p. `reduce_only` needs `immediate_or_cancel`;
            `expiration_time` needs
            `good_till_canceled`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrderV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderV2Request,
) -> CreateOrderV2Response | ErrorResponse | None:
    """Place an order

     Places one limit order on a market's YES book. This is the endpoint to use for every new order.

    Map the intent to `side` and `price` carefully (all prices are YES prices):
    buy YES at p → `bid` at p; sell YES at p → `ask` at p; buy NO at p → `ask` at 1 − p;
    sell NO at p → `bid` at 1 − p. Prices have 2–4 decimals, lie strictly between 0 and 1 and must sit
    on
    the market's grid (`price_ranges`; `invalid_price` otherwise, e.g. `0.5150` on a 1-cent market,
    while
    `0.0050` or `0.9950` are valid on a subpenny market). Counts have 0–2 decimals: at least `"0.01"` on
    a
    market with `fractional_trading_enabled`, whole contracts elsewhere.

    The order is routed to the market's shard by `ticker` (`exchange_index` may be given; `-1` means
    "route by
    ticker"); it is paid from the cash of that shard in `subaccount` (default 0), and refused with 404
    `user_not_found` when the member holds nothing there. `reduce_only` is refused unless
    `time_in_force` is
    `immediate_or_cancel`; `expiration_time` only goes with `good_till_canceled`.
    `cancel_order_on_pause`
    cancels the order if trading in the market is paused.

    `count` and `price` are **strings**; JSON numbers are rejected with 400. Always send a fresh
    `client_order_id`: a duplicate is refused with 409 `order_already_exists`, even after the first
    order was
    cancelled, which makes a retry after a timeout safe. A `post_only` order that would cross is refused
    (400 `invalid_order`, details `post only cross`). With `self_trade_prevention_type=taker_at_cross`
    an order
    that would trade against your own resting order is cancelled instead: the answer is still 201, with
    `fill_count` and `remaining_count` both `"0.00"`.

    Answers 201 with a flat summary — not the full order; fetch it with `get_order` if you need more.

    Args:
        body (CreateOrderV2Request): A limit order on the YES book. `count` and `price` are
            strings: JSON numbers are rejected by Kalshi.
            Mapping: buy YES at p = `bid` at p; sell YES at p = `ask` at p; buy NO at p = `ask` at 1 −
            p;
            sell NO at p = `bid` at 1 − p. `reduce_only` needs `immediate_or_cancel`;
            `expiration_time` needs
            `good_till_canceled`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrderV2Response | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderV2Request,
) -> Response[CreateOrderV2Response | ErrorResponse]:
    """Place an order

     Places one limit order on a market's YES book. This is the endpoint to use for every new order.

    Map the intent to `side` and `price` carefully (all prices are YES prices):
    buy YES at p → `bid` at p; sell YES at p → `ask` at p; buy NO at p → `ask` at 1 − p;
    sell NO at p → `bid` at 1 − p. Prices have 2–4 decimals, lie strictly between 0 and 1 and must sit
    on
    the market's grid (`price_ranges`; `invalid_price` otherwise, e.g. `0.5150` on a 1-cent market,
    while
    `0.0050` or `0.9950` are valid on a subpenny market). Counts have 0–2 decimals: at least `"0.01"` on
    a
    market with `fractional_trading_enabled`, whole contracts elsewhere.

    The order is routed to the market's shard by `ticker` (`exchange_index` may be given; `-1` means
    "route by
    ticker"); it is paid from the cash of that shard in `subaccount` (default 0), and refused with 404
    `user_not_found` when the member holds nothing there. `reduce_only` is refused unless
    `time_in_force` is
    `immediate_or_cancel`; `expiration_time` only goes with `good_till_canceled`.
    `cancel_order_on_pause`
    cancels the order if trading in the market is paused.

    `count` and `price` are **strings**; JSON numbers are rejected with 400. Always send a fresh
    `client_order_id`: a duplicate is refused with 409 `order_already_exists`, even after the first
    order was
    cancelled, which makes a retry after a timeout safe. A `post_only` order that would cross is refused
    (400 `invalid_order`, details `post only cross`). With `self_trade_prevention_type=taker_at_cross`
    an order
    that would trade against your own resting order is cancelled instead: the answer is still 201, with
    `fill_count` and `remaining_count` both `"0.00"`.

    Answers 201 with a flat summary — not the full order; fetch it with `get_order` if you need more.

    Args:
        body (CreateOrderV2Request): A limit order on the YES book. `count` and `price` are
            strings: JSON numbers are rejected by Kalshi.
            Mapping: buy YES at p = `bid` at p; sell YES at p = `ask` at p; buy NO at p = `ask` at 1 −
            p;
            sell NO at p = `bid` at 1 − p. `reduce_only` needs `immediate_or_cancel`;
            `expiration_time` needs
            `good_till_canceled`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrderV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderV2Request,
) -> CreateOrderV2Response | ErrorResponse | None:
    """Place an order

     Places one limit order on a market's YES book. This is the endpoint to use for every new order.

    Map the intent to `side` and `price` carefully (all prices are YES prices):
    buy YES at p → `bid` at p; sell YES at p → `ask` at p; buy NO at p → `ask` at 1 − p;
    sell NO at p → `bid` at 1 − p. Prices have 2–4 decimals, lie strictly between 0 and 1 and must sit
    on
    the market's grid (`price_ranges`; `invalid_price` otherwise, e.g. `0.5150` on a 1-cent market,
    while
    `0.0050` or `0.9950` are valid on a subpenny market). Counts have 0–2 decimals: at least `"0.01"` on
    a
    market with `fractional_trading_enabled`, whole contracts elsewhere.

    The order is routed to the market's shard by `ticker` (`exchange_index` may be given; `-1` means
    "route by
    ticker"); it is paid from the cash of that shard in `subaccount` (default 0), and refused with 404
    `user_not_found` when the member holds nothing there. `reduce_only` is refused unless
    `time_in_force` is
    `immediate_or_cancel`; `expiration_time` only goes with `good_till_canceled`.
    `cancel_order_on_pause`
    cancels the order if trading in the market is paused.

    `count` and `price` are **strings**; JSON numbers are rejected with 400. Always send a fresh
    `client_order_id`: a duplicate is refused with 409 `order_already_exists`, even after the first
    order was
    cancelled, which makes a retry after a timeout safe. A `post_only` order that would cross is refused
    (400 `invalid_order`, details `post only cross`). With `self_trade_prevention_type=taker_at_cross`
    an order
    that would trade against your own resting order is cancelled instead: the answer is still 201, with
    `fill_count` and `remaining_count` both `"0.00"`.

    Answers 201 with a flat summary — not the full order; fetch it with `get_order` if you need more.

    Args:
        body (CreateOrderV2Request): A limit order on the YES book. `count` and `price` are
            strings: JSON numbers are rejected by Kalshi.
            Mapping: buy YES at p = `bid` at p; sell YES at p = `ask` at p; buy NO at p = `ask` at 1 −
            p;
            sell NO at p = `bid` at 1 − p. `reduce_only` needs `immediate_or_cancel`;
            `expiration_time` needs
            `good_till_canceled`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrderV2Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
