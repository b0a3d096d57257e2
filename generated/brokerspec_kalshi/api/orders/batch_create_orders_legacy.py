from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.batch_create_orders_legacy_request import BatchCreateOrdersLegacyRequest
from ...models.batch_create_orders_legacy_response import (
    BatchCreateOrdersLegacyResponse,
)
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: BatchCreateOrdersLegacyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/orders/batched",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchCreateOrdersLegacyResponse | ErrorResponse:
    if response.status_code == 201:
        response_201 = BatchCreateOrdersLegacyResponse.from_dict(
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
) -> Response[BatchCreateOrdersLegacyResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateOrdersLegacyRequest,
) -> Response[BatchCreateOrdersLegacyResponse | ErrorResponse]:
    """Place several orders at once (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `POST /portfolio/events/orders/batched`
    (`batch_create_orders_v2`).

    Took a list of legacy order bodies; each one succeeded or failed on its own, so the 201 answer
    carries,
    per input order, either `order` or `error`. Always inspect every entry.

    Args:
        body (BatchCreateOrdersLegacyRequest): Body of the retired legacy batch create endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCreateOrdersLegacyResponse | ErrorResponse]
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
    body: BatchCreateOrdersLegacyRequest,
) -> BatchCreateOrdersLegacyResponse | ErrorResponse | None:
    """Place several orders at once (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `POST /portfolio/events/orders/batched`
    (`batch_create_orders_v2`).

    Took a list of legacy order bodies; each one succeeded or failed on its own, so the 201 answer
    carries,
    per input order, either `order` or `error`. Always inspect every entry.

    Args:
        body (BatchCreateOrdersLegacyRequest): Body of the retired legacy batch create endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCreateOrdersLegacyResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateOrdersLegacyRequest,
) -> Response[BatchCreateOrdersLegacyResponse | ErrorResponse]:
    """Place several orders at once (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `POST /portfolio/events/orders/batched`
    (`batch_create_orders_v2`).

    Took a list of legacy order bodies; each one succeeded or failed on its own, so the 201 answer
    carries,
    per input order, either `order` or `error`. Always inspect every entry.

    Args:
        body (BatchCreateOrdersLegacyRequest): Body of the retired legacy batch create endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCreateOrdersLegacyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateOrdersLegacyRequest,
) -> BatchCreateOrdersLegacyResponse | ErrorResponse | None:
    """Place several orders at once (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `POST /portfolio/events/orders/batched`
    (`batch_create_orders_v2`).

    Took a list of legacy order bodies; each one succeeded or failed on its own, so the 201 answer
    carries,
    per input order, either `order` or `error`. Always inspect every entry.

    Args:
        body (BatchCreateOrdersLegacyRequest): Body of the retired legacy batch create endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCreateOrdersLegacyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
