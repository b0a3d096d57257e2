from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.batch_cancel_orders_legacy_request import BatchCancelOrdersLegacyRequest
from ...models.batch_cancel_orders_legacy_response import (
    BatchCancelOrdersLegacyResponse,
)
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: BatchCancelOrdersLegacyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/orders/batched",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchCancelOrdersLegacyResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = BatchCancelOrdersLegacyResponse.from_dict(
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
) -> Response[BatchCancelOrdersLegacyResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCancelOrdersLegacyRequest,
) -> Response[BatchCancelOrdersLegacyResponse | ErrorResponse]:
    """Cancel several orders at once (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `DELETE /portfolio/events/orders/batched`
    (`batch_cancel_orders_v2`).

    Took `{"ids": [...]}` in the body of a DELETE; answered one entry per id with the cancelled `order`
    and
    `reduced_by`, or an `error`.

    Args:
        body (BatchCancelOrdersLegacyRequest): Body of the retired legacy batch cancel endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCancelOrdersLegacyResponse | ErrorResponse]
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
    body: BatchCancelOrdersLegacyRequest,
) -> BatchCancelOrdersLegacyResponse | ErrorResponse | None:
    """Cancel several orders at once (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `DELETE /portfolio/events/orders/batched`
    (`batch_cancel_orders_v2`).

    Took `{"ids": [...]}` in the body of a DELETE; answered one entry per id with the cancelled `order`
    and
    `reduced_by`, or an `error`.

    Args:
        body (BatchCancelOrdersLegacyRequest): Body of the retired legacy batch cancel endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCancelOrdersLegacyResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCancelOrdersLegacyRequest,
) -> Response[BatchCancelOrdersLegacyResponse | ErrorResponse]:
    """Cancel several orders at once (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `DELETE /portfolio/events/orders/batched`
    (`batch_cancel_orders_v2`).

    Took `{"ids": [...]}` in the body of a DELETE; answered one entry per id with the cancelled `order`
    and
    `reduced_by`, or an `error`.

    Args:
        body (BatchCancelOrdersLegacyRequest): Body of the retired legacy batch cancel endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCancelOrdersLegacyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCancelOrdersLegacyRequest,
) -> BatchCancelOrdersLegacyResponse | ErrorResponse | None:
    """Cancel several orders at once (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `DELETE /portfolio/events/orders/batched`
    (`batch_cancel_orders_v2`).

    Took `{"ids": [...]}` in the body of a DELETE; answered one entry per id with the cancelled `order`
    and
    `reduced_by`, or an `error`.

    Args:
        body (BatchCancelOrdersLegacyRequest): Body of the retired legacy batch cancel endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCancelOrdersLegacyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
