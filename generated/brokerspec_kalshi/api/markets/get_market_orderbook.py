from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_market_orderbook_response import GetMarketOrderbookResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    ticker: str,
    *,
    depth: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["depth"] = depth

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/{ticker}/orderbook".format(
            ticker=quote(str(ticker), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMarketOrderbookResponse:
    if response.status_code == 200:
        response_200 = GetMarketOrderbookResponse.from_dict(
            json_loads(response.content)
        )

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
) -> Response[ErrorResponse | GetMarketOrderbookResponse]:
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
    depth: int | Unset = UNSET,
) -> Response[ErrorResponse | GetMarketOrderbookResponse]:
    """Get a market's order book

     The resting bids of both sides: `yes_dollars` holds `[price, count]` pairs of YES bids, `no_dollars`
    of NO
    bids, each in its own outcome's price and sorted ascending (the best bid is last). There are no
    asks: a
    YES ask at p is a NO bid at 1 − p, so the best YES ask is 1 − the best NO bid. `depth` limits the
    levels
    per side (0 or absent: all). Public.

    Args:
        ticker (str):
        depth (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarketOrderbookResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        depth=depth,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = UNSET,
) -> ErrorResponse | GetMarketOrderbookResponse | None:
    """Get a market's order book

     The resting bids of both sides: `yes_dollars` holds `[price, count]` pairs of YES bids, `no_dollars`
    of NO
    bids, each in its own outcome's price and sorted ascending (the best bid is last). There are no
    asks: a
    YES ask at p is a NO bid at 1 − p, so the best YES ask is 1 − the best NO bid. `depth` limits the
    levels
    per side (0 or absent: all). Public.

    Args:
        ticker (str):
        depth (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarketOrderbookResponse
    """

    return sync_detailed(
        ticker=ticker,
        client=client,
        depth=depth,
    ).parsed


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = UNSET,
) -> Response[ErrorResponse | GetMarketOrderbookResponse]:
    """Get a market's order book

     The resting bids of both sides: `yes_dollars` holds `[price, count]` pairs of YES bids, `no_dollars`
    of NO
    bids, each in its own outcome's price and sorted ascending (the best bid is last). There are no
    asks: a
    YES ask at p is a NO bid at 1 − p, so the best YES ask is 1 − the best NO bid. `depth` limits the
    levels
    per side (0 or absent: all). Public.

    Args:
        ticker (str):
        depth (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarketOrderbookResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        depth=depth,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = UNSET,
) -> ErrorResponse | GetMarketOrderbookResponse | None:
    """Get a market's order book

     The resting bids of both sides: `yes_dollars` holds `[price, count]` pairs of YES bids, `no_dollars`
    of NO
    bids, each in its own outcome's price and sorted ascending (the best bid is last). There are no
    asks: a
    YES ask at p is a NO bid at 1 − p, so the best YES ask is 1 − the best NO bid. `depth` limits the
    levels
    per side (0 or absent: all). Public.

    Args:
        ticker (str):
        depth (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarketOrderbookResponse
    """

    return (
        await asyncio_detailed(
            ticker=ticker,
            client=client,
            depth=depth,
        )
    ).parsed
