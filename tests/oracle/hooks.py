"""Where the SDK oracle (oracle.kalshi_sdk) watches the suite's Kalshi traffic, installed by tests/conftest.py.

* client side: every request a generated Kalshi client (`brokerspec_kalshi.Client`, what brokerspec uses)
  sends, through an httpx request event hook added to each httpx client it builds — whatever answers
  (the sandbox, a cassette, an `httpx.MockTransport`);
* sandbox side: every response of the Kalshi simulator, through an ASGI wrapper around the app
  `brokerspec.sandbox.kalshi.create_app` returns (so `Sandbox`, `SandboxServer` and the tests that serve the
  simulator alone are all covered; fault injection sits outside it and is not judged). Hand-written requests
  of the sandbox tests are not judged (they probe bad input on purpose), the answers to them are.

Nothing under tools/ is edited: both hooks are installed from here, for the session, and removed after.
Violations go to the `Collector` of the running test; the plugin in tests/conftest.py fails the test that
produced them (BROKERSPEC_ORACLE=enforce, the default) or only reports them (=report), or skips all (=off).
"""

from __future__ import annotations

import dataclasses
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from oracle import kalshi_sdk, traffic
from oracle.kalshi_sdk import Violation


@dataclass
class Collector:
    """Violations per test, the session's total, and the SDK (loaded on first use)."""

    test: str = ""
    current: list[Violation] = field(default_factory=list)
    session: list[Violation] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=lambda: {"request": 0, "response": 0})
    outside: Counter[str] = field(default_factory=Counter)  # NOT_IN_SDK entry -> requests it covered
    problem: str | None = None  # why the SDK could not be loaded
    exempt: bool = False  # the running test is marked `oracle_exempt`
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def sdk(self) -> kalshi_sdk.Sdk | None:
        if self.problem is not None:
            return None
        try:
            return kalshi_sdk.load()
        except Exception as exc:  # missing wheel, wrong hash, import error: reported once per test
            self.problem = f"the SDK oracle is unavailable: {type(exc).__name__}: {exc}"
            return None

    def start(self, test: str, *, exempt: bool) -> None:
        with self._lock:
            self.test, self.current, self.exempt = test, [], exempt

    def take(self, *, expected: bool = False) -> list[Violation]:
        """The running test's violations so far (cleared); `expected`: a test provoked them on purpose, so
        they leave the session's list too."""
        with self._lock:
            found, self.current = self.current, []
            if expected:
                self.session = [v for v in self.session if all(v is not f for f in found)]
        return found

    def judge(
        self, side: str, check: Callable[[kalshi_sdk.Sdk], list[Violation]], method: str, path: str
    ) -> None:
        if self.exempt:
            return
        sdk = self.sdk()
        if sdk is None:
            found = [Violation(side, f"{method} {path}", "oracle", self.problem or "unavailable", self.test)]
        else:
            try:
                found = check(sdk)
            except Exception as exc:  # the oracle never breaks the traffic it watches
                found = [
                    Violation(side, f"{method} {path}", "oracle", f"crashed: {type(exc).__name__}: {exc}")
                ]
            allowed = kalshi_sdk.allowed_outside_sdk(method, path)
            if allowed:
                self.outside[f"{side} {allowed}"] += 1
        with self._lock:
            self.checked[side] += 1
        self.add(found)

    def add(self, found: list[Violation]) -> None:
        """Violations of the running test (found by the hooks, or by a test that checks recordings)."""
        with self._lock:
            found = [dataclasses.replace(v, source=v.source or self.test) for v in found]
            self.current.extend(found)
            self.session.extend(found)


COLLECTOR = Collector()


# ---------------------------------------------------------------------------------------------- client side


def _judge_request(request: Any) -> None:
    try:
        body = request.content
    except Exception:  # a streamed body: nothing to read without consuming it
        body = None
    method, path = str(request.method), str(request.url.path)
    query = bytes(request.url.query).decode("ascii", "replace")

    def check(sdk: kalshi_sdk.Sdk) -> list[Violation]:
        return traffic.check_request(sdk, method, path, query, body)

    COLLECTOR.judge("request", check, method, path)


async def _judge_request_async(request: Any) -> None:
    _judge_request(request)


def install_client_hook() -> Callable[[], None]:
    """Add the request hook to every httpx client a generated Kalshi client builds; returns the undo."""
    import brokerspec_kalshi.client as generated

    undo: list[Callable[[], None]] = []
    for cls in (generated.Client, generated.AuthenticatedClient):
        for name, hook in (
            ("get_httpx_client", _judge_request),
            ("get_async_httpx_client", _judge_request_async),
        ):
            original = getattr(cls, name)

            def wrapped(self: Any, _original: Any = original, _hook: Any = hook) -> Any:
                client = _original(self)
                hooks = client.event_hooks
                if _hook not in hooks.get("request", []):
                    hooks.setdefault("request", []).append(_hook)
                    client.event_hooks = hooks
                return client

            setattr(cls, name, wrapped)
            undo.append(lambda cls=cls, name=name, original=original: setattr(cls, name, original))

    def undo_all() -> None:
        for u in undo:
            u()

    return undo_all


# ---------------------------------------------------------------------------------------------- sandbox side


class OracleApp:
    """ASGI wrapper judging each response of one Kalshi simulator app (its 2026 wire era only)."""

    def __init__(self, app: Any, exchange: Any) -> None:
        self.app, self.exchange = app, exchange

    def __getattr__(
        self, name: str
    ) -> Any:  # a Starlette app's attributes (routes, state, ...) stay reachable
        return getattr(self.app, name)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status: list[int] = []
        chunks: list[bytes] = []

        async def watching(message: Any) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))
            await send(message)

        try:
            await self.app(scope, receive, watching)
        finally:
            if status and getattr(self.exchange, "wire_era", "2026") != "2025":
                self._judge(scope, status[0], b"".join(chunks))

    @staticmethod
    def _judge(scope: Any, status: int, body: bytes) -> None:
        method, path, root = scope["method"], scope["path"], scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root) :] or "/"

        def check(sdk: kalshi_sdk.Sdk) -> list[Violation]:
            return traffic.check_response(sdk, method, path, status, body)

        COLLECTOR.judge("response", check, method, path)


def install_sandbox_hook() -> Callable[[], None]:
    """Wrap every app `brokerspec.sandbox.kalshi.create_app` returns; returns the undo."""
    import brokerspec.sandbox.kalshi as kalshi

    original = kalshi.create_app

    def create_app(exchange: Any) -> Any:
        return OracleApp(original(exchange), exchange)

    kalshi.create_app = create_app  # type: ignore[assignment]

    def undo() -> None:
        kalshi.create_app = original  # type: ignore[assignment]

    return undo
