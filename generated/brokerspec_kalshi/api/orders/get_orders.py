from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_orders_response import GetOrdersResponse
from ...models.get_orders_status import GetOrdersStatus
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params["event_ticker"] = event_ticker

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["limit"] = limit

    params["cursor"] = cursor

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetOrdersResponse:
    if response.status_code == 200:
        response_200 = GetOrdersResponse.from_dict(json_loads(response.content))

        return response_200

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
) -> Response[ErrorResponse | GetOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ErrorResponse | GetOrdersResponse]:
    """List orders

     Lists the member's orders, newest first, optionally filtered by market, event, time window and
    status.
    Use `status=resting` to see what is still working in the book; use it after a timeout on a write to
    find
    out, by `client_order_id`, whether the order was placed.

    Pitfalls: page with `cursor` until the returned `cursor` is the empty string. Executed and cancelled
    orders older than a rolling cutoff move to Kalshi's historical endpoints (resting orders never
    move).
    Counts and prices come as integers in the 2025 wire and as `*_fp` / `*_dollars` strings in 2026 —
    read
    whichever is present. Without `subaccount` the list covers **every** subaccount; each order names
    its
    `subaccount_number` and `exchange_index`, which a later cancel, decrease or amend must be routed
    with.

    Args:
        ticker (str | Unset):
        event_ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (GetOrdersStatus | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetOrdersResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        event_ticker=event_ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ErrorResponse | GetOrdersResponse | None:
    """List orders

     Lists the member's orders, newest first, optionally filtered by market, event, time window and
    status.
    Use `status=resting` to see what is still working in the book; use it after a timeout on a write to
    find
    out, by `client_order_id`, whether the order was placed.

    Pitfalls: page with `cursor` until the returned `cursor` is the empty string. Executed and cancelled
    orders older than a rolling cutoff move to Kalshi's historical endpoints (resting orders never
    move).
    Counts and prices come as integers in the 2025 wire and as `*_fp` / `*_dollars` strings in 2026 —
    read
    whichever is present. Without `subaccount` the list covers **every** subaccount; each order names
    its
    `subaccount_number` and `exchange_index`, which a later cancel, decrease or amend must be routed
    with.

    Args:
        ticker (str | Unset):
        event_ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (GetOrdersStatus | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetOrdersResponse
    """

    return sync_detailed(
        client=client,
        ticker=ticker,
        event_ticker=event_ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
        exchange_index=exchange_index,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ErrorResponse | GetOrdersResponse]:
    """List orders

     Lists the member's orders, newest first, optionally filtered by market, event, time window and
    status.
    Use `status=resting` to see what is still working in the book; use it after a timeout on a write to
    find
    out, by `client_order_id`, whether the order was placed.

    Pitfalls: page with `cursor` until the returned `cursor` is the empty string. Executed and cancelled
    orders older than a rolling cutoff move to Kalshi's historical endpoints (resting orders never
    move).
    Counts and prices come as integers in the 2025 wire and as `*_fp` / `*_dollars` strings in 2026 —
    read
    whichever is present. Without `subaccount` the list covers **every** subaccount; each order names
    its
    `subaccount_number` and `exchange_index`, which a later cancel, decrease or amend must be routed
    with.

    Args:
        ticker (str | Unset):
        event_ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (GetOrdersStatus | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetOrdersResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        event_ticker=event_ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetOrdersStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ErrorResponse | GetOrdersResponse | None:
    """List orders

     Lists the member's orders, newest first, optionally filtered by market, event, time window and
    status.
    Use `status=resting` to see what is still working in the book; use it after a timeout on a write to
    find
    out, by `client_order_id`, whether the order was placed.

    Pitfalls: page with `cursor` until the returned `cursor` is the empty string. Executed and cancelled
    orders older than a rolling cutoff move to Kalshi's historical endpoints (resting orders never
    move).
    Counts and prices come as integers in the 2025 wire and as `*_fp` / `*_dollars` strings in 2026 —
    read
    whichever is present. Without `subaccount` the list covers **every** subaccount; each order names
    its
    `subaccount_number` and `exchange_index`, which a later cancel, decrease or amend must be routed
    with.

    Args:
        ticker (str | Unset):
        event_ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (GetOrdersStatus | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticker=ticker,
            event_ticker=event_ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )
    ).parsed
