"""The daily ledger: worst-case dollars placed per UTC day, shared by every server process through one file."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from decimal import ROUND_CEILING, Decimal
from pathlib import Path

import attrs

from brokerspec.domain.money import DOLLARS, decimal_text
from brokerspec.errors import LedgerUnavailable, LimitExceeded
from brokerspec.settings import variables as v

__all__ = ["Booking", "Clock", "DailyLedger", "money"]

Clock = Callable[[], float]


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
    """Worst-case dollars placed per UTC day, in a JSON file shared by every server process.

    Each placed order's worst-case cost is recorded under its `client_order_id`, so reserving the
    same id twice adjusts rather than double-counts, and an order the broker definitely refused can
    be released. Every read-modify-write holds an exclusive `flock` on a side lock file and replaces
    the data file atomically, so concurrent processes never lose an update and a crash never leaves
    half a file. An unreadable ledger refuses writes: treating it as empty would lift the limit.
    One ledger per state directory counts every environment, demo money included (conservative);
    give a sandbox or demo server its own BROKERSPEC_STATE_DIR to keep its spend apart.
    """

    def __init__(self, path: Path, *, clock: Clock = time.time, keep_days: int = 31) -> None:
        self.path = path
        self._lock_path = path.with_name(path.name + ".lock")
        self._clock = clock
        self._keep_days = keep_days

    def spent(self, day: str | None = None) -> Decimal:
        """Dollars reserved on `day` (ISO date, UTC; default today)."""
        day = day or _utc_day(self._clock())
        with self._locked(exclusive=False):
            days = self._read()
        return sum((Decimal(v) for v in days.get(day, {}).values()), Decimal(0))

    def booked(self, client_order_id: str, day: str | None = None) -> Decimal | None:
        """What is booked under `client_order_id` on `day` (default today), or None."""
        day = day or _utc_day(self._clock())
        with self._locked(exclusive=False):
            amount = self._read().get(day, {}).get(client_order_id)
        return None if amount is None else Decimal(amount)

    def book(self, client_order_id: str, amount: Decimal, *, limit: Decimal) -> Booking:
        """Like `reserve`, returning a `Booking` that `unbook` can undo exactly (restoring what was there)."""
        day = _utc_day(self._clock())
        previous = self.booked(client_order_id, day)
        self.reserve(client_order_id, amount, limit=limit)
        return Booking(client_order_id=client_order_id, day=day, previous=previous)

    def unbook(self, booking: Booking) -> None:
        """Undo one `book`: the entry goes back to what it was before (or away if there was none)."""
        with self._locked(exclusive=True):
            days = self._read()
            entries = days.setdefault(booking.day, {})
            if booking.previous is None:
                entries.pop(booking.client_order_id, None)
            else:
                entries[booking.client_order_id] = money(booking.previous)
            self._write(days)

    def reserve(self, client_order_id: str, amount: Decimal, *, limit: Decimal) -> Decimal:
        """Add `amount` for today unless the day's total would exceed `limit`; returns the new total.

        Booking an id again never lowers what it holds: the first booking may belong to an order that is
        live at the exchange (a repeated `client_order_id` is refused there as a duplicate, and must not
        shrink the live order's share of the day).
        """
        if amount < 0:
            raise ValueError("a reservation cannot be negative")
        amount = amount.quantize(DOLLARS, rounding=ROUND_CEILING)  # never round a cost down
        day = _utc_day(self._clock())
        with self._locked(exclusive=True):
            days = self._read()
            today = days.setdefault(day, {})
            if client_order_id in today:
                amount = max(amount, Decimal(today[client_order_id]))
            others = sum((Decimal(v) for k, v in today.items() if k != client_order_id), Decimal(0))
            total = others + amount
            if total > limit:
                raise LimitExceeded(
                    f"this order's worst case ${money(amount)} would bring today's total to "
                    f"${money(total)}, over the daily limit of ${money(limit)}",
                    suggestion="wait for the next UTC day, place a smaller order, or raise "
                    f"{v.MAX_DAILY_DOLLARS}",
                    details={
                        "limit": "max_daily_dollars",
                        "day": day,
                        "spent_today_dollars": money(others),
                        "order_dollars": money(amount),
                        "limit_dollars": money(limit),
                    },
                )
            today[client_order_id] = money(amount)
            self._write(self._pruned(days, day))
        return total

    def release(self, client_order_id: str) -> Decimal | None:
        """Forget a reservation (any day); returns what was released, or None if there was none."""
        with self._locked(exclusive=True):
            days = self._read()
            for entries in days.values():
                if client_order_id in entries:
                    released = Decimal(entries.pop(client_order_id))
                    self._write(days)
                    return released
        return None

    # internals

    @contextlib.contextmanager
    def _locked(self, *, exclusive: bool) -> Iterator[None]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise self._unavailable(f"cannot open {self._lock_path}: {exc}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise self._unavailable(f"cannot read {self.path}: {exc}") from exc
        try:
            data = json.loads(text)
            days = data["days"]
            if data.get("version") != 1 or not isinstance(days, dict):
                raise ValueError("unexpected layout")
            for entries in days.values():
                if not isinstance(entries, dict):
                    raise ValueError("unexpected layout")
                for amount in entries.values():
                    Decimal(amount)
        except (ValueError, KeyError, TypeError, ArithmeticError) as exc:
            raise self._unavailable(f"{self.path} is not a valid ledger ({exc})") from exc
        return days

    def _write(self, days: dict[str, dict[str, str]]) -> None:
        text = json.dumps({"version": 1, "days": days}, indent=1, sort_keys=True)
        directory = self.path.parent
        try:
            fd, tmp = tempfile.mkstemp(dir=directory, prefix=self.path.name + ".", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    f.write(text)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            dir_fd = os.open(directory, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError as exc:
            raise self._unavailable(f"cannot write {self.path}: {exc}") from exc

    def _pruned(self, days: dict[str, dict[str, str]], today: str) -> dict[str, dict[str, str]]:
        cutoff = (dt.date.fromisoformat(today) - dt.timedelta(days=self._keep_days)).isoformat()
        return {d: entries for d, entries in days.items() if d >= cutoff}

    def _unavailable(self, why: str) -> LedgerUnavailable:
        return LedgerUnavailable(
            f"the daily dollar ledger is unavailable: {why}",
            suggestion=f"check {v.STATE_DIR} is writable and the ledger file is intact "
            "(move a damaged file aside; writes stay refused until then)",
        )
