"""The one storage interface: the daily ledger, used preview tokens, the audit lines and the route cache.

Two engines implement `Store`: `sqlite.SqliteStore` (the default: one file in the state directory, for one
machine) and `postgres.PostgresStore` (`BROKERSPEC_DATABASE_URL`, shared by every replica). What each
operation guarantees is the same on both:

* `reserve` adds a booking for a `(scope, day, client_order_id)` **only if** the day's total (and the
  subject's, when a subject limit is given) stays within the limit, checked and written in one serialized
  transaction (SQLite `BEGIN IMMEDIATE`; PostgreSQL an advisory transaction lock per scope and day), and is
  committed durably (fsync'd) before it returns: an order is sent only after its booking survives a crash;
* `mark_token_used` is an insert under a primary key: exactly one caller ever gets True for a nonce;
* `append_audit` is committed durably before it returns;
* `remember_route` is a cache: it may be lost in a crash (it costs one lookup), so it is not fsync'd.

Money is exact: PostgreSQL `NUMERIC`, SQLite decimal text summed as `Decimal` (never REAL). The schema is
versioned (`schema_version`) and migrated on open by the ordered `MIGRATIONS`, the same versions for both.
Failures raise `StoreError` (messages without credentials); the policy turns them into its refusals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Final, Protocol, runtime_checkable

import attrs

__all__ = [
    "MIGRATIONS",
    "Migration",
    "Reservation",
    "Store",
    "StoreError",
    "decide",
    "pending",
]


class StoreError(Exception):
    """The store cannot be read or written (unreachable, damaged, a newer schema); the text has no secrets."""


@attrs.frozen
class Reservation:
    """What `reserve` decided: `accepted`, the amount booked (never below an earlier booking of the same id),
    what the others held that day (in total and for the subject), and what this id held before."""

    accepted: bool
    amount: Decimal
    others: Decimal
    subject_others: Decimal | None
    previous: Decimal | None

    @property
    def total(self) -> Decimal:
        return self.others + self.amount


@attrs.frozen
class Migration:
    """One step of the schema: its version, a name, and the statements of each engine."""

    version: int
    name: str
    sqlite: tuple[str, ...]
    postgres: tuple[str, ...]


#: The schema, in order. Add a step at the end; never change one that has shipped.
MIGRATIONS: Final[tuple[Migration, ...]] = (
    Migration(
        1,
        "ledger, used preview tokens, audit lines",
        sqlite=(
            "CREATE TABLE reservations (scope TEXT NOT NULL, day TEXT NOT NULL, client_order_id TEXT NOT NULL,"
            " amount TEXT NOT NULL, created_at REAL NOT NULL, PRIMARY KEY (scope, day, client_order_id))",
            "CREATE TABLE used_tokens (nonce TEXT PRIMARY KEY, expires_at INTEGER NOT NULL)",
            "CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, ts TEXT NOT NULL,"
            " event TEXT NOT NULL, client_order_id TEXT, line TEXT NOT NULL)",
        ),
        postgres=(
            "CREATE TABLE reservations (scope TEXT NOT NULL, day TEXT NOT NULL, client_order_id TEXT NOT NULL,"
            " amount NUMERIC NOT NULL CHECK (amount >= 0), created_at TIMESTAMPTZ NOT NULL DEFAULT now(),"
            " PRIMARY KEY (scope, day, client_order_id))",
            "CREATE TABLE used_tokens (nonce TEXT PRIMARY KEY, expires_at BIGINT NOT NULL)",
            "CREATE TABLE audit (id BIGSERIAL PRIMARY KEY, scope TEXT NOT NULL, ts TEXT NOT NULL,"
            " event TEXT NOT NULL, client_order_id TEXT, line TEXT NOT NULL)",
        ),
    ),
    Migration(
        2,
        "subjects (per-subject daily limits, who is in each audit line), the route cache",
        sqlite=(
            "ALTER TABLE reservations ADD COLUMN subject TEXT",
            "ALTER TABLE audit ADD COLUMN subject TEXT",
            "CREATE INDEX reservations_by_subject ON reservations (scope, day, subject)",
            "CREATE INDEX audit_by_order ON audit (client_order_id)",
            "CREATE TABLE routes (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
            " PRIMARY KEY (kind, key))",
        ),
        postgres=(
            "ALTER TABLE reservations ADD COLUMN subject TEXT",
            "ALTER TABLE audit ADD COLUMN subject TEXT",
            "CREATE INDEX reservations_by_subject ON reservations (scope, day, subject)",
            "CREATE INDEX audit_by_order ON audit (client_order_id)",
            "CREATE TABLE routes (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
            " updated_at TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (kind, key))",
        ),
    ),
)

#: The version a store is at after opening.
SCHEMA_VERSION: Final = MIGRATIONS[-1].version


def pending(current: int, target: int | None = None) -> Sequence[Migration]:
    """The migrations to apply to a schema at `current` to reach `target` (default: the newest)."""
    target = SCHEMA_VERSION if target is None else target
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"the database schema is at version {current}, newer than this brokerspec knows "
            f"({SCHEMA_VERSION}): upgrade brokerspec on every replica"
        )
    return [m for m in MIGRATIONS if current < m.version <= target]


def decide(
    rows: Sequence[tuple[str, Decimal, str | None]],
    client_order_id: str,
    amount: Decimal,
    *,
    limit: Decimal,
    subject: str | None,
    subject_limit: Decimal | None,
) -> Reservation:
    """The one rule both engines apply to a day's bookings `(client_order_id, amount, subject)`, inside the
    transaction that holds the day: the id's booking never goes down (it may belong to a live order), and the
    day's total, and the subject's when a subject limit applies, must stay within their limits."""
    previous: Decimal | None = None
    others = Decimal(0)
    subject_others = Decimal(0)
    for coid, booked, booked_subject in rows:
        if coid == client_order_id:
            previous = booked
            continue
        others += booked
        if subject is not None and booked_subject == subject:
            subject_others += booked
    if previous is not None:
        amount = max(amount, previous)
    accepted = others + amount <= limit
    checked_subject = subject is not None and subject_limit is not None
    if checked_subject and subject_limit is not None:
        accepted = accepted and subject_others + amount <= subject_limit
    return Reservation(
        accepted=accepted,
        amount=amount,
        others=others,
        subject_others=subject_others if checked_subject else None,
        previous=previous,
    )


def decimal_text(value: Decimal) -> str:
    """An exact decimal as plain text (`0.0001`, never `1E-4`): what SQLite stores."""
    if not value.is_finite():
        raise StoreError(f"not a finite amount: {value}")
    return format(value, "f")


@runtime_checkable
class Store(Protocol):
    """The storage every replica shares (see the module doc for what each operation guarantees)."""

    @property
    def engine(self) -> str:
        """ "sqlite" or "postgresql"."""
        ...

    def for_environment(self, environment: str) -> Store:
        """The store of `environment`'s state (SQLite: its own file; PostgreSQL: the same database)."""
        ...

    def schema_version(self) -> int: ...

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
        """Book `amount` (raised to what the id already holds) unless a limit would be passed."""
        ...

    def restore(self, scope: str, day: str, client_order_id: str, amount: Decimal | None) -> None:
        """Put a booking back to `amount` (None: remove it): undoes one `reserve` exactly."""
        ...

    def release(self, scope: str, client_order_id: str) -> Decimal | None:
        """Remove the id's booking on any day; what it held, or None."""
        ...

    def booked(self, scope: str, day: str, client_order_id: str) -> Decimal | None: ...

    def spent(self, scope: str, day: str, subject: str | None = None) -> Decimal:
        """The day's total (of one subject's bookings when `subject` is given)."""
        ...

    # preview tokens

    def mark_token_used(self, nonce: str, expires_at: int, *, now: float) -> bool:
        """Record the nonce as used; False if it already was (forgets nonces expired before `now`)."""
        ...

    def token_used(self, nonce: str) -> bool: ...

    # the audit log

    def append_audit(self, scope: str, line: Mapping[str, Any]) -> None:
        """Commit one (already redacted) audit line durably before returning."""
        ...

    def audit_lines(self, scope: str | None = None) -> list[dict[str, Any]]:
        """Every audit line (of `scope`), oldest first."""
        ...

    # the route cache

    def remember_route(self, kind: str, key: str, value: Mapping[str, Any]) -> None: ...

    def lookup_route(self, kind: str, key: str) -> dict[str, Any] | None: ...

    def close(self) -> None: ...
