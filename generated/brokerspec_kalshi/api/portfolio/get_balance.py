from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.balance import Balance
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/balance",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Balance | ErrorResponse:
    if response.status_code == 200:
        response_200 = Balance.from_dict(json_loads(response.content))

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
) -> Response[Balance | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[Balance | ErrorResponse]:
    """Get the cash balance

     Returns the member's available cash. Use it before placing an order to check that the worst-case
    cost
    fits. `balance` is in whole **cents** (truncated), `balance_dollars` (2026) has 4 decimals and is
    the
    precise value when present; `portfolio_value` (cents) is the mark-to-market value of open positions.
    Both
    add up every shard unless `exchange_index` is given.

    Money is held **per shard**: `balance_breakdown` lists the available cash of each shard as a dollar
    string. An order on a shard where the member holds nothing is refused (404 `user_not_found`,
    "Exchange user
    not found"); move money there first (`intra_exchange_instance_transfer`). Pass `subaccount` to read
    a
    subaccount instead of the primary account (0, also when absent).

    Args:
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Balance | ErrorResponse]
    """

    kwargs = _get_kwargs(
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
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Balance | ErrorResponse | None:
    """Get the cash balance

     Returns the member's available cash. Use it before placing an order to check that the worst-case
    cost
    fits. `balance` is in whole **cents** (truncated), `balance_dollars` (2026) has 4 decimals and is
    the
    precise value when present; `portfolio_value` (cents) is the mark-to-market value of open positions.
    Both
    add up every shard unless `exchange_index` is given.

    Money is held **per shard**: `balance_breakdown` lists the available cash of each shard as a dollar
    string. An order on a shard where the member holds nothing is refused (404 `user_not_found`,
    "Exchange user
    not found"); move money there first (`intra_exchange_instance_transfer`). Pass `subaccount` to read
    a
    subaccount instead of the primary account (0, also when absent).

    Args:
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Balance | ErrorResponse
    """

    return sync_detailed(
        client=client,
        subaccount=subaccount,
        exchange_index=exchange_index,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[Balance | ErrorResponse]:
    """Get the cash balance

     Returns the member's available cash. Use it before placing an order to check that the worst-case
    cost
    fits. `balance` is in whole **cents** (truncated), `balance_dollars` (2026) has 4 decimals and is
    the
    precise value when present; `portfolio_value` (cents) is the mark-to-market value of open positions.
    Both
    add up every shard unless `exchange_index` is given.

    Money is held **per shard**: `balance_breakdown` lists the available cash of each shard as a dollar
    string. An order on a shard where the member holds nothing is refused (404 `user_not_found`,
    "Exchange user
    not found"); move money there first (`intra_exchange_instance_transfer`). Pass `subaccount` to read
    a
    subaccount instead of the primary account (0, also when absent).

    Args:
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Balance | ErrorResponse]
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Balance | ErrorResponse | None:
    """Get the cash balance

     Returns the member's available cash. Use it before placing an order to check that the worst-case
    cost
    fits. `balance` is in whole **cents** (truncated), `balance_dollars` (2026) has 4 decimals and is
    the
    precise value when present; `portfolio_value` (cents) is the mark-to-market value of open positions.
    Both
    add up every shard unless `exchange_index` is given.

    Money is held **per shard**: `balance_breakdown` lists the available cash of each shard as a dollar
    string. An order on a shard where the member holds nothing is refused (404 `user_not_found`,
    "Exchange user
    not found"); move money there first (`intra_exchange_instance_transfer`). Pass `subaccount` to read
    a
    subaccount instead of the primary account (0, also when absent).

    Args:
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Balance | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )
    ).parsed
