"""The composition root: one `Runtime` per server process holds the configuration, the safety gate, the audit
log and the lazily built broker clients and adapters.

Nothing heavy is imported at module level: the generated clients, httpx, the transport and the sandbox load
on the first tool call that needs them (`_start`, `_client`, `kalshi`). The use cases build on it:
`reads.Reads`, `placing.Placing`, `order_changes.OrderChanges`; `service.Service` is all of them.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from brokerspec.errors import (
    InvalidConfiguration,
    ServiceError,
)
from brokerspec.policy.audit import AuditLog
from brokerspec.policy.gate import SafetyGate

if TYPE_CHECKING:
    from brokerspec.brokers.kalshi.adapter import KalshiBroker
    from brokerspec.config import Configuration
    from brokerspec.sandbox.server import SandboxServer
    from brokerspec.settings.brokers import Settings
    from brokerspec.settings.problems import Problem

BROKERS = ("kalshi", "wealthy", "vendor_gateway")
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
FIX_AND_RESTART = (
    "a human must fix the server's environment and restart it; `brokerspec check` lists every problem"
)


def is_loopback(url: str | None) -> bool:
    return bool(url) and (urlsplit(url).hostname or "") in _LOOPBACK


def problem_text(problems: Sequence[Problem]) -> str:
    """The text every tool of an affected broker answers: the problems, as `serve` printed them."""
    return "; ".join(str(p) for p in problems)


class Runtime:
    """The server's state: settings, gate, audit log, clients. Thread-safe lazy start."""

    def __init__(
        self,
        *,
        env: Mapping[str, str] | None = None,
        sandbox: bool = False,
        gate: SafetyGate | None = None,
        audit: AuditLog | None = None,
        configuration: Configuration | None = None,
    ) -> None:
        """`configuration` is what `serve` already read from the same environment (read here otherwise).

        Never raises for a bad environment: its problems are kept, reported by `capabilities`, and answered
        by the tools they affect (`invalid_configuration`). In sandbox mode the broker variables come from
        the sandbox, started with the first call.
        """
        from brokerspec.config import read_configuration

        self._env = None if env is None else dict(env)  # None: the process environment
        self._sandbox_mode = sandbox
        if configuration is None or sandbox:
            configuration = read_configuration(self._env, broker_env={} if sandbox else None)
        self.configuration = configuration
        # State (daily ledger, audit log) is separate per environment, chosen once Kalshi's is known in
        # `_start`; a gate or audit log handed in is used as it is.
        self._separate_state = gate is None, audit is None
        if gate is None:
            from brokerspec.store import open_store

            store = open_store(configuration.safety.state_dir, configuration.storage.database_url)
            gate = SafetyGate(configuration.safety, store=store)
        self.gate = gate
        server_wide = configuration.problems_of(None)
        if server_wide:
            self.gate.block_writes(problem_text(server_wide), FIX_AND_RESTART)
        self.audit = audit or AuditLog.from_settings(configuration.audit, store=self.gate.store)
        self._lock = threading.Lock()
        self._settings: Settings | None = None
        self._sandbox: SandboxServer | None = None
        self._environments: dict[str, str] = {}
        self._kalshi: KalshiBroker | None = None
        self._clients: dict[str, Any] = {}

    def _start(self) -> Settings:
        with self._lock:
            if self._settings is not None:
                return self._settings
            if self._sandbox_mode:
                from brokerspec.config import read_configuration
                from brokerspec.sandbox.server import SandboxServer

                self._sandbox = SandboxServer().start()
                self.configuration = read_configuration(self._env, broker_env=self._sandbox.environment())
            settings = self.configuration.settings
            if self.configuration.storage.redis_url:  # every replica shares each broker key's buckets
                from brokerspec.http.ratelimit_redis import use_redis

                use_redis(self.configuration.storage.redis_url)
            sandbox_urls = self._sandbox_mode or self.configuration.sandbox
            urls = {
                "kalshi": settings.kalshi.base_url if settings.kalshi else None,
                "wealthy": settings.wealthy.base_url if settings.wealthy else None,
                "vendor_gateway": settings.vendor_gateway.base_url if settings.vendor_gateway else None,
            }
            for broker in settings.configured:
                # "sandbox" is only ever claimed for loopback URLs: a flag must not relabel a real exchange.
                if sandbox_urls and is_loopback(urls[broker]):
                    self._environments[broker] = "sandbox"
                elif broker == "kalshi" and settings.kalshi is not None:
                    self._environments[broker] = settings.kalshi.environment
                else:
                    self._environments[broker] = "production"
            kalshi_env = self._environments.get("kalshi")
            if kalshi_env is not None:
                own_ledger, own_audit = self._separate_state
                if own_ledger:
                    self.gate.separate_ledger(kalshi_env)
                if own_audit:
                    self.audit = self.audit.for_environment(kalshi_env)
            self._settings = settings
            return settings

    async def _settings_async(self) -> Settings:
        if self._settings is not None:
            return self._settings
        return await asyncio.to_thread(self._start)

    async def environment(self, broker: str) -> str:
        await self._settings_async()
        problems = self.configuration.problems_of(broker)
        if problems:
            raise ServiceError("invalid_configuration", problem_text(problems), FIX_AND_RESTART)
        env = self._environments.get(broker)
        if env is None:
            raise ServiceError(
                "broker_not_configured",
                f"{broker} is not configured on this server",
                "call `capabilities` to see the configured brokers",
            )
        return env

    def _client(self, broker: str) -> Any:
        client = self._clients.get(broker)
        if client is None:
            from brokerspec.brokers.clients import client_for

            assert self._settings is not None
            client = self._clients[broker] = client_for(
                broker,
                self._settings,
                kalshi_key=self.configuration.kalshi_key,
                rate_overrides=self.configuration.rate_overrides[broker],  # type: ignore[index]
                broker_transport=True,
            )
        return client

    async def kalshi(self) -> KalshiBroker:
        env = await self.environment("kalshi")
        if self._kalshi is None:
            from brokerspec.brokers.kalshi.adapter import KalshiBroker
            from brokerspec.brokers.kalshi.routing import RouteBook

            # Routes live in the state store too: another replica (or a restart) finds an order's shard.
            routes = RouteBook(store=self.gate.store, namespace=f"kalshi:{env}")
            self._kalshi = KalshiBroker(self._client("kalshi"), env, routes=routes)
        return self._kalshi

    def close(self) -> None:
        self._clients.clear()
        if self._sandbox is not None:
            self._sandbox.stop()

    def _refuse_if_misconfigured(self) -> None:
        """Limits read from a broken environment are not what the human meant: evaluate none of them."""
        problems = self.configuration.problems_of(None)
        if problems:
            raise InvalidConfiguration(problem_text(problems), suggestion=FIX_AND_RESTART)
