from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.batch_cancel_orders_v2_request import BatchCancelOrdersV2Request
from ...models.batch_cancel_orders_v2_response import BatchCancelOrdersV2Response
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: BatchCancelOrdersV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/events/orders/batched",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchCancelOrdersV2Response | ErrorResponse:
    if response.status_code == 200:
        response_200 = BatchCancelOrdersV2Response.from_dict(
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
) -> Response[BatchCancelOrdersV2Response | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCancelOrdersV2Request,
) -> Response[BatchCancelOrdersV2Response | ErrorResponse]:
    """Cancel several orders at once

     Cancels the listed resting orders: `{"orders": [{"order_id", "market_ticker"?, "exchange_index"?,
    "subaccount"?}]}` (the retired legacy body `{"ids": [...]}` is refused). Each item is routed on its
    own,
    like `cancel_order_v2`: by `exchange_index`, else by the shard of `market_ticker`, **else to shard
    0** — so
    always send each order's `market_ticker`. Each item succeeds or fails on its own; the 200 answer has
    one
    result per item with `reduced_by` (contracts taken off the book) or an `error` (`not_found` for an
    order
    that is unknown, already cancelled, fully executed, or on another shard or subaccount than the one
    asked).
    Billed per item.

    Args:
        body (BatchCancelOrdersV2Request): Orders to cancel in one call, each routed on its own
            (`{"ids": [...]}` is the retired body).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCancelOrdersV2Response | ErrorResponse]
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
    body: BatchCancelOrdersV2Request,
) -> BatchCancelOrdersV2Response | ErrorResponse | None:
    """Cancel several orders at once

     Cancels the listed resting orders: `{"orders": [{"order_id", "market_ticker"?, "exchange_index"?,
    "subaccount"?}]}` (the retired legacy body `{"ids": [...]}` is refused). Each item is routed on its
    own,
    like `cancel_order_v2`: by `exchange_index`, else by the shard of `market_ticker`, **else to shard
    0** — so
    always send each order's `market_ticker`. Each item succeeds or fails on its own; the 200 answer has
    one
    result per item with `reduced_by` (contracts taken off the book) or an `error` (`not_found` for an
    order
    that is unknown, already cancelled, fully executed, or on another shard or subaccount than the one
    asked).
    Billed per item.

    Args:
        body (BatchCancelOrdersV2Request): Orders to cancel in one call, each routed on its own
            (`{"ids": [...]}` is the retired body).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCancelOrdersV2Response | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCancelOrdersV2Request,
) -> Response[BatchCancelOrdersV2Response | ErrorResponse]:
    """Cancel several orders at once

     Cancels the listed resting orders: `{"orders": [{"order_id", "market_ticker"?, "exchange_index"?,
    "subaccount"?}]}` (the retired legacy body `{"ids": [...]}` is refused). Each item is routed on its
    own,
    like `cancel_order_v2`: by `exchange_index`, else by the shard of `market_ticker`, **else to shard
    0** — so
    always send each order's `market_ticker`. Each item succeeds or fails on its own; the 200 answer has
    one
    result per item with `reduced_by` (contracts taken off the book) or an `error` (`not_found` for an
    order
    that is unknown, already cancelled, fully executed, or on another shard or subaccount than the one
    asked).
    Billed per item.

    Args:
        body (BatchCancelOrdersV2Request): Orders to cancel in one call, each routed on its own
            (`{"ids": [...]}` is the retired body).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCancelOrdersV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCancelOrdersV2Request,
) -> BatchCancelOrdersV2Response | ErrorResponse | None:
    """Cancel several orders at once

     Cancels the listed resting orders: `{"orders": [{"order_id", "market_ticker"?, "exchange_index"?,
    "subaccount"?}]}` (the retired legacy body `{"ids": [...]}` is refused). Each item is routed on its
    own,
    like `cancel_order_v2`: by `exchange_index`, else by the shard of `market_ticker`, **else to shard
    0** — so
    always send each order's `market_ticker`. Each item succeeds or fails on its own; the 200 answer has
    one
    result per item with `reduced_by` (contracts taken off the book) or an `error` (`not_found` for an
    order
    that is unknown, already cancelled, fully executed, or on another shard or subaccount than the one
    asked).
    Billed per item.

    Args:
        body (BatchCancelOrdersV2Request): Orders to cancel in one call, each routed on its own
            (`{"ids": [...]}` is the retired body).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCancelOrdersV2Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
