from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.batch_create_orders_v2_request import BatchCreateOrdersV2Request
from ...models.batch_create_orders_v2_response import BatchCreateOrdersV2Response
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: BatchCreateOrdersV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders/batched",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchCreateOrdersV2Response | ErrorResponse:
    if response.status_code == 201:
        response_201 = BatchCreateOrdersV2Response.from_dict(
            json_loads(response.content)
        )

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
) -> Response[BatchCreateOrdersV2Response | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateOrdersV2Request,
) -> Response[BatchCreateOrdersV2Response | ErrorResponse]:
    """Place several orders at once

     Places several V2 orders in one request (each element has exactly the shape of a `create_order_v2`
    body). Each order succeeds or fails independently: the 201 answer has one result per submitted
    order, in
    the same order, carrying either the order's summary or an `error`. Check every entry — a 201 does
    not
    mean every order was accepted. Give every order its own `client_order_id` so results can be matched.

    Args:
        body (BatchCreateOrdersV2Request): Several V2 orders placed in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCreateOrdersV2Response | ErrorResponse]
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
    body: BatchCreateOrdersV2Request,
) -> BatchCreateOrdersV2Response | ErrorResponse | None:
    """Place several orders at once

     Places several V2 orders in one request (each element has exactly the shape of a `create_order_v2`
    body). Each order succeeds or fails independently: the 201 answer has one result per submitted
    order, in
    the same order, carrying either the order's summary or an `error`. Check every entry — a 201 does
    not
    mean every order was accepted. Give every order its own `client_order_id` so results can be matched.

    Args:
        body (BatchCreateOrdersV2Request): Several V2 orders placed in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCreateOrdersV2Response | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateOrdersV2Request,
) -> Response[BatchCreateOrdersV2Response | ErrorResponse]:
    """Place several orders at once

     Places several V2 orders in one request (each element has exactly the shape of a `create_order_v2`
    body). Each order succeeds or fails independently: the 201 answer has one result per submitted
    order, in
    the same order, carrying either the order's summary or an `error`. Check every entry — a 201 does
    not
    mean every order was accepted. Give every order its own `client_order_id` so results can be matched.

    Args:
        body (BatchCreateOrdersV2Request): Several V2 orders placed in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCreateOrdersV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateOrdersV2Request,
) -> BatchCreateOrdersV2Response | ErrorResponse | None:
    """Place several orders at once

     Places several V2 orders in one request (each element has exactly the shape of a `create_order_v2`
    body). Each order succeeds or fails independently: the 201 answer has one result per submitted
    order, in
    the same order, carrying either the order's summary or an `error`. Check every entry — a 201 does
    not
    mean every order was accepted. Give every order its own `client_order_id` so results can be matched.

    Args:
        body (BatchCreateOrdersV2Request): Several V2 orders placed in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCreateOrdersV2Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
