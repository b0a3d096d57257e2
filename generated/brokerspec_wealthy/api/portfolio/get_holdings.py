from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.wealthy_holding import WealthyHolding
from ...types import Response, json_loads


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/report/holdings/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[WealthyHolding] | str:
    if response.status_code == 200:
        response_200 = [
            WealthyHolding.from_dict(item) for item in json_loads(response.content)
        ]

        return response_200

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    response_default = response.text
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[WealthyHolding] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[WealthyHolding] | str]:
    """List long-term equity holdings

     Returns every equity the user holds for delivery, one item per security, with its listing
    on each exchange in `instrument` (typically one NSE and one BSE entry). Quantities are integer
    strings
    and `avg_price` a decimal string in rupees. Holdings carry no market price and no P&L: fetch quotes
    separately to value them.

    Quantities combine as in the Noren OMS the schema comes from:
    saleable = `btst_quantity` + `holding_quantity` + `unpledged_quantity` + `beneficiary_quantity` +
    `dp_quantity` minus `used_quantity`; valuation quantity additionally adds `broker_quantity` and uses
    max(`non_poa_dispaly_qty`, `dp_quantity`) in place of `dp_quantity`. Absent markers (`""`, `"-"`,
    `"- "`) count as absent, not as zero, when displaying a field.

    On 401, ask the user to log in again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[WealthyHolding] | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[WealthyHolding] | str | None:
    """List long-term equity holdings

     Returns every equity the user holds for delivery, one item per security, with its listing
    on each exchange in `instrument` (typically one NSE and one BSE entry). Quantities are integer
    strings
    and `avg_price` a decimal string in rupees. Holdings carry no market price and no P&L: fetch quotes
    separately to value them.

    Quantities combine as in the Noren OMS the schema comes from:
    saleable = `btst_quantity` + `holding_quantity` + `unpledged_quantity` + `beneficiary_quantity` +
    `dp_quantity` minus `used_quantity`; valuation quantity additionally adds `broker_quantity` and uses
    max(`non_poa_dispaly_qty`, `dp_quantity`) in place of `dp_quantity`. Absent markers (`""`, `"-"`,
    `"- "`) count as absent, not as zero, when displaying a field.

    On 401, ask the user to log in again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[WealthyHolding] | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[WealthyHolding] | str]:
    """List long-term equity holdings

     Returns every equity the user holds for delivery, one item per security, with its listing
    on each exchange in `instrument` (typically one NSE and one BSE entry). Quantities are integer
    strings
    and `avg_price` a decimal string in rupees. Holdings carry no market price and no P&L: fetch quotes
    separately to value them.

    Quantities combine as in the Noren OMS the schema comes from:
    saleable = `btst_quantity` + `holding_quantity` + `unpledged_quantity` + `beneficiary_quantity` +
    `dp_quantity` minus `used_quantity`; valuation quantity additionally adds `broker_quantity` and uses
    max(`non_poa_dispaly_qty`, `dp_quantity`) in place of `dp_quantity`. Absent markers (`""`, `"-"`,
    `"- "`) count as absent, not as zero, when displaying a field.

    On 401, ask the user to log in again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[WealthyHolding] | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[WealthyHolding] | str | None:
    """List long-term equity holdings

     Returns every equity the user holds for delivery, one item per security, with its listing
    on each exchange in `instrument` (typically one NSE and one BSE entry). Quantities are integer
    strings
    and `avg_price` a decimal string in rupees. Holdings carry no market price and no P&L: fetch quotes
    separately to value them.

    Quantities combine as in the Noren OMS the schema comes from:
    saleable = `btst_quantity` + `holding_quantity` + `unpledged_quantity` + `beneficiary_quantity` +
    `dp_quantity` minus `used_quantity`; valuation quantity additionally adds `broker_quantity` and uses
    max(`non_poa_dispaly_qty`, `dp_quantity`) in place of `dp_quantity`. Absent markers (`""`, `"-"`,
    `"- "`) count as absent, not as zero, when displaying a field.

    On 401, ask the user to log in again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[WealthyHolding] | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
