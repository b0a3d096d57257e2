"""Human confirmation of a placement (MCP elicitation), on top of the preview token.

`kalshi_place_orders` declares its `confirmation` parameter as `Resolve(ask_to_place)`: before the tool
runs, the SDK calls `ask_to_place`, which checks the placement (mode, token, limits) without using the
token up and, if the host can ask, asks the human one yes/no question. `human_confirmed` turns the answer
into what `Service.place_orders` records: True, False, or None when the host cannot ask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mcp.server.mcpserver import AcceptedElicitation, Context, Elicit, ElicitationResult
from pydantic import BaseModel, Field

from brokerspec.app.inputs import OrderInput
from brokerspec.app.results import plain_text

if TYPE_CHECKING:
    from brokerspec.app.service import Service


class ConfirmOrder(BaseModel):
    confirm: bool = Field(description="Place exactly this order?")


class _NotAsked:
    """The host cannot ask the human (no elicitation support): the preview token path stands alone."""


class _Refused:
    """The pre-checks refused the placement: the human is not asked about an order that cannot pass."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


async def ask_to_place(
    ctx: Context, orders: list[OrderInput], preview_token: str
) -> Elicit[ConfirmOrder] | _NotAsked | _Refused:
    """Resolver: ask the human only about an order that passes every check (mode, token, limits).

    The checks do not use the token up; `place_orders` redeems it after the human said yes.
    """
    service: Service = ctx.mcp_server.service  # type: ignore[attr-defined]  # set by build_server
    try:
        await service.check_placement(orders, preview_token)
    except Exception as exc:  # reported as the tool's result; nobody is asked
        return _Refused(exc)
    if not _can_elicit(ctx):
        return _NotAsked()
    return Elicit(plain_text(f"Place on Kalshi: {_describe_orders(orders)}?"), ConfirmOrder)


def human_confirmed(outcome: ElicitationResult[Any]) -> bool | None:
    """The human's answer: True/False, None when the host cannot ask; raises what the pre-checks refused."""
    if not isinstance(outcome, AcceptedElicitation):
        return False
    if isinstance(outcome.data, _Refused):
        raise outcome.data.error
    if isinstance(outcome.data, _NotAsked):
        return None
    return bool(outcome.data.confirm)


def _can_elicit(ctx: Context) -> bool:
    caps = ctx.client_capabilities
    elicitation = caps.elicitation if caps is not None else None
    return elicitation is not None and (elicitation.form is not None or elicitation.url is None)


def _describe_orders(orders: list[OrderInput]) -> str:
    from brokerspec.domain.orders import OrderIntent, describe_mapping

    lines = []
    for o in orders:
        try:
            intent = OrderIntent(o.ticker, o.action, o.side, o.count, o.price)
            lines.append(f"{o.ticker}: {describe_mapping(intent)}")
        except Exception:
            lines.append(f"{o.ticker}: {o.action} {o.count} {o.side} at ${o.price}")
    return "; ".join(lines)
