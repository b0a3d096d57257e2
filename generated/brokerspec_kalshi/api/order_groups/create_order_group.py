from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_order_group_request import CreateOrderGroupRequest
from ...models.create_order_group_response import CreateOrderGroupResponse
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: CreateOrderGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/order_groups/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateOrderGroupResponse | ErrorResponse:
    if response.status_code == 201:
        response_201 = CreateOrderGroupResponse.from_dict(json_loads(response.content))

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
) -> Response[CreateOrderGroupResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderGroupRequest,
) -> Response[CreateOrderGroupResponse | ErrorResponse]:
    """Create an order group

     Creates an order group with a contracts limit and returns its id. Orders placed with that
    `order_group_id` share the limit: once the contracts they matched over the last **15 seconds** (a
    rolling
    window, not a lifetime total) reach it, Kalshi cancels the group's resting orders and rejects new
    ones until
    the group is reset (`reset_order_group`).

    Send `contracts_limit` (whole contracts) or `contracts_limit_fp` (fixed-point string); both only
    when
    they are equal. The group lives on `exchange_index` (default 0) and belongs to `subaccount` (default
    0):
    only orders of that shard and subaccount can join it. Answers 201, not 200.

    Args:
        body (CreateOrderGroupRequest): The group's contracts limit per rolling 15-second window
            (`contracts_limit` or `contracts_limit_fp`; both
            only when equal), and where the group lives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrderGroupResponse | ErrorResponse]
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
    body: CreateOrderGroupRequest,
) -> CreateOrderGroupResponse | ErrorResponse | None:
    """Create an order group

     Creates an order group with a contracts limit and returns its id. Orders placed with that
    `order_group_id` share the limit: once the contracts they matched over the last **15 seconds** (a
    rolling
    window, not a lifetime total) reach it, Kalshi cancels the group's resting orders and rejects new
    ones until
    the group is reset (`reset_order_group`).

    Send `contracts_limit` (whole contracts) or `contracts_limit_fp` (fixed-point string); both only
    when
    they are equal. The group lives on `exchange_index` (default 0) and belongs to `subaccount` (default
    0):
    only orders of that shard and subaccount can join it. Answers 201, not 200.

    Args:
        body (CreateOrderGroupRequest): The group's contracts limit per rolling 15-second window
            (`contracts_limit` or `contracts_limit_fp`; both
            only when equal), and where the group lives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrderGroupResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderGroupRequest,
) -> Response[CreateOrderGroupResponse | ErrorResponse]:
    """Create an order group

     Creates an order group with a contracts limit and returns its id. Orders placed with that
    `order_group_id` share the limit: once the contracts they matched over the last **15 seconds** (a
    rolling
    window, not a lifetime total) reach it, Kalshi cancels the group's resting orders and rejects new
    ones until
    the group is reset (`reset_order_group`).

    Send `contracts_limit` (whole contracts) or `contracts_limit_fp` (fixed-point string); both only
    when
    they are equal. The group lives on `exchange_index` (default 0) and belongs to `subaccount` (default
    0):
    only orders of that shard and subaccount can join it. Answers 201, not 200.

    Args:
        body (CreateOrderGroupRequest): The group's contracts limit per rolling 15-second window
            (`contracts_limit` or `contracts_limit_fp`; both
            only when equal), and where the group lives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrderGroupResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderGroupRequest,
) -> CreateOrderGroupResponse | ErrorResponse | None:
    """Create an order group

     Creates an order group with a contracts limit and returns its id. Orders placed with that
    `order_group_id` share the limit: once the contracts they matched over the last **15 seconds** (a
    rolling
    window, not a lifetime total) reach it, Kalshi cancels the group's resting orders and rejects new
    ones until
    the group is reset (`reset_order_group`).

    Send `contracts_limit` (whole contracts) or `contracts_limit_fp` (fixed-point string); both only
    when
    they are equal. The group lives on `exchange_index` (default 0) and belongs to `subaccount` (default
    0):
    only orders of that shard and subaccount can join it. Answers 201, not 200.

    Args:
        body (CreateOrderGroupRequest): The group's contracts limit per rolling 15-second window
            (`contracts_limit` or `contracts_limit_fp`; both
            only when equal), and where the group lives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrderGroupResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
