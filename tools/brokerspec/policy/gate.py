"""The safety gate: the one object the server asks before any write (mode, limits, tokens, daily ledger).

None of this is advice to the agent: every write tool goes through a `SafetyGate`, and a refusal is
an exception (`SafetyRefusal`) that the MCP layer turns into a structured tool error. The order of
calls for a create is:

    preview:  check_write_allowed(env) -> cost = worst_case_cost(intent) -> check_limits(intent, cost)
              -> body = to_v2_body(intent, coid) -> issue_token(order_payload(...body...))
    place:    check_write_allowed(env) -> redeem_token(token, order_payload(...same body...))
              -> check_limits(intent, cost) -> reserve_daily(coid, cost)
              -> audit "write_attempt" -> send -> audit "write_result"
              (-> release_daily(coid) only if the broker *definitely* did not take the order)

The settings (`brokerspec.settings.safety.SafetySettings`) are read by `brokerspec.config`; preview tokens are
`tokens.PreviewTokens`, the per-day dollar ledger `ledger.DailyLedger`; both keep their state in one
`brokerspec.store` (SQLite in the state directory unless a shared store is handed in).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Literal

import attrs

from brokerspec.domain.orders import OrderIntent, worst_case_cost
from brokerspec.errors import (
    InvalidConfiguration,
    LimitExceeded,
    LiveTradingNotAllowed,
    ReadOnlyMode,
    TickerNotAllowed,
)
from brokerspec.policy.ledger import Booking, Clock, DailyLedger, import_json_ledger, money
from brokerspec.policy.principal import current_subject
from brokerspec.policy.tokens import PreviewTokens
from brokerspec.settings import variables as v
from brokerspec.settings.safety import SafetySettings, environment_path
from brokerspec.store.base import Store

#: The daily ledger's file before the store (imported into it once, then renamed `*.imported`).
LEGACY_LEDGER = "daily_ledger.json"

__all__ = ["Environment", "LimitCheck", "SafetyGate"]

Environment = Literal["demo", "production", "sandbox"]

_ENVIRONMENTS: frozenset[str] = frozenset({"demo", "production", "sandbox"})
_LIVE_ENVIRONMENTS: frozenset[str] = frozenset({"production"})


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


class SafetyGate:
    """The one object the server asks before any write. Thread-safe; one per server process."""

    def __init__(
        self,
        settings: SafetySettings,
        *,
        clock: Clock = time.time,
        ledger: DailyLedger | None = None,
        store: Store | None = None,
        token_key: bytes | None = None,
    ) -> None:
        """`store`: where the ledger and used tokens live (default: SQLite in the state directory);
        `token_key`: the preview-token key shared by replicas (default: `BROKERSPEC_TOKEN_KEY`, else a fresh
        one per process)."""
        self.settings = settings
        self._clock = clock
        if store is None:
            from brokerspec.store import open_store

            store = ledger.store if ledger is not None else open_store(settings.state_dir)
        self.store = store
        self.ledger = ledger or self._ledger(store, "production")
        self.tokens = PreviewTokens(
            settings.token_ttl_seconds, clock=clock, store=store, key=token_key or settings.token_key
        )
        self._blocked: InvalidConfiguration | None = None
        self._legacy_checked: set[str] = set()

    def _ledger(self, store: Store, scope: str) -> DailyLedger:
        return DailyLedger(
            store, scope=scope, clock=self._clock, subject_limit=self.settings.max_daily_dollars_per_subject
        )

    def separate_ledger(self, environment: str) -> None:
        """Count this server's spend in `environment`'s own ledger (sandbox and demo never count against
        production's day: their own SQLite file, see `environment_path`, or their own scope in a shared
        database)."""
        self.store = self.store.for_environment(environment)
        self.ledger = self._ledger(self.store, environment)
        self.tokens.store = self.store

    def import_legacy_ledger(self) -> bool:
        """Copy the JSON ledger of the same state directory and environment into the store, once (an upgrade
        mid-day keeps the day's bookings); `LedgerUnavailable` when that file is damaged."""
        legacy = environment_path(self.settings.state_dir / LEGACY_LEDGER, self.ledger.scope)
        if str(legacy) in self._legacy_checked:
            return False
        imported = import_json_ledger(legacy, self.ledger)
        self._legacy_checked.add(str(legacy))
        return imported

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
                suggestion=f'a human can enable trading by starting the server with {v.TRADING}="1"',
                details={"environment": environment},
            )
        if environment in _LIVE_ENVIRONMENTS and not self.settings.allow_live:
            raise LiveTradingNotAllowed(
                "writes to production (live money) are not allowed",
                suggestion=f'use the demo environment, or a human can set {v.ALLOW_LIVE}="1"',
                details={"environment": environment},
            )

    # limits

    def spent_today(self) -> Decimal:
        """Worst-case dollars already placed today (UTC)."""
        self.import_legacy_ledger()
        return self.ledger.spent()

    def subject_spent_today(self) -> tuple[str, Decimal, Decimal] | None:
        """(subject, its dollars today, its limit) when a subject acts under a per-subject limit."""
        subject, limit = current_subject.get(), self.settings.max_daily_dollars_per_subject
        if subject is None or limit is None:
            return None
        return subject, self.ledger.spent(subject=subject), limit

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
                limit=money(s.max_order_dollars),
                value=money(cost),
                unit="USD",
                passed=cost <= s.max_order_dollars,
            )
        )
        day_total = self.spent_today() + cost
        checks.append(
            LimitCheck(
                name="max_daily_dollars",
                limit=money(s.max_daily_dollars),
                value=money(day_total),
                unit="USD",
                passed=day_total <= s.max_daily_dollars,
            )
        )
        own = self.subject_spent_today()
        if own is not None:
            _subject, spent, limit = own
            checks.append(
                LimitCheck(
                    name="max_daily_dollars_per_subject",
                    limit=money(limit),
                    value=money(spent + cost),
                    unit="USD",
                    passed=spent + cost <= limit,
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
                suggestion=f"trade an allowed ticker, or a human can extend {v.TICKER_ALLOWLIST}",
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
        self.import_legacy_ledger()
        return self.ledger.book(client_order_id, cost, limit=self.settings.max_daily_dollars)

    def unbook(self, booking: Booking) -> None:
        """Undo a booking whose write the broker provably did not execute (or that was never sent)."""
        self.ledger.unbook(booking)

    def check_daily(self, costs: Iterable[Decimal]) -> None:
        """Refuse if these orders' worst cases would bring today's total over the daily limit."""
        costs = list(costs)
        spent = self.spent_today()
        total = spent + sum(costs, Decimal(0))
        limit = self.settings.max_daily_dollars
        if total > limit:
            raise LimitExceeded(
                f"order exceeds max_daily_dollars: these orders would bring today's total to "
                f"${money(total)}, over ${money(limit)} (${money(spent)} already placed today)",
                suggestion="wait for the next UTC day, place less, or a human can raise "
                f"{v.MAX_DAILY_DOLLARS}",
                details={"failed": ["max_daily_dollars"], "spent_today_dollars": money(spent)},
            )
        own = self.subject_spent_today()
        if own is not None and own[1] + sum(costs, Decimal(0)) > own[2]:
            _subject, spent, limit = own
            raise LimitExceeded(
                f"order exceeds max_daily_dollars_per_subject: these orders would bring your total today to "
                f"${money(spent + sum(costs, Decimal(0)))}, over ${money(limit)} (${money(spent)} already placed)",
                suggestion="wait for the next UTC day, place less, or a human can raise "
                f"{v.MAX_DAILY_DOLLARS_PER_SUBJECT}",
                details={"failed": ["max_daily_dollars_per_subject"], "spent_today_dollars": money(spent)},
            )

    def release_daily(self, client_order_id: str) -> Decimal | None:
        """Undo a reservation for an order the broker definitely did not accept (never on a timeout)."""
        return self.ledger.release(client_order_id)

    # preview tokens

    def issue_token(self, payload: Mapping[str, Any]) -> tuple[str, dt.datetime]:
        """A single-use token bound to `payload` (see `order_payload`) that expires after the TTL."""
        return self.tokens.issue(payload)

    def check_token(self, token: str, payload: Mapping[str, Any]) -> None:
        """Raise the `TokenRefusal` that `redeem_token` would, without using a good token up."""
        self.tokens.check(token, payload)

    def redeem_token(self, token: str, payload: Mapping[str, Any]) -> None:
        """Accept the token once for exactly this payload, or raise a `TokenRefusal`."""
        self.tokens.redeem(token, payload)
