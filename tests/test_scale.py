"""Three `serve --http --stateless` replicas behind a real HAProxy (round-robin, /healthz checks) on PostgreSQL and
Redis, against the sandbox exchange (Basic tier token buckets), with OAuth subjects. Shown, with the exchange's own
order book and request billing and the shared audit table as the oracles:

* concurrent agents preview on one replica and place on another: every intended order exactly once, with its
  audit lines;
* 50 concurrent placements of one preview token through the load balancer: exactly one order;
* two agents of one subject racing its daily limit: the exchange never holds more than the limit allows;
* one replica SIGKILLed mid-burst: no order doubled, every held order with its audit line, every intended order
  placed once or reported as failed/uncertain to its agent;
* the exchange never refused a request for the key's budget (no 429) and never billed more in any second than
  its bucket allows.

Bounded: a few minutes on two shared cores. Marked `scale`.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import signal
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from brokerspec.sandbox.server import SandboxServer
from remote_helpers import AuthServer, clean_env, free_port, haproxy, mcp_client, serving
from server_helpers import order, warmed_kalshi_auth
from store.services import postgres_server, redis_server

pytestmark = [pytest.mark.scale, pytest.mark.slow]

SUBJECT_LIMIT = Decimal("2.00")


class Cluster:
    def __init__(
        self, lb: str, replicas: list[Any], auth: AuthServer, resource: str, database_url: str
    ) -> None:
        self.lb, self.replicas, self.auth, self.resource = lb, replicas, auth, resource
        self.database_url = database_url

    def token(self, sub: str, scope: str = "brokerspec:read brokerspec:trade") -> str:
        return self.auth.mint(self.resource, sub=sub, scope=scope)

    def audit(self) -> list[dict[str, Any]]:
        import psycopg

        with psycopg.connect(self.database_url) as conn:
            rows = conn.execute("SELECT line FROM audit ORDER BY id").fetchall()
        return [json.loads(row[0]) for row in rows]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with SandboxServer(key_dir=tmp_path_factory.mktemp("keys"), rate_limit_tier="basic") as server:
        warmed_kalshi_auth(server)  # the exchange ready before the replicas start (see there)
        yield server


@pytest.fixture(scope="module")
def cluster(sandbox: SandboxServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    tmp_path = tmp_path_factory.mktemp("scale")
    with postgres_server() as pg, redis_server() as redis, AuthServer() as auth:
        # The resource URL is the load balancer's: every replica checks tokens are meant for it.
        lb_port = free_port()
        resource = f"http://127.0.0.1:{lb_port}/mcp"
        env = clean_env(
            tmp_path,
            **sandbox.environment(),
            BROKERSPEC_SANDBOX="1",
            BROKERSPEC_TRADING="1",
            BROKERSPEC_MAX_DAILY_DOLLARS="1000",
            BROKERSPEC_MAX_DAILY_DOLLARS_PER_SUBJECT=str(SUBJECT_LIMIT),
            BROKERSPEC_MAX_ORDER_DOLLARS="50",
            BROKERSPEC_DATABASE_URL=pg,
            BROKERSPEC_REDIS_URL=redis,
            BROKERSPEC_TOKEN_KEY=secrets.token_urlsafe(32),
            BROKERSPEC_OAUTH_ISSUER=auth.issuer,
            BROKERSPEC_OAUTH_RESOURCE_URL=resource,
        )
        with (
            serving(env, "--stateless", log=tmp_path / "r1.txt") as r1,
            serving(env, "--stateless", log=tmp_path / "r2.txt") as r2,
            serving(env, "--stateless", log=tmp_path / "r3.txt") as r3,
            haproxy([r.url for r in (r1, r2, r3)], tmp_path, port=lb_port) as lb,
        ):
            yield Cluster(lb, [r1, r2, r3], auth, resource, pg)


def _held(sandbox: SandboxServer, client_order_id: str) -> int:
    return sum(1 for o in list(sandbox.exchange.orders.values()) if o.client_order_id == client_order_id)


async def _preview(
    url: str, token: str, *orders: dict[str, Any]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    async with mcp_client(url, token) as client:
        result = await client.call_tool("kalshi_preview_orders", {"orders": list(orders)})
    data = result.structured_content
    assert data is not None and data["preview_token"], result.content[0].text
    placed = [
        {**o, "client_order_id": p["client_order_id"]} for o, p in zip(orders, data["orders"], strict=True)
    ]
    return data, placed


async def _place(url: str, token: str, preview_token: str, placed: list[dict[str, Any]]) -> dict[str, Any]:
    """What the agent learns: "placed", a refusal code, an outcome, or "transport" (the replica went away)."""
    try:
        async with mcp_client(url, token) as client:
            result = await client.call_tool(
                "kalshi_place_orders", {"orders": placed, "preview_token": preview_token}
            )
    except Exception as exc:  # the replica died under the call, or the load balancer had no replica
        return {"outcome": "transport", "detail": type(exc).__name__}
    if result.is_error:
        return {"outcome": "refused", **json.loads(result.content[0].text.split("\n", 1)[1])["error"]}
    data = result.structured_content
    assert data is not None
    return {"outcome": data["results"][0]["outcome"], "result": data["results"][0]}


def _audited(cluster: Cluster, client_order_id: str) -> set[str]:
    return {line["event"] for line in cluster.audit() if line.get("client_order_id") == client_order_id}


async def test_agents_preview_on_one_replica_and_place_on_another(
    cluster: Cluster, sandbox: SandboxServer
) -> None:
    urls = [r.url for r in cluster.replicas]

    async def one(n: int) -> tuple[str, dict[str, Any]]:
        token = cluster.token(f"agent-{n}@desk")
        data, placed = await _preview(urls[n % 3], token, order(count=1, price="0.05"))
        return placed[0]["client_order_id"], await _place(
            urls[(n + 1) % 3], token, data["preview_token"], placed
        )

    outcomes = await asyncio.gather(*(one(n) for n in range(9)))
    for cid, outcome in outcomes:
        assert outcome["outcome"] == "placed", outcome
        assert _held(sandbox, cid) == 1
        assert {"write_attempt", "write_result"} <= _audited(cluster, cid)
    subjects = {line.get("subject") for line in cluster.audit() if line.get("event") == "write_attempt"}
    assert {f"agent-{n}@desk" for n in range(9)} <= subjects


async def test_fifty_placements_of_one_token_through_the_load_balancer_make_one_order(
    cluster: Cluster, sandbox: SandboxServer
) -> None:
    token = cluster.token("racer-token@desk")
    data, placed = await _preview(cluster.lb, token, order(count=1, price="0.05"))
    outcomes = await asyncio.gather(
        *(_place(cluster.lb, token, data["preview_token"], placed) for _ in range(50))
    )
    placed_ok = [o for o in outcomes if o["outcome"] == "placed"]
    assert len(placed_ok) == 1, [o for o in outcomes if o.get("code") != "token_reused"]
    others = [o for o in outcomes if o["outcome"] != "placed" and o.get("code") != "token_reused"]
    assert not others, others
    assert _held(sandbox, placed[0]["client_order_id"]) == 1


async def test_two_agents_racing_the_subject_daily_limit_never_exceed_it(
    cluster: Cluster, sandbox: SandboxServer
) -> None:
    token = cluster.token("limit-racer@desk")
    worst: dict[str, Decimal] = {}
    outcomes: list[tuple[str, dict[str, Any]]] = []

    async def agent() -> None:
        """Preview and place until the preview itself says the subject's day is spent."""
        for _ in range(8):
            async with mcp_client(cluster.lb, token) as client:
                result = await client.call_tool(
                    "kalshi_preview_orders", {"orders": [order(count=1, price="0.40")]}
                )
            data = result.structured_content
            assert data is not None, result.content[0].text
            if not data["preview_token"]:
                assert "max_daily_dollars_per_subject" in data["next_step"], data["next_step"]
                return
            cid = data["orders"][0]["client_order_id"]
            worst[cid] = Decimal(data["orders"][0]["worst_case_cost_dollars"])
            placed = [{**order(count=1, price="0.40"), "client_order_id": cid}]
            outcomes.append((cid, await _place(cluster.lb, token, data["preview_token"], placed)))

    await asyncio.gather(agent(), agent())
    placed = [cid for cid, o in outcomes if o["outcome"] == "placed"]
    assert placed, outcomes
    for _, o in outcomes:
        assert o["outcome"] == "placed" or o.get("code") == "limit_exceeded", o
    # The exchange's own book: what it holds of this subject's orders, at their previewed worst case.
    held = [cid for cid, _ in outcomes if _held(sandbox, cid)]
    assert sorted(held) == sorted(placed)
    assert sum(worst[cid] for cid in held) <= SUBJECT_LIMIT
    notional = sum(
        o.initial_count * o.price
        for o in list(sandbox.exchange.orders.values())
        if o.client_order_id in worst
    )
    assert notional <= SUBJECT_LIMIT
    assert len(held) == int(SUBJECT_LIMIT // max(worst.values()))  # the whole limit was usable, and no more


async def test_a_replica_killed_mid_burst_loses_or_doubles_nothing(
    cluster: Cluster, sandbox: SandboxServer
) -> None:
    """A third of the agents place straight on the victim (so the kill surely lands on calls in flight), the
    others through the load balancer; the victim is SIGKILLed once the exchange holds the burst's first orders."""
    token = cluster.token("burst@desk")
    victim = cluster.replicas[1]
    intended: dict[str, dict[str, Any]] = {}

    async def agent(n: int, via_victim: bool) -> None:
        await asyncio.sleep(n * 0.05)
        try:
            data, placed = await _preview(cluster.lb, token, order(count=1, price="0.03"))
        except Exception as exc:  # the preview itself hit the dying replica: nothing was intended yet
            intended[f"none-{n}"] = {"outcome": "preview_failed", "detail": type(exc).__name__}
            return
        cid = placed[0]["client_order_id"]
        intended[cid] = {"outcome": "pending"}
        url = victim.url if via_victim else cluster.lb
        intended[cid] = await _place(url, token, data["preview_token"], placed)

    async def killer() -> None:
        for _ in range(600):
            if sum(_held(sandbox, cid) for cid in list(intended)) >= 3:
                break
            await asyncio.sleep(0.05)
        os.kill(victim.pid, signal.SIGKILL)

    await asyncio.gather(killer(), *(agent(n, n % 3 == 1) for n in range(24)))
    assert victim.wait(timeout=10) == -signal.SIGKILL
    audit = cluster.audit()
    for cid, outcome in intended.items():
        if cid.startswith("none-"):
            continue
        held = _held(sandbox, cid)
        assert held <= 1, (cid, outcome)  # never doubled
        if outcome["outcome"] == "placed":
            assert held == 1, (cid, outcome)
        elif outcome["outcome"] == "refused" and outcome.get("code") != "outcome_uncertain":
            assert held == 0, (cid, outcome)
        else:
            assert outcome["outcome"] in ("transport", "uncertain", "not_placed", "rejected"), outcome
        if held:
            events = {line["event"] for line in audit if line.get("client_order_id") == cid}
            assert "write_attempt" in events, (cid, events)  # committed before the order was sent
    kinds = [o["outcome"] for o in intended.values()]
    assert "placed" in kinds, intended  # the burst was under way ...
    assert "transport" in kinds, intended  # ... and the kill cut calls in flight
    # HAProxy has taken the dead replica out: the two others carry every order of a new burst.
    await asyncio.sleep(1.0)
    intended.clear()
    await asyncio.gather(*(agent(n, False) for n in range(6)))
    assert [o["outcome"] for o in intended.values()] == ["placed"] * 6, intended


def test_the_exchange_never_saw_more_than_the_key_budget(cluster: Cluster, sandbox: SandboxServer) -> None:
    limiter = sandbox.exchange.limiter
    log = list(limiter.log)
    assert log, "nothing was billed"
    refused = [b for b in log if not b.admitted]
    assert not refused, f"{len(refused)} requests were over the key's budget (429)"
    tier = limiter.tier
    for bucket, rate, capacity in (
        ("read", tier.read_rate, tier.read_capacity),
        ("write", tier.write_rate, tier.write_capacity),
    ):
        billed = [(b.at, b.cost) for b in log if b.bucket == bucket]
        # Any one-second window: at most a full bucket plus one second of refill.
        start = 0
        spent = 0
        for at, cost in billed:
            spent += cost
            while billed[start][0] <= at - 1.0:
                spent -= billed[start][1]
                start += 1
            assert spent <= capacity + rate, (bucket, at, spent)
