"""Safety through the MCP server: modes, the live switch, limits, preview tokens, human confirmation
(elicitation), reconciliation of lost answers, and the audit trail — all via a real MCP client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import mcp_types
import pytest
from brokerspec.app.service import Service
from brokerspec.policy.gate import SafetyGate
from brokerspec.sandbox.server import SandboxServer
from brokerspec.settings.safety import read_safety
from server_helpers import (
    CREATE_V2,
    Checked,
    audit_lines,
    audit_text,
    base_env,
    held_client,
    order,
    preview,
    preview_and_place,
    sandbox,  # noqa: F401  (module fixture)
    sandbox_env,
)

Connect = Callable[..., Any]


@pytest.fixture
def connect(sandbox: SandboxServer, tmp_path: Path) -> Connect:  # noqa: F811
    """`async with connect(**env_overrides) as c:` — a Service on the module's sandbox, fresh state."""

    @asynccontextmanager
    async def go(
        env: dict[str, str] | None = None, gate: SafetyGate | None = None, **client_kwargs: Any
    ) -> AsyncIterator[Checked]:
        full = env if env is not None else sandbox_env(sandbox, tmp_path)
        service = Service(env=full, gate=gate)
        try:
            async with held_client(service, **client_kwargs) as c:
                yield c
        finally:
            service.close()

    return go


def _refused(tmp_path: Path, code: str, environment: str = "sandbox") -> list[dict[str, Any]]:
    lines = audit_lines(tmp_path, environment)
    return [e for e in lines if e["event"] == "write_refused" and e["error_code"] == code]


def _creates(sandbox: SandboxServer) -> int:  # noqa: F811
    return sandbox.faults.count("POST", CREATE_V2)


# --- read-only mode --------------------------------------------------------------------------------


@pytest.fixture
def read_only_env(sandbox: SandboxServer, tmp_path: Path) -> dict[str, str]:  # noqa: F811
    env = sandbox_env(sandbox, tmp_path)
    del env["BROKERSPEC_TRADING"]
    return env


async def test_read_only_preview_has_no_token(connect: Connect, read_only_env: dict[str, str]) -> None:
    async with connect(read_only_env) as c:
        pv, _ = await preview(c, order())
    assert pv["writes_allowed"] is False
    assert pv["preview_token"] is None
    assert pv["all_limits_pass"] is True


@pytest.mark.parametrize(
    ("tool", "args"),
    [
        ("kalshi_place_orders", {"orders": [order(client_order_id="bs-x")], "preview_token": "bst1.1.a.b"}),
        ("kalshi_cancel_orders", {"order_ids": ["some-order"]}),
        ("kalshi_decrease_order", {"order_id": "some-order", "reduce_to": 0}),
        ("kalshi_manage_order_group", {"action": "create", "contracts_limit": 5}),
    ],
)
async def test_read_only_refuses_writes(
    connect: Connect, read_only_env: dict[str, str], tmp_path: Path, tool: str, args: dict[str, Any]
) -> None:
    async with connect(read_only_env) as c:
        error = await c.error(tool, args)
        caps = await c.ok("capabilities")
    assert error["code"] == "read_only"
    assert error["retry_safe"] is False
    assert caps["mode"] == "read_only"
    assert len(_refused(tmp_path, "read_only")) == 1


# --- the live switch -------------------------------------------------------------------------------


def _production_env(sandbox: SandboxServer, tmp_path: Path, **extra: str) -> dict[str, str]:  # noqa: F811
    """Kalshi labelled production (no sandbox flag); the URL is still loopback, so nothing leaves."""
    return {
        **sandbox.environment(),
        "BROKERSPEC_KALSHI_ENV": "production",
        "BROKERSPEC_TRADING": "1",
        **base_env(tmp_path),
        **extra,
    }


async def test_production_without_allow_live_is_refused(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    before = _creates(sandbox)
    async with connect(_production_env(sandbox, tmp_path)) as c:
        caps = await c.ok("capabilities")
        pv, placed = await preview(c, order())
        error = await c.error("kalshi_place_orders", {"orders": placed, "preview_token": "bst1.1.a.b"})
        cancel = await c.error("kalshi_cancel_orders", {"order_ids": ["x"]})
    kalshi = next(b for b in caps["brokers"] if b["broker"] == "kalshi")
    assert (kalshi["environment"], kalshi["writes_allowed"]) == ("production", False)
    assert caps["live_trading_allowed"] is False
    assert pv["preview_token"] is None and pv["writes_allowed"] is False
    assert error["code"] == "live_not_allowed" and error["retry_safe"] is False
    assert cancel["code"] == "live_not_allowed"
    assert _creates(sandbox) == before
    assert len(_refused(tmp_path, "live_not_allowed", "production")) == 2


async def test_production_with_allow_live_places(
    connect: Connect,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    env = _production_env(sandbox, tmp_path, BROKERSPEC_ALLOW_LIVE="1")
    # production: only a person confirms (BROKERSPEC_CONFIRM's default there), here through a form
    yes = _elicit(mcp_types.ElicitResult(action="accept", content={"confirm": True}))
    async with connect(env, elicitation_callback=yes) as c:
        caps = await c.ok("capabilities")
        placement = await preview_and_place(c, order())
    assert caps["live_trading_allowed"] is True
    assert caps["confirm"] == "human" and caps["confirm_channels"][0] == "form"
    assert placement["environment"] == "production" and placement["human_confirmed"] is True
    assert placement["results"][0]["outcome"] == "placed"


# --- limits ----------------------------------------------------------------------------------------


def _check(pv: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in pv["limit_checks"] if c["name"] == name)


async def test_max_contracts_refused_at_preview(connect: Connect, sandbox, tmp_path: Path) -> None:  # noqa: F811
    async with connect(sandbox_env(sandbox, tmp_path, BROKERSPEC_MAX_ORDER_CONTRACTS="10")) as c:
        pv, _ = await preview(c, order(count=11))
    assert pv["preview_token"] is None and pv["all_limits_pass"] is False
    assert _check(pv, "max_order_contracts") == {
        "name": "max_order_contracts",
        "limit": "10",
        "value": "11",
        "unit": "contracts",
        "passed": False,
    }


async def test_max_order_dollars_refused_at_preview(connect: Connect, sandbox, tmp_path: Path) -> None:  # noqa: F811
    async with connect(sandbox_env(sandbox, tmp_path, BROKERSPEC_MAX_ORDER_DOLLARS="5")) as c:
        # buy 20 YES at $0.30 on a whole-contract quadratic×1 market (the preview reads it): fills of 1 contract,
        # 20 × (0.30 + fee ceil(0.07 × 0.30 × 0.70 = 0.0147)) = 6.2940 > 5
        pv, _ = await preview(c, order(count=20, price="0.30"))
    assert pv["preview_token"] is None
    check = _check(pv, "max_order_dollars")
    assert (check["value"], check["passed"]) == ("6.2940", False)
    assert _check(pv, "max_order_contracts")["passed"] is True


async def test_ticker_allowlist_refused_at_preview(connect: Connect, sandbox, tmp_path: Path) -> None:  # noqa: F811
    async with connect(sandbox_env(sandbox, tmp_path, BROKERSPEC_TICKER_ALLOWLIST="KXDEMO-26-A")) as c:
        pv, _ = await preview(c, order(ticker="KXDEMO-26-B"))
        allowed, _ = await preview(c, order(ticker="KXDEMO-26-A", price="0.10"))
    assert pv["preview_token"] is None and _check(pv, "ticker_allowlist")["passed"] is False
    assert allowed["preview_token"] is not None


# buy 10 YES at $0.20 on KXDEMO-26-B (whole contracts, quadratic × 1): 10 × (0.20 + fee 0.07 × 0.2 × 0.8 = 0.0112)
# = 2.1120 worst case each.
_TEN_AT_20 = order(count=10, price="0.20")


async def test_daily_limit_counts_earlier_placements_at_preview(
    connect: Connect,
    sandbox,  # noqa: F811
    tmp_path: Path,
) -> None:
    async with connect(sandbox_env(sandbox, tmp_path, BROKERSPEC_MAX_DAILY_DOLLARS="5")) as c:
        await preview_and_place(c, _TEN_AT_20)
        await preview_and_place(c, _TEN_AT_20)  # 4.2240 spent
        third, _ = await preview(c, _TEN_AT_20)  # 6.3360 > 5
        caps = await c.ok("capabilities")
    assert caps["limits"]["spent_today_dollars"] == "4.2240"
    assert third["preview_token"] is None
    assert _check(third, "max_daily_dollars") == {
        "name": "max_daily_dollars",
        "limit": "5.0000",
        "value": "6.3360",
        "unit": "USD",
        "passed": False,
    }


async def test_daily_limit_refuses_place_after_another_placement(
    connect: Connect,
    sandbox,  # noqa: F811
    tmp_path: Path,
) -> None:
    async with connect(sandbox_env(sandbox, tmp_path, BROKERSPEC_MAX_DAILY_DOLLARS="3")) as c:
        first, first_orders = await preview(c, _TEN_AT_20)  # 2.1120 ≤ 3: token
        second, second_orders = await preview(c, _TEN_AT_20)  # nothing spent yet: token too
        await c.ok("kalshi_place_orders", {"orders": first_orders, "preview_token": first["preview_token"]})
        before = _creates(sandbox)
        error = await c.error(
            "kalshi_place_orders", {"orders": second_orders, "preview_token": second["preview_token"]}
        )
    assert error["code"] == "limit_exceeded" and error["retry_safe"] is False
    assert _creates(sandbox) == before
    refused = _refused(tmp_path, "limit_exceeded")
    assert [e["client_order_id"] for e in refused] == [second_orders[0]["client_order_id"]]


# --- preview tokens --------------------------------------------------------------------------------


def _tamper(token: str) -> str:
    i = len(token) // 2
    return token[:i] + ("A" if token[i] != "A" else "B") + token[i + 1 :]


async def test_tampered_token_is_refused(connect: Connect, sandbox, tmp_path: Path) -> None:  # noqa: F811
    async with connect() as c:
        pv, placed = await preview(c, order())
        before = _creates(sandbox)
        error = await c.error(
            "kalshi_place_orders", {"orders": placed, "preview_token": _tamper(pv["preview_token"])}
        )
    assert error["code"] == "token_invalid" and error["retry_safe"] is False
    assert _creates(sandbox) == before
    assert len(_refused(tmp_path, "token_invalid")) == 1


async def test_reused_token_is_refused(connect: Connect, sandbox, tmp_path: Path) -> None:  # noqa: F811
    async with connect() as c:
        pv, placed = await preview(c, order())
        args = {"orders": placed, "preview_token": pv["preview_token"]}
        await c.ok("kalshi_place_orders", args)
        before = _creates(sandbox)
        error = await c.error("kalshi_place_orders", args)
    assert error["code"] == "token_reused"
    assert _creates(sandbox) == before
    assert len(_refused(tmp_path, "token_reused")) == 1


async def test_expired_token_is_refused(connect: Connect, sandbox, tmp_path: Path) -> None:  # noqa: F811
    env = sandbox_env(sandbox, tmp_path)
    now = [1_800_000_000.0]
    gate = SafetyGate(read_safety(env), clock=lambda: now[0])
    async with connect(env, gate=gate) as c:
        pv, placed = await preview(c, order())
        now[0] += 301  # default TTL 300 s
        error = await c.error("kalshi_place_orders", {"orders": placed, "preview_token": pv["preview_token"]})
    assert error["code"] == "token_expired"
    assert len(_refused(tmp_path, "token_expired")) == 1


@pytest.mark.parametrize(
    "change",
    [{"count": 3}, {"price": "0.21"}, {"client_order_id": "bs-someone-elses-id"}],
    ids=["count", "price", "client_order_id"],
)
async def test_changed_order_is_refused(
    connect: Connect,
    sandbox,  # noqa: F811
    tmp_path: Path,
    change: dict[str, Any],
) -> None:
    async with connect() as c:
        pv, placed = await preview(c, order())
        before = _creates(sandbox)
        error = await c.error(
            "kalshi_place_orders", {"orders": [{**placed[0], **change}], "preview_token": pv["preview_token"]}
        )
    assert error["code"] == "order_changed"
    assert _creates(sandbox) == before
    assert len(_refused(tmp_path, "order_changed")) == 1


async def test_place_without_client_order_id_is_refused(connect: Connect) -> None:
    async with connect() as c:
        pv, _ = await preview(c, order())
        error = await c.error(
            "kalshi_place_orders", {"orders": [order()], "preview_token": pv["preview_token"]}
        )
    assert error["code"] == "client_order_id_required"


# --- the audit trail of a placement --------------------------------------------------------------------


async def test_placement_audited_attempt_then_result_without_secrets(
    connect: Connect,
    sandbox,  # noqa: F811
    tmp_path: Path,
) -> None:
    async with connect() as c:
        placement = await preview_and_place(c, order())
    coid = placement["results"][0]["client_order_id"]
    events = [(e["event"], e["client_order_id"]) for e in audit_lines(tmp_path)]
    assert events == [("write_attempt", coid), ("write_result", coid)]
    result = audit_lines(tmp_path)[1]
    assert result["outcome"] == "placed" and result["order_id"] == placement["results"][0]["order_id"]
    text = audit_text(tmp_path)
    for secret in ("PRIVATE KEY", "KALSHI-ACCESS-SIGNATURE", "KALSHI-ACCESS-KEY", "-----BEGIN"):
        assert secret.lower() not in text.lower()
    assert sandbox.environment()["BROKERSPEC_KALSHI_KEY_ID"] not in text


async def test_batch_placement_audits_each_order(connect: Connect, tmp_path: Path) -> None:
    async with connect() as c:
        placement = await preview_and_place(c, order(price="0.10"), order(price="0.11"))
    coids = [r["client_order_id"] for r in placement["results"]]
    attempts = [e["client_order_id"] for e in audit_lines(tmp_path) if e["event"] == "write_attempt"]
    results = [e["client_order_id"] for e in audit_lines(tmp_path) if e["event"] == "write_result"]
    assert attempts == coids and results == coids


# --- human confirmation (elicitation) -------------------------------------------------------------------


def _elicit(result: mcp_types.ElicitResult) -> Any:
    asked: list[str] = []

    async def callback(context: Any, params: Any) -> mcp_types.ElicitResult:
        asked.append(params.message)
        return result

    callback.asked = asked  # type: ignore[attr-defined]
    return callback


async def test_human_confirms_through_elicitation(connect: Connect) -> None:
    callback = _elicit(mcp_types.ElicitResult(action="accept", content={"confirm": True}))
    async with connect(elicitation_callback=callback) as c:
        placement = await preview_and_place(c, order(side="no", price="0.80"))
    assert placement["human_confirmed"] is True
    assert placement["results"][0]["outcome"] == "placed"
    # buy NO at 0.80 is shown to the human as its YES-book mapping: ask at 0.20
    assert len(callback.asked) == 1 and "KXDEMO-26-B" in callback.asked[0]


@pytest.mark.parametrize(
    "answer",
    [
        mcp_types.ElicitResult(action="decline"),
        mcp_types.ElicitResult(action="cancel"),
        mcp_types.ElicitResult(action="accept", content={"confirm": False}),
    ],
    ids=["decline", "cancel", "confirm-false"],
)
async def test_human_declining_refuses_and_sends_nothing(
    connect: Connect,
    sandbox,  # noqa: F811
    tmp_path: Path,
    answer: mcp_types.ElicitResult,
) -> None:
    async with connect(elicitation_callback=_elicit(answer)) as c:
        pv, placed = await preview(c, order())
        before = _creates(sandbox)
        error = await c.error("kalshi_place_orders", {"orders": placed, "preview_token": pv["preview_token"]})
        orders = await c.ok("kalshi_list_orders", {"ticker": "KXDEMO-26-B", "limit": 100})
    assert error["code"] == "human_declined"
    assert _creates(sandbox) == before
    assert placed[0]["client_order_id"] not in {o.get("client_order_id") for o in orders["items"]}
    assert len(_refused(tmp_path, "human_declined")) == 1


async def test_without_elicitation_human_confirmed_is_null(connect: Connect) -> None:
    async with connect() as c:
        placement = await preview_and_place(c, order())
    assert placement["human_confirmed"] is None
    assert placement["results"][0]["outcome"] == "placed"


# --- reconciliation of a lost answer ---------------------------------------------------------------------


@pytest.fixture
def faults(sandbox: SandboxServer):  # noqa: F811
    yield sandbox.faults
    sandbox.faults.clear()


async def test_answer_dropped_after_create_reconciles_to_placed(
    connect: Connect,
    sandbox,  # noqa: F811
    faults: Any,
    tmp_path: Path,
) -> None:
    async with connect() as c:
        pv, placed = await preview(c, order())
        before = _creates(sandbox)
        faults.add({"kind": "drop_after", "method": "POST", "path": CREATE_V2, "times": 1})
        placement = await c.ok(
            "kalshi_place_orders", {"orders": placed, "preview_token": pv["preview_token"]}
        )
        faults.clear()
        (result,) = placement["results"]
        assert result["outcome"] == "placed"
        assert result["error"]["code"] == "reconciled"
        assert _creates(sandbox) - before == 1
        found = await c.ok("kalshi_get_order", {"order_id": result["order_id"]})
    assert found["client_order_id"] == placed[0]["client_order_id"]
    audited = [e for e in audit_lines(tmp_path) if e["event"] == "write_result"]
    assert [e["outcome"] for e in audited] == ["placed"]


async def test_connection_dropped_before_create_stays_uncertain_and_booked(
    connect: Connect,
    sandbox,  # noqa: F811
    faults: Any,
) -> None:
    # From the client a drop before execution looks exactly like a lost answer: a lookup that misses
    # proves nothing (the exchange may still take the order), so the outcome stays uncertain and the
    # worst case stays booked against the day.
    async with connect() as c:
        pv, placed = await preview(c, order())
        before = _creates(sandbox)
        faults.add({"kind": "drop_before", "method": "POST", "path": CREATE_V2, "times": 1})
        placement = await c.ok(
            "kalshi_place_orders", {"orders": placed, "preview_token": pv["preview_token"]}
        )
        faults.clear()
        caps = await c.ok("capabilities")
    (result,) = placement["results"]
    assert result["outcome"] == "uncertain" and result["order_id"] is None
    assert _creates(sandbox) - before == 1
    assert "do not resend" in result["error"]["suggestion"]
    assert result["error"]["retry_safe"] is False
    # the reservation is kept: 2 contracts at $0.20 + fees, worst case
    assert Decimal(caps["limits"]["spent_today_dollars"]) > Decimal("0.40")
