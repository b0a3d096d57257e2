from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_series_response import GetSeriesResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    series_ticker: str,
    *,
    include_volume: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_volume"] = include_volume

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/{series_ticker}".format(
            series_ticker=quote(str(series_ticker), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetSeriesResponse:
    if response.status_code == 200:
        response_200 = GetSeriesResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | GetSeriesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = UNSET,
) -> Response[ErrorResponse | GetSeriesResponse]:
    """Get one series and its fee schedule

     A series (the template of its events and markets) with the fee schedule every trade in its markets
    pays:
    `fee_type` (`quadratic`: takers pay 0.07 × count × P × (1 − P) × `fee_multiplier`, makers nothing;
    `quadratic_with_maker_fees`: makers also pay 0.0175 × ...; `flat` and others may appear) and
    `fee_multiplier` (a JSON number). Each fill's fee is rounded up to $0.0001. Public.

    Args:
        series_ticker (str):
        include_volume (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetSeriesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = UNSET,
) -> ErrorResponse | GetSeriesResponse | None:
    """Get one series and its fee schedule

     A series (the template of its events and markets) with the fee schedule every trade in its markets
    pays:
    `fee_type` (`quadratic`: takers pay 0.07 × count × P × (1 − P) × `fee_multiplier`, makers nothing;
    `quadratic_with_maker_fees`: makers also pay 0.0175 × ...; `flat` and others may appear) and
    `fee_multiplier` (a JSON number). Each fill's fee is rounded up to $0.0001. Public.

    Args:
        series_ticker (str):
        include_volume (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetSeriesResponse
    """

    return sync_detailed(
        series_ticker=series_ticker,
        client=client,
        include_volume=include_volume,
    ).parsed


async def asyncio_detailed(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = UNSET,
) -> Response[ErrorResponse | GetSeriesResponse]:
    """Get one series and its fee schedule

     A series (the template of its events and markets) with the fee schedule every trade in its markets
    pays:
    `fee_type` (`quadratic`: takers pay 0.07 × count × P × (1 − P) × `fee_multiplier`, makers nothing;
    `quadratic_with_maker_fees`: makers also pay 0.0175 × ...; `flat` and others may appear) and
    `fee_multiplier` (a JSON number). Each fill's fee is rounded up to $0.0001. Public.

    Args:
        series_ticker (str):
        include_volume (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetSeriesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = UNSET,
) -> ErrorResponse | GetSeriesResponse | None:
    """Get one series and its fee schedule

     A series (the template of its events and markets) with the fee schedule every trade in its markets
    pays:
    `fee_type` (`quadratic`: takers pay 0.07 × count × P × (1 − P) × `fee_multiplier`, makers nothing;
    `quadratic_with_maker_fees`: makers also pay 0.0175 × ...; `flat` and others may appear) and
    `fee_multiplier` (a JSON number). Each fill's fee is rounded up to $0.0001. Public.

    Args:
        series_ticker (str):
        include_volume (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetSeriesResponse
    """

    return (
        await asyncio_detailed(
            series_ticker=series_ticker,
            client=client,
            include_volume=include_volume,
        )
    ).parsed
