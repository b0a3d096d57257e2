from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_market_response import GetMarketResponse
from ...types import Response, json_loads


def _get_kwargs(
    ticker: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/{ticker}".format(
            ticker=quote(str(ticker), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMarketResponse:
    if response.status_code == 200:
        response_200 = GetMarketResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | GetMarketResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | GetMarketResponse]:
    """Get one market

     One market: its `status` (`initialized`, `inactive` = paused, `active`, `closed`, `determined`,
    `disputed`,
    `amended`, `finalized`; others may appear), the shard it lives on (`exchange_index`), its price grid
    (`price_level_structure` and the exact `price_ranges` an order price must sit on), whether it takes
    fractional counts (`fractional_trading_enabled`, absent on older markets), and its top of book
    (`yes_bid_dollars`, `yes_ask_dollars` and sizes). Read it before placing an order. Public.

    Args:
        ticker (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarketResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | GetMarketResponse | None:
    """Get one market

     One market: its `status` (`initialized`, `inactive` = paused, `active`, `closed`, `determined`,
    `disputed`,
    `amended`, `finalized`; others may appear), the shard it lives on (`exchange_index`), its price grid
    (`price_level_structure` and the exact `price_ranges` an order price must sit on), whether it takes
    fractional counts (`fractional_trading_enabled`, absent on older markets), and its top of book
    (`yes_bid_dollars`, `yes_ask_dollars` and sizes). Read it before placing an order. Public.

    Args:
        ticker (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarketResponse
    """

    return sync_detailed(
        ticker=ticker,
        client=client,
    ).parsed


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | GetMarketResponse]:
    """Get one market

     One market: its `status` (`initialized`, `inactive` = paused, `active`, `closed`, `determined`,
    `disputed`,
    `amended`, `finalized`; others may appear), the shard it lives on (`exchange_index`), its price grid
    (`price_level_structure` and the exact `price_ranges` an order price must sit on), whether it takes
    fractional counts (`fractional_trading_enabled`, absent on older markets), and its top of book
    (`yes_bid_dollars`, `yes_ask_dollars` and sizes). Read it before placing an order. Public.

    Args:
        ticker (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarketResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | GetMarketResponse | None:
    """Get one market

     One market: its `status` (`initialized`, `inactive` = paused, `active`, `closed`, `determined`,
    `disputed`,
    `amended`, `finalized`; others may appear), the shard it lives on (`exchange_index`), its price grid
    (`price_level_structure` and the exact `price_ranges` an order price must sit on), whether it takes
    fractional counts (`fractional_trading_enabled`, absent on older markets), and its top of book
    (`yes_bid_dollars`, `yes_ask_dollars` and sizes). Read it before placing an order. Public.

    Args:
        ticker (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarketResponse
    """

    return (
        await asyncio_detailed(
            ticker=ticker,
            client=client,
        )
    ).parsed
