from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.intra_exchange_instance_transfer_request import (
    IntraExchangeInstanceTransferRequest,
)
from ...models.intra_exchange_instance_transfer_response import (
    IntraExchangeInstanceTransferResponse,
)
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: IntraExchangeInstanceTransferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/intra_exchange_instance_transfer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IntraExchangeInstanceTransferResponse:
    if response.status_code == 200:
        response_200 = IntraExchangeInstanceTransferResponse.from_dict(
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
) -> Response[ErrorResponse | IntraExchangeInstanceTransferResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IntraExchangeInstanceTransferRequest,
) -> Response[ErrorResponse | IntraExchangeInstanceTransferResponse]:
    """Move cash between exchange shards

     Moves cash from one exchange shard to another, at once and without clearing delay. Cash is held per
    shard
    (`balance_breakdown` of `get_balance`) and an order is paid from its market's shard only, so fund a
    shard
    before trading there. `amount` is in **centicents** (1/10,000 of a dollar: 10,000 is $1.00). Both
    shards
    default to 0 and both subaccounts to 0 (subaccounts only for event-contract transfers). Give a fresh
    `client_transfer_id` (a UUID) to make a retry safe: the same id is accepted once per route.

    Args:
        body (IntraExchangeInstanceTransferRequest): A move of cash between two exchange shards
            (amount in centicents, 10,000 per dollar).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IntraExchangeInstanceTransferResponse]
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
    body: IntraExchangeInstanceTransferRequest,
) -> ErrorResponse | IntraExchangeInstanceTransferResponse | None:
    """Move cash between exchange shards

     Moves cash from one exchange shard to another, at once and without clearing delay. Cash is held per
    shard
    (`balance_breakdown` of `get_balance`) and an order is paid from its market's shard only, so fund a
    shard
    before trading there. `amount` is in **centicents** (1/10,000 of a dollar: 10,000 is $1.00). Both
    shards
    default to 0 and both subaccounts to 0 (subaccounts only for event-contract transfers). Give a fresh
    `client_transfer_id` (a UUID) to make a retry safe: the same id is accepted once per route.

    Args:
        body (IntraExchangeInstanceTransferRequest): A move of cash between two exchange shards
            (amount in centicents, 10,000 per dollar).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IntraExchangeInstanceTransferResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IntraExchangeInstanceTransferRequest,
) -> Response[ErrorResponse | IntraExchangeInstanceTransferResponse]:
    """Move cash between exchange shards

     Moves cash from one exchange shard to another, at once and without clearing delay. Cash is held per
    shard
    (`balance_breakdown` of `get_balance`) and an order is paid from its market's shard only, so fund a
    shard
    before trading there. `amount` is in **centicents** (1/10,000 of a dollar: 10,000 is $1.00). Both
    shards
    default to 0 and both subaccounts to 0 (subaccounts only for event-contract transfers). Give a fresh
    `client_transfer_id` (a UUID) to make a retry safe: the same id is accepted once per route.

    Args:
        body (IntraExchangeInstanceTransferRequest): A move of cash between two exchange shards
            (amount in centicents, 10,000 per dollar).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IntraExchangeInstanceTransferResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IntraExchangeInstanceTransferRequest,
) -> ErrorResponse | IntraExchangeInstanceTransferResponse | None:
    """Move cash between exchange shards

     Moves cash from one exchange shard to another, at once and without clearing delay. Cash is held per
    shard
    (`balance_breakdown` of `get_balance`) and an order is paid from its market's shard only, so fund a
    shard
    before trading there. `amount` is in **centicents** (1/10,000 of a dollar: 10,000 is $1.00). Both
    shards
    default to 0 and both subaccounts to 0 (subaccounts only for event-contract transfers). Give a fresh
    `client_transfer_id` (a UUID) to make a retry safe: the same id is accepted once per route.

    Args:
        body (IntraExchangeInstanceTransferRequest): A move of cash between two exchange shards
            (amount in centicents, 10,000 per dollar).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IntraExchangeInstanceTransferResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
