"""The daily ledger: worst-case dollars placed per UTC day, shared by every server process through the store."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import time
from collections.abc import Callable, Iterator
from decimal import ROUND_CEILING, Decimal
from pathlib import Path

import attrs

from brokerspec.domain.money import DOLLARS, decimal_text
from brokerspec.errors import LedgerUnavailable, LimitExceeded
from brokerspec.policy.principal import current_subject
from brokerspec.settings import variables as v
from brokerspec.store.base import Store, StoreError

__all__ = ["Booking", "Clock", "DailyLedger", "import_json_ledger", "money"]

Clock = Callable[[], float]
_UNLIMITED = Decimal("Infinity")


def money(value: Decimal) -> str:
    """Dollars as the policy shows them: four decimals, plain notation (`"50.0000"`)."""
    return decimal_text(value, DOLLARS)


@attrs.frozen
class Booking:
    """One booking in the daily ledger, and what its id held before (so it can be undone exactly)."""

    client_order_id: str
    day: str
    previous: Decimal | None


def _utc_day(now: float) -> str:
    return dt.datetime.fromtimestamp(now, tz=dt.UTC).date().isoformat()


class DailyLedger:
    """Worst-case dollars placed per UTC day, in the store shared by every server process (or replica).

    Each placed order's worst-case cost is recorded under its `client_order_id`, so reserving the
    same id twice adjusts rather than double-counts, and an order the broker definitely refused can
    be released. The store checks the limit and books in one serialized, durable transaction, so
    concurrent processes never lose an update or both pass the limit, and a booking is on disk before
    the order is sent. An unreadable store refuses writes: treating it as empty would lift the limit.
    One ledger per `scope` (environment) counts every order of it, demo money included (conservative).

    Each booking carries the acting subject (`principal.current_subject`); with `subject_limit` set, a
    subject's own bookings of the day must also stay within it.
    """

    def __init__(
        self,
        store: Store,
        *,
        scope: str = "production",
        clock: Clock = time.time,
        keep_days: int = 31,
        subject_limit: Decimal | None = None,
    ) -> None:
        self.store = store
        self.scope = scope
        self._clock = clock
        self._keep_days = keep_days
        self.subject_limit = subject_limit

    @property
    def path(self) -> Path | None:
        """The SQLite file the ledger lives in (None on PostgreSQL)."""
        path = getattr(self.store, "path", None)
        return path if isinstance(path, Path) else None

    def spent(self, day: str | None = None, subject: str | None = None) -> Decimal:
        """Dollars reserved on `day` (ISO date, UTC; default today), by `subject` alone when given."""
        day = day or _utc_day(self._clock())
        with self._available():
            return self.store.spent(self.scope, day, subject)

    def booked(self, client_order_id: str, day: str | None = None) -> Decimal | None:
        """What is booked under `client_order_id` on `day` (default today), or None."""
        day = day or _utc_day(self._clock())
        with self._available():
            return self.store.booked(self.scope, day, client_order_id)

    def book(self, client_order_id: str, amount: Decimal, *, limit: Decimal) -> Booking:
        """Like `reserve`, returning a `Booking` that `unbook` can undo exactly (restoring what was there)."""
        day, previous, _total = self._reserve(client_order_id, amount, limit=limit)
        return Booking(client_order_id=client_order_id, day=day, previous=previous)

    def unbook(self, booking: Booking) -> None:
        """Undo one `book`: the entry goes back to what it was before (or away if there was none)."""
        with self._available():
            self.store.restore(self.scope, booking.day, booking.client_order_id, booking.previous)

    def reserve(self, client_order_id: str, amount: Decimal, *, limit: Decimal) -> Decimal:
        """Add `amount` for today unless the day's total would exceed `limit`; returns the new total.

        Booking an id again never lowers what it holds: the first booking may belong to an order that is
        live at the exchange (a repeated `client_order_id` is refused there as a duplicate, and must not
        shrink the live order's share of the day).
        """
        return self._reserve(client_order_id, amount, limit=limit)[2]

    def _reserve(
        self, client_order_id: str, amount: Decimal, *, limit: Decimal
    ) -> tuple[str, Decimal | None, Decimal]:
        if amount < 0:
            raise ValueError("a reservation cannot be negative")
        amount = amount.quantize(DOLLARS, rounding=ROUND_CEILING)  # never round a cost down
        now = self._clock()
        day = _utc_day(now)
        cutoff = (dt.date.fromisoformat(day) - dt.timedelta(days=self._keep_days)).isoformat()
        subject = current_subject.get()
        with self._available():
            decision = self.store.reserve(
                self.scope,
                day,
                client_order_id,
                amount,
                limit=limit,
                subject=subject,
                subject_limit=self.subject_limit,
                prune_before=cutoff,
            )
        if decision.accepted:
            return day, decision.previous, decision.total
        amount, total = decision.amount, decision.total
        if total > limit:
            raise LimitExceeded(
                f"this order's worst case ${money(amount)} would bring today's total to "
                f"${money(total)}, over the daily limit of ${money(limit)}",
                suggestion="wait for the next UTC day, place a smaller order, or raise "
                f"{v.MAX_DAILY_DOLLARS}",
                details={
                    "limit": "max_daily_dollars",
                    "day": day,
                    "spent_today_dollars": money(decision.others),
                    "order_dollars": money(amount),
                    "limit_dollars": money(limit),
                },
            )
        own = decision.subject_others or Decimal(0)
        subject_limit = self.subject_limit or Decimal(0)
        raise LimitExceeded(
            f"this order's worst case ${money(amount)} would bring your total today to "
            f"${money(own + amount)}, over the per-subject daily limit of ${money(subject_limit)}",
            suggestion="wait for the next UTC day, place a smaller order, or a human can raise "
            f"{v.MAX_DAILY_DOLLARS_PER_SUBJECT}",
            details={
                "limit": "max_daily_dollars_per_subject",
                "day": day,
                "spent_today_dollars": money(own),
                "order_dollars": money(amount),
                "limit_dollars": money(subject_limit),
            },
        )

    def release(self, client_order_id: str) -> Decimal | None:
        """Forget a reservation (any day); returns what was released, or None if there was none."""
        with self._available():
            return self.store.release(self.scope, client_order_id)

    @contextlib.contextmanager
    def _available(self) -> Iterator[None]:
        try:
            yield
        except StoreError as exc:
            raise LedgerUnavailable(
                f"the daily dollar ledger is unavailable: {exc}",
                suggestion=f"check {v.STATE_DIR} is writable and the state database is intact, or that "
                f"{v.DATABASE_URL}'s database is reachable (writes stay refused until then)",
            ) from exc


def import_json_ledger(path: Path, ledger: DailyLedger) -> bool:
    """Move the bookings of a JSON ledger (`daily_ledger.json`, before the store) into `ledger`, once.

    Upgrading mid-day must not forget what was already placed that day: every booking is copied (without
    a limit: they were placed), then the file is renamed `*.imported`. A damaged file refuses writes
    (`LedgerUnavailable`) exactly as the JSON ledger itself did. Returns whether anything was imported.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise _legacy_unavailable(path, str(exc)) from exc
    try:
        data = json.loads(text)
        days = data["days"]
        if data.get("version") != 1 or not isinstance(days, dict):
            raise ValueError("unexpected layout")
        entries = [
            (day, coid, Decimal(amount)) for day, booked in days.items() for coid, amount in booked.items()
        ]
    except (ValueError, KeyError, TypeError, AttributeError, ArithmeticError) as exc:
        raise _legacy_unavailable(path, f"not a valid ledger ({exc})") from exc
    with ledger._available():
        for day, coid, amount in entries:
            ledger.store.reserve(ledger.scope, day, coid, amount, limit=_UNLIMITED)
    try:
        os.replace(path, path.with_name(path.name + ".imported"))
    except OSError as exc:
        raise _legacy_unavailable(path, f"imported, but cannot be renamed ({exc})") from exc
    return True


def _legacy_unavailable(path: Path, why: str) -> LedgerUnavailable:
    return LedgerUnavailable(
        f"the daily dollar ledger is unavailable: the old ledger {path} cannot be imported: {why}",
        suggestion="repair the file, or move it aside if its bookings are no longer wanted",
    )
