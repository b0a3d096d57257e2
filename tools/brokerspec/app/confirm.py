"""Human confirmation of a placement or an amend, on top of the preview token (BROKERSPEC_CONFIRM).

`kalshi_place_orders` and `kalshi_amend_order` declare a `confirmation` parameter as `Resolve(...)`: before
the tool runs, the SDK calls `ask_to_place` / `ask_to_amend`, which check the write (mode, token, limits)
without using the token up, and then reach the human through the first channel this session's host offers:

* `form`: a yes/no form elicitation (both policies ask where the host can);
* `ticket` (placement only): the host renders the order ticket (MCP Apps); the model's call is refused
  with `confirm_on_ticket`, and the human places the order with the ticket's Place button (an app-only tool);
* `url`: URL-mode elicitation to a one-time page of this server on 127.0.0.1 (`confirm_page`); the
  address goes to the host in the elicitation request only, never into a result the model reads;
* none: under `human` the call is refused (`human_confirmation_required`), with words for the human;
  under `token` the preview token stands alone (today's flow, the sandbox's default).

`human_confirmed` and `channel_of` turn the outcome into what the service records: confirmed True/False/None,
and how ("form", "url", None). Every refusal here is audited like the service's own (`Placing._refuse`).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import weakref
from collections.abc import Awaitable, Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from mcp.server.mcpserver import AcceptedElicitation, Context, Elicit, ElicitationResult
from pydantic import BaseModel, Field

from brokerspec.app.inputs import OrderInput
from brokerspec.app.results import plain_text

if TYPE_CHECKING:
    from brokerspec.app.confirm_page import ConfirmationPages, Decision, Ticket
    from brokerspec.app.responses import ExecutionView, MarketView
    from brokerspec.app.service import Service
    from brokerspec.domain.orders import OrderIntent
    from brokerspec.errors import SafetyRefusal
    from brokerspec.policy.gate import LimitCheck

Channel = Literal["form", "ticket", "url"]


class ConfirmOrder(BaseModel):
    confirm: bool = Field(description="Place exactly this order?")


class _NotAsked:
    """Nobody was asked (BROKERSPEC_CONFIRM=token, or a write with no token yet): the token path stands alone."""


class _Refused:
    """The pre-checks or the policy refused the write: it is reported as the tool's result."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class _Answered:
    """The human answered outside a form (the URL page)."""

    def __init__(self, confirmed: bool, channel: Channel) -> None:
        self.confirmed, self.channel = confirmed, channel


Asked = Elicit[ConfirmOrder] | _NotAsked | _Refused | _Answered


def host_channels(ctx: Context) -> list[Channel]:
    """The channels this session's host offers to reach its human, in the order they are tried."""
    from mcp.server.apps import client_supports_apps

    channels: list[Channel] = ["form"] if _can_elicit(ctx) else []
    if client_supports_apps(ctx):
        channels.append("ticket")
    if _can_open_url(ctx):
        channels.append("url")
    return channels


async def ask_to_place(ctx: Context, orders: list[OrderInput], preview_token: str) -> Asked:
    """Resolver: ask the human only about an order that passes every check (mode, token, limits).

    The checks do not use the token up; `place_orders` redeems it after the human said yes.
    """
    service: Service = ctx.mcp_server.service  # type: ignore[attr-defined]  # set by build_server
    try:
        await service.check_placement(orders, preview_token)
    except Exception as exc:  # reported as the tool's result; nobody is asked
        return _Refused(exc)
    env = await service.environment("kalshi")
    intents, bodies, _ = service.prepare_placement(env, orders)
    coids = [b["client_order_id"] for b in bodies]

    def refuse(refusal: SafetyRefusal) -> _Refused:
        service._refuse(env, "create_orders", refusal, coids)
        return _Refused(refusal)

    question = f"Place on Kalshi ({env}): {_describe_orders(orders)}?"
    return await _reach_human(
        ctx, service, env, question, refuse, lambda: _ticket(service, env, "Place", intents, preview_token)
    )


async def ask_to_amend(
    ctx: Context,
    order_id: str,
    ticker: str,
    action: Literal["buy", "sell"],
    side: Literal["yes", "no"],
    price: Decimal,
    count: int,
    preview_token: str | None = None,
) -> Asked:
    """Resolver of `kalshi_amend_order`: nobody is asked for its preview (no token); its send is a write
    like a placement, so under `human` it needs the human too (form or URL page; the ticket is for placing)."""
    if preview_token is None:
        return _NotAsked()
    service: Service = ctx.mcp_server.service  # type: ignore[attr-defined]  # set by build_server
    order = OrderInput(ticker=ticker, action=action, side=side, price=price, count=count)
    try:
        env, intent, body = await service.check_amend(order_id, order, preview_token)
    except Exception as exc:
        return _Refused(exc)
    if service.gate.settings.confirmation(env) == "token":
        return _NotAsked()  # today's amend flow: the token alone, nobody asked

    def refuse(refusal: SafetyRefusal) -> _Refused:
        service._refuse(env, "amend_order_v2", refusal, order_id=order_id, request=body)
        return _Refused(refusal)

    question = f"Amend Kalshi order {order_id} ({env}) to: {_describe_orders([order])}?"
    return await _reach_human(
        ctx,
        service,
        env,
        question,
        refuse,
        lambda: _ticket(service, env, f"Amend order {order_id}", [intent], preview_token, amend=True),
        ticket=False,
    )


async def _reach_human(
    ctx: Context,
    service: Service,
    env: str,
    question: str,
    refuse: Callable[[SafetyRefusal], _Refused],
    ticket_of: Callable[[], Awaitable[Ticket]],
    *,
    ticket: bool = True,
) -> Asked:
    from brokerspec.errors import ConfirmOnTicket, HumanConfirmationRequired

    if _can_elicit(ctx):
        return Elicit(plain_text(question), ConfirmOrder)
    if service.gate.settings.confirmation(env) == "token":
        return _NotAsked()
    channels = host_channels(ctx)
    if ticket and "ticket" in channels:
        return refuse(
            ConfirmOnTicket(
                "this order is placed by a person, not by the model: it waits on the order ticket shown "
                "with its preview",
                suggestion="to the human: check the order ticket and press Place there (or Cancel); "
                "the model cannot place it",
            )
        )
    if "url" in channels:
        return await _ask_on_page(ctx, question, await ticket_of(), refuse)
    return refuse(HumanConfirmationRequired.none_given())


async def _ask_on_page(
    ctx: Context, question: str, ticket: Ticket, refuse: Callable[[SafetyRefusal], _Refused]
) -> Asked:
    """URL-mode elicitation: the host opens a one-time page of this server; wait for the human's answer."""
    from mcp.server.elicitation import AcceptedUrlElicitation

    from brokerspec.errors import HumanDeclined

    page = _pages(ctx).open(ticket)
    message = plain_text(
        f"{question} Review it on a one-time page of this server (127.0.0.1) and approve or decline."
    )
    try:
        try:  # a host that never answers must not hold the call past the token's life
            answer = await asyncio.wait_for(
                ctx.elicit_url(message, page.url, page.elicitation_id),
                timeout=max(0.0, page.ticket.expires_at - time.time()),
            )
        except TimeoutError:
            page.decide("expired")
            answer = None
        if answer is None:
            decision: Decision = "expired"
        elif not isinstance(answer, AcceptedUrlElicitation):
            page.decide("decline")
            return _Answered(False, "url")
        else:
            decision = await page.decision()
    except BaseException:
        # The call ended (cancelled, the host went away) before an answer: a later Approve must not be
        # told the order is being sent. The page closes (410) and nothing is placed.
        page.decide("decline")
        raise
    with contextlib.suppress(Exception):  # a host that went away: the answer stands
        await ctx.session.send_elicit_complete(page.elicitation_id, related_request_id=ctx.request_id)
    if decision == "expired":
        return refuse(
            HumanDeclined(
                "the confirmation page expired unanswered: nothing was sent",
                suggestion="preview the order again if the human still wants it",
            )
        )
    return _Answered(decision == "approve", "url")


def human_confirmed(outcome: ElicitationResult[Any]) -> bool | None:
    """The human's answer: True/False, None when nobody was asked; raises what the checks refused."""
    if not isinstance(outcome, AcceptedElicitation):
        return False
    if isinstance(outcome.data, _Refused):
        raise outcome.data.error
    if isinstance(outcome.data, _NotAsked):
        return None
    if isinstance(outcome.data, _Answered):
        return outcome.data.confirmed
    return bool(outcome.data.confirm)


def channel_of(outcome: ElicitationResult[Any]) -> Channel | None:
    """How the human was asked: "form", "url", or None when nobody was."""
    if not isinstance(outcome, AcceptedElicitation):
        return "form"  # a form the human declined or cancelled
    if isinstance(outcome.data, _Answered):
        return outcome.data.channel
    return "form" if isinstance(outcome.data, ConfirmOrder) else None


def _can_elicit(ctx: Context) -> bool:
    caps = ctx.client_capabilities
    elicitation = caps.elicitation if caps is not None else None
    return elicitation is not None and (elicitation.form is not None or elicitation.url is None)


def _can_open_url(ctx: Context) -> bool:
    """URL-mode elicitation declared, on a connection that can send it within the call (<= 2025-11-25)."""
    caps = ctx.client_capabilities
    elicitation = caps.elicitation if caps is not None else None
    return elicitation is not None and elicitation.url is not None and ctx.session.can_send_request


_PAGES: weakref.WeakKeyDictionary[Any, ConfirmationPages] = weakref.WeakKeyDictionary()


def _pages(ctx: Context) -> ConfirmationPages:
    """The page server of this MCP server, created (not yet listening) on first use."""
    from brokerspec.app.confirm_page import ConfirmationPages

    server = ctx.mcp_server
    pages = _PAGES.get(server)
    if pages is None:
        pages = _PAGES[server] = ConfirmationPages()
    return pages


async def _ticket(
    service: Service,
    env: str,
    verb: str,
    intents: Sequence[OrderIntent],
    preview_token: str,
    *,
    amend: bool = False,
) -> Ticket:
    """The order ticket the URL page shows: each order as read and as sent, its market now (status, top of
    book, what fills at once and what rests: read afresh, since the human looks at it now), costs, checks,
    expiry. An amend shows its market but not "fills now" (that depends on what of the order has filled)."""
    from brokerspec.app.confirm_page import Ticket, TicketCheck, TicketOrder
    from brokerspec.domain.money import DOLLARS, decimal_text
    from brokerspec.domain.orders import describe_mapping, worst_case_breakdown
    from brokerspec.policy.tokens import token_expiry

    # the terms the preview used (kept while its token lives), as the placement books them
    costs = [worst_case_breakdown(i, service.markets.terms_for_booking(i.ticker)) for i in intents]
    checks: list[LimitCheck] = service._checks(intents, [c.total_dollars for c in costs])
    markets, warning = await _markets_now(service, intents, amend=amend)
    where = "production, live money" if env == "production" else env
    return Ticket(
        title=f"{verb} on Kalshi ({where})",
        orders=[
            TicketOrder(
                ticker=i.ticker,
                headline=f"{i.action.capitalize()} {i.count} {i.side.upper()} at ${i.price_dollars}",
                book=describe_mapping(i).split(" → ", 1)[-1],
                worst_case_dollars=decimal_text(c.total_dollars, DOLLARS),
                fees_dollars=decimal_text(c.fees_dollars, DOLLARS),
                market=market,
            )
            for i, c, market in zip(intents, costs, markets, strict=True)
        ],
        total_dollars=decimal_text(sum((c.total_dollars for c in costs), Decimal(0)), DOLLARS),
        checks=[TicketCheck(c.name, c.limit, c.value, c.unit, c.passed) for c in checks],
        expires_at=float(token_expiry(preview_token) or 0),
        warning=warning,
    )


async def _markets_now(
    service: Service, intents: Sequence[OrderIntent], *, amend: bool
) -> tuple[list[tuple[tuple[str, str], ...]], str | None]:
    """Per order, its market as (label, value) rows; and what would stop the order now, if anything.

    A market that forbids the order now (paused, closed, off its grid) is said on the page, for the human
    to decline; a market that cannot be read leaves the rows out. Neither stops the page: the exchange
    stays the judge of an approved order."""
    from brokerspec.errors import BrokerError, ServiceError

    try:
        # keep=False: the placement still books the worst case its preview showed (and this page shows)
        in_markets, refusal = await service.markets.read_markets(await service.kalshi(), intents, keep=False)
    except (BrokerError, ServiceError):  # an unknown market, a read that failed: Kalshi will judge it
        unread = "The market could not be read just now; Kalshi will judge the order when it is sent."
        return [() for _ in intents], unread
    rows = [_market_rows(m.market_view(), None if amend else m.execution_view()) for m in in_markets]
    return rows, None if refusal is None else f"Kalshi would refuse this now: {refusal.message}"


def _market_rows(market: MarketView, now: ExecutionView | None) -> tuple[tuple[str, str], ...]:
    from brokerspec.domain.money import dollars_text

    def dollars(value: Decimal | None) -> str:
        return "none" if value is None else dollars_text(value)

    rows = [
        ("Market", f"{market.status}, exchange shard {market.exchange_index or 0}"),
        ("Best YES bid / ask", f"{dollars(market.yes_bid_dollars)} / {dollars(market.yes_ask_dollars)}"),
        ("Best price for this order now", dollars(market.fill_now_price_dollars)),
        ("Price grid", market.price_grid),
        ("Fees", market.fees),
    ]
    if now is not None:
        average = f" at {dollars(now.average_fill_price_dollars)}" if now.fills_now_contracts else ""
        rows += [
            ("Fills now", f"{now.fills_now_contracts.normalize():f} contracts{average}"),
            ("Rests on the book", f"{now.rests_contracts.normalize():f} contracts"),
            ("Taker fees now", dollars(now.taker_fees_now_dollars)),
        ]
        if now.cancelled_contracts:
            rows.append(("Cancelled unfilled", f"{now.cancelled_contracts.normalize():f} contracts"))
    return tuple(rows)


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
