"""The storage suite, on SQLite and on a real PostgreSQL: every guarantee of `brokerspec.store.base`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest
from brokerspec.errors import AuditUnavailable
from brokerspec.policy.audit import AuditedWrite, AuditLog
from brokerspec.policy.principal import acting_as
from brokerspec.store.base import SCHEMA_VERSION, Store, StoreError
from brokerspec.store.postgres import PostgresStore
from brokerspec.store.sqlite import SqliteStore

from store.conftest import Backing

D = Decimal
DAY = "2026-06-01"
ROOT = Path(__file__).parents[2]


# --- the ledger -------------------------------------------------------------------------------------------


def test_a_reservation_within_the_limit_is_booked_and_counted(store: Store) -> None:
    r = store.reserve("production", DAY, "bs-1", D("3.5"), limit=D(10))
    assert r.accepted and r.total == D("3.5") and r.previous is None
    assert store.spent("production", DAY) == D("3.5")
    assert store.booked("production", DAY, "bs-1") == D("3.5")
    assert store.spent("demo", DAY) == 0  # scopes are apart
    assert store.spent("production", "2026-06-02") == 0


def test_a_reservation_over_the_limit_books_nothing(store: Store) -> None:
    store.reserve("production", DAY, "bs-1", D(6), limit=D(10))
    r = store.reserve("production", DAY, "bs-2", D(6), limit=D(10))
    assert not r.accepted and r.others == D(6)
    assert store.booked("production", DAY, "bs-2") is None
    assert store.spent("production", DAY) == D(6)


def test_booking_an_id_again_never_lowers_it_and_restore_undoes_exactly(store: Store) -> None:
    store.reserve("production", DAY, "bs-1", D(3), limit=D(10))
    r = store.reserve("production", DAY, "bs-1", D(1), limit=D(10))
    assert r.amount == D(3) and r.previous == D(3)
    r = store.reserve("production", DAY, "bs-1", D(5), limit=D(10))
    assert r.amount == D(5)
    store.restore("production", DAY, "bs-1", r.previous)
    assert store.booked("production", DAY, "bs-1") == D(3)
    store.restore("production", DAY, "bs-1", None)
    assert store.booked("production", DAY, "bs-1") is None
    store.reserve("production", DAY, "bs-2", D(2), limit=D(10))
    assert store.release("production", "bs-2") == D(2)
    assert store.release("production", "bs-2") is None


def test_a_subject_has_its_own_daily_sum_and_limit(store: Store) -> None:
    assert store.reserve("p", DAY, "a-1", D(4), limit=D(100), subject="alice", subject_limit=D(5)).accepted
    assert store.reserve("p", DAY, "b-1", D(4), limit=D(100), subject="bob", subject_limit=D(5)).accepted
    r = store.reserve("p", DAY, "a-2", D(2), limit=D(100), subject="alice", subject_limit=D(5))
    assert not r.accepted and r.subject_others == D(4)
    assert store.spent("p", DAY, "alice") == D(4) and store.spent("p", DAY) == D(8)


def test_money_round_trips_exactly(store: Store) -> None:
    tiny, huge = D("0.0001"), D("99999999.9999")
    store.reserve("production", DAY, "tiny", tiny, limit=D("1e12"))
    store.reserve("production", DAY, "huge", huge, limit=D("1e12"))
    for _ in range(9):
        store.reserve("production", DAY, f"t{_}", tiny, limit=D("1e12"))
    assert store.booked("production", DAY, "tiny") == tiny
    assert store.booked("production", DAY, "huge") == huge
    assert str(store.booked("production", DAY, "huge")) == "99999999.9999"
    assert store.spent("production", DAY) == D("100000000.0009")  # a float would say 100000000.00089999


def test_old_days_are_pruned_when_a_cutoff_is_given(store: Store) -> None:
    store.reserve("production", "2026-04-01", "old", D(1), limit=D(10))
    store.reserve("production", DAY, "new", D(1), limit=D(10), prune_before="2026-05-01")
    assert store.booked("production", "2026-04-01", "old") is None


def _race(backing: Backing, racers: int, amount: Decimal, limit: Decimal, trial: int) -> int:
    stores = [backing.new() for _ in range(racers)]
    for s in stores:
        s.spent("race", DAY)  # connected and migrated before the start line
    barrier = threading.Barrier(racers)
    accepted: list[bool] = []

    def run(i: int) -> None:
        barrier.wait()
        accepted.append(stores[i].reserve("race", f"day-{trial}", f"r{i}", amount, limit=limit).accepted)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(racers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for s in stores:
        s.close()
    return sum(accepted)


def test_racers_on_separate_connections_never_both_pass_the_daily_limit(backing: Backing) -> None:
    # 25 trials: two replicas each try $6 against a $10 day; exactly one may pass, every time.
    for trial in range(25):
        assert _race(backing, 2, D(6), D(10), trial) == 1
    # and six racers of $3 against $10: exactly three
    for trial in range(25, 35):
        assert _race(backing, 6, D(3), D(10), trial) == 3
    check = backing.new()
    for trial in range(35):
        assert check.spent("race", f"day-{trial}") <= D(10)


_RACER = """
import sys
from decimal import Decimal
from brokerspec.store.postgres import PostgresStore
from brokerspec.store.sqlite import SqliteStore
engine, where, worker = sys.argv[1], sys.argv[2], sys.argv[3]
store = SqliteStore(where) if engine == "sqlite" else PostgresStore(where)
store.spent("procs", "d")
sys.stdout.write("ready\\n"); sys.stdout.flush()
sys.stdin.readline()
won = sum(store.reserve("procs", "d", f"w{worker}-{i}", Decimal(1), limit=Decimal(25)).accepted for i in range(10))
print(won)
"""


def _python(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'tools'}:{ROOT / 'generated'}"}
    return subprocess.Popen(
        [sys.executable, "-c", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )


def test_processes_racing_the_daily_limit_book_it_exactly(backing: Backing) -> None:
    procs = [_python(_RACER, backing.engine, backing.location, str(w)) for w in range(4)]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    won = [int(p.communicate(timeout=120)[0].strip()) for p in procs]
    # 40 one-dollar attempts against a 25-dollar day from 4 processes: exactly 25 pass, none lost
    assert sum(won) == 25
    assert backing.new().spent("procs", "d") == D(25)


_RESERVE_THEN_HANG = """
import sys, time
from decimal import Decimal
from brokerspec.store.postgres import PostgresStore
from brokerspec.store.sqlite import SqliteStore
engine, where = sys.argv[1], sys.argv[2]
store = SqliteStore(where) if engine == "sqlite" else PostgresStore(where)
assert store.reserve("production", "2026-06-01", "bs-kill", Decimal("7.25"), limit=Decimal(100)).accepted
sys.stdout.write("reserved\\n"); sys.stdout.flush()
time.sleep(600)  # the order would be sent now; the process is killed instead
"""


def test_a_reservation_is_durable_before_reserve_returns(backing: Backing) -> None:
    proc = _python(_RESERVE_THEN_HANG, backing.engine, backing.location)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "reserved"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    assert backing.new().booked("production", DAY, "bs-kill") == D("7.25")


# --- preview tokens ---------------------------------------------------------------------------------------


def test_a_token_is_used_exactly_once_under_concurrency(backing: Backing) -> None:
    stores = [backing.new() for _ in range(6)]
    for s in stores:
        s.token_used("warm-up")
    expires = int(time.time()) + 300
    for n in range(15):
        nonce = f"nonce-{n}"
        barrier = threading.Barrier(len(stores))
        wins: list[bool] = []

        def run(
            s: Store, nonce: str = nonce, barrier: threading.Barrier = barrier, wins: list[bool] = wins
        ) -> None:
            barrier.wait()
            wins.append(s.mark_token_used(nonce, expires, now=time.time()))

        threads = [threading.Thread(target=run, args=(s,)) for s in stores]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sorted(wins) == [False] * (len(stores) - 1) + [True]
        assert stores[0].token_used(nonce)


def test_expired_used_tokens_are_forgotten(store: Store) -> None:
    assert store.mark_token_used("old", 1000, now=999)
    assert store.mark_token_used("new", 5000, now=2000)
    assert not store.token_used("old") and store.token_used("new")


# --- the audit log ----------------------------------------------------------------------------------------


def _write() -> AuditedWrite:
    return AuditedWrite(
        broker="kalshi",
        environment="demo",
        operation="create_order_v2",
        client_order_id="bs-a",
        request={"n": 1},
    )


def test_audit_lines_are_committed_before_and_after_with_the_subject(store: Store, tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl", store=store, scope="demo")
    with acting_as("user-7"):
        log.write(_write().attempt())
        log.write(_write().result("placed", order_id="o-1"))
    lines = store.audit_lines("demo")
    assert [(x["event"], x["outcome"], x["subject"]) for x in lines] == [
        ("write_attempt", "pending", "user-7"),
        ("write_result", "placed", "user-7"),
    ]
    assert lines[1]["order_id"] == "o-1" and store.audit_lines("production") == []
    assert (tmp_path / "audit.jsonl").read_text().count("\n") == 2  # the file still has them too


def test_an_attempt_the_store_cannot_record_is_refused(backing: Backing, tmp_path: Path) -> None:
    if backing.engine == "sqlite":
        broken = tmp_path / "broken.sqlite3"
        broken.write_text("not a database at all, just text that is long enough" * 10)
        store: Store = SqliteStore(broken)
    else:
        store = PostgresStore("postgresql://postgres@127.0.0.1:1/none", timeout=2)
    log = AuditLog(tmp_path / "audit.jsonl", store=store)
    with pytest.raises(AuditUnavailable):
        log.write(_write().attempt())
    assert log.write(_write().result("placed")) == {}  # a result never raises


# --- the route cache --------------------------------------------------------------------------------------


def test_routes_are_remembered_and_replaced(store: Store) -> None:
    assert store.lookup_route("order", "o-1") is None
    store.remember_route("order", "o-1", {"ticker": "KX-A", "exchange_index": None, "subaccount": 0})
    store.remember_route("order", "o-1", {"ticker": "KX-A", "exchange_index": 2, "subaccount": 0})
    assert store.lookup_route("order", "o-1") == {"ticker": "KX-A", "exchange_index": 2, "subaccount": 0}
    assert store.lookup_route("group", "o-1") is None


# --- the schema -------------------------------------------------------------------------------------------


def test_an_empty_database_is_migrated_to_the_newest_schema(store: Store) -> None:
    assert store.schema_version() == SCHEMA_VERSION == 2


def _insert_v1_booking(backing: Backing) -> None:
    if backing.engine == "sqlite":
        import sqlite3

        with sqlite3.connect(backing.location) as conn:
            conn.execute(
                "INSERT INTO reservations (scope, day, client_order_id, amount, created_at)"
                " VALUES ('production', ?, 'bs-v1', '12.3456', 0)",
                (DAY,),
            )
    else:
        import psycopg

        with psycopg.connect(backing.location, autocommit=True) as conn:
            conn.execute(
                "INSERT INTO reservations (scope, day, client_order_id, amount)"
                " VALUES ('production', %s, 'bs-v1', 12.3456)",
                (DAY,),
            )


def test_a_database_at_the_previous_version_is_migrated_and_keeps_its_data(backing: Backing) -> None:
    old = backing.new(migrate_to=SCHEMA_VERSION - 1)
    assert old.schema_version() == SCHEMA_VERSION - 1
    old.close()
    _insert_v1_booking(backing)
    new = backing.new()
    assert new.schema_version() == SCHEMA_VERSION
    assert new.booked("production", DAY, "bs-v1") == D("12.3456")
    assert new.reserve(
        "production", DAY, "bs-v2", D(1), limit=D(100), subject="s", subject_limit=D(5)
    ).accepted
    assert new.spent("production", DAY) == D("13.3456") and new.spent("production", DAY, "s") == D(1)


def test_a_newer_schema_than_this_code_knows_is_refused(backing: Backing) -> None:
    first = backing.new()
    first.schema_version()
    first.close()
    if backing.engine == "sqlite":
        import sqlite3

        with sqlite3.connect(backing.location) as conn:
            conn.execute("INSERT INTO schema_version VALUES (99, 'from the future', 0)")
    else:
        import psycopg

        with psycopg.connect(backing.location, autocommit=True) as conn:
            conn.execute("INSERT INTO schema_version (version, name) VALUES (99, 'from the future')")
    with pytest.raises(StoreError, match="newer than this brokerspec"):
        backing.new().spent("production", DAY)


def test_errors_name_no_password(tmp_path: Path) -> None:
    store = PostgresStore("postgresql://brokerspec:hunter2-secret@127.0.0.1:1/db", timeout=2)
    with pytest.raises(StoreError) as info:
        store.spent("production", DAY)
    assert "hunter2" not in str(info.value)


def test_a_route_noted_on_one_replica_is_found_on_another(backing: Backing) -> None:
    from brokerspec.brokers.kalshi.routing import OrderRoute, RouteBook

    one = RouteBook(store=backing.new(), namespace="kalshi:demo")
    two = RouteBook(store=backing.new(), namespace="kalshi:demo")
    prod = RouteBook(store=backing.new(), namespace="kalshi:production")
    one.note("o-1", "KX-A", subaccount=0)
    one.note("o-1", "KX-A", exchange_index=3)  # what it knew is kept
    one.note_group("g-1", 2, 1)
    assert two.get("o-1") == OrderRoute("KX-A", 3, 0)
    assert two.group("g-1") is not None and (
        two.group("g-1").exchange_index,
        two.group("g-1").subaccount,
    ) == (2, 1)  # type: ignore[union-attr]
    assert prod.get("o-1") is None and two.get("o-unknown") is None


def test_a_route_store_that_fails_costs_a_lookup_not_the_write(tmp_path: Path) -> None:
    from brokerspec.brokers.kalshi.routing import RouteBook

    broken = tmp_path / "broken.sqlite3"
    broken.write_text("not a database" * 20)
    book = RouteBook(store=SqliteStore(broken), namespace="kalshi:demo")
    book.note("o-1", "KX-A")  # no exception
    assert book.get("o-1") is not None and book.get("o-2") is None
