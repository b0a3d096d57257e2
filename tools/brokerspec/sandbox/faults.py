"""Fault injection and request counting for the sandbox: an ASGI middleware around the whole composed app.

A **rule** says what to break, where and when::

    {"kind": "error", "status": 503, "method": "POST",
     "path": "/kalshi/trade-api/v2/portfolio/events/orders", "calls": [1, 3]}

* `kind` — what happens to a request the rule fires on:
  - `latency`: wait `delay_ms`, then answer normally;
  - `rate_limit`: HTTP 429 (or `status`), JSON body (on `/kalshi/...` Kalshi's own
    `{"error": "too many requests"}`); `Retry-After: <retry_after>` only when that is set;
  - `error`: HTTP `status` (default 500; 502, 503, ... any 4xx/5xx) with a JSON body;
  - `html_error`: HTTP `status` (default 520) with a Cloudflare-like HTML page (`text/html`);
  - `malformed_json`: the request **is processed**, then its answer is cut in half and sent as HTTP 200
    (or `status`) `application/json` — a truncated body, as a flaky proxy produces;
  - `drop_before`: the connection is dropped before the request is processed (the app never sees it);
  - `drop_after`: the app processes the request (an order gets created), then the connection is dropped:
    the client never gets an answer.
* `method` — `"*"` (default) or an HTTP method.
* `path` — matched against the **full** path, broker prefix included (`/kalshi/...`, `/wealthy/...`,
  `/vendor-gateway/...`, also when brokers are served on separate ports), without the query string.
  A glob: `*` matches within one path segment, `**` across segments, `?` one character; or a regular
  expression when written `re:<regex>` (full match). Default `**`: every path.
* when — counted per rule, over the requests that match its method and path since the rule was installed:
  `calls: [1, 3]` fires on the 1st and 3rd matching call; `times: N` on the next N matching calls;
  neither: on every matching call.
* `delay_ms` adds latency before any kind; `body` replaces the default body of `rate_limit`, `error` and
  `html_error`.

Several rules may match a request: every matching rule counts it; the delays of all firing `latency` rules
add up; then the first firing rule of another kind (in list order) decides the answer.

**Stats**: every request is counted on arrival, before any fault, under `"METHOD /full/path"` — so a test can
assert that exactly one create request reached the sandbox per create call, whatever the faults did to it.
Admin paths (`/_sandbox/...` and any `/_admin/...`) are never counted and never faulted.

**Dropping a connection** from ASGI: under uvicorn (bound with `FaultController.attach_uvicorn`, as
`SandboxServer` does) the middleware finds the request's connection among the server's open connections by
its client and server addresses and `abort()`s its asyncio transport — the peer sees a reset with no
response at all, and the app is never asked for one (so uvicorn has nothing to answer with a 500).
Anywhere else (an unbound server, or in-process under `httpx.ASGITransport`) it starts a response that can
never complete and raises `httpx.RemoteProtocolError`: a real server then closes the connection mid-response,
and an in-process httpx client gets that exception, as it would from the network.

Over HTTP (see `fault_admin_routes`): `GET|POST|DELETE /_sandbox/faults`, `GET|DELETE /_sandbox/stats`.
"""

from __future__ import annotations

import asyncio
import http
import json
import logging
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    import uvicorn

__all__ = ["KINDS", "FaultController", "FaultMiddleware", "FaultRule", "fault_admin_routes", "is_admin_path"]

logger = logging.getLogger("brokerspec.sandbox.faults")

KINDS: tuple[str, ...] = (
    "latency",
    "rate_limit",
    "error",
    "html_error",
    "malformed_json",
    "drop_before",
    "drop_after",
)
_DEFAULT_STATUS = {"rate_limit": 429, "error": 500, "html_error": 520, "malformed_json": 200}
KALSHI_RATE_LIMITED = {"error": "too many requests"}
"""The default body of a `rate_limit` fault on a Kalshi path: the exchange's real 429 body."""
_RULE_KEYS = {"kind", "method", "path", "calls", "times", "status", "retry_after", "delay_ms", "body"}
_METHOD = re.compile(r"^(\*|[A-Z]+)$")


def _compile_path(pattern: str) -> re.Pattern[str]:
    if pattern.startswith("re:"):
        return re.compile(pattern[3:])
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out))


def is_admin_path(path: str) -> bool:
    """Sandbox and simulator control endpoints: never counted, never faulted."""
    return path == "/_sandbox" or path.startswith("/_sandbox/") or "/_admin/" in path + "/"


@dataclass
class FaultRule:
    """One fault: what (`kind`), where (`method`, `path`), when (`calls` or `times`; neither = always)."""

    kind: str
    method: str = "*"
    path: str = "**"
    calls: tuple[int, ...] | None = None
    times: int | None = None
    status: int | None = None
    retry_after: str | None = None
    delay_ms: float = 0
    body: str | None = None
    #: How many requests matched `method` and `path` since the rule was installed.
    matched: int = field(default=0, compare=False)
    #: How many of those it fired on.
    fired: int = field(default=0, compare=False)
    _regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {', '.join(KINDS)}")
        self.method = str(self.method).upper()
        if not _METHOD.match(self.method):
            raise ValueError(f"method must be '*' or an HTTP method, not {self.method!r}")
        if not isinstance(self.path, str) or not self.path:
            raise ValueError("path must be a non-empty glob or 're:<regex>'")
        try:
            self._regex = _compile_path(self.path)
        except re.error as exc:
            raise ValueError(f"bad path regex {self.path!r}: {exc}") from None
        if self.calls is not None and self.times is not None:
            raise ValueError("give either calls or times, not both")
        if self.calls is not None:
            calls = tuple(self.calls)
            if not calls or not all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in calls):
                raise ValueError("calls must be a non-empty list of call numbers >= 1")
            self.calls = calls
        if self.times is not None and (
            not isinstance(self.times, int) or isinstance(self.times, bool) or self.times < 1
        ):
            raise ValueError("times must be an integer >= 1")
        if self.status is None:
            self.status = _DEFAULT_STATUS.get(self.kind)
        elif self.kind not in _DEFAULT_STATUS:
            raise ValueError(f"a {self.kind} fault takes no status")
        elif (
            not isinstance(self.status, int) or isinstance(self.status, bool) or not 100 <= self.status <= 599
        ):
            raise ValueError("status must be an HTTP status code (100-599)")
        elif self.kind in {"rate_limit", "error", "html_error"} and self.status < 400:
            raise ValueError(f"a {self.kind} fault needs a 4xx or 5xx status")
        if self.retry_after is not None:
            if self.kind not in {"rate_limit", "error"}:
                raise ValueError("retry_after applies to rate_limit and error faults only")
            if isinstance(self.retry_after, bool) or not isinstance(self.retry_after, str | int | float):
                raise ValueError("retry_after must be a number of seconds or a string")
            self.retry_after = str(self.retry_after)
        if isinstance(self.delay_ms, bool) or not isinstance(self.delay_ms, int | float) or self.delay_ms < 0:
            raise ValueError("delay_ms must be a number >= 0")
        if self.kind == "latency" and self.delay_ms <= 0:
            raise ValueError("a latency fault needs delay_ms > 0")
        if self.body is not None:
            if self.kind not in {"rate_limit", "error", "html_error"}:
                raise ValueError("body applies to rate_limit, error and html_error faults only")
            if not isinstance(self.body, str):
                raise ValueError("body must be a string")

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> FaultRule:
        """A rule from its JSON form; unknown keys are an error (a typo must not silently mean 'always')."""
        if not isinstance(raw, Mapping):
            raise ValueError("a fault rule must be a JSON object")
        unknown = set(raw) - _RULE_KEYS
        if unknown:
            raise ValueError(f"unknown fault rule keys: {', '.join(sorted(unknown))}")
        if "kind" not in raw:
            raise ValueError("a fault rule needs a kind")
        values = dict(raw)
        if values.get("calls") is not None:
            if not isinstance(values["calls"], list | tuple):
                raise ValueError("calls must be a list of call numbers")
            values["calls"] = tuple(values["calls"])
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, with the rule's counters."""
        out: dict[str, Any] = {"kind": self.kind, "method": self.method, "path": self.path}
        if self.calls is not None:
            out["calls"] = list(self.calls)
        if self.times is not None:
            out["times"] = self.times
        for key in ("status", "retry_after", "body"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.delay_ms:
            out["delay_ms"] = self.delay_ms
        out["matched"] = self.matched
        out["fired"] = self.fired
        return out

    def matches(self, method: str, path: str) -> bool:
        return (self.method in ("*", method)) and self._regex.fullmatch(path) is not None

    def _fires_on(self, n: int) -> bool:
        if self.calls is not None:
            return n in self.calls
        if self.times is not None:
            return n <= self.times
        return True


#: Finds the connection a request arrived on and aborts it; False when it cannot.
ConnectionAborter = Callable[[Scope], bool]


class FaultController:
    """The rule list, the per-route request counters, and the way to drop connections. Thread-safe:
    tests change it from their own thread while the server runs in another."""

    def __init__(self, rules: Iterable[FaultRule | Mapping[str, Any]] = ()) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = [_as_rule(r) for r in rules]
        self._requests: Counter[str] = Counter()
        self._aborters: list[ConnectionAborter] = []

    # rules ----------------------------------------------------------------------------------------
    def add(self, *rules: FaultRule | Mapping[str, Any]) -> None:
        """Append rules (after the current ones)."""
        parsed = [_as_rule(r) for r in rules]
        with self._lock:
            self._rules.extend(parsed)

    def set_rules(self, rules: Iterable[FaultRule | Mapping[str, Any]]) -> None:
        """Replace every rule; counting restarts for the new ones."""
        parsed = [_as_rule(r) for r in rules]
        with self._lock:
            self._rules = parsed

    def clear(self) -> None:
        """Remove every rule: the sandbox answers normally again."""
        with self._lock:
            self._rules = []

    @property
    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)

    def rules_as_json(self) -> list[dict[str, Any]]:
        with self._lock:
            return [rule.to_dict() for rule in self._rules]

    # stats ----------------------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        """Requests that reached the sandbox, per `"METHOD /full/path"`, counted on arrival."""
        with self._lock:
            return dict(sorted(self._requests.items()))

    def count(self, method: str, path: str) -> int:
        """How many `method path` requests arrived (path with its broker prefix, no query)."""
        with self._lock:
            return self._requests[f"{method.upper()} {path}"]

    def reset_stats(self) -> None:
        with self._lock:
            self._requests.clear()

    def reset(self) -> None:
        """No rules, no counts."""
        with self._lock:
            self._rules = []
            self._requests.clear()

    # connection dropping --------------------------------------------------------------------------
    def add_connection_aborter(self, aborter: ConnectionAborter) -> None:
        """Register a way to abort a request's connection (a server integration)."""
        with self._lock:
            self._aborters.append(aborter)

    def attach_uvicorn(self, server: uvicorn.Server) -> None:
        """Let drop faults abort connections of this uvicorn server at the transport level."""
        self.add_connection_aborter(_uvicorn_aborter(server))

    def _abort_connection(self, scope: Scope) -> bool:
        with self._lock:
            aborters = list(self._aborters)
        return any(aborter(scope) for aborter in aborters)

    # the request path -----------------------------------------------------------------------------
    def _arrive(self, method: str, path: str) -> tuple[float, FaultRule | None]:
        """Count the request, then decide: (seconds of latency to add, the rule that answers or None)."""
        delay_ms = 0.0
        chosen: FaultRule | None = None
        with self._lock:
            self._requests[f"{method} {path}"] += 1
            for rule in self._rules:
                if not rule.matches(method, path):
                    continue
                rule.matched += 1
                if not rule._fires_on(rule.matched):
                    continue
                if rule.kind == "latency":
                    rule.fired += 1
                    delay_ms += rule.delay_ms
                elif chosen is None:
                    rule.fired += 1
                    delay_ms += rule.delay_ms
                    chosen = rule
        return delay_ms / 1000, chosen


def _as_rule(rule: FaultRule | Mapping[str, Any]) -> FaultRule:
    return rule if isinstance(rule, FaultRule) else FaultRule.from_dict(rule)


def _uvicorn_aborter(server: uvicorn.Server) -> ConnectionAborter:
    def abort(scope: Scope) -> bool:
        client, local = scope.get("client"), scope.get("server")
        if client is None:
            return False
        for connection in list(server.server_state.connections):
            if getattr(connection, "client", None) != tuple(client):
                continue
            if local is not None and getattr(connection, "server", None) != tuple(local):
                continue
            transport = getattr(connection, "transport", None)
            if transport is None:
                continue
            transport.abort()
            return True
        return False

    return abort


# --------------------------------------------------------------------------------------------------
# The middleware
# --------------------------------------------------------------------------------------------------


class FaultMiddleware:
    """Counts every request and applies the controller's rules before (or after) the wrapped app.

    `path_prefix` is prepended to the request path for counting and matching: an app served on its own
    port without its broker prefix still answers to the same rules and stats keys (`/kalshi/...`).
    """

    def __init__(self, app: ASGIApp, controller: FaultController, *, path_prefix: str = "") -> None:
        self.app = app
        self.controller = controller
        self.path_prefix = path_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_admin_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        method: str = scope["method"]
        path = self.path_prefix + scope["path"]
        delay, rule = self.controller._arrive(method, path)
        if delay:
            await asyncio.sleep(delay)
        if rule is None:
            await self.app(scope, receive, send)
            return
        logger.info("fault %s on %s %s", rule.kind, method, path)
        tracked = _TrackedReceive(receive)
        if rule.kind == "drop_before":
            await self._drop(scope, send)
        elif rule.kind == "drop_after":
            await _run_captured(self.app, scope, tracked)
            await self._drop(scope, send)
        elif rule.kind == "malformed_json":
            _, body = await _run_captured(self.app, scope, tracked)
            await tracked.drain()
            await _send(send, rule.status or 200, "application/json", _truncate_json(body), rule)
        else:
            await tracked.drain()
            await _send_fault(send, scope, rule, path)

    async def _drop(self, scope: Scope, send: Send) -> None:
        if self.controller._abort_connection(scope):
            # Let the server notice the lost connection before the app returns, so it never tries to answer.
            for _ in range(3):
                await asyncio.sleep(0)
            return
        import httpx

        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
            }
        )
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response (sandbox drop fault)."
        )


async def _run_captured(app: ASGIApp, scope: Scope, receive: Receive) -> tuple[int, bytes]:
    """Run the app to completion, keeping its answer from the client: (status, body)."""
    status = 0
    chunks: list[bytes] = []

    async def capture(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    try:
        await app(scope, receive, capture)
    except Exception:
        logger.exception("the app failed while a fault held its response back")
    return status, b"".join(chunks)


class _TrackedReceive:
    """`receive` that remembers whether the request body was read to the end.

    Reading past the end would block until the client disconnects, so `drain` reads only what is left.
    """

    def __init__(self, receive: Receive) -> None:
        self._receive = receive
        self.body_done = False

    async def __call__(self) -> Message:
        message = await self._receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            self.body_done = True
        return message

    async def drain(self) -> None:
        """Read the body we are not going to use, so the connection stays in a clean state."""
        while not self.body_done:
            await self()


def _truncate_json(body: bytes) -> bytes:
    """The first half of a JSON body — never valid JSON."""
    cut = body[: max(1, len(body) // 2)] if body else b'{"'
    try:
        json.loads(cut)
    except ValueError:
        return cut
    return cut + b'{"'


async def _send(
    send: Send, status: int, content_type: str, body: bytes, rule: FaultRule, *extra: tuple[bytes, bytes]
) -> None:
    headers = [
        (b"content-type", content_type.encode()),
        (b"content-length", str(len(body)).encode()),
        (b"x-brokerspec-fault", rule.kind.encode()),
        *extra,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _send_fault(send: Send, scope: Scope, rule: FaultRule, path: str = "") -> None:
    status = rule.status or 500
    extra: list[tuple[bytes, bytes]] = []
    if rule.retry_after is not None:
        extra.append((b"retry-after", rule.retry_after.encode()))
    if rule.kind == "html_error":
        body = rule.body if rule.body is not None else _cloudflare_page(scope, status, rule.fired)
        extra += [(b"server", b"cloudflare"), (b"cf-ray", _ray_id(rule.fired).encode())]
        await _send(send, status, "text/html; charset=UTF-8", body.encode(), rule, *extra)
        return
    if rule.body is not None:
        text = rule.body
    elif rule.kind == "rate_limit" and (path == "/kalshi" or path.startswith("/kalshi/")):
        text = json.dumps(KALSHI_RATE_LIMITED)  # what Kalshi's own 429 carries: `error` is a string
    else:
        try:
            phrase = http.HTTPStatus(status).phrase
        except ValueError:
            phrase = "error"
        code = re.sub(r"[^a-z0-9]+", "_", phrase.lower()).strip("_")
        text = json.dumps({"error": {"code": code, "message": phrase.lower(), "service": "sandbox"}})
    await _send(send, status, "application/json", text.encode(), rule, *extra)


def _ray_id(n: int) -> str:
    return f"{0x8F3A2B1C4D5E6000 + n:016x}-BOM"


def _cloudflare_page(scope: Scope, status: int, n: int) -> str:
    host = "sandbox"
    for name, value in scope.get("headers", []):
        if name == b"host":
            host = value.decode("latin-1")
    return f"""<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<html lang="en-US">
<head>
<title>{host} | {status}: Web server is returning an unknown error</title>
<meta charset="UTF-8" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="noindex, nofollow" />
</head>
<body>
<div id="cf-wrapper">
  <div id="cf-error-details" class="p-0">
    <header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-8">
      <h1 class="inline-block sm:block sm:mb-2 font-light text-60 lg:text-4xl leading-tight mr-2">
        <span class="inline-block">Web server is returning an unknown error</span>
        <span class="code-label">Error code {status}</span>
      </h1>
    </header>
    <div class="cf-error-footer cf-wrapper w-240 lg:w-full py-10 sm:py-4 sm:px-8 mx-auto text-center">
      <p class="text-13">
        <span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID:
          <strong class="font-semibold">{_ray_id(n)}</strong></span>
        <span class="cf-footer-separator sm:hidden">&bull;</span>
        <span class="cf-footer-item sm:block sm:mb-1">Performance &amp; security by Cloudflare</span>
      </p>
    </div>
  </div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------------
# Admin routes
# --------------------------------------------------------------------------------------------------


def fault_admin_routes(controller: FaultController) -> list[BaseRoute]:
    """`/_sandbox/faults` and `/_sandbox/stats`, to drive the controller over HTTP.

    * `GET /_sandbox/faults` → `{"rules": [...]}` (each with its `matched`/`fired` counters);
    * `POST /_sandbox/faults` with a JSON list of rules (or `{"rules": [...]}`) replaces every rule;
      `?append=true` (or `"append": true` in the object) appends instead; an invalid rule is a 400 and
      changes nothing;
    * `DELETE /_sandbox/faults` removes every rule;
    * `GET /_sandbox/stats` → `{"requests": {"POST /kalshi/...": 1, ...}, "total": 1}`;
    * `DELETE /_sandbox/stats` resets the counters.
    """

    def faults_body() -> JSONResponse:
        return JSONResponse({"rules": controller.rules_as_json()})

    def stats_body() -> JSONResponse:
        requests = controller.stats()
        return JSONResponse({"requests": requests, "total": sum(requests.values())})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            controller.clear()
            return faults_body()
        if request.method == "POST":
            try:
                payload = json.loads(await request.body())
            except ValueError:
                return JSONResponse({"error": "body must be JSON: a list of rules"}, status_code=400)
            append = request.query_params.get("append", "").lower() in {"1", "true", "yes"}
            if isinstance(payload, dict) and "rules" in payload:
                append = append or bool(payload.get("append", False))
                payload = payload["rules"]
            if not isinstance(payload, list):
                return JSONResponse(
                    {"error": "expected a list of rules or {'rules': [...]}"}, status_code=400
                )
            try:
                rules = [FaultRule.from_dict(item) for item in payload]
            except (TypeError, ValueError) as exc:
                return JSONResponse({"error": str(exc)}, status_code=400)
            if append:
                controller.add(*rules)
            else:
                controller.set_rules(rules)
        return faults_body()

    async def stats(request: Request) -> Response:
        if request.method == "DELETE":
            controller.reset_stats()
        return stats_body()

    return [
        Route("/_sandbox/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/_sandbox/stats", stats, methods=["GET", "DELETE"]),
    ]
