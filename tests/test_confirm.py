"""BROKERSPEC_CONFIRM through the MCP server: who confirms a placement, per host, with a real client.

Under `human` an order is placed only after a human act the model cannot produce: a form the host shows
(elicitation), the order ticket's Place button (MCP Apps: the model's call is refused), or a one-time page
of this server (URL-mode elicitation), driven here with httpx the way a browser would. A host with none of
them gets a refusal that names no link. Under `token` (the sandbox's default) the preview token stands alone.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import mcp_types
import pytest
from brokerspec.app.service import Service
from brokerspec.config import read_configuration
from brokerspec.sandbox.server import SandboxServer
from brokerspec.settings.safety import SafetySettings
from mcp.client import advertise
from mcp.client.session import ClientSession
from mcp.server.apps import APP_MIME_TYPE, EXTENSION_ID
from server_helpers import (
    CREATE_V2,
    Checked,
    audit_lines,
    base_env,
    held_client,
    order,
    preview,
    sandbox,  # noqa: F401  (module fixture)
    sandbox_env,
)

Connect = Callable[..., Any]
YES = mcp_types.ElicitResult(action="accept", content={"confirm": True})
NO = mcp_types.ElicitResult(action="decline")
APPS = advertise(EXTENSION_ID, {"mimeTypes": [APP_MIME_TYPE]})


@pytest.fixture
def connect(sandbox: SandboxServer, tmp_path: Path) -> Connect:  # noqa: F811
    """`async with connect(policy, **client_kwargs) as c:` — the module's sandbox under BROKERSPEC_CONFIRM."""

    @asynccontextmanager
    async def go(
        policy: str | None = "human", env: dict[str, str] | None = None, **kw: Any
    ) -> AsyncIterator[Checked]:
        full = env or sandbox_env(sandbox, tmp_path, **({"BROKERSPEC_CONFIRM": policy} if policy else {}))
        service = Service(env=full)
        try:
            async with held_client(service, **kw) as c:
                yield c
        finally:
            service.close()

    return go


def _creates(sandbox: SandboxServer) -> int:  # noqa: F811
    return sandbox.faults.count("POST", CREATE_V2)


async def _at_exchange(c: Checked, coid: str) -> int:
    """How many orders the sandbox holds with this client_order_id (it refuses a second one: 0 or 1).

    The oracle of "exactly one order": counting POSTs is not, since a create refused before execution
    (a 401 for a signature that aged in a queue) is signed again and resent."""
    listed = await c.ok("kalshi_list_orders", {"ticker": "KXDEMO-26-B", "limit": 100})
    return sum(1 for o in listed["items"] if o.get("client_order_id") == coid)


def _answer(result: mcp_types.ElicitResult) -> Any:
    async def callback(context: Any, params: Any) -> mcp_types.ElicitResult:
        return result

    return callback


async def _place(c: Checked, placed: list[dict[str, Any]], pv: dict[str, Any]) -> Any:
    return await c.call("kalshi_place_orders", {"orders": placed, "preview_token": pv["preview_token"]})


def _text(result: Any) -> str:
    return result.content[0].text + json.dumps(result.structured_content)


# --- the policy: defaults per environment, the override, a malformed value --------------------------------


@pytest.mark.parametrize(
    ("value", "environment", "expected"),
    [
        (None, "sandbox", "token"),
        (None, "demo", "human"),
        (None, "production", "human"),
        ("token", "production", "token"),
        ("human", "sandbox", "human"),
    ],
)
def test_policy_defaults_per_environment_and_the_override(
    value: str | None, environment: str, expected: str, tmp_path: Path
) -> None:
    env = base_env(tmp_path, **({"BROKERSPEC_CONFIRM": value} if value else {}))
    configuration = read_configuration(env, broker_env={})
    assert configuration.problems == ()
    assert configuration.safety.confirmation(environment) == expected


def test_a_malformed_policy_is_a_problem_and_blocks_writes(tmp_path: Path) -> None:
    configuration = read_configuration(base_env(tmp_path, BROKERSPEC_CONFIRM="yes please"), broker_env={})
    (problem,) = configuration.problems
    assert problem.variable == "BROKERSPEC_CONFIRM" and problem.broker is None
    assert configuration.writes_blocked
    assert SafetySettings(state_dir=tmp_path).confirm is None


async def test_capabilities_state_the_policy_and_the_hosts_channels(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    async with connect(None) as c:
        plain = await c.ok("capabilities")
    async with connect("human", elicitation_callback=_answer(YES), extensions=[APPS], mode="legacy") as c:
        rich = await c.ok("capabilities")
    async with connect("human", elicitation_callback=_answer(YES), extensions=[APPS]) as c:
        modern = await c.ok("capabilities")  # 2026-07-28: no request within a call, so no URL page
    demo = {**sandbox.environment(), "BROKERSPEC_KALSHI_ENV": "demo", **base_env(tmp_path)}
    async with connect(None, env=demo) as c:
        on_demo = await c.ok("capabilities")
    assert (plain["confirm"], plain["confirm_channels"]) == ("token", [])
    assert (rich["confirm"], rich["confirm_channels"]) == ("human", ["form", "ticket", "url"])
    assert modern["confirm_channels"] == ["form", "ticket"]
    assert on_demo["confirm"] == "human"


# --- token: today's flow ---------------------------------------------------------------------------------------


async def test_token_policy_places_with_the_token_alone(connect: Connect, sandbox: SandboxServer) -> None:  # noqa: F811
    async with connect("token") as c:
        pv, placed = await preview(c, order())
        result = await _place(c, placed, pv)
        held = await _at_exchange(c, placed[0]["client_order_id"])
    assert not result.is_error and result.structured_content["human_confirmed"] is None
    assert held == 1


# --- human: form elicitation -------------------------------------------------------------------------------------


async def test_form_accept_places_exactly_one_order(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    async with connect(elicitation_callback=_answer(YES)) as c:
        pv, placed = await preview(c, order())
        result = await _place(c, placed, pv)
        held = await _at_exchange(c, placed[0]["client_order_id"])
    assert not result.is_error, result.content[0].text
    assert result.structured_content["results"][0]["outcome"] == "placed"
    assert held == 1
    (attempt,) = [e for e in audit_lines(tmp_path) if e["event"] == "write_attempt"]
    assert attempt["channel"] == "form"


async def test_form_decline_places_nothing(connect: Connect, sandbox: SandboxServer, tmp_path: Path) -> None:  # noqa: F811
    async with connect(elicitation_callback=_answer(NO)) as c:
        pv, placed = await preview(c, order())
        before = _creates(sandbox)
        result = await _place(c, placed, pv)
    assert result.is_error and '"human_declined"' in result.content[0].text
    assert _creates(sandbox) == before


# --- human: no channel, or the ticket ----------------------------------------------------------------------------


async def test_a_host_without_any_channel_is_refused_without_a_link(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    async with connect() as c:
        pv, placed = await preview(c, order())
        before = _creates(sandbox)
        result = await _place(c, placed, pv)
        again = await _place(c, placed, pv)  # the token was not used up by the refusal, nor by this
    for r in (result, again):
        assert r.is_error and '"human_confirmation_required"' in r.content[0].text
        assert "http" not in r.content[0].text and "127.0.0.1" not in r.content[0].text
    assert "BROKERSPEC_CONFIRM=token" in result.content[0].text  # tells the human how
    assert _creates(sandbox) == before
    refused = [e for e in audit_lines(tmp_path) if e["event"] == "write_refused"]
    assert [e["error_code"] for e in refused] == ["human_confirmation_required"] * 2
    assert refused[0]["client_order_id"] == placed[0]["client_order_id"]
    assert not [e for e in audit_lines(tmp_path) if e["event"] == "write_attempt"]


async def test_an_apps_host_is_told_to_confirm_on_the_ticket(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    async with connect(extensions=[APPS]) as c:
        pv, placed = await preview(c, order())
        before = _creates(sandbox)
        result = await _place(c, placed, pv)
    assert result.is_error and '"confirm_on_ticket"' in result.content[0].text
    assert "Place" in result.content[0].text and "http" not in result.content[0].text
    assert _creates(sandbox) == before
    assert [e["error_code"] for e in audit_lines(tmp_path) if e["event"] == "write_refused"] == [
        "confirm_on_ticket"
    ]


async def test_the_service_refuses_a_call_that_skips_the_human(
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Defense in depth: the service itself refuses an unconfirmed placement under `human`; the
    ticket's path (`human_confirmed=True, channel="ticket"`) places, and its channel is audited."""
    from brokerspec.app.inputs import OrderInput
    from brokerspec.errors import HumanConfirmationRequired

    service = Service(env=sandbox_env(sandbox, tmp_path, BROKERSPEC_CONFIRM="human"))
    try:
        pv = await service.preview_orders([OrderInput(**order())])
        orders = [OrderInput(**order(client_order_id=pv.orders[0].client_order_id))]
        before = _creates(sandbox)
        with pytest.raises(HumanConfirmationRequired):
            await service.place_orders(orders, pv.preview_token or "", None)
        assert _creates(sandbox) == before
        placed = await service.place_orders(orders, pv.preview_token or "", True, channel="ticket")
    finally:
        service.close()
    assert placed.results[0].outcome == "placed" and _creates(sandbox) > before
    (attempt,) = [e for e in audit_lines(tmp_path) if e["event"] == "write_attempt"]
    assert attempt["channel"] == "ticket"


# --- human: URL-mode elicitation to a one-time page ---------------------------------------------------------------


@pytest.fixture
def url_only_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients declare URL-mode elicitation only (no form), as some hosts do."""
    original = ClientSession._build_capabilities

    def build(self: ClientSession, version: str) -> mcp_types.ClientCapabilities:
        caps = original(self, version)
        if caps.elicitation is None:
            return caps
        url_only = mcp_types.ElicitationCapability(url=mcp_types.UrlElicitationCapability())
        return caps.model_copy(update={"elicitation": url_only})

    monkeypatch.setattr(ClientSession, "_build_capabilities", build)


class Browser:
    """A host that opens the page it is sent; `act(url)` is what the person then does in the browser."""

    def __init__(self, act: Callable[[str], Awaitable[None]] | None) -> None:
        self.act = act
        self.urls: list[str] = []
        self.messages: list[str] = []
        self.task: asyncio.Task[None] | None = None

    async def __call__(self, context: Any, params: Any) -> mcp_types.ElicitResult:
        assert params.mode == "url", params
        self.urls.append(params.url)
        self.messages.append(params.message)
        if self.act is not None:
            self.task = asyncio.create_task(self.act(params.url))
        return mcp_types.ElicitResult(action="accept")


def _origin(url: str) -> str:
    return re.match(r"http://127\.0\.0\.1:\d+", url).group(0)  # type: ignore[union-attr]


def _csrf(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]


async def _post(browser: httpx.AsyncClient, url: str, **form: str) -> httpx.Response:
    return await browser.post(url, data=form, headers={"Origin": _origin(url)})


async def test_url_page_approve_places_exactly_one_order(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
    url_only_host: None,
) -> None:
    seen: dict[str, Any] = {}

    async def person(url: str) -> None:
        async with httpx.AsyncClient() as browser:
            page = await browser.get(url)
            seen["page"], seen["csp"] = page.text, page.headers["content-security-policy"]
            csrf = _csrf(page.text)
            seen["no_csrf"] = (await _post(browser, url, decision="approve")).status_code
            seen["bad_csrf"] = (
                await _post(browser, url, csrf="x" * len(csrf), decision="approve")
            ).status_code
            seen["no_origin"] = (
                await browser.post(url, data={"csrf": csrf, "decision": "approve"})
            ).status_code
            seen["evil_origin"] = (
                await browser.post(
                    url, data={"csrf": csrf, "decision": "approve"}, headers={"Origin": "http://evil.example"}
                )
            ).status_code
            seen["no_cookie"] = (
                await httpx.AsyncClient().post(
                    url, data={"csrf": csrf, "decision": "approve"}, headers={"Origin": _origin(url)}
                )
            ).status_code
            seen["creates_before_approve"] = _creates(sandbox)
            seen["approve"] = (await _post(browser, url, csrf=csrf, decision="approve")).status_code
            seen["again"] = (await _post(browser, url, csrf=csrf, decision="approve")).status_code
            seen["reload"] = (await browser.get(url)).status_code
            seen["unknown"] = (await browser.get(url[:-4] + "AAAA")).status_code

    host = Browser(person)
    async with connect(elicitation_callback=host, mode="legacy") as c:
        pv, placed = await preview(c, order(side="no", price="0.80", count=3))
        before = _creates(sandbox)
        result = await _place(c, placed, pv)
        caps = await c.ok("capabilities")
        assert host.task is not None
        await host.task
        held = await _at_exchange(c, placed[0]["client_order_id"])
    assert not result.is_error, result.content[0].text
    assert result.structured_content["results"][0]["outcome"] == "placed"
    assert held == 1
    assert seen["creates_before_approve"] == before  # nothing was sent before the human approved
    assert [seen[k] for k in ("no_csrf", "bad_csrf", "no_origin", "evil_origin", "no_cookie")] == [403] * 5
    assert (seen["approve"], seen["again"], seen["reload"], seen["unknown"]) == (200, 410, 410, 404)
    # the ticket, as a person reads it: buy 3 NO at $0.80 = ask on the YES book at $0.20, costs, checks
    page = seen["page"]
    assert (
        "Buy 3 NO at $0.80" in page and "KXDEMO-26-B" in page and "ask 3 on the YES book at $0.2000" in page
    )
    assert (
        f"${pv['total_worst_case_cost_dollars']}" in page
        and "max_daily_dollars" in page
        and "expires in" in page
    )
    assert "<script" not in page and "default-src 'none'" in seen["csp"]
    # the address went to the host only: never into what the model reads
    (url,) = host.urls
    assert url.startswith("http://127.0.0.1:") and len(url.rsplit("/", 1)[1]) >= 43
    assert url not in _text(result) and url.rsplit("/", 1)[1] not in _text(result)
    assert "127.0.0.1:" not in _text(result)
    assert caps["confirm_channels"] == ["url"]
    (attempt,) = [e for e in audit_lines(tmp_path) if e["event"] == "write_attempt"]
    assert attempt["channel"] == "url" and url not in json.dumps(audit_lines(tmp_path))


async def test_url_page_decline_places_nothing(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
    url_only_host: None,
) -> None:
    async def person(url: str) -> None:
        async with httpx.AsyncClient() as browser:
            page = await browser.get(url)
            assert (await _post(browser, url, csrf=_csrf(page.text), decision="decline")).status_code == 200

    host = Browser(person)
    async with connect(elicitation_callback=host, mode="legacy") as c:
        pv, placed = await preview(c, order())
        before = _creates(sandbox)
        result = await _place(c, placed, pv)
    assert result.is_error and '"human_declined"' in result.content[0].text
    assert host.urls[0] not in result.content[0].text
    assert _creates(sandbox) == before
    assert [e["error_code"] for e in audit_lines(tmp_path) if e["event"] == "write_refused"] == [
        "human_declined"
    ]


async def test_url_page_says_when_the_market_would_refuse_now(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
    url_only_host: None,
) -> None:
    """The page reads the market afresh: a shard paused after the preview is said above the buttons."""
    seen: dict[str, str] = {}

    async def person(url: str) -> None:
        async with httpx.AsyncClient() as browser:
            page = await browser.get(url)
            seen["page"] = page.text
            await _post(browser, url, csrf=_csrf(page.text), decision="decline")

    host = Browser(person)
    async with connect(elicitation_callback=host, mode="legacy") as c:
        pv, placed = await preview(c, order())
        sandbox.exchange.set_trading_active(0, False)  # KXDEMO-26-B's shard
        try:
            await asyncio.sleep(2.2)  # past the market reads' 2 s cache: the page reads the exchange now
            result = await _place(c, placed, pv)
        finally:
            sandbox.exchange.set_trading_active(0, True)
    assert result.is_error and '"human_declined"' in result.content[0].text
    assert 'role="alert">Kalshi would refuse this now:' in seen["page"] and "shard 0" in seen["page"]
    assert pv["orders"][0]["market"]["status"] in seen["page"]


async def test_url_page_survives_idle_connections_and_refuses_malformed_posts(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
    url_only_host: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A local process that knows only the port holds connections open, or posts odd forms: the page
    server stays bounded, drops the idle ones, acts on none of the odd posts, and still serves the human."""
    import socket

    from brokerspec.app import confirm_page

    monkeypatch.setattr(confirm_page, "IDLE_TIMEOUT_S", 1.0)
    seen: dict[str, Any] = {}

    async def person(url: str) -> None:
        host, port = _origin(url).removeprefix("http://").split(":")
        idle = [
            socket.create_connection((host, int(port)))
            for _ in range(confirm_page._BoundedServer.MAX_CONNECTIONS)
        ]
        try:
            extra = socket.create_connection((host, int(port)))
            extra.settimeout(0.5)  # well inside the idle timeout: a refusal, not a drop
            try:
                seen["over_the_cap"] = extra.recv(1)  # closed at once: b""
            except TimeoutError:
                seen["over_the_cap"] = "held open"
            extra.close()
            await asyncio.sleep(1.6)  # past the idle timeout: the silent ones were dropped
            seen["idle_dropped"] = [c.recv(1) for c in idle]
        finally:
            for c in idle:
                c.close()
        async with httpx.AsyncClient() as browser:
            page = await browser.get(url)
            csrf, origin = _csrf(page.text), {"Origin": _origin(url)}
            seen["rebound_host"] = (await browser.get(url, headers={"Host": f"localhost:{port}"})).status_code
            seen["twice"] = (
                await browser.post(
                    url,
                    content=f"csrf={csrf}&decision=approve&decision=decline",
                    headers={**origin, "Content-Type": "application/x-www-form-urlencoded"},
                )
            ).status_code
            seen["extra_field"] = (
                await _post(browser, url, csrf=csrf, decision="approve", x="1")
            ).status_code
            # a body shorter than it declares: not acted on once the connection times out
            raw = socket.create_connection((host, int(port)))
            raw.settimeout(5)
            path = url.split(_origin(url), 1)[1]
            body = f"csrf={csrf}&decision=approve"
            raw.sendall(
                (
                    f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nOrigin: {_origin(url)}\r\n"
                    "Content-Type: application/x-www-form-urlencoded\r\n"
                    f"Cookie: bs_confirm={csrf}\r\nContent-Length: {len(body) + 10}\r\n\r\n{body}"
                ).encode()
            )
            seen["short_body"] = raw.recv(64)  # dropped at the idle timeout, unanswered
            raw.close()
            seen["creates_before"] = _creates(sandbox)
            seen["decline"] = (await _post(browser, url, csrf=csrf, decision="decline")).status_code

    host = Browser(person)
    env = sandbox_env(sandbox, tmp_path, BROKERSPEC_CONFIRM="human", BROKERSPEC_TOKEN_TTL_SECONDS="60")
    async with connect(env=env, elicitation_callback=host, mode="legacy") as c:
        pv, placed = await preview(c, order())
        before = _creates(sandbox)
        result = await _place(c, placed, pv)
        assert host.task is not None
        await host.task
    assert seen["over_the_cap"] == b"" and seen["idle_dropped"] == [b""] * len(seen["idle_dropped"])
    assert (seen["rebound_host"], seen["twice"], seen["extra_field"], seen["short_body"]) == (
        403,
        403,
        403,
        b"",
    )
    assert seen["creates_before"] == before and seen["decline"] == 200
    assert result.is_error and '"human_declined"' in result.content[0].text
    assert _creates(sandbox) == before


async def test_a_host_that_never_answers_the_url_request_does_not_hold_the_call(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
    url_only_host: None,
) -> None:
    async def silent_host(context: Any, params: Any) -> mcp_types.ElicitResult:
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")

    env = sandbox_env(sandbox, tmp_path, BROKERSPEC_CONFIRM="human", BROKERSPEC_TOKEN_TTL_SECONDS="2")
    async with connect(env=env, elicitation_callback=silent_host, mode="legacy") as c:
        pv, placed = await preview(c, order())
        before = _creates(sandbox)
        result = await asyncio.wait_for(_place(c, placed, pv), 30)
    assert result.is_error and "expired" in result.content[0].text
    assert _creates(sandbox) == before


async def test_url_page_expires_with_the_token(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
    url_only_host: None,
) -> None:
    host = Browser(None)  # the person never answers
    env = sandbox_env(sandbox, tmp_path, BROKERSPEC_CONFIRM="human", BROKERSPEC_TOKEN_TTL_SECONDS="2")
    async with connect(env=env, elicitation_callback=host, mode="legacy") as c:
        pv, placed = await preview(c, order())
        before = _creates(sandbox)
        result = await _place(c, placed, pv)
        async with httpx.AsyncClient() as browser:
            late = await browser.get(host.urls[0])
    assert (
        result.is_error
        and '"human_declined"' in result.content[0].text
        and "expired" in result.content[0].text
    )
    assert late.status_code == 410
    assert _creates(sandbox) == before


# --- amend: the same human under `human` ---------------------------------------------------------------------------


async def test_amend_needs_the_human_under_human_policy(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    answers = [YES, NO, YES]

    async def callback(context: Any, params: Any) -> mcp_types.ElicitResult:
        return answers.pop(0)

    async with connect(elicitation_callback=callback) as c:
        pv, placed = await preview(c, order(price="0.10"))
        placement = await c.ok(
            "kalshi_place_orders", {"orders": placed, "preview_token": pv["preview_token"]}
        )
        order_id = placement["results"][0]["order_id"]
        amend = {"order_id": order_id, "ticker": "KXDEMO-26-B", "action": "buy", "side": "yes", "count": 2}
        first = await c.ok("kalshi_amend_order", {**amend, "price": "0.11"})
        declined = await c.error(
            "kalshi_amend_order",
            {**amend, "price": "0.11", "preview_token": first["preview"]["preview_token"]},
        )
        second = await c.ok("kalshi_amend_order", {**amend, "price": "0.12"})
        done = await c.ok(
            "kalshi_amend_order",
            {**amend, "price": "0.12", "preview_token": second["preview"]["preview_token"]},
        )
    assert declined["code"] == "human_declined"
    assert done["result"]["outcome"] == "placed"
    amends = [
        e
        for e in audit_lines(tmp_path)
        if e["event"] == "write_attempt" and e["operation"] == "amend_order_v2"
    ]
    assert [e["channel"] for e in amends] == ["form"]


async def test_amend_without_a_channel_is_refused(
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    service = Service(env=sandbox_env(sandbox, tmp_path, BROKERSPEC_CONFIRM="human"))
    try:
        async with held_client(service, elicitation_callback=_answer(YES)) as asking:
            pv, placed = await preview(asking, order(price="0.10"))
            placement = await asking.ok(
                "kalshi_place_orders", {"orders": placed, "preview_token": pv["preview_token"]}
            )
        order_id = placement["results"][0]["order_id"]
        amend = {"order_id": order_id, "ticker": "KXDEMO-26-B", "action": "buy", "side": "yes", "count": 2}
        async with held_client(service) as silent:
            first = await silent.ok("kalshi_amend_order", {**amend, "price": "0.11"})
            result = await silent.call(
                "kalshi_amend_order",
                {**amend, "price": "0.11", "preview_token": first["preview"]["preview_token"]},
            )
    finally:
        service.close()
    assert result.is_error and '"human_confirmation_required"' in result.content[0].text
    assert "http" not in result.content[0].text
    refused = [e for e in audit_lines(tmp_path) if e["event"] == "write_refused"]
    assert [(e["operation"], e["error_code"]) for e in refused] == [
        ("amend_order_v2", "human_confirmation_required")
    ]


async def test_amend_through_the_url_page(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
    url_only_host: None,
) -> None:
    pages: list[str] = []

    async def person(url: str) -> None:
        async with httpx.AsyncClient() as browser:
            page = await browser.get(url)
            pages.append(page.text)
            assert (await _post(browser, url, csrf=_csrf(page.text), decision="approve")).status_code == 200

    host = Browser(person)
    async with connect(elicitation_callback=host, mode="legacy") as c:
        pv, placed = await preview(c, order(price="0.10"))
        placement = await c.ok(
            "kalshi_place_orders", {"orders": placed, "preview_token": pv["preview_token"]}
        )
        amend = {
            "order_id": placement["results"][0]["order_id"],
            "ticker": "KXDEMO-26-B",
            "action": "buy",
            "side": "yes",
            "count": 2,
            "price": "0.12",
        }
        first = await c.ok("kalshi_amend_order", amend)
        done = await c.call(
            "kalshi_amend_order", {**amend, "preview_token": first["preview"]["preview_token"]}
        )
    assert not done.is_error, done.content[0].text
    assert len(host.urls) == 2 and host.urls[1] not in _text(done)
    assert "Amend order" in pages[1] and "Buy 2 YES at $0.12" in pages[1]
    attempts = [e for e in audit_lines(tmp_path) if e["event"] == "write_attempt"]
    assert [(e["operation"], e["channel"]) for e in attempts] == [
        ("create_order_v2", "url"),
        ("amend_order_v2", "url"),
    ]


def test_the_page_server_costs_nothing_at_start_up() -> None:
    """Start-up stays lean: neither the page module nor http.server loads with the MCP server."""
    import subprocess
    import sys

    code = (
        "import sys, brokerspec.app.server as s; s.build_server(); "
        "print('brokerspec.app.confirm_page' in sys.modules, 'http.server' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
