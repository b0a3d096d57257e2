"""The embedded default store: one SQLite file in the state directory (stdlib `sqlite3`).

It replaces the JSON ledger and its lock file with the same guarantees. Each thread of each process keeps
its own connection (a fork opens new ones), in WAL mode with `synchronous=FULL`, so a committed booking,
used token or audit line is on disk when the call returns (route cache writes alone skip the fsync). A
write runs in `BEGIN IMMEDIATE`, which takes the database's one write lock before reading: two processes
on one machine can never both read a day's total and both book against it. A damaged or unreadable file
raises `StoreError` (the policy then refuses writes, as it did for a damaged JSON ledger).

Money is stored as decimal text and summed as `Decimal`: SQLite's numbers are binary floats.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final

from brokerspec.settings.safety import environment_path
from brokerspec.store.base import Reservation, StoreError, decide, decimal_text, pending

__all__ = ["DEFAULT_FILE", "SqliteStore"]

_HEADER: Final = b"SQLite format 3\x00"
_FORKED: list[sqlite3.Connection] = []

#: The file in the state directory (`brokerspec.<environment>.sqlite3` for demo and sandbox state).
DEFAULT_FILE: Final = "brokerspec.sqlite3"


class SqliteStore:
    """The `Store` in one SQLite file; any number of instances and processes may share the file."""

    engine: Final = "sqlite"

    def __init__(self, path: Path | str, *, migrate_to: int | None = None, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self._migrate_to = migrate_to
        self._timeout = timeout
        self._ready = False
        self._lock = threading.Lock()
        self._local = threading.local()

    def __repr__(self) -> str:
        return f"SqliteStore({str(self.path)!r})"

    def for_environment(self, environment: str) -> SqliteStore:
        return SqliteStore(environment_path(self.path, environment), timeout=self._timeout)

    def schema_version(self) -> int:
        with self._transaction() as c:
            return int(c.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0])

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
        with self._transaction(write=True) as c:
            rows = [
                (coid, _amount(text), subj)
                for coid, text, subj in c.execute(
                    "SELECT client_order_id, amount, subject FROM reservations WHERE scope = ? AND day = ?",
                    (scope, day),
                )
            ]
            decision = decide(
                rows, client_order_id, amount, limit=limit, subject=subject, subject_limit=subject_limit
            )
            if decision.accepted:
                c.execute(
                    "INSERT INTO reservations (scope, day, client_order_id, amount, created_at, subject)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (scope, day, client_order_id) DO UPDATE SET"
                    " amount = excluded.amount, subject = COALESCE(reservations.subject, excluded.subject)",
                    (scope, day, client_order_id, decimal_text(decision.amount), time.time(), subject),
                )
                if prune_before is not None:
                    c.execute("DELETE FROM reservations WHERE scope = ? AND day < ?", (scope, prune_before))
            return decision

    def restore(self, scope: str, day: str, client_order_id: str, amount: Decimal | None) -> None:
        with self._transaction(write=True) as c:
            if amount is None:
                c.execute(
                    "DELETE FROM reservations WHERE scope = ? AND day = ? AND client_order_id = ?",
                    (scope, day, client_order_id),
                )
            else:
                c.execute(
                    "UPDATE reservations SET amount = ? WHERE scope = ? AND day = ? AND client_order_id = ?",
                    (decimal_text(amount), scope, day, client_order_id),
                )

    def release(self, scope: str, client_order_id: str) -> Decimal | None:
        with self._transaction(write=True) as c:
            row = c.execute(
                "SELECT day, amount FROM reservations WHERE scope = ? AND client_order_id = ? LIMIT 1",
                (scope, client_order_id),
            ).fetchone()
            if row is None:
                return None
            c.execute(
                "DELETE FROM reservations WHERE scope = ? AND day = ? AND client_order_id = ?",
                (scope, row[0], client_order_id),
            )
            return _amount(row[1])

    def booked(self, scope: str, day: str, client_order_id: str) -> Decimal | None:
        with self._transaction() as c:
            row = c.execute(
                "SELECT amount FROM reservations WHERE scope = ? AND day = ? AND client_order_id = ?",
                (scope, day, client_order_id),
            ).fetchone()
        return None if row is None else _amount(row[0])

    def spent(self, scope: str, day: str, subject: str | None = None) -> Decimal:
        query = "SELECT amount FROM reservations WHERE scope = ? AND day = ?"
        args: tuple[str, ...] = (scope, day)
        if subject is not None:
            query, args = query + " AND subject = ?", (*args, subject)
        with self._transaction() as c:
            return sum((_amount(text) for (text,) in c.execute(query, args)), Decimal(0))

    # preview tokens

    def mark_token_used(self, nonce: str, expires_at: int, *, now: float) -> bool:
        with self._transaction(write=True) as c:
            c.execute("DELETE FROM used_tokens WHERE expires_at <= ?", (int(now) - 1,))
            cursor = c.execute(
                "INSERT INTO used_tokens (nonce, expires_at) VALUES (?, ?) ON CONFLICT (nonce) DO NOTHING",
                (nonce, expires_at),
            )
            return cursor.rowcount == 1

    def token_used(self, nonce: str) -> bool:
        with self._transaction() as c:
            return c.execute("SELECT 1 FROM used_tokens WHERE nonce = ?", (nonce,)).fetchone() is not None

    # the audit log

    def append_audit(self, scope: str, line: Mapping[str, Any]) -> None:
        text = json.dumps(line, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        with self._transaction(write=True) as c:
            c.execute(
                "INSERT INTO audit (scope, ts, event, client_order_id, subject, line) VALUES (?, ?, ?, ?, ?, ?)",
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
        query, args = "SELECT line FROM audit ORDER BY id", tuple[str, ...]()
        if scope is not None:
            query, args = "SELECT line FROM audit WHERE scope = ? ORDER BY id", (scope,)
        with self._transaction() as c:
            return [json.loads(text) for (text,) in c.execute(query, args)]

    # the route cache: not fsync'd (a lost route costs one lookup)

    def remember_route(self, kind: str, key: str, value: Mapping[str, Any]) -> None:
        text = json.dumps(dict(value), sort_keys=True, separators=(",", ":"))
        with self._transaction(write=True, durable=False) as c:
            c.execute(
                "INSERT INTO routes (kind, key, value) VALUES (?, ?, ?)"
                " ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value",
                (kind, key, text),
            )

    def lookup_route(self, kind: str, key: str) -> dict[str, Any] | None:
        with self._transaction() as c:
            row = c.execute("SELECT value FROM routes WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def close(self) -> None:
        """Close this thread's connection (other threads' close with their threads)."""
        held = getattr(self._local, "conn", None)
        if held is not None and held[0] == os.getpid():
            self._forget(held[1])

    # internals

    @contextlib.contextmanager
    def _transaction(self, *, write: bool = False, durable: bool = True) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        try:
            self._check_header()
            if not durable:
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback(conn)
            self._forget(conn)  # a connection that failed is not reused
            raise self._error(exc) from exc
        except BaseException:
            self._rollback(conn)
            raise
        finally:
            if not durable:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("PRAGMA synchronous = FULL")

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection (opened on first use, again after a fork or a failure)."""
        held: tuple[int, sqlite3.Connection] | None = getattr(self._local, "conn", None)
        if held is not None and held[0] == os.getpid():
            return held[1]
        if held is not None:
            _FORKED.append(held[1])  # the parent's: never used nor closed here
        conn = self._connect()
        self._local.conn = (os.getpid(), conn)
        return conn

    def _forget(self, conn: sqlite3.Connection) -> None:
        self._local.conn = None
        with contextlib.suppress(sqlite3.Error):
            conn.close()

    @staticmethod
    def _rollback(conn: sqlite3.Connection) -> None:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")

    def _check_header(self) -> None:
        """A file that is no longer an SQLite database (overwritten, damaged) is refused, not trusted to the
        pages a long-lived connection still caches."""
        try:
            with open(self.path, "rb") as f:
                head = f.read(len(_HEADER))
        except OSError as exc:
            raise self._error(exc) from exc
        if head and head != _HEADER:
            raise StoreError(f"the state database {self.path} is damaged: it is not an SQLite database")

    def _connect(self) -> sqlite3.Connection:
        try:
            if not self._ready:
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                # Created private before SQLite opens it (its -wal and -shm files take the same mode).
                os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
            conn = sqlite3.connect(
                self.path, timeout=self._timeout, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            raise self._error(exc) from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self._timeout * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            if not self._ready:
                with self._lock:
                    if not self._ready:
                        self._migrate(conn)
                        self._ready = True
        except sqlite3.Error as exc:
            conn.close()
            raise self._error(exc) from exc
        except BaseException:
            conn.close()
            raise
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL, applied_at REAL NOT NULL)"
            )
            current = int(conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0])
            for migration in pending(current, self._migrate_to):
                for statement in migration.sqlite:
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, time.time()),
                )
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise

    def _error(self, exc: BaseException) -> StoreError:
        return StoreError(f"the state database {self.path} cannot be used: {exc}")


def _amount(text: object) -> Decimal:
    try:
        value = Decimal(str(text))
    except InvalidOperation:
        raise StoreError(f"a booking holds {text!r}, not an amount: the state database is damaged") from None
    if not value.is_finite():
        raise StoreError(f"a booking holds {text!r}, not an amount: the state database is damaged")
    return value
