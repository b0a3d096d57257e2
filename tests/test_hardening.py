"""What outside probing found, as specifications: identifiers never change the route, the daily ledger
cannot be walked around, results stay bounded, and the human is only asked about an order that passes.

Everything goes through a real MCP client against the sandbox; "nothing was sent" is read from the
sandbox's own request log, not from our code.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import mcp_types
import pytest
from brokerspec import errors
from brokerspec.app import results
from brokerspec.app.service import Service
from brokerspec.brokers.kalshi.adapter import KalshiBroker
from brokerspec.sandbox.server import SandboxServer
from server_helpers import (
    CREATE_V2,
    Checked,
    held_client,
    order,
    preview,
    preview_and_place,
    sandbox,  # noqa: F401  (module fixture)
    sandbox_env,
)

Connect = Callable[..., Any]

HOSTILE_IDS = [".", "..", "", "a/b", "%2F", "?x", "#x", "a b", "x\n", "é", "x" * 65, "../orders"]
# names of sibling endpoints: `/portfolio/orders/queue_positions` is not an order
HOSTILE_IDS += ["queue_positions", "batched", "Batched", "create", "amend", "reset"]


@pytest.fixture
def connect(sandbox: SandboxServer, tmp_path: Path) -> Connect:  # noqa: F811
    @asynccontextmanager
    async def go(**extra: Any) -> AsyncIterator[Checked]:
        client_kwargs = {k: extra.pop(k) for k in list(extra) if k.endswith("_callback")}
        service = Service(env=sandbox_env(sandbox, tmp_path, **extra))
        try:
            async with held_client(service, **client_kwargs) as c:
                yield c
        finally:
            service.close()

    return go


def _sent(sandbox: SandboxServer) -> list[Any]:  # noqa: F811
    """Broker traffic the sandbox saw (its own request log)."""
    return [r for r in sandbox.requests if not r.path.startswith("/_sandbox")]


# --- 1. identifiers never change the route ------------------------------------------------------------

PATH_CALLS: list[tuple[str, Callable[[str], dict[str, Any]]]] = [
    ("kalshi_get_order", lambda v: {"order_id": v}),
    ("kalshi_cancel_orders", lambda v: {"order_ids": [v]}),
    ("kalshi_cancel_orders", lambda v: {"order_ids": ["ok-1", v]}),
    ("kalshi_decrease_order", lambda v: {"order_id": v, "reduce_by": 1}),
    (
        "kalshi_amend_order",
        lambda v: {
            "order_id": v,
            "ticker": "KXDEMO-26-B",
            "action": "buy",
            "side": "yes",
            "price": "0.2",
            "count": 2,
        },
    ),
    ("kalshi_get_order_groups", lambda v: {"order_group_id": v}),
    ("kalshi_manage_order_group", lambda v: {"action": "delete", "order_group_id": v}),
    ("kalshi_manage_order_group", lambda v: {"action": "reset", "order_group_id": v}),
]


@pytest.mark.parametrize("value", HOSTILE_IDS, ids=repr)
@pytest.mark.parametrize(
    ("tool", "args"), PATH_CALLS, ids=[f"{t}-{i}" for i, (t, _) in enumerate(PATH_CALLS)]
)
async def test_a_hostile_path_id_is_refused_and_nothing_is_sent(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tool: str,
    args: Callable[[str], dict[str, Any]],
    value: str,
) -> None:
    async with connect() as c:
        sandbox.requests.clear()
        error = await c.error(tool, args(value))
        assert _sent(sandbox) == []
    assert error["code"] == "invalid_argument", error
    assert error["retry_safe"] is False


async def test_cancel_of_dot_does_not_cancel_everything(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
) -> None:
    async with connect() as c:
        placement = await preview_and_place(c, order())
        resting_id = placement["results"][0]["order_id"]
        error = await c.error("kalshi_cancel_orders", {"order_ids": ["."]})
        still = await c.ok("kalshi_get_order", {"order_id": resting_id})
    assert error["code"] == "invalid_argument"
    assert still["status"] == "resting"
    assert not [r for r in sandbox.requests if r.method == "DELETE"]


@pytest.mark.parametrize("value", ["..", ".", "", "a/b", "x" * 65, "?x=1", "A B"], ids=repr)
async def test_a_hostile_ticker_is_refused_before_any_request(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    value: str,
) -> None:
    async with connect() as c:
        sandbox.requests.clear()
        errors_seen = [
            await c.error("kalshi_list_orders", {"ticker": value}),
            await c.error("kalshi_list_fills", {"ticker": value}),
            await c.error("kalshi_preview_orders", {"orders": [order(ticker=value)]}),
        ]
        assert _sent(sandbox) == []
    assert {e["code"] for e in errors_seen} == {"invalid_argument"}


@pytest.mark.parametrize("ticker", ["KXFED-26DEC-T4.25", "KXHIGHNY-26DEC01-T45.5"])
async def test_real_tickers_with_dots_are_accepted_and_sent_encoded_in_the_query(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    ticker: str,
) -> None:
    async with connect() as c:
        sandbox.requests.clear()
        page = await c.ok("kalshi_list_orders", {"ticker": ticker})
    assert page["items"] == []
    (request,) = _sent(sandbox)
    assert request.path.endswith("/portfolio/orders")
    assert f"ticker={ticker}" in request.query


@pytest.mark.parametrize(
    ("args", "what"),
    [
        ({"cursor": "a&limit=1000"}, "cursor"),
        ({"cursor": "x" * 1025}, "cursor"),
        ({"event_ticker": "A,,B"}, "event_ticker"),
        ({"event_ticker": ",".join(["E"] * 21)}, "event_ticker"),
    ],
)
async def test_query_values_are_bounded_and_of_their_form(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    args: dict[str, Any],
    what: str,
) -> None:
    async with connect() as c:
        sandbox.requests.clear()
        error = await c.error("kalshi_list_orders", args)
        assert _sent(sandbox) == []
    assert error["code"] == "invalid_argument" and what in error["message"]


async def test_the_adapter_refuses_a_dot_id_for_a_python_caller(sandbox: SandboxServer) -> None:  # noqa: F811
    from brokerspec.clients import kalshi_client
    from brokerspec.config import read_settings

    settings = read_settings(sandbox.environment())
    assert settings.kalshi is not None
    broker = KalshiBroker(kalshi_client(settings.kalshi), "sandbox")
    sandbox.requests.clear()
    for call in (
        lambda: broker.cancel_order("."),
        lambda: broker.order(".."),
        lambda: broker.decrease_order("a/b", reduce_by=1),
        lambda: broker.delete_order_group(""),
        lambda: broker.batch_cancel(["ok", "."]),
        lambda: broker.orders(ticker=".."),
    ):
        with pytest.raises(errors.InvalidArgument):
            await call()
    assert _sent(sandbox) == []


# --- 2. the daily ledger cannot be walked around -------------------------------------------------------


async def _spent(c: Checked) -> Decimal:
    return Decimal((await c.ok("capabilities"))["limits"]["spent_today_dollars"])


async def _amend(c: Checked, order_id: str, **changes: Any) -> dict[str, Any]:
    args = {"order_id": order_id, "ticker": "KXDEMO-26-B", "action": "buy", "side": "yes", **changes}
    pv = await c.ok("kalshi_amend_order", args)
    token = pv["preview"]["preview_token"]
    assert token, pv["preview"]["next_step"]
    return await c.ok("kalshi_amend_order", {**args, "preview_token": token})


async def test_an_amend_books_its_increase_and_never_books_down(connect: Connect) -> None:
    async with connect() as c:
        placement = await preview_and_place(c, order(count=2, price="0.20"))
        oid = placement["results"][0]["order_id"]
        after_place = await _spent(c)
        await _amend(c, oid, count=10, price="0.30")
        after_up = await _spent(c)
        await _amend(c, oid, count=2, price="0.10")
        after_down = await _spent(c)
    # 10 contracts at $0.30 cost at least $3.00 before fees; 2 at $0.20 about $0.40
    assert after_place < Decimal("0.50")
    assert after_up >= Decimal("3.00")
    assert after_down == after_up


async def test_an_amend_cannot_lift_exposure_past_the_daily_limit(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
) -> None:
    async with connect(BROKERSPEC_MAX_DAILY_DOLLARS="4") as c:
        placement = await preview_and_place(c, order(count=2, price="0.20"))
        oid = placement["results"][0]["order_id"]
        await _amend(c, oid, count=10, price="0.30")  # about $3.1 worst case: within $4
        # Before the fix the amend was never booked, so this $2 order passed and exposure reached $5.
        pv, _ = await preview(c, order(count=10, price="0.20"))
    assert pv["preview_token"] is None
    assert not pv["all_limits_pass"]


async def test_a_repeated_client_order_id_keeps_the_live_orders_booking(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
) -> None:
    async with connect() as c:
        first = await preview_and_place(c, order(count=5, price="0.20"))
        assert first["results"][0]["outcome"] == "placed"
        coid = first["results"][0]["client_order_id"]
        booked = await _spent(c)
        again = await preview_and_place(c, order(count=5, price="0.20", client_order_id=coid))
        after = await _spent(c)
    (result,) = again["results"]
    assert result["outcome"] == "rejected"
    assert "already exists" in result["error"]["suggestion"]
    assert after == booked > Decimal("1.00")


_NO_FUNDS = '{"error": {"code": "insufficient_balance", "message": "insufficient balance"}}'


async def _place_under(c: Checked, sandbox: SandboxServer, rule: dict[str, Any]) -> dict[str, Any]:  # noqa: F811
    pv, placed = await preview(c, order(count=2, price="0.20"))
    sandbox.faults.add({"method": "POST", "path": CREATE_V2, "times": 1, **rule})
    try:
        return await c.ok("kalshi_place_orders", {"orders": placed, "preview_token": pv["preview_token"]})
    finally:
        sandbox.faults.clear()


async def test_an_order_the_exchange_refused_releases_its_booking(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
) -> None:
    # a 400 is the exchange's refusal before execution: proof, so the booking goes
    async with connect() as c:
        placement = await _place_under(c, sandbox, {"kind": "error", "status": 400, "body": _NO_FUNDS})
        spent = await _spent(c)
    assert placement["results"][0]["outcome"] == "rejected"
    assert spent == Decimal("0")


@pytest.mark.parametrize("status", [500, 503, 504])
async def test_a_5xx_on_create_is_uncertain_and_keeps_its_booking(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    status: int,
) -> None:
    async with connect() as c:
        placement = await _place_under(c, sandbox, {"kind": "error", "status": status})
        spent = await _spent(c)
    (result,) = placement["results"]
    # the fault answers before the exchange sees the order, so the lookup misses: still uncertain
    assert result["outcome"] == "uncertain" and result["order_id"] is None
    assert result["error"]["suggestion"].startswith("do not resend")
    assert result["error"]["retry_safe"] is False
    assert spent > Decimal("0.40")


async def test_an_answer_lost_after_execution_keeps_its_booking(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
) -> None:
    async with connect() as c:
        pv, placed = await preview(c, order(count=2, price="0.20"))
        sandbox.faults.add({"kind": "drop_after", "method": "POST", "path": CREATE_V2, "times": 1})
        try:
            placement = await c.ok(
                "kalshi_place_orders", {"orders": placed, "preview_token": pv["preview_token"]}
            )
        finally:
            sandbox.faults.clear()
        spent = await _spent(c)
    assert placement["results"][0]["outcome"] == "placed"
    assert spent > Decimal("0.40")


async def test_an_unwritable_audit_log_refuses_and_books_nothing(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    async with connect() as c:
        (tmp_path / "audit.sandbox.jsonl").mkdir()  # the disk goes bad after start-up
        pv, placed = await preview(c, order())
        sandbox.requests.clear()
        error = await c.error("kalshi_place_orders", {"orders": placed, "preview_token": pv["preview_token"]})
        assert not [r for r in _sent(sandbox) if r.method == "POST"]
        spent = await _spent(c)
    assert error["code"] == "audit_unavailable"
    assert spent == Decimal("0")


# --- 5. bounded results ------------------------------------------------------------------------------------


async def test_a_preview_too_large_to_show_issues_no_token(
    connect: Connect, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(results, "MAX_RESULT_CHARS", 4000)
    async with connect() as c:
        result = await c.client.call_tool(
            "kalshi_preview_orders", {"orders": [order(count=1, price="0.10") for _ in range(20)]}
        )
    assert not result.is_error
    text = result.content[0].text
    assert len(text) <= 4000
    assert result.structured_content["preview_token"] is None
    assert len(result.structured_content["orders"]) < 20
    assert "no preview token" in text.splitlines()[0]


async def test_an_oversized_string_is_refused_without_echoing_it(connect: Connect) -> None:
    huge = "A" * 1_000_000
    async with connect() as c:
        result = await c.client.call_tool("kalshi_place_orders", {"orders": [order()], "preview_token": huge})
    assert result.is_error
    assert len(result.content[0].text) < 2000
    assert "invalid_argument" in result.content[0].text


# --- 7. the human is asked only about an order that passes ----------------------------------------------


def _recording(answer: mcp_types.ElicitResult) -> Any:
    asked: list[str] = []

    async def callback(context: Any, params: Any) -> mcp_types.ElicitResult:
        asked.append(params.message)
        return answer

    callback.asked = asked  # type: ignore[attr-defined]
    return callback


YES = mcp_types.ElicitResult(action="accept", content={"confirm": True})


async def test_a_bad_token_is_refused_without_asking_the_human(connect: Connect) -> None:
    callback = _recording(YES)
    async with connect(elicitation_callback=callback) as c:
        pv, placed = await preview(c, order())
        token = pv["preview_token"]
        tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
        error = await c.error("kalshi_place_orders", {"orders": placed, "preview_token": tampered})
        # the good token was not used up by the failed attempt
        ok = await c.ok("kalshi_place_orders", {"orders": placed, "preview_token": token})
    assert error["code"] == "token_invalid"
    assert ok["results"][0]["outcome"] == "placed"
    assert len(callback.asked) == 1  # only for the order that passed


async def test_an_order_over_the_daily_limit_is_refused_without_asking(connect: Connect) -> None:
    callback = _recording(YES)
    async with connect(elicitation_callback=callback, BROKERSPEC_MAX_DAILY_DOLLARS="3") as c:
        pv1, placed1 = await preview(c, order(count=8, price="0.20"))
        pv2, placed2 = await preview(c, order(count=8, price="0.20"))
        first = await c.ok("kalshi_place_orders", {"orders": placed1, "preview_token": pv1["preview_token"]})
        error = await c.error(
            "kalshi_place_orders", {"orders": placed2, "preview_token": pv2["preview_token"]}
        )
    assert first["results"][0]["outcome"] == "placed"
    assert error["code"] == "limit_exceeded"
    assert len(callback.asked) == 1


async def test_read_only_refuses_without_asking(connect: Connect, sandbox: SandboxServer) -> None:  # noqa: F811
    callback = _recording(YES)
    async with connect(elicitation_callback=callback, BROKERSPEC_TRADING="0") as c:
        error = await c.error(
            "kalshi_place_orders",
            {
                "orders": [order(client_order_id="bs-x")],
                "preview_token": "bst1.1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA",
            },
        )
    assert error["code"] == "read_only"
    assert callback.asked == []


@pytest.mark.parametrize("bad", ["\u202e", "\x1b[2J", "\x00", "\u200b", "\n", "\r", "\u2028"])
def test_text_shown_to_the_human_has_no_control_or_bidi_characters(bad: str) -> None:
    shown = results.plain_text(f"Place {bad}KXDEMO-26-B{bad} buy 2 YES")
    assert bad not in shown
    assert "KXDEMO-26-B" in shown


# --- 6. sandbox play never touches real state -----------------------------------------------------------


async def test_sandbox_orders_never_count_against_a_real_day_nor_reach_the_real_audit_log(
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    play = Service(env=sandbox_env(sandbox, tmp_path))
    try:
        async with held_client(play) as c:
            placement = await preview_and_place(c, order(count=5, price="0.20"))
            played = await _spent(c)
    finally:
        play.close()
    assert placement["results"][0]["outcome"] == "placed" and played > Decimal("1")
    # The same state directory and audit setting, now labelled demo (no sandbox flag): a real day.
    real_env = {k: v for k, v in sandbox_env(sandbox, tmp_path).items() if k != "BROKERSPEC_SANDBOX"}
    real = Service(env=real_env)
    try:
        async with held_client(real) as c:
            caps = await c.ok("capabilities")
    finally:
        real.close()
    assert {b["broker"]: b.get("environment") for b in caps["brokers"]}["kalshi"] == "demo"
    assert Decimal(caps["limits"]["spent_today_dollars"]) == 0
    assert not (tmp_path / "audit.jsonl").exists() and not (tmp_path / "audit.demo.jsonl").exists()
    assert (tmp_path / "audit.sandbox.jsonl").read_text().count("write_attempt") == 1
    assert not (tmp_path / "state" / "brokerspec.sqlite3").exists()
    assert (tmp_path / "state" / "brokerspec.sandbox.sqlite3").exists()


@pytest.mark.parametrize("cursor", ["-1", "abc", "1e3", "9" * 30])
async def test_a_local_cursor_this_server_did_not_return_is_refused(connect: Connect, cursor: str) -> None:
    async with connect() as c:
        error = await c.error("get_holdings", {"broker": "wealthy", "cursor": cursor})
    assert error["code"] in ("invalid_cursor", "invalid_argument")
    assert cursor not in error["message"]  # never echoed
