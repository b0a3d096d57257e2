from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_fills_response import GetFillsResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    ticker: str | Unset = UNSET,
    order_id: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params["order_id"] = order_id

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["limit"] = limit

    params["cursor"] = cursor

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/fills",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetFillsResponse:
    if response.status_code == 200:
        response_200 = GetFillsResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | GetFillsResponse]:
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
    order_id: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ErrorResponse | GetFillsResponse]:
    """List fills (executed trades)

     Lists the member's fills, newest first, one entry per match of one of the member's orders. Use it to
    reconcile what actually traded (an order's own counters can lag) and to compute fees paid.

    Pitfalls: page with `cursor` until the returned `cursor` is the empty string. Fills older than a
    rolling
    cutoff move to Kalshi's historical endpoints and disappear from this list. `side`/`action` are the
    deprecated description of the trade: read the direction from `book_side`/`outcome_side` only, never
    pair
    `outcome_side` with `action`. In the 2025 wire `price` is a JSON number (dollars) — never use it for
    money,
    use the `*_dollars` / `*_fixed` strings. A maker fill may come without `created_time` (`ts` stays).
    Without `subaccount` the list covers **every** subaccount.

    Args:
        ticker (str | Unset):
        order_id (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetFillsResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        order_id=order_id,
        min_ts=min_ts,
        max_ts=max_ts,
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
    order_id: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ErrorResponse | GetFillsResponse | None:
    """List fills (executed trades)

     Lists the member's fills, newest first, one entry per match of one of the member's orders. Use it to
    reconcile what actually traded (an order's own counters can lag) and to compute fees paid.

    Pitfalls: page with `cursor` until the returned `cursor` is the empty string. Fills older than a
    rolling
    cutoff move to Kalshi's historical endpoints and disappear from this list. `side`/`action` are the
    deprecated description of the trade: read the direction from `book_side`/`outcome_side` only, never
    pair
    `outcome_side` with `action`. In the 2025 wire `price` is a JSON number (dollars) — never use it for
    money,
    use the `*_dollars` / `*_fixed` strings. A maker fill may come without `created_time` (`ts` stays).
    Without `subaccount` the list covers **every** subaccount.

    Args:
        ticker (str | Unset):
        order_id (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetFillsResponse
    """

    return sync_detailed(
        client=client,
        ticker=ticker,
        order_id=order_id,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
        exchange_index=exchange_index,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    order_id: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ErrorResponse | GetFillsResponse]:
    """List fills (executed trades)

     Lists the member's fills, newest first, one entry per match of one of the member's orders. Use it to
    reconcile what actually traded (an order's own counters can lag) and to compute fees paid.

    Pitfalls: page with `cursor` until the returned `cursor` is the empty string. Fills older than a
    rolling
    cutoff move to Kalshi's historical endpoints and disappear from this list. `side`/`action` are the
    deprecated description of the trade: read the direction from `book_side`/`outcome_side` only, never
    pair
    `outcome_side` with `action`. In the 2025 wire `price` is a JSON number (dollars) — never use it for
    money,
    use the `*_dollars` / `*_fixed` strings. A maker fill may come without `created_time` (`ts` stays).
    Without `subaccount` the list covers **every** subaccount.

    Args:
        ticker (str | Unset):
        order_id (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetFillsResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        order_id=order_id,
        min_ts=min_ts,
        max_ts=max_ts,
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
    order_id: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ErrorResponse | GetFillsResponse | None:
    """List fills (executed trades)

     Lists the member's fills, newest first, one entry per match of one of the member's orders. Use it to
    reconcile what actually traded (an order's own counters can lag) and to compute fees paid.

    Pitfalls: page with `cursor` until the returned `cursor` is the empty string. Fills older than a
    rolling
    cutoff move to Kalshi's historical endpoints and disappear from this list. `side`/`action` are the
    deprecated description of the trade: read the direction from `book_side`/`outcome_side` only, never
    pair
    `outcome_side` with `action`. In the 2025 wire `price` is a JSON number (dollars) — never use it for
    money,
    use the `*_dollars` / `*_fixed` strings. A maker fill may come without `created_time` (`ts` stays).
    Without `subaccount` the list covers **every** subaccount.

    Args:
        ticker (str | Unset):
        order_id (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetFillsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticker=ticker,
            order_id=order_id,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )
    ).parsed
