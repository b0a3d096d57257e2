"""Two servers (two replicas) on one PostgreSQL database, through the MCP surface against the sandbox: the
daily limit, the audit lines and the route of an order are shared; SQLite state stays untouched."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from brokerspec.app.service import Service
from brokerspec.sandbox.server import SandboxServer
from brokerspec.store.postgres import PostgresStore
from server_helpers import held_client, order, preview, preview_and_place, sandbox, sandbox_env  # noqa: F401

from store.conftest import new_database


@pytest.fixture
def database(pg_server: str) -> Iterator[str]:
    yield new_database(pg_server)


async def test_two_replicas_share_the_day_the_audit_and_the_routes(
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
    database: str,
) -> None:
    env = sandbox_env(sandbox, tmp_path, BROKERSPEC_DATABASE_URL=database, BROKERSPEC_MAX_DAILY_DOLLARS="1")
    one, two = (
        Service(env={**env, "BROKERSPEC_STATE_DIR": str(tmp_path / "one")}),
        Service(env={**env, "BROKERSPEC_STATE_DIR": str(tmp_path / "two")}),
    )
    try:
        async with held_client(one) as a, held_client(two) as b:
            placed = await preview_and_place(a, order(count=2, price="0.20"))  # about $0.41 worst case
            (result,) = placed["results"]
            assert result["outcome"] == "placed"
            caps = await b.ok("capabilities")
            assert Decimal(caps["limits"]["spent_today_dollars"]) > Decimal("0.40")  # replica two sees it
            pv, _ = await preview(b, order(count=3, price="0.20"))
            assert pv["preview_token"] is None and not pv["all_limits_pass"]  # the shared day is too full
            cancelled = await b.ok("kalshi_cancel_orders", {"order_ids": [result["order_id"]]})
            assert cancelled["results"][0]["outcome"] in ("cancelled", "canceled", "done")
    finally:
        one.close()
        two.close()
    store = PostgresStore(database)
    try:
        events = [(x["event"], x["operation"]) for x in store.audit_lines("sandbox")]
        assert events[:2] == [("write_attempt", "create_order_v2"), ("write_result", "create_order_v2")]
        assert ("write_attempt", "cancel_order_v2") in events and (
            "write_result",
            "cancel_order_v2",
        ) in events
        assert store.lookup_route("kalshi:sandbox:order", result["order_id"]) is not None
    finally:
        store.close()
    assert not list(tmp_path.glob("*/brokerspec*.sqlite3"))  # nothing went to SQLite
