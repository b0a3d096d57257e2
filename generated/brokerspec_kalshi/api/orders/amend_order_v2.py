from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.amend_order_v2_request import AmendOrderV2Request
from ...models.amend_order_v2_response import AmendOrderV2Response
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    order_id: str,
    *,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders/{order_id}/amend".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AmendOrderV2Response | ErrorResponse:
    if response.status_code == 200:
        response_200 = AmendOrderV2Response.from_dict(json_loads(response.content))

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
) -> Response[AmendOrderV2Response | ErrorResponse]:
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
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[AmendOrderV2Response | ErrorResponse]:
    """Change a resting order's price or size

     Changes the price and/or size of a resting order in one step, instead of cancel + create (which
    could
    leave you with neither order, or both). `ticker` and `side` must repeat the order's own values —
    they
    guard against amending the wrong order; they cannot move it to another market or side.

    `price` is the new YES price (string dollars). `count` is the new **total** size of the order:
    contracts
    already filled plus the new resting remainder; it cannot go below what has already filled. A new
    price
    loses the order's place in the queue; a pure size decrease is better done with `decrease_order_v2`,
    which keeps it. If the new price crosses the book the order trades immediately, like a new order.

    `client_order_id` (optional) must equal the order's current client id when given;
    `updated_client_order_id` (optional) gives the amended order a new client id — use a fresh one, it
    must
    not have been used before. `expiration_time` sets a new expiry (Unix seconds), `0` removes it; an
    expiry-only amend that resends the current price and count keeps the queue position.

    Routed by `ticker` like a create (`exchange_index` optional); `subaccount` is a **query** parameter
    (default
    0). The reply carries `remaining_count`, `fill_count` and the averages only when the amend filled
    something
    or changed the resting size: a price-only amend answers just `{order_id, ts_ms}`, and that is a
    success.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request): New price and total size of a resting order. `ticker` and
            `side` must match the order (a safety check).
            `count` is the new total size (already filled + new remainder).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AmendOrderV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> AmendOrderV2Response | ErrorResponse | None:
    """Change a resting order's price or size

     Changes the price and/or size of a resting order in one step, instead of cancel + create (which
    could
    leave you with neither order, or both). `ticker` and `side` must repeat the order's own values —
    they
    guard against amending the wrong order; they cannot move it to another market or side.

    `price` is the new YES price (string dollars). `count` is the new **total** size of the order:
    contracts
    already filled plus the new resting remainder; it cannot go below what has already filled. A new
    price
    loses the order's place in the queue; a pure size decrease is better done with `decrease_order_v2`,
    which keeps it. If the new price crosses the book the order trades immediately, like a new order.

    `client_order_id` (optional) must equal the order's current client id when given;
    `updated_client_order_id` (optional) gives the amended order a new client id — use a fresh one, it
    must
    not have been used before. `expiration_time` sets a new expiry (Unix seconds), `0` removes it; an
    expiry-only amend that resends the current price and count keeps the queue position.

    Routed by `ticker` like a create (`exchange_index` optional); `subaccount` is a **query** parameter
    (default
    0). The reply carries `remaining_count`, `fill_count` and the averages only when the amend filled
    something
    or changed the resting size: a price-only amend answers just `{order_id, ts_ms}`, and that is a
    success.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request): New price and total size of a resting order. `ticker` and
            `side` must match the order (a safety check).
            `count` is the new total size (already filled + new remainder).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AmendOrderV2Response | ErrorResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
        subaccount=subaccount,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[AmendOrderV2Response | ErrorResponse]:
    """Change a resting order's price or size

     Changes the price and/or size of a resting order in one step, instead of cancel + create (which
    could
    leave you with neither order, or both). `ticker` and `side` must repeat the order's own values —
    they
    guard against amending the wrong order; they cannot move it to another market or side.

    `price` is the new YES price (string dollars). `count` is the new **total** size of the order:
    contracts
    already filled plus the new resting remainder; it cannot go below what has already filled. A new
    price
    loses the order's place in the queue; a pure size decrease is better done with `decrease_order_v2`,
    which keeps it. If the new price crosses the book the order trades immediately, like a new order.

    `client_order_id` (optional) must equal the order's current client id when given;
    `updated_client_order_id` (optional) gives the amended order a new client id — use a fresh one, it
    must
    not have been used before. `expiration_time` sets a new expiry (Unix seconds), `0` removes it; an
    expiry-only amend that resends the current price and count keeps the queue position.

    Routed by `ticker` like a create (`exchange_index` optional); `subaccount` is a **query** parameter
    (default
    0). The reply carries `remaining_count`, `fill_count` and the averages only when the amend filled
    something
    or changed the resting size: a price-only amend answers just `{order_id, ts_ms}`, and that is a
    success.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request): New price and total size of a resting order. `ticker` and
            `side` must match the order (a safety check).
            `count` is the new total size (already filled + new remainder).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AmendOrderV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> AmendOrderV2Response | ErrorResponse | None:
    """Change a resting order's price or size

     Changes the price and/or size of a resting order in one step, instead of cancel + create (which
    could
    leave you with neither order, or both). `ticker` and `side` must repeat the order's own values —
    they
    guard against amending the wrong order; they cannot move it to another market or side.

    `price` is the new YES price (string dollars). `count` is the new **total** size of the order:
    contracts
    already filled plus the new resting remainder; it cannot go below what has already filled. A new
    price
    loses the order's place in the queue; a pure size decrease is better done with `decrease_order_v2`,
    which keeps it. If the new price crosses the book the order trades immediately, like a new order.

    `client_order_id` (optional) must equal the order's current client id when given;
    `updated_client_order_id` (optional) gives the amended order a new client id — use a fresh one, it
    must
    not have been used before. `expiration_time` sets a new expiry (Unix seconds), `0` removes it; an
    expiry-only amend that resends the current price and count keeps the queue position.

    Routed by `ticker` like a create (`exchange_index` optional); `subaccount` is a **query** parameter
    (default
    0). The reply carries `remaining_count`, `fill_count` and the averages only when the amend filled
    something
    or changed the resting size: a price-only amend answers just `{order_id, ts_ms}`, and that is a
    success.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request): New price and total size of a resting order. `ticker` and
            `side` must match the order (a safety check).
            `count` is the new total size (already filled + new remainder).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AmendOrderV2Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
            subaccount=subaccount,
        )
    ).parsed
