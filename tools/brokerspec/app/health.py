"""`GET /healthz`: what a load balancer checks before sending a replica requests.

200 `{"status": "ok", "store": {...}, "redis": {...}}` when the store (SQLite or PostgreSQL) answers a query and
Redis (when configured) answers PING, each within a few seconds; 503 with the same shape when one does not.
No credentials are needed and none are shown: an engine name, a flag, and at most an exception class name.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Final

import anyio

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

    from brokerspec.config import Configuration
    from brokerspec.store.base import Store

#: Each check gives up after this long: a load balancer's own check timeout is usually a few seconds.
CHECK_TIMEOUT_SECONDS: Final = 2.0


class Health:
    """The `/healthz` endpoint of one process; the store handle is opened on the first check and kept."""

    def __init__(self, configuration: Configuration) -> None:
        self._configuration = configuration
        self._store: Store | None = None
        self._redis: Any = None

    async def endpoint(self, request: Request) -> Response:
        from starlette.responses import JSONResponse

        store = await self._check(self._store_ok)
        body: dict[str, Any] = {"status": "ok", "store": {"engine": self._engine(), **store}, "redis": None}
        healthy = store["ok"]
        if self._configuration.storage.redis_url:
            body["redis"] = await self._check(self._redis_ok)
            healthy = healthy and body["redis"]["ok"]
        if not healthy:
            body["status"] = "unavailable"
        return JSONResponse(body, status_code=200 if healthy else 503, headers={"cache-control": "no-store"})

    def _engine(self) -> str:
        return "postgresql" if self._configuration.storage.database_url else "sqlite"

    @staticmethod
    async def _check(probe: Any) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            with anyio.fail_after(CHECK_TIMEOUT_SECONDS):
                await probe()
        except TimeoutError:
            return {"ok": False, "error": "timeout"}
        except Exception as exc:  # any failure is "not reachable"; its text may name hosts or users
            return {"ok": False, "error": type(exc).__name__}
        return {"ok": True, "ms": round(1000 * (time.perf_counter() - started), 1)}

    async def _store_ok(self) -> None:
        if self._store is None:
            from brokerspec.store import open_store

            self._store = open_store(
                self._configuration.safety.state_dir, self._configuration.storage.database_url
            )
        store = self._store
        await anyio.to_thread.run_sync(store.schema_version, abandon_on_cancel=True)

    async def _redis_ok(self) -> None:
        if self._redis is None:
            import redis.asyncio

            self._redis = redis.asyncio.from_url(
                self._configuration.storage.redis_url or "",
                socket_connect_timeout=CHECK_TIMEOUT_SECONDS,
                socket_timeout=CHECK_TIMEOUT_SECONDS,
            )
        await self._redis.ping()
