from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_holdings_response import GatewayHoldingsResponse
from ...models.gateway_request import GatewayRequest
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: GatewayRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/holdings/getUsrHold",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayHoldingsResponse | str:
    if response.status_code == 200:
        response_200 = GatewayHoldingsResponse.from_dict(json_loads(response.content))

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = response.text
        return response_4xx

    response_default = response.text
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayHoldingsResponse | str]:
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
) -> Response[GatewayHoldingsResponse | str]:
    """List long-term equity holdings

     Returns the user's long-term equity holdings at the named broker (`vendor`) inside the
    `{status, message, result}` envelope, always with HTTP 200. Decide success with the envelope rule
    in the API description (status, then `result` and `message`) before reading `result`; on failure
    show `message` as the gateway's reason.

    Each holding carries its NSE and BSE tokens, `qunatity` (sic, an integer string), `averagePrice`,
    the previous `Close` and `lastPrice` as decimal strings in rupees, and `unrealisedGainLoss`
    = (`lastPrice` - `averagePrice`) x quantity. `holdingCost` is a JSON number and is the **total**
    cost
    of the holding (quantity x average price), although the published table calls it an average.

    Args:
        body (GatewayRequest): The body of every portfolio request. No other keys are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayHoldingsResponse | str]
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
) -> GatewayHoldingsResponse | str | None:
    """List long-term equity holdings

     Returns the user's long-term equity holdings at the named broker (`vendor`) inside the
    `{status, message, result}` envelope, always with HTTP 200. Decide success with the envelope rule
    in the API description (status, then `result` and `message`) before reading `result`; on failure
    show `message` as the gateway's reason.

    Each holding carries its NSE and BSE tokens, `qunatity` (sic, an integer string), `averagePrice`,
    the previous `Close` and `lastPrice` as decimal strings in rupees, and `unrealisedGainLoss`
    = (`lastPrice` - `averagePrice`) x quantity. `holdingCost` is a JSON number and is the **total**
    cost
    of the holding (quantity x average price), although the published table calls it an average.

    Args:
        body (GatewayRequest): The body of every portfolio request. No other keys are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayHoldingsResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GatewayRequest,
) -> Response[GatewayHoldingsResponse | str]:
    """List long-term equity holdings

     Returns the user's long-term equity holdings at the named broker (`vendor`) inside the
    `{status, message, result}` envelope, always with HTTP 200. Decide success with the envelope rule
    in the API description (status, then `result` and `message`) before reading `result`; on failure
    show `message` as the gateway's reason.

    Each holding carries its NSE and BSE tokens, `qunatity` (sic, an integer string), `averagePrice`,
    the previous `Close` and `lastPrice` as decimal strings in rupees, and `unrealisedGainLoss`
    = (`lastPrice` - `averagePrice`) x quantity. `holdingCost` is a JSON number and is the **total**
    cost
    of the holding (quantity x average price), although the published table calls it an average.

    Args:
        body (GatewayRequest): The body of every portfolio request. No other keys are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayHoldingsResponse | str]
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
) -> GatewayHoldingsResponse | str | None:
    """List long-term equity holdings

     Returns the user's long-term equity holdings at the named broker (`vendor`) inside the
    `{status, message, result}` envelope, always with HTTP 200. Decide success with the envelope rule
    in the API description (status, then `result` and `message`) before reading `result`; on failure
    show `message` as the gateway's reason.

    Each holding carries its NSE and BSE tokens, `qunatity` (sic, an integer string), `averagePrice`,
    the previous `Close` and `lastPrice` as decimal strings in rupees, and `unrealisedGainLoss`
    = (`lastPrice` - `averagePrice`) x quantity. `holdingCost` is a JSON number and is the **total**
    cost
    of the holding (quantity x average price), although the published table calls it an average.

    Args:
        body (GatewayRequest): The body of every portfolio request. No other keys are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayHoldingsResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
