from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_queue_positions_response import GetQueuePositionsResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["market_tickers"] = market_tickers

    params["event_ticker"] = event_ticker

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/orders/queue_positions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetQueuePositionsResponse:
    if response.status_code == 200:
        response_200 = GetQueuePositionsResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | GetQueuePositionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[ErrorResponse | GetQueuePositionsResponse]:
    """Get queue positions of resting orders

     For each resting order, how many contracts rest ahead of it at its price level (0 = first in line).
    Use
    it to judge how likely a passive order is to fill. Give `market_tickers` (comma-separated) or
    `event_ticker`: with neither Kalshi answers 400 with a bare `{"details": "Need to specify
    market_tickers or
    event_ticker"}`. When nothing rests the answer is `{"queue_positions": null}`: read it as an empty
    list.
    Without `subaccount` the primary account (0) is read.

    Args:
        market_tickers (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetQueuePositionsResponse]
    """

    kwargs = _get_kwargs(
        market_tickers=market_tickers,
        event_ticker=event_ticker,
        subaccount=subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> ErrorResponse | GetQueuePositionsResponse | None:
    """Get queue positions of resting orders

     For each resting order, how many contracts rest ahead of it at its price level (0 = first in line).
    Use
    it to judge how likely a passive order is to fill. Give `market_tickers` (comma-separated) or
    `event_ticker`: with neither Kalshi answers 400 with a bare `{"details": "Need to specify
    market_tickers or
    event_ticker"}`. When nothing rests the answer is `{"queue_positions": null}`: read it as an empty
    list.
    Without `subaccount` the primary account (0) is read.

    Args:
        market_tickers (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetQueuePositionsResponse
    """

    return sync_detailed(
        client=client,
        market_tickers=market_tickers,
        event_ticker=event_ticker,
        subaccount=subaccount,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[ErrorResponse | GetQueuePositionsResponse]:
    """Get queue positions of resting orders

     For each resting order, how many contracts rest ahead of it at its price level (0 = first in line).
    Use
    it to judge how likely a passive order is to fill. Give `market_tickers` (comma-separated) or
    `event_ticker`: with neither Kalshi answers 400 with a bare `{"details": "Need to specify
    market_tickers or
    event_ticker"}`. When nothing rests the answer is `{"queue_positions": null}`: read it as an empty
    list.
    Without `subaccount` the primary account (0) is read.

    Args:
        market_tickers (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetQueuePositionsResponse]
    """

    kwargs = _get_kwargs(
        market_tickers=market_tickers,
        event_ticker=event_ticker,
        subaccount=subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> ErrorResponse | GetQueuePositionsResponse | None:
    """Get queue positions of resting orders

     For each resting order, how many contracts rest ahead of it at its price level (0 = first in line).
    Use
    it to judge how likely a passive order is to fill. Give `market_tickers` (comma-separated) or
    `event_ticker`: with neither Kalshi answers 400 with a bare `{"details": "Need to specify
    market_tickers or
    event_ticker"}`. When nothing rests the answer is `{"queue_positions": null}`: read it as an empty
    list.
    Without `subaccount` the primary account (0) is read.

    Args:
        market_tickers (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetQueuePositionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            market_tickers=market_tickers,
            event_ticker=event_ticker,
            subaccount=subaccount,
        )
    ).parsed
