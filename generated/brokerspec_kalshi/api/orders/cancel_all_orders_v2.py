from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/events/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse]:
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
) -> Response[Any | ErrorResponse]:
    """Cancel every resting order

     Cancels **all** of the member's resting orders in every market on every shard (the panic button), in
    every
    subaccount unless `subaccount` is given. Destructive and not scoped by market: to cancel a few
    orders use
    `batch_cancel_orders_v2`. Orders placed in the minute after it may be cancelled too. Answers 204
    with no
    body; list orders with `status=resting` afterwards to confirm.

    Args:
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
) -> Any | ErrorResponse | None:
    """Cancel every resting order

     Cancels **all** of the member's resting orders in every market on every shard (the panic button), in
    every
    subaccount unless `subaccount` is given. Destructive and not scoped by market: to cancel a few
    orders use
    `batch_cancel_orders_v2`. Orders placed in the minute after it may be cancelled too. Answers 204
    with no
    body; list orders with `status=resting` afterwards to confirm.

    Args:
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        subaccount=subaccount,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Cancel every resting order

     Cancels **all** of the member's resting orders in every market on every shard (the panic button), in
    every
    subaccount unless `subaccount` is given. Destructive and not scoped by market: to cancel a few
    orders use
    `batch_cancel_orders_v2`. Orders placed in the minute after it may be cancelled too. Answers 204
    with no
    body; list orders with `status=resting` afterwards to confirm.

    Args:
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
) -> Any | ErrorResponse | None:
    """Cancel every resting order

     Cancels **all** of the member's resting orders in every market on every shard (the panic button), in
    every
    subaccount unless `subaccount` is given. Destructive and not scoped by market: to cancel a few
    orders use
    `batch_cancel_orders_v2`. Orders placed in the minute after it may be cancelled too. Answers 204
    with no
    body; list orders with `status=resting` afterwards to confirm.

    Args:
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            subaccount=subaccount,
        )
    ).parsed
