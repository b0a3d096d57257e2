from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_order_legacy_request import CreateOrderLegacyRequest
from ...models.create_order_legacy_response import CreateOrderLegacyResponse
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: CreateOrderLegacyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateOrderLegacyResponse | ErrorResponse:
    if response.status_code == 201:
        response_201 = CreateOrderLegacyResponse.from_dict(json_loads(response.content))

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
) -> Response[CreateOrderLegacyResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderLegacyRequest,
) -> Response[CreateOrderLegacyResponse | ErrorResponse]:
    """Place an order (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `POST /portfolio/events/orders` (`create_order_v2`) instead,
    which
    takes `side` = `bid`/`ask` on the YES book and string `count`/`price`.

    Kept because the seed documents it and the 2025 cassettes exercise it. It took `side` = `yes`/`no`
    plus
    `action` = `buy`/`sell`, an integer `count`, and a price as integer cents (`yes_price` / `no_price`)
    or
    as a dollar string (`yes_price_dollars` / `no_price_dollars`) — give exactly one price. Answered 201
    with the full order.

    Args:
        body (CreateOrderLegacyRequest): Body of the retired legacy create endpoint. Give exactly
            one price: `yes_price` or `no_price` (integer
            cents, 1–99) or `yes_price_dollars` / `no_price_dollars` (dollar string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrderLegacyResponse | ErrorResponse]
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
    body: CreateOrderLegacyRequest,
) -> CreateOrderLegacyResponse | ErrorResponse | None:
    """Place an order (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `POST /portfolio/events/orders` (`create_order_v2`) instead,
    which
    takes `side` = `bid`/`ask` on the YES book and string `count`/`price`.

    Kept because the seed documents it and the 2025 cassettes exercise it. It took `side` = `yes`/`no`
    plus
    `action` = `buy`/`sell`, an integer `count`, and a price as integer cents (`yes_price` / `no_price`)
    or
    as a dollar string (`yes_price_dollars` / `no_price_dollars`) — give exactly one price. Answered 201
    with the full order.

    Args:
        body (CreateOrderLegacyRequest): Body of the retired legacy create endpoint. Give exactly
            one price: `yes_price` or `no_price` (integer
            cents, 1–99) or `yes_price_dollars` / `no_price_dollars` (dollar string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrderLegacyResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderLegacyRequest,
) -> Response[CreateOrderLegacyResponse | ErrorResponse]:
    """Place an order (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `POST /portfolio/events/orders` (`create_order_v2`) instead,
    which
    takes `side` = `bid`/`ask` on the YES book and string `count`/`price`.

    Kept because the seed documents it and the 2025 cassettes exercise it. It took `side` = `yes`/`no`
    plus
    `action` = `buy`/`sell`, an integer `count`, and a price as integer cents (`yes_price` / `no_price`)
    or
    as a dollar string (`yes_price_dollars` / `no_price_dollars`) — give exactly one price. Answered 201
    with the full order.

    Args:
        body (CreateOrderLegacyRequest): Body of the retired legacy create endpoint. Give exactly
            one price: `yes_price` or `no_price` (integer
            cents, 1–99) or `yes_price_dollars` / `no_price_dollars` (dollar string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrderLegacyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderLegacyRequest,
) -> CreateOrderLegacyResponse | ErrorResponse | None:
    """Place an order (legacy, retired)

     **Deprecated — do not use.** Since mid-2026 production answers this endpoint with HTTP 410 and error
    code
    `deprecated_v1_order_endpoint`. Use `POST /portfolio/events/orders` (`create_order_v2`) instead,
    which
    takes `side` = `bid`/`ask` on the YES book and string `count`/`price`.

    Kept because the seed documents it and the 2025 cassettes exercise it. It took `side` = `yes`/`no`
    plus
    `action` = `buy`/`sell`, an integer `count`, and a price as integer cents (`yes_price` / `no_price`)
    or
    as a dollar string (`yes_price_dollars` / `no_price_dollars`) — give exactly one price. Answered 201
    with the full order.

    Args:
        body (CreateOrderLegacyRequest): Body of the retired legacy create endpoint. Give exactly
            one price: `yes_price` or `no_price` (integer
            cents, 1–99) or `yes_price_dollars` / `no_price_dollars` (dollar string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrderLegacyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
