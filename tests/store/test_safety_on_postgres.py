"""The whole safety suite (tests/test_safety.py) again, with every gate's default store on PostgreSQL.

The gate opens its store with `brokerspec.store.open_store(state_dir)`; here each state directory gets a
database of its own on the test cluster, so "a restart on the same state dir" and "processes sharing the
state dir" mean the same database, as they do for replicas sharing `BROKERSPEC_DATABASE_URL`. The one
SQLite-only test (a damaged file) has its PostgreSQL counterpart below: an unreachable database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import brokerspec.store
import pytest
from brokerspec.errors import LedgerUnavailable, TokenReused
from brokerspec.policy.gate import SafetyGate
from brokerspec.policy.principal import acting_as
from brokerspec.settings.safety import SafetySettings
from brokerspec.store.base import Store
from brokerspec.store.postgres import PostgresStore
from test_safety import *  # noqa: F403  (collected again, on PostgreSQL)
from test_safety import _gate, _intent, _payload

from store.conftest import new_database

del test_a_damaged_ledger_refuses_writes_instead_of_forgetting_the_day  # noqa: F821  (a file's damage)

D = Decimal


@pytest.fixture(autouse=True)
def _gates_on_postgres(monkeypatch: pytest.MonkeyPatch, pg_server: str) -> Iterator[None]:
    databases: dict[str, str] = {}
    opened: list[PostgresStore] = []

    def open_store(state_dir: Path, database_url: str | None = None) -> Store:
        key = str(Path(state_dir).resolve())
        if key not in databases:  # one database per state directory, whichever process asks first
            name = "s" + hashlib.sha256(key.encode()).hexdigest()[:20]
            databases[key] = new_database(pg_server, name)
        store = PostgresStore(database_url or databases[key])
        opened.append(store)
        return store

    monkeypatch.setattr(brokerspec.store, "open_store", open_store)
    yield
    for store in opened:
        store.close()


def test_the_gates_here_really_use_postgresql(tmp_path: Path) -> None:
    assert _gate(tmp_path).store.engine == "postgresql"


def test_an_unreachable_database_refuses_writes_instead_of_forgetting_the_day(tmp_path: Path) -> None:
    gate = SafetyGate(
        SafetySettings(trading_enabled=True, state_dir=tmp_path),
        store=PostgresStore("postgresql://postgres:pw@127.0.0.1:1/none", timeout=2),
    )
    with pytest.raises(LedgerUnavailable) as info:
        gate.reserve_daily("bs-1", D(1))
    assert "pw@" not in info.value.message
    with pytest.raises(LedgerUnavailable):
        gate.check_limits(_intent())


def test_a_token_redeemed_on_one_replica_is_refused_on_another(tmp_path: Path) -> None:
    key = b"k" * 32
    settings = SafetySettings(trading_enabled=True, state_dir=tmp_path)
    one = SafetyGate(settings, token_key=key)
    two = SafetyGate(settings, token_key=key)  # same state dir: the same database
    token, _ = one.issue_token(_payload())
    two.check_token(token, _payload())
    two.redeem_token(token, _payload())
    with pytest.raises(TokenReused):
        one.check_token(token, _payload())
    with pytest.raises(TokenReused):
        one.redeem_token(token, _payload())


def test_a_subject_limit_holds_on_top_of_the_global_one(tmp_path: Path) -> None:
    gate = _gate(tmp_path, max_daily_dollars=D(100), max_daily_dollars_per_subject=D(5))
    with acting_as("alice"):
        gate.reserve_daily("a-1", D(4))
        with pytest.raises(Exception) as info:
            gate.reserve_daily("a-2", D(2))
        assert info.value.details["limit"] == "max_daily_dollars_per_subject"  # type: ignore[attr-defined]
        checks = {c.name: c.passed for c in gate.evaluate_limits(_intent(count=1, price="0.5"))}
        assert checks["max_daily_dollars_per_subject"] is True
    with acting_as("bob"):
        gate.reserve_daily("b-1", D(4))
    gate.reserve_daily("anon-1", D(50))  # no subject: only the global limit
    assert gate.spent_today() == D(58)
