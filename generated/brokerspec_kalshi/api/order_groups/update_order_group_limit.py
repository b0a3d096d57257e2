from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.empty_response import EmptyResponse
from ...models.error_response import ErrorResponse
from ...models.update_order_group_limit_request import UpdateOrderGroupLimitRequest
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    order_group_id: str,
    *,
    body: UpdateOrderGroupLimitRequest,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/portfolio/order_groups/{order_group_id}/limit".format(
            order_group_id=quote(str(order_group_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = EmptyResponse.from_dict(json_loads(response.content))

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
) -> Response[EmptyResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrderGroupLimitRequest,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[EmptyResponse | ErrorResponse]:
    """Change an order group's limit

     Sets a new contracts limit for the group's rolling 15-second window (`contracts_limit` in whole
    contracts or `contracts_limit_fp` as a fixed-point string; both only when equal). If the contracts
    matched
    in the current window already reach the new limit, the group is triggered at once (its resting
    orders are
    cancelled). Routed like `delete_order_group`. Answers an empty object.

    Args:
        order_group_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        body (UpdateOrderGroupLimitRequest): The new contracts limit per rolling 15-second window
            (`contracts_limit` or `contracts_limit_fp`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        body=body,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrderGroupLimitRequest,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> EmptyResponse | ErrorResponse | None:
    """Change an order group's limit

     Sets a new contracts limit for the group's rolling 15-second window (`contracts_limit` in whole
    contracts or `contracts_limit_fp` as a fixed-point string; both only when equal). If the contracts
    matched
    in the current window already reach the new limit, the group is triggered at once (its resting
    orders are
    cancelled). Routed like `delete_order_group`. Answers an empty object.

    Args:
        order_group_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        body (UpdateOrderGroupLimitRequest): The new contracts limit per rolling 15-second window
            (`contracts_limit` or `contracts_limit_fp`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return sync_detailed(
        order_group_id=order_group_id,
        client=client,
        body=body,
        subaccount=subaccount,
        exchange_index=exchange_index,
    ).parsed


async def asyncio_detailed(
    order_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrderGroupLimitRequest,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[EmptyResponse | ErrorResponse]:
    """Change an order group's limit

     Sets a new contracts limit for the group's rolling 15-second window (`contracts_limit` in whole
    contracts or `contracts_limit_fp` as a fixed-point string; both only when equal). If the contracts
    matched
    in the current window already reach the new limit, the group is triggered at once (its resting
    orders are
    cancelled). Routed like `delete_order_group`. Answers an empty object.

    Args:
        order_group_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        body (UpdateOrderGroupLimitRequest): The new contracts limit per rolling 15-second window
            (`contracts_limit` or `contracts_limit_fp`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        body=body,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrderGroupLimitRequest,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> EmptyResponse | ErrorResponse | None:
    """Change an order group's limit

     Sets a new contracts limit for the group's rolling 15-second window (`contracts_limit` in whole
    contracts or `contracts_limit_fp` as a fixed-point string; both only when equal). If the contracts
    matched
    in the current window already reach the new limit, the group is triggered at once (its resting
    orders are
    cancelled). Routed like `delete_order_group`. Answers an empty object.

    Args:
        order_group_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        body (UpdateOrderGroupLimitRequest): The new contracts limit per rolling 15-second window
            (`contracts_limit` or `contracts_limit_fp`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            order_group_id=order_group_id,
            client=client,
            body=body,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )
    ).parsed
