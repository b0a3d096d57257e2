from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_order_groups_response import GetOrderGroupsResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/order_groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetOrderGroupsResponse:
    if response.status_code == 200:
        response_200 = GetOrderGroupsResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | GetOrderGroupsResponse]:
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
) -> Response[ErrorResponse | GetOrderGroupsResponse]:
    """List order groups

     Lists the member's order groups with whether each one has auto-cancel enabled, its limit and its
    shard.
    Use it to find a group id to attach new orders to (`order_group_id`) or to inspect/reset a group
    that
    tripped its limit. Without `subaccount` the list covers every subaccount. When there are no groups
    the
    reply may omit `order_groups` altogether (`{}`): read that as an empty list.

    Args:
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetOrderGroupsResponse]
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
) -> ErrorResponse | GetOrderGroupsResponse | None:
    """List order groups

     Lists the member's order groups with whether each one has auto-cancel enabled, its limit and its
    shard.
    Use it to find a group id to attach new orders to (`order_group_id`) or to inspect/reset a group
    that
    tripped its limit. Without `subaccount` the list covers every subaccount. When there are no groups
    the
    reply may omit `order_groups` altogether (`{}`): read that as an empty list.

    Args:
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetOrderGroupsResponse
    """

    return sync_detailed(
        client=client,
        subaccount=subaccount,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
) -> Response[ErrorResponse | GetOrderGroupsResponse]:
    """List order groups

     Lists the member's order groups with whether each one has auto-cancel enabled, its limit and its
    shard.
    Use it to find a group id to attach new orders to (`order_group_id`) or to inspect/reset a group
    that
    tripped its limit. Without `subaccount` the list covers every subaccount. When there are no groups
    the
    reply may omit `order_groups` altogether (`{}`): read that as an empty list.

    Args:
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetOrderGroupsResponse]
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
) -> ErrorResponse | GetOrderGroupsResponse | None:
    """List order groups

     Lists the member's order groups with whether each one has auto-cancel enabled, its limit and its
    shard.
    Use it to find a group id to attach new orders to (`order_group_id`) or to inspect/reset a group
    that
    tripped its limit. Without `subaccount` the list covers every subaccount. When there are no groups
    the
    reply may omit `order_groups` altogether (`{}`): read that as an empty list.

    Args:
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetOrderGroupsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            subaccount=subaccount,
        )
    ).parsed
