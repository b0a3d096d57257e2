from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_positions_response import GatewayPositionsResponse
from ...models.gateway_request import GatewayRequest
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: GatewayRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/positions/getposition",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayPositionsResponse | str:
    if response.status_code == 200:
        response_200 = GatewayPositionsResponse.from_dict(json_loads(response.content))

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = response.text
        return response_4xx

    response_default = response.text
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayPositionsResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GatewayRequest,
) -> Response[GatewayPositionsResponse | str]:
    """List today's positions

     Returns the user's short-term positions (intraday equity and F&O) at the named broker (`vendor`)
    inside the `{status, message, result}` envelope, always with HTTP 200. Decide success with the
    envelope rule in the API description (status, then `result` and `message`) before reading
    `result`; on failure show `message` as the gateway's reason.

    Quantities (`netQty`, `buyQty`, `sellQty`, ...) are JSON integers; prices and amounts (`ltp`,
    `netPrice`, `buyAmt`, `sellAmt`, `mtm`, `strike_price`) are decimal strings in rupees. For cash
    equity the derivative fields come as absent markers: `Expiry` as `"-"`, `option_Type` as `"- "`
    (with a trailing space), `mtm` and `lotSize` as `""`. Treat those as null, not zero.

    Args:
        body (GatewayRequest): The body of every portfolio request. No other keys are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayPositionsResponse | str]
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
    body: GatewayRequest,
) -> GatewayPositionsResponse | str | None:
    """List today's positions

     Returns the user's short-term positions (intraday equity and F&O) at the named broker (`vendor`)
    inside the `{status, message, result}` envelope, always with HTTP 200. Decide success with the
    envelope rule in the API description (status, then `result` and `message`) before reading
    `result`; on failure show `message` as the gateway's reason.

    Quantities (`netQty`, `buyQty`, `sellQty`, ...) are JSON integers; prices and amounts (`ltp`,
    `netPrice`, `buyAmt`, `sellAmt`, `mtm`, `strike_price`) are decimal strings in rupees. For cash
    equity the derivative fields come as absent markers: `Expiry` as `"-"`, `option_Type` as `"- "`
    (with a trailing space), `mtm` and `lotSize` as `""`. Treat those as null, not zero.

    Args:
        body (GatewayRequest): The body of every portfolio request. No other keys are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayPositionsResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GatewayRequest,
) -> Response[GatewayPositionsResponse | str]:
    """List today's positions

     Returns the user's short-term positions (intraday equity and F&O) at the named broker (`vendor`)
    inside the `{status, message, result}` envelope, always with HTTP 200. Decide success with the
    envelope rule in the API description (status, then `result` and `message`) before reading
    `result`; on failure show `message` as the gateway's reason.

    Quantities (`netQty`, `buyQty`, `sellQty`, ...) are JSON integers; prices and amounts (`ltp`,
    `netPrice`, `buyAmt`, `sellAmt`, `mtm`, `strike_price`) are decimal strings in rupees. For cash
    equity the derivative fields come as absent markers: `Expiry` as `"-"`, `option_Type` as `"- "`
    (with a trailing space), `mtm` and `lotSize` as `""`. Treat those as null, not zero.

    Args:
        body (GatewayRequest): The body of every portfolio request. No other keys are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayPositionsResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GatewayRequest,
) -> GatewayPositionsResponse | str | None:
    """List today's positions

     Returns the user's short-term positions (intraday equity and F&O) at the named broker (`vendor`)
    inside the `{status, message, result}` envelope, always with HTTP 200. Decide success with the
    envelope rule in the API description (status, then `result` and `message`) before reading
    `result`; on failure show `message` as the gateway's reason.

    Quantities (`netQty`, `buyQty`, `sellQty`, ...) are JSON integers; prices and amounts (`ltp`,
    `netPrice`, `buyAmt`, `sellAmt`, `mtm`, `strike_price`) are decimal strings in rupees. For cash
    equity the derivative fields come as absent markers: `Expiry` as `"-"`, `option_Type` as `"- "`
    (with a trailing space), `mtm` and `lotSize` as `""`. Treat those as null, not zero.

    Args:
        body (GatewayRequest): The body of every portfolio request. No other keys are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayPositionsResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
