from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.cancel_order_v2_response import CancelOrderV2Response
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    order_id: str,
    *,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params["market_ticker"] = market_ticker

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/events/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelOrderV2Response | ErrorResponse:
    if response.status_code == 200:
        response_200 = CancelOrderV2Response.from_dict(json_loads(response.content))

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
) -> Response[CancelOrderV2Response | ErrorResponse]:
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
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderV2Response | ErrorResponse]:
    """Cancel one order

     Cancels the unfilled remainder of one resting order. Contracts that already traded are unaffected.
    `reduced_by` says how many contracts were taken off the book.

    **Routing**: the cancel goes to `exchange_index`, else to the shard of `market_ticker`, **else to
    shard 0**,
    and to `subaccount` (default 0). An order id alone cannot name its shard: without `market_ticker` an
    order
    in a market of shard 2 answers 404 `not_found` and keeps resting. Always send the order's
    `market_ticker`
    (and its `subaccount_number` when it is not 0) — read them with `get_order`, which finds any order.

    Pitfall: an order that is unknown, already cancelled, fully executed or asked on the wrong shard all
    answer
    404 `not_found`; after a 404, read the order (`get_order`) to learn which.

    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelOrderV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response | ErrorResponse | None:
    """Cancel one order

     Cancels the unfilled remainder of one resting order. Contracts that already traded are unaffected.
    `reduced_by` says how many contracts were taken off the book.

    **Routing**: the cancel goes to `exchange_index`, else to the shard of `market_ticker`, **else to
    shard 0**,
    and to `subaccount` (default 0). An order id alone cannot name its shard: without `market_ticker` an
    order
    in a market of shard 2 answers 404 `not_found` and keeps resting. Always send the order's
    `market_ticker`
    (and its `subaccount_number` when it is not 0) — read them with `get_order`, which finds any order.

    Pitfall: an order that is unknown, already cancelled, fully executed or asked on the wrong shard all
    answer
    404 `not_found`; after a 404, read the order (`get_order`) to learn which.

    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelOrderV2Response | ErrorResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderV2Response | ErrorResponse]:
    """Cancel one order

     Cancels the unfilled remainder of one resting order. Contracts that already traded are unaffected.
    `reduced_by` says how many contracts were taken off the book.

    **Routing**: the cancel goes to `exchange_index`, else to the shard of `market_ticker`, **else to
    shard 0**,
    and to `subaccount` (default 0). An order id alone cannot name its shard: without `market_ticker` an
    order
    in a market of shard 2 answers 404 `not_found` and keeps resting. Always send the order's
    `market_ticker`
    (and its `subaccount_number` when it is not 0) — read them with `get_order`, which finds any order.

    Pitfall: an order that is unknown, already cancelled, fully executed or asked on the wrong shard all
    answer
    404 `not_found`; after a 404, read the order (`get_order`) to learn which.

    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelOrderV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response | ErrorResponse | None:
    """Cancel one order

     Cancels the unfilled remainder of one resting order. Contracts that already traded are unaffected.
    `reduced_by` says how many contracts were taken off the book.

    **Routing**: the cancel goes to `exchange_index`, else to the shard of `market_ticker`, **else to
    shard 0**,
    and to `subaccount` (default 0). An order id alone cannot name its shard: without `market_ticker` an
    order
    in a market of shard 2 answers 404 `not_found` and keeps resting. Always send the order's
    `market_ticker`
    (and its `subaccount_number` when it is not 0) — read them with `get_order`, which finds any order.

    Pitfall: an order that is unknown, already cancelled, fully executed or asked on the wrong shard all
    answer
    404 `not_found`; after a 404, read the order (`get_order`) to learn which.

    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelOrderV2Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            subaccount=subaccount,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        )
    ).parsed
