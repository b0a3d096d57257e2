"""The shared store: PostgreSQL through psycopg 3 and a small connection pool (`BROKERSPEC_DATABASE_URL`).

Every replica of a team's server uses the same database. The daily limit holds across them because a
reservation runs in one transaction that first takes a transaction-scoped advisory lock on its scope and
day (`pg_advisory_xact_lock`): the second replica's reservation waits until the first has committed, then
reads the new total. A used preview token is a primary-key insert (`ON CONFLICT DO NOTHING`): exactly one
replica's insert counts. Bookings, used tokens and audit lines commit with `synchronous_commit` on (the
default), so they are on disk before the order is sent; route cache writes commit asynchronously.

psycopg is imported when the store is first used, never at start-up; the pool opens then too, so a server
whose database is down still starts and refuses writes with a `StoreError` until it is back.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from brokerspec.redaction import redact
from brokerspec.store.base import Reservation, StoreError, decide, pending

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool

__all__ = ["PostgresStore"]

#: The advisory lock every migration holds (so replicas starting at once migrate one after the other).
_MIGRATION_LOCK: Final = 0x6272_6F6B_6572_7370  # "brokersp"


def _lock_key(scope: str, day: str) -> int:
    """A signed 64-bit advisory lock key for one scope's day."""
    digest = hashlib.sha256(f"brokerspec-ledger\0{scope}\0{day}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class PostgresStore:
    """The `Store` in a PostgreSQL database shared by every replica. Thread-safe."""

    engine: Final = "postgresql"

    def __init__(
        self, url: str, *, pool_size: int = 4, migrate_to: int | None = None, timeout: float = 10.0
    ) -> None:
        self._url = url
        self._pool_size = pool_size
        self._migrate_to = migrate_to
        self._timeout = timeout
        self._pool: ConnectionPool[psycopg.Connection[Any]] | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return "PostgresStore(<BROKERSPEC_DATABASE_URL>)"

    def for_environment(self, environment: str) -> PostgresStore:
        return self  # one database; every row carries its scope

    def schema_version(self) -> int:
        with self._transaction() as c:
            row = c.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    # the daily ledger

    def reserve(
        self,
        scope: str,
        day: str,
        client_order_id: str,
        amount: Decimal,
        *,
        limit: Decimal,
        subject: str | None = None,
        subject_limit: Decimal | None = None,
        prune_before: str | None = None,
    ) -> Reservation:
        with self._transaction() as c:
            c.execute("SELECT pg_advisory_xact_lock(%s)", (_lock_key(scope, day),))
            rows = c.execute(
                "SELECT client_order_id, amount, subject FROM reservations WHERE scope = %s AND day = %s",
                (scope, day),
            ).fetchall()
            decision = decide(
                [(r[0], r[1], r[2]) for r in rows],
                client_order_id,
                amount,
                limit=limit,
                subject=subject,
                subject_limit=subject_limit,
            )
            if decision.accepted:
                c.execute(
                    "INSERT INTO reservations (scope, day, client_order_id, amount, subject)"
                    " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (scope, day, client_order_id) DO UPDATE SET"
                    " amount = excluded.amount, subject = COALESCE(reservations.subject, excluded.subject)",
                    (scope, day, client_order_id, decision.amount, subject),
                )
                if prune_before is not None:
                    c.execute("DELETE FROM reservations WHERE scope = %s AND day < %s", (scope, prune_before))
            return decision

    def restore(self, scope: str, day: str, client_order_id: str, amount: Decimal | None) -> None:
        with self._transaction() as c:
            c.execute("SELECT pg_advisory_xact_lock(%s)", (_lock_key(scope, day),))
            if amount is None:
                c.execute(
                    "DELETE FROM reservations WHERE scope = %s AND day = %s AND client_order_id = %s",
                    (scope, day, client_order_id),
                )
            else:
                c.execute(
                    "UPDATE reservations SET amount = %s WHERE scope = %s AND day = %s AND client_order_id = %s",
                    (amount, scope, day, client_order_id),
                )

    def release(self, scope: str, client_order_id: str) -> Decimal | None:
        with self._transaction() as c:
            row = c.execute(
                "DELETE FROM reservations WHERE ctid = (SELECT ctid FROM reservations"
                " WHERE scope = %s AND client_order_id = %s LIMIT 1) RETURNING amount",
                (scope, client_order_id),
            ).fetchone()
        return None if row is None else Decimal(row[0])

    def booked(self, scope: str, day: str, client_order_id: str) -> Decimal | None:
        with self._transaction() as c:
            row = c.execute(
                "SELECT amount FROM reservations WHERE scope = %s AND day = %s AND client_order_id = %s",
                (scope, day, client_order_id),
            ).fetchone()
        return None if row is None else Decimal(row[0])

    def spent(self, scope: str, day: str, subject: str | None = None) -> Decimal:
        query = "SELECT COALESCE(SUM(amount), 0) FROM reservations WHERE scope = %s AND day = %s"
        args: tuple[str, ...] = (scope, day)
        if subject is not None:
            query, args = query + " AND subject = %s", (*args, subject)
        with self._transaction() as c:
            row = c.execute(query, args).fetchone()
        return Decimal(row[0]) if row else Decimal(0)

    # preview tokens

    def mark_token_used(self, nonce: str, expires_at: int, *, now: float) -> bool:
        with self._transaction() as c:
            c.execute("DELETE FROM used_tokens WHERE expires_at <= %s", (int(now) - 1,))
            cursor = c.execute(
                "INSERT INTO used_tokens (nonce, expires_at) VALUES (%s, %s) ON CONFLICT (nonce) DO NOTHING",
                (nonce, expires_at),
            )
            return cursor.rowcount == 1

    def token_used(self, nonce: str) -> bool:
        with self._transaction() as c:
            return c.execute("SELECT 1 FROM used_tokens WHERE nonce = %s", (nonce,)).fetchone() is not None

    # the audit log

    def append_audit(self, scope: str, line: Mapping[str, Any]) -> None:
        text = json.dumps(line, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        with self._transaction() as c:
            c.execute(
                "INSERT INTO audit (scope, ts, event, client_order_id, subject, line)"
                " VALUES (%s, %s, %s, %s, %s, %s)",
                (
                    scope,
                    str(line.get("ts", "")),
                    str(line.get("event", "")),
                    line.get("client_order_id"),
                    line.get("subject"),
                    text,
                ),
            )

    def audit_lines(self, scope: str | None = None) -> list[dict[str, Any]]:
        with self._transaction() as c:
            if scope is None:
                rows = c.execute("SELECT line FROM audit ORDER BY id").fetchall()
            else:
                rows = c.execute("SELECT line FROM audit WHERE scope = %s ORDER BY id", (scope,)).fetchall()
        return [json.loads(r[0]) for r in rows]

    # the route cache

    def remember_route(self, kind: str, key: str, value: Mapping[str, Any]) -> None:
        text = json.dumps(dict(value), sort_keys=True, separators=(",", ":"))
        with self._transaction() as c:
            c.execute("SET LOCAL synchronous_commit TO OFF")
            c.execute(
                "INSERT INTO routes (kind, key, value) VALUES (%s, %s, %s) ON CONFLICT (kind, key)"
                " DO UPDATE SET value = excluded.value, updated_at = now()",
                (kind, key, text),
            )

    def lookup_route(self, kind: str, key: str) -> dict[str, Any] | None:
        with self._transaction() as c:
            row = c.execute("SELECT value FROM routes WHERE kind = %s AND key = %s", (kind, key)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    # internals

    @contextmanager
    def _transaction(self) -> Iterator[psycopg.Connection[Any]]:
        import psycopg

        pool = self._open()
        try:
            with pool.connection(timeout=self._timeout) as conn, conn.transaction():
                yield conn
        except psycopg.Error as exc:
            raise _error(exc) from exc
        except Exception as exc:
            if type(exc).__module__.startswith("psycopg_pool"):  # PoolTimeout and friends
                raise _error(exc) from exc
            raise

    def _open(self) -> ConnectionPool[psycopg.Connection[Any]]:
        pool = self._pool
        if pool is not None:
            return pool
        import psycopg
        from psycopg_pool import ConnectionPool

        with self._lock:
            if self._pool is not None:
                return self._pool
            pool = ConnectionPool(
                self._url,
                min_size=1,
                max_size=self._pool_size,
                kwargs={"autocommit": True},
                open=False,
                name="brokerspec",
            )
            try:
                pool.open(wait=True, timeout=self._timeout)
                with pool.connection(timeout=self._timeout) as conn:
                    self._migrate(conn)
            except BaseException as exc:
                pool.close()
                if isinstance(exc, psycopg.Error) or type(exc).__module__.startswith("psycopg_pool"):
                    raise _error(exc) from exc
                raise
            self._pool = pool
            return pool

    def _migrate(self, conn: psycopg.Connection[Any]) -> None:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
            for migration in pending(int(row[0]) if row else 0, self._migrate_to):
                for statement in migration.postgres:
                    conn.execute(statement.encode())
                conn.execute(
                    "INSERT INTO schema_version (version, name) VALUES (%s, %s)",
                    (migration.version, migration.name),
                )


def _error(exc: BaseException) -> StoreError:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return StoreError(f"the database (BROKERSPEC_DATABASE_URL) cannot be used: {redact(text)}")
