"""Trading policy the server enforces: modes, limits, a per-day dollar ledger, and preview tokens.

None of this is advice to the agent: every write tool goes through a `SafetyGate`, and a refusal is
an exception (`SafetyRefusal`) that the MCP layer turns into a structured tool error. The order of
calls for a create is:

    preview:  check_write_allowed(env) -> cost = worst_case_cost(intent) -> check_limits(intent, cost)
              -> body = to_v2_body(intent, coid) -> issue_token(order_payload(...body...))
    place:    check_write_allowed(env) -> redeem_token(token, order_payload(...same body...))
              -> check_limits(intent, cost) -> reserve_daily(coid, cost)
              -> audit "write_attempt" -> send -> audit "write_result"
              (-> release_daily(coid) only if the broker *definitely* did not take the order)

Settings come from environment variables (all optional):

    BROKERSPEC_TRADING              "1" enables writes; unset/"0" = read-only (the default)
    BROKERSPEC_ALLOW_LIVE           "1" additionally allows writes to production (live money)
    BROKERSPEC_MAX_ORDER_CONTRACTS  per-order contracts, default 100
    BROKERSPEC_MAX_ORDER_DOLLARS    per-order worst-case dollars (fees included), default 50
    BROKERSPEC_MAX_DAILY_DOLLARS    worst-case dollars placed per UTC day, default 200
    BROKERSPEC_TICKER_ALLOWLIST     comma-separated tickers (case-insensitive); empty = any
    BROKERSPEC_STATE_DIR            default $XDG_STATE_HOME/brokerspec or ~/.local/state/brokerspec
    BROKERSPEC_TOKEN_TTL_SECONDS    preview token lifetime, default 300

The audit log's variables (BROKERSPEC_AUDIT_LOG, _MAX_BYTES, _KEEP) are read in `audit.py`.

Preview tokens are HMAC-SHA256 under a key drawn from `secrets` when the gate is created and never
stored: a token is only good in the server process that issued it (an MCP stdio server lives for
one host session, and the single-use set is in memory too, so a shared key would let a token be
used once per process). A restart invalidates outstanding tokens, which costs one new preview.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import fcntl
import hashlib
import hmac
import json
import os
import secrets
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import ROUND_CEILING, Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

import attrs

from brokerspec.domain.orders import OrderIntent, worst_case_cost
from brokerspec.errors import (
    InvalidConfiguration,
    LedgerUnavailable,
    LimitExceeded,
    LiveTradingNotAllowed,
    OrderChanged,
    ReadOnlyMode,
    TickerNotAllowed,
    TokenExpired,
    TokenInvalid,
    TokenReused,
)

__all__ = [
    "DEFAULTS",
    "Booking",
    "DailyLedger",
    "Environment",
    "LimitCheck",
    "SafetyGate",
    "SafetySettings",
    "SettingsError",
    "canonical_json",
    "default_state_dir",
    "environment_path",
    "order_payload",
]

Environment = Literal["demo", "production", "sandbox"]
Clock = Callable[[], float]

_ENVIRONMENTS: frozenset[str] = frozenset({"demo", "production", "sandbox"})
_LIVE_ENVIRONMENTS: frozenset[str] = frozenset({"production"})
_DOLLARS = Decimal("0.0001")

ENV_TRADING = "BROKERSPEC_TRADING"
ENV_ALLOW_LIVE = "BROKERSPEC_ALLOW_LIVE"
ENV_MAX_ORDER_CONTRACTS = "BROKERSPEC_MAX_ORDER_CONTRACTS"
ENV_MAX_ORDER_DOLLARS = "BROKERSPEC_MAX_ORDER_DOLLARS"
ENV_MAX_DAILY_DOLLARS = "BROKERSPEC_MAX_DAILY_DOLLARS"
ENV_TICKER_ALLOWLIST = "BROKERSPEC_TICKER_ALLOWLIST"
ENV_STATE_DIR = "BROKERSPEC_STATE_DIR"
ENV_TOKEN_TTL_SECONDS = "BROKERSPEC_TOKEN_TTL_SECONDS"

#: Defaults of the limits, small on purpose: a first run should not be able to lose much.
DEFAULTS: Mapping[str, Any] = {
    "max_order_contracts": 100,
    "max_order_dollars": Decimal("50"),
    "max_daily_dollars": Decimal("200"),
    "token_ttl_seconds": 300,
}


class SettingsError(ValueError):
    """An environment variable has a value we refuse to guess about."""


# --- settings --------------------------------------------------------------------------------------


def default_state_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where state (ledger, audit log) lives: BROKERSPEC_STATE_DIR, else the XDG state directory."""
    env = os.environ if environ is None else environ
    explicit = env.get(ENV_STATE_DIR, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    xdg = env.get("XDG_STATE_HOME", "").strip()
    if xdg and Path(xdg).is_absolute():  # the XDG spec says to ignore relative paths
        return Path(xdg) / "brokerspec"
    home = env.get("HOME", "").strip()
    return (Path(home) if home else Path.home()) / ".local" / "state" / "brokerspec"


def environment_path(path: Path, environment: str) -> Path:
    """The file of `environment` for a state file configured as `path`: production keeps the configured
    name, every other environment gets its own file beside it (`audit.jsonl` -> `audit.sandbox.jsonl`,
    `daily_ledger.json` -> `daily_ledger.demo.json`), so play money never mixes with real money."""
    if environment == "production":
        return path
    return path.with_name(f"{path.stem}.{environment}{path.suffix}")


def _env_switch(env: Mapping[str, str], name: str) -> bool:
    # Only "1" turns a safety switch on; anything unexpected is an error rather than a guess.
    raw = env.get(name, "").strip()
    if raw in ("", "0"):
        return False
    if raw == "1":
        return True
    raise SettingsError(f'{name}={raw!r}: set it to "1" to enable, or "0"/unset to disable')


def _env_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a whole number") from None
    if value <= 0:
        raise SettingsError(f"{name}={raw!r} must be positive")
    return value


def _env_dollars(env: Mapping[str, str], name: str, default: Decimal) -> Decimal:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise SettingsError(f"{name}={raw!r} is not a dollar amount") from None
    if not value.is_finite() or value <= 0:
        raise SettingsError(f"{name}={raw!r} must be a positive dollar amount")
    return value


def _parse_allowlist(raw: str) -> frozenset[str]:
    return _normalize_allowlist(raw.split(","))


def _normalize_allowlist(tickers: Iterable[str]) -> frozenset[str]:
    # Kalshi tickers are upper case; comparing upper-cased spares a human a silent mismatch.
    return frozenset(t.strip().upper() for t in tickers if t.strip())


def _to_dollars(value: Decimal | int | str) -> Decimal:
    # Limits are compared with Decimal costs; a float limit would make that comparison inexact.
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise SettingsError(f"a dollar limit must be a Decimal, int or decimal string, not {value!r}")
    try:
        return Decimal(value)
    except InvalidOperation:
        raise SettingsError(f"{value!r} is not a dollar amount") from None


def _positive(_inst: object, attr: attrs.Attribute[Any], value: int | Decimal) -> None:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise SettingsError(f"{attr.name} must be a positive number, not {value!r}")
    if isinstance(value, Decimal) and not value.is_finite():
        raise SettingsError(f"{attr.name} must be a finite number, not {value!r}")
    if value <= 0:
        raise SettingsError(f"{attr.name} must be positive, not {value!r}")


@attrs.frozen
class SafetySettings:
    """The policy knobs, read once at startup (see the module docstring for the variables)."""

    trading_enabled: bool = False
    allow_live: bool = False
    max_order_contracts: int = attrs.field(default=DEFAULTS["max_order_contracts"], validator=_positive)
    max_order_dollars: Decimal = attrs.field(
        default=DEFAULTS["max_order_dollars"], converter=_to_dollars, validator=_positive
    )
    max_daily_dollars: Decimal = attrs.field(
        default=DEFAULTS["max_daily_dollars"], converter=_to_dollars, validator=_positive
    )
    ticker_allowlist: frozenset[str] = attrs.field(default=frozenset(), converter=_normalize_allowlist)
    state_dir: Path = attrs.field(factory=default_state_dir, converter=Path)
    token_ttl_seconds: int = attrs.field(default=DEFAULTS["token_ttl_seconds"], validator=_positive)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> SafetySettings:
        """Read the documented BROKERSPEC_* variables; unset means the safe default."""
        env = os.environ if environ is None else environ
        return cls(
            trading_enabled=_env_switch(env, ENV_TRADING),
            allow_live=_env_switch(env, ENV_ALLOW_LIVE),
            max_order_contracts=_env_int(env, ENV_MAX_ORDER_CONTRACTS, DEFAULTS["max_order_contracts"]),
            max_order_dollars=_env_dollars(env, ENV_MAX_ORDER_DOLLARS, DEFAULTS["max_order_dollars"]),
            max_daily_dollars=_env_dollars(env, ENV_MAX_DAILY_DOLLARS, DEFAULTS["max_daily_dollars"]),
            ticker_allowlist=_parse_allowlist(env.get(ENV_TICKER_ALLOWLIST, "")),
            state_dir=default_state_dir(env),
            token_ttl_seconds=_env_int(env, ENV_TOKEN_TTL_SECONDS, DEFAULTS["token_ttl_seconds"]),
        )

    @property
    def mode(self) -> Literal["read_only", "trading"]:
        """What a `capabilities` tool reports."""
        return "trading" if self.trading_enabled else "read_only"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary for the `capabilities` tool (no secrets live here)."""
        return {
            "mode": self.mode,
            "live_trading_allowed": self.trading_enabled and self.allow_live,
            "max_order_contracts": self.max_order_contracts,
            "max_order_dollars": _money(self.max_order_dollars),
            "max_daily_dollars": _money(self.max_daily_dollars),
            "ticker_allowlist": sorted(self.ticker_allowlist) or None,
            "token_ttl_seconds": self.token_ttl_seconds,
        }


def _money(value: Decimal) -> str:
    return format(value.quantize(_DOLLARS), "f")


# --- limit checks -----------------------------------------------------------------------------------


@attrs.frozen
class LimitCheck:
    """One limit as a preview shows it: what it allows, what this order comes to, and whether it passes."""

    name: str
    limit: str
    value: str
    unit: str
    passed: bool

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


# --- per-day ledger ---------------------------------------------------------------------------------


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
                entries[booking.client_order_id] = _money(booking.previous)
            self._write(days)

    def reserve(self, client_order_id: str, amount: Decimal, *, limit: Decimal) -> Decimal:
        """Add `amount` for today unless the day's total would exceed `limit`; returns the new total.

        Booking an id again never lowers what it holds: the first booking may belong to an order that is
        live at the exchange (a repeated `client_order_id` is refused there as a duplicate, and must not
        shrink the live order's share of the day).
        """
        if amount < 0:
            raise ValueError("a reservation cannot be negative")
        amount = amount.quantize(_DOLLARS, rounding=ROUND_CEILING)  # never round a cost down
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
                    f"this order's worst case ${_money(amount)} would bring today's total to "
                    f"${_money(total)}, over the daily limit of ${_money(limit)}",
                    suggestion="wait for the next UTC day, place a smaller order, or raise "
                    f"{ENV_MAX_DAILY_DOLLARS}",
                    details={
                        "limit": "max_daily_dollars",
                        "day": day,
                        "spent_today_dollars": _money(others),
                        "order_dollars": _money(amount),
                        "limit_dollars": _money(limit),
                    },
                )
            today[client_order_id] = _money(amount)
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
            suggestion=f"check {ENV_STATE_DIR} is writable and the ledger file is intact "
            "(move a damaged file aside; writes stay refused until then)",
        )


# --- preview tokens ---------------------------------------------------------------------------------


def canonical_json(value: Any) -> bytes:
    """One byte string per JSON value: sorted keys, no spaces, no NaN, nothing but JSON types."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()


def order_payload(
    *,
    broker: str,
    environment: str,
    operation: str,
    body: Mapping[str, Any],
    order_id: str | None = None,
) -> dict[str, Any]:
    """What a preview token is bound to: the exact request body and where and how it is sent.

    Build it from the V2 body (`to_v2_body`, including the client_order_id) both at preview and at
    place time; any difference at all is an `order_changed` refusal.
    """
    return {
        "broker": broker,
        "environment": environment,
        "operation": operation,
        "order_id": order_id,
        "body": dict(body),
    }


_TOKEN_PREFIX = "bst1"
_NONCE_BYTES = 12
_MAC_BYTES = 16  # HMAC-SHA256 truncated to 128 bits: forgery odds 2^-128, and half the length to copy


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@attrs.frozen
class _Issued:
    expires_at: int
    mac: bytes


# --- the gate ---------------------------------------------------------------------------------------


class SafetyGate:
    """The one object the server asks before any write. Thread-safe; one per server process."""

    def __init__(
        self,
        settings: SafetySettings,
        *,
        clock: Clock = time.time,
        ledger: DailyLedger | None = None,
    ) -> None:
        self.settings = settings
        self._clock = clock
        self.ledger = ledger or DailyLedger(settings.state_dir / "daily_ledger.json", clock=clock)
        self._key = secrets.token_bytes(32)
        self._lock = threading.Lock()
        self._issued: dict[str, _Issued] = {}  # nonce -> issue record, only to name `order_changed`
        self._used: dict[str, int] = {}  # nonce -> expiry; kept until the token would have expired
        self._blocked: InvalidConfiguration | None = None

    def separate_ledger(self, environment: str) -> None:
        """Count this server's spend in `environment`'s own ledger (sandbox and demo never count against
        production's day; see `audit.environment_path` for the file names)."""
        self.ledger = DailyLedger(environment_path(self.ledger.path, environment), clock=self._clock)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, *, clock: Clock = time.time) -> SafetyGate:
        return cls(SafetySettings.from_env(environ), clock=clock)

    def capabilities(self) -> dict[str, Any]:
        """Mode and limits for the `capabilities` tool."""
        return self.settings.to_dict()

    # modes

    def block_writes(self, message: str, suggestion: str) -> None:
        """Refuse every write from now on: the configuration the limits came from is not what was meant."""
        self._blocked = InvalidConfiguration(message, suggestion=suggestion)

    def check_write_allowed(self, environment: str) -> None:
        """Refuse unless writes are enabled, and for production unless live trading is too."""
        if environment not in _ENVIRONMENTS:
            raise ValueError(f"unknown environment {environment!r}; expected one of {sorted(_ENVIRONMENTS)}")
        if self._blocked is not None:
            raise InvalidConfiguration(self._blocked.message, suggestion=self._blocked.suggestion)
        if not self.settings.trading_enabled:
            raise ReadOnlyMode(
                "the server is in read-only mode: order writes are disabled",
                suggestion=f'a human can enable trading by starting the server with {ENV_TRADING}="1"',
                details={"environment": environment},
            )
        if environment in _LIVE_ENVIRONMENTS and not self.settings.allow_live:
            raise LiveTradingNotAllowed(
                "writes to production (live money) are not allowed",
                suggestion=f'use the demo environment, or a human can set {ENV_ALLOW_LIVE}="1"',
                details={"environment": environment},
            )

    # limits

    def spent_today(self) -> Decimal:
        """Worst-case dollars already placed today (UTC)."""
        return self.ledger.spent()

    def evaluate_limits(self, intent: OrderIntent, cost: Decimal | None = None) -> list[LimitCheck]:
        """Every limit with its verdict, never raising on a failed limit (a preview shows them all)."""
        s = self.settings
        cost = worst_case_cost(intent) if cost is None else cost
        checks: list[LimitCheck] = []
        ticker = intent.ticker.upper()
        checks.append(
            LimitCheck(
                name="ticker_allowlist",
                limit=",".join(sorted(s.ticker_allowlist)) or "any",
                value=intent.ticker,
                unit="ticker",
                passed=not s.ticker_allowlist or ticker in s.ticker_allowlist,
            )
        )
        checks.append(
            LimitCheck(
                name="max_order_contracts",
                limit=str(s.max_order_contracts),
                value=str(intent.count),
                unit="contracts",
                passed=intent.count <= s.max_order_contracts,
            )
        )
        checks.append(
            LimitCheck(
                name="max_order_dollars",
                limit=_money(s.max_order_dollars),
                value=_money(cost),
                unit="USD",
                passed=cost <= s.max_order_dollars,
            )
        )
        day_total = self.spent_today() + cost
        checks.append(
            LimitCheck(
                name="max_daily_dollars",
                limit=_money(s.max_daily_dollars),
                value=_money(day_total),
                unit="USD",
                passed=day_total <= s.max_daily_dollars,
            )
        )
        return checks

    def check_limits(self, intent: OrderIntent, cost: Decimal | None = None) -> list[LimitCheck]:
        """All limit checks, raising `TickerNotAllowed` or `LimitExceeded` if any fails."""
        checks = self.evaluate_limits(intent, cost)
        failed = [c for c in checks if not c.passed]
        if not failed:
            return checks
        details = {"checks": [c.to_dict() for c in checks], "failed": [c.name for c in failed]}
        if failed[0].name == "ticker_allowlist":
            raise TickerNotAllowed(
                f"ticker {intent.ticker} is not on the allow-list ({failed[0].limit})",
                suggestion=f"trade an allowed ticker, or a human can extend {ENV_TICKER_ALLOWLIST}",
                details=details,
            )
        described = "; ".join(f"{c.name}: {c.value} > {c.limit} {c.unit}" for c in failed)
        raise LimitExceeded(
            f"order exceeds {described}",
            suggestion="reduce the count or the price, or a human can raise the limit",
            details=details,
        )

    def reserve_daily(self, client_order_id: str, cost: Decimal) -> Booking:
        """Count an order's worst case against today, atomically with the daily-limit check."""
        return self.ledger.book(client_order_id, cost, limit=self.settings.max_daily_dollars)

    def unbook(self, booking: Booking) -> None:
        """Undo a booking whose write the broker provably did not execute (or that was never sent)."""
        self.ledger.unbook(booking)

    def check_daily(self, costs: Iterable[Decimal]) -> None:
        """Refuse if these orders' worst cases would bring today's total over the daily limit."""
        spent = self.spent_today()
        total = spent + sum(costs, Decimal(0))
        limit = self.settings.max_daily_dollars
        if total > limit:
            raise LimitExceeded(
                f"order exceeds max_daily_dollars: these orders would bring today's total to "
                f"${_money(total)}, over ${_money(limit)} (${_money(spent)} already placed today)",
                suggestion="wait for the next UTC day, place less, or a human can raise "
                f"{ENV_MAX_DAILY_DOLLARS}",
                details={"failed": ["max_daily_dollars"], "spent_today_dollars": _money(spent)},
            )

    def release_daily(self, client_order_id: str) -> Decimal | None:
        """Undo a reservation for an order the broker definitely did not accept (never on a timeout)."""
        return self.ledger.release(client_order_id)

    # preview tokens

    def issue_token(self, payload: Mapping[str, Any]) -> tuple[str, dt.datetime]:
        """A single-use token bound to `payload` (see `order_payload`) that expires after the TTL."""
        now = self._clock()
        expires_at = int(now) + self.settings.token_ttl_seconds
        nonce = _b64(secrets.token_bytes(_NONCE_BYTES))
        mac = self._mac(expires_at, nonce, payload)
        with self._lock:
            self._prune(now)
            self._issued[nonce] = _Issued(expires_at=expires_at, mac=mac)
        token = f"{_TOKEN_PREFIX}.{expires_at}.{nonce}.{_b64(mac)}"
        return token, dt.datetime.fromtimestamp(expires_at, tz=dt.UTC)

    def check_token(self, token: str, payload: Mapping[str, Any]) -> None:
        """Raise the `TokenRefusal` that `redeem_token` would, without using a good token up."""
        self._verify(token, payload, burn=False)

    def redeem_token(self, token: str, payload: Mapping[str, Any]) -> None:
        """Accept the token once for exactly this payload, or raise a `TokenRefusal`."""
        self._verify(token, payload, burn=True)

    def _verify(self, token: str, payload: Mapping[str, Any], *, burn: bool) -> None:
        expires_at, nonce, mac = self._parse(token)
        changed = False
        if not hmac.compare_digest(mac, self._mac(expires_at, nonce, payload)):
            # Not valid for this payload. If it is a genuine token of ours, the order changed;
            # otherwise it was altered, forged, or issued by another process (another key).
            with self._lock:
                issued = self._issued.get(nonce)
            genuine = (
                issued is not None
                and issued.expires_at == expires_at
                and hmac.compare_digest(mac, issued.mac)
            )
            if not genuine:
                raise self._invalid("the preview token was not issued by this server or has been altered")
            changed = True
        now = self._clock()
        with self._lock:
            if nonce in self._used:
                raise TokenReused(
                    "this preview token was already used",
                    suggestion="preview the order again to get a new token",
                )
            if now >= expires_at:
                when = dt.datetime.fromtimestamp(expires_at, tz=dt.UTC).isoformat()
                raise TokenExpired(
                    f"the preview token expired at {when}",
                    suggestion="preview the order again to get a new token",
                )
            # A token presented with a different order is burnt, checked or not: it is not tried again.
            if burn or changed:
                self._used[nonce] = expires_at
        if changed:
            raise OrderChanged(
                "the order differs from the one this preview token was issued for",
                suggestion="preview exactly the order you want to place, then place it with the new token",
            )

    def _mac(self, expires_at: int, nonce: str, payload: Mapping[str, Any]) -> bytes:
        message = canonical_json({"v": 1, "expires_at": expires_at, "nonce": nonce, "order": payload})
        return hmac.new(self._key, message, hashlib.sha256).digest()[:_MAC_BYTES]

    def _parse(self, token: str) -> tuple[int, str, bytes]:
        parts = token.strip().split(".") if isinstance(token, str) else []
        if len(parts) != 4 or parts[0] != _TOKEN_PREFIX or not parts[1].isdigit():
            raise self._invalid("the preview token is malformed")
        try:
            mac = _unb64(parts[3])
            nonce_raw = _unb64(parts[2])
        except (binascii.Error, ValueError):
            raise self._invalid("the preview token is malformed") from None
        if len(mac) != _MAC_BYTES or len(nonce_raw) != _NONCE_BYTES:
            raise self._invalid("the preview token is malformed")
        return int(parts[1]), parts[2], mac

    def _prune(self, now: float) -> None:
        # Expired entries can go: an expired token is refused as expired whatever else is wrong.
        for nonce in [n for n, issued in self._issued.items() if issued.expires_at <= now]:
            del self._issued[nonce]
        for nonce in [n for n, expires_at in self._used.items() if expires_at <= now]:
            del self._used[nonce]

    @staticmethod
    def _invalid(message: str) -> TokenInvalid:
        return TokenInvalid(message, suggestion="preview the order again and use the token it returns")
