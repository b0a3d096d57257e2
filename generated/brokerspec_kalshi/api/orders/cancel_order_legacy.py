from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.cancel_order_legacy_response import CancelOrderLegacyResponse
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads


def _get_kwargs(
    order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelOrderLegacyResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = CancelOrderLegacyResponse.from_dict(json_loads(response.content))

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
) -> Response[CancelOrderLegacyResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CancelOrderLegacyResponse | ErrorResponse]:
    """Cancel one order (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `DELETE /portfolio/events/orders/{order_id}`
    (`cancel_order_v2`).

    Cancelled the unfilled remainder of a resting order and answered the order (status `canceled`) plus
    `reduced_by`, the number of contracts taken off the book.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelOrderLegacyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CancelOrderLegacyResponse | ErrorResponse | None:
    """Cancel one order (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `DELETE /portfolio/events/orders/{order_id}`
    (`cancel_order_v2`).

    Cancelled the unfilled remainder of a resting order and answered the order (status `canceled`) plus
    `reduced_by`, the number of contracts taken off the book.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelOrderLegacyResponse | ErrorResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CancelOrderLegacyResponse | ErrorResponse]:
    """Cancel one order (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `DELETE /portfolio/events/orders/{order_id}`
    (`cancel_order_v2`).

    Cancelled the unfilled remainder of a resting order and answered the order (status `canceled`) plus
    `reduced_by`, the number of contracts taken off the book.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelOrderLegacyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CancelOrderLegacyResponse | ErrorResponse | None:
    """Cancel one order (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `DELETE /portfolio/events/orders/{order_id}`
    (`cancel_order_v2`).

    Cancelled the unfilled remainder of a resting order and answered the order (status `canceled`) plus
    `reduced_by`, the number of contracts taken off the book.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelOrderLegacyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
        )
    ).parsed
