from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.wealthy_position import WealthyPosition
from ...types import Response, json_loads


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/report/positions/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[WealthyPosition] | str:
    if response.status_code == 200:
        response_200 = [
            WealthyPosition.from_dict(item) for item in json_loads(response.content)
        ]

        return response_200

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    response_default = response.text
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[WealthyPosition] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[WealthyPosition] | str]:
    """List today's net positions

     Returns the net-wise positions book: futures and options contracts, and equity bought or sold today
    (equity carried overnight moves to holdings the next day). One item per instrument and product
    (`order_type`), so the same symbol can appear twice, e.g. once as CO and once as MIS.

    `net_quantity` is signed: positive is long, negative is short, `"0"` is a closed position that still
    shows the day's trades. P&L is the broker's own: `unrealized_mtom` + `realized_pnl`; keep both
    rather
    than recomputing from prices. Amounts and prices are decimal strings in rupees; carry-forward
    (`cf_*`) fields are often `""` (absent) for intraday positions.

    On 401, ask the user to log in again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[WealthyPosition] | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[WealthyPosition] | str | None:
    """List today's net positions

     Returns the net-wise positions book: futures and options contracts, and equity bought or sold today
    (equity carried overnight moves to holdings the next day). One item per instrument and product
    (`order_type`), so the same symbol can appear twice, e.g. once as CO and once as MIS.

    `net_quantity` is signed: positive is long, negative is short, `"0"` is a closed position that still
    shows the day's trades. P&L is the broker's own: `unrealized_mtom` + `realized_pnl`; keep both
    rather
    than recomputing from prices. Amounts and prices are decimal strings in rupees; carry-forward
    (`cf_*`) fields are often `""` (absent) for intraday positions.

    On 401, ask the user to log in again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[WealthyPosition] | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[WealthyPosition] | str]:
    """List today's net positions

     Returns the net-wise positions book: futures and options contracts, and equity bought or sold today
    (equity carried overnight moves to holdings the next day). One item per instrument and product
    (`order_type`), so the same symbol can appear twice, e.g. once as CO and once as MIS.

    `net_quantity` is signed: positive is long, negative is short, `"0"` is a closed position that still
    shows the day's trades. P&L is the broker's own: `unrealized_mtom` + `realized_pnl`; keep both
    rather
    than recomputing from prices. Amounts and prices are decimal strings in rupees; carry-forward
    (`cf_*`) fields are often `""` (absent) for intraday positions.

    On 401, ask the user to log in again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[WealthyPosition] | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[WealthyPosition] | str | None:
    """List today's net positions

     Returns the net-wise positions book: futures and options contracts, and equity bought or sold today
    (equity carried overnight moves to holdings the next day). One item per instrument and product
    (`order_type`), so the same symbol can appear twice, e.g. once as CO and once as MIS.

    `net_quantity` is signed: positive is long, negative is short, `"0"` is a closed position that still
    shows the day's trades. P&L is the broker's own: `unrealized_mtom` + `realized_pnl`; keep both
    rather
    than recomputing from prices. Amounts and prices are decimal strings in rupees; carry-forward
    (`cf_*`) fields are often `""` (absent) for intraday positions.

    On 401, ask the user to log in again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[WealthyPosition] | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
