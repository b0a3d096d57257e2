"""The sandbox as one service: every simulator behind one origin (or one port each), plus `/_sandbox` admin.

Layout of the composed app (one port):

| prefix            | simulator      | base URL a client uses            |
|-------------------|----------------|-----------------------------------|
| `/kalshi`         | Kalshi         | `<origin>/kalshi/trade-api/v2`    |
| `/wealthy`        | Wealthy        | `<origin>/wealthy`                |
| `/vendor-gateway` | vendor gateway | `<origin>/vendor-gateway`         |
| `/_sandbox`       | admin          | faults, stats, health, reset      |

With separate ports each simulator is served at its own origin without a prefix (Kalshi at
`<origin>/trade-api/v2`), and `/_sandbox` is served on every port; fault rules and stats keys keep the
prefixed paths in both layouts, so a test reads the same either way.

Three ways to use it:

* in-process, no sockets: `Sandbox().app` is an ASGI app for `httpx.ASGITransport`;
* in-process, real HTTP: `with SandboxServer() as sb:` serves on 127.0.0.1 from a background thread
  (port 0 = a free port);
* from a shell: `brokerspec sandbox` (see `main`), which prints ready-to-use environment variables.

Kalshi credentials are real: an RSA key pair is generated at start (or reused from `key_dir`), the private
key written with mode 0600, and the public key registered with the simulated exchange, which verifies every
signature. The Kalshi simulator bills every request to token buckets like the exchange does: `rate_limit_tier`
("basic" by default, up to "prime"; None or `--rate-limit-tier off` switches limiting off). The Wealthy token and the gateway user are fixed test values (see `brokerspec.sandbox.data`).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import dataclasses
import ipaddress
import os
import random
import shlex
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from brokerspec.sandbox import data
from brokerspec.sandbox.faults import FaultController, FaultMiddleware, fault_admin_routes
from brokerspec.sandbox.vendor_gateway import VendorGateway, create_gateway_app
from brokerspec.sandbox.wealthy import WealthyBroker, create_wealthy_app

if TYPE_CHECKING:
    import uvicorn

__all__ = [
    "BROKERS",
    "DEFAULT_PORT",
    "KALSHI_KEY_FILENAME",
    "RecordedRequest",
    "Sandbox",
    "SandboxCredentials",
    "SandboxServer",
    "is_loopback",
    "main",
]

#: Broker name -> path prefix in the composed app.
BROKERS: dict[str, str] = {"kalshi": "/kalshi", "wealthy": "/wealthy", "vendor_gateway": "/vendor-gateway"}
#: Fixed by default so recordings made against the sandbox always carry the same host and port.
DEFAULT_PORT = 8765
KALSHI_KEY_FILENAME = "kalshi-sandbox-key.pem"
_KALSHI_API = "/trade-api/v2"
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


@dataclass(frozen=True)
class SandboxCredentials:
    """Test credentials the sandbox accepts. None of them works anywhere else."""

    kalshi_key_id: str | None
    kalshi_private_key_path: Path | None
    wealthy_access_token: str
    gateway_user_id: str
    gateway_vendor: str


# --------------------------------------------------------------------------------------------------
# Composition
# --------------------------------------------------------------------------------------------------


def _kalshi_module() -> Any:
    """The Kalshi simulator package, or None while it is not installed in this tree."""
    try:
        import brokerspec.sandbox.kalshi as kalshi
    except ModuleNotFoundError as exc:
        if exc.name in {"brokerspec.sandbox.kalshi"}:
            return None
        raise
    if not hasattr(kalshi, "create_app") or not hasattr(kalshi, "KalshiExchange"):
        return None
    return kalshi


def _kalshi_key_id(seed: int) -> str:
    """Deterministic per seed, so recordings and printed environments are stable."""
    return str(
        uuid.UUID(int=random.Random(f"brokerspec-sandbox-kalshi-key-{seed}").getrandbits(128), version=4)
    )


def _ensure_kalshi_key(key_dir: Path) -> tuple[Path, bytes]:
    """Reuse or create the RSA private key in `key_dir` (mode 0600); return its path and public PEM."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = key_dir / KALSHI_KEY_FILENAME
    if path.exists():
        os.chmod(path, 0o600)
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(private, rsa.RSAPrivateKey):
            raise ValueError(f"{path} is not an RSA private key")
    else:
        private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, pem)
        finally:
            os.close(fd)
    public = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return path, public


class _PrefixRouter:
    """Dispatch on exact path prefixes; everything else (and lifespan) goes to `fallback`.

    Not Starlette's `Mount`: its pattern `^/prefix/(?P<path>.*)$` does not match a path holding a newline
    (`%0A` in an id), which would then miss the simulator and get the outer app's plain-text 404 instead of
    the broker's own answer. Like `Mount`, the child scope keeps the full `path` and extends `root_path`,
    so a simulator sees the path exactly as received (what Kalshi signatures cover).
    """

    def __init__(self, prefixes: dict[str, ASGIApp], fallback: ASGIApp, *, mount: bool = True) -> None:
        self.prefixes = prefixes
        self.fallback = fallback
        #: False: hand the scope over unchanged (for apps whose routes already include the prefix).
        self.mount = mount

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            path: str = scope["path"]
            for prefix, app in self.prefixes.items():
                if path == prefix or path.startswith(prefix + "/"):
                    if self.mount:
                        scope = {**scope, "root_path": scope.get("root_path", "") + prefix}
                    await app(scope, receive, send)
                    return
        await self.fallback(scope, receive, send)


_REQUEST_LOG_SIZE = 10_000


@dataclasses.dataclass(frozen=True)
class RecordedRequest:
    """One request as it arrived: method, the raw (still percent-encoded) path, the decoded path, query."""

    method: str
    raw_path: str
    path: str
    query: str
    received_at: float = 0.0
    """Host clock (`time.time()`) when the request arrived."""

    def to_dict(self) -> dict[str, str | float]:
        return dataclasses.asdict(self)


class _RequestLog:
    """Records every HTTP request before anything else sees it (so tests can assert what was *sent*)."""

    def __init__(self, app: ASGIApp, log: collections.deque[RecordedRequest]) -> None:
        self.app, self.log = app, log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            raw = scope.get("raw_path") or scope["path"].encode()
            self.log.append(
                RecordedRequest(
                    method=scope["method"],
                    raw_path=raw.decode("latin-1"),
                    path=scope["path"],
                    query=scope.get("query_string", b"").decode("latin-1"),
                    received_at=time.time(),
                )
            )
        await self.app(scope, receive, send)


class Sandbox:
    """Every simulator composed into one ASGI app (`app`), not serving yet.

    Use `app` with `httpx.ASGITransport` for fast in-process tests (connection drops then surface as
    `httpx.RemoteProtocolError`), or hand the sandbox to `SandboxServer` for real HTTP.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        wire_era: str = "2026",
        key_dir: str | os.PathLike[str] | None = None,
        faults: FaultController | None = None,
        wealthy: WealthyBroker | None = None,
        gateway: VendorGateway | None = None,
        rate_limit_tier: str | None = "basic",
    ) -> None:
        self.seed = seed
        self.wire_era = wire_era
        self.rate_limit_tier = rate_limit_tier
        self.faults = faults if faults is not None else FaultController()
        self.wealthy = wealthy if wealthy is not None else WealthyBroker()
        self.gateway = gateway if gateway is not None else VendorGateway()
        self._temp_dir: Path | None = None
        self.exchange: Any = None

        broker_apps: dict[str, ASGIApp] = {
            "wealthy": create_wealthy_app(self.wealthy),
            "vendor_gateway": create_gateway_app(self.gateway),
        }
        key_id: str | None = None
        key_path: Path | None = None
        kalshi = _kalshi_module()
        if kalshi is not None:
            self.exchange = kalshi.KalshiExchange(
                seed=seed, wire_era=wire_era, rate_limit_tier=rate_limit_tier
            )
            if key_dir is None:
                self._temp_dir = Path(tempfile.mkdtemp(prefix="brokerspec-sandbox-"))
                key_home = self._temp_dir
            else:
                key_home = Path(key_dir)
            key_path, public_pem = _ensure_kalshi_key(key_home)
            key_id = _kalshi_key_id(seed)
            self.exchange.register_api_key(key_id, public_pem)
            broker_apps = {"kalshi": kalshi.create_app(self.exchange), **broker_apps}
        self.broker_apps = broker_apps
        self.credentials = SandboxCredentials(
            kalshi_key_id=key_id,
            kalshi_private_key_path=key_path,
            wealthy_access_token=data.WEALTHY_ACCESS_TOKEN,
            gateway_user_id=data.GATEWAY_USER_ID,
            gateway_vendor=data.GATEWAY_VENDOR,
        )
        #: Every HTTP request that reached the sandbox, oldest first (bounded): what a client really sent.
        self.requests: collections.deque[RecordedRequest] = collections.deque(maxlen=_REQUEST_LOG_SIZE)
        admin = Starlette(routes=self._admin_routes())
        router = _PrefixRouter({BROKERS[name]: app for name, app in broker_apps.items()}, fallback=admin)
        #: The composed app: every broker under its prefix, `/_sandbox` admin, faults around everything.
        self.app: ASGIApp = _RequestLog(FaultMiddleware(router, self.faults), self.requests)

    @property
    def brokers(self) -> list[str]:
        """The simulators this sandbox serves (Kalshi only once its simulator is installed)."""
        return list(self.broker_apps)

    def port_app(self, broker: str) -> ASGIApp:
        """One simulator at the root of its own port, with `/_sandbox` admin and the shared faults."""
        admin = Starlette(routes=self._admin_routes())
        router = _PrefixRouter({"/_sandbox": admin}, fallback=self.broker_apps[broker], mount=False)
        return _RequestLog(FaultMiddleware(router, self.faults, path_prefix=BROKERS[broker]), self.requests)

    def base_urls(self, origins: str | dict[str, str]) -> dict[str, str]:
        """Client base URLs, from one origin (composed app) or an origin per broker (separate ports)."""
        urls: dict[str, str] = {}
        for broker in self.broker_apps:
            origin = origins[broker] if isinstance(origins, dict) else origins + BROKERS[broker]
            urls[broker] = origin + (_KALSHI_API if broker == "kalshi" else "")
        return urls

    def reset(self) -> None:
        """No fault rules, no request counts, the exchange back to its seeded state."""
        self.faults.reset()
        self.requests.clear()
        if self.exchange is not None:
            self.exchange.reset()

    def close(self) -> None:
        """Delete the temporary key directory, if this sandbox made one."""
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    def _admin_routes(self) -> list[BaseRoute]:
        async def health(request: Request) -> Response:
            return JSONResponse({"status": "ok", "brokers": self.brokers})

        async def info(request: Request) -> Response:
            return JSONResponse(
                {
                    "brokers": {name: BROKERS[name] for name in self.broker_apps},
                    "wire_era": self.wire_era,
                    "seed": self.seed,
                    "rate_limit_tier": self.rate_limit_tier,
                }
            )

        async def reset(request: Request) -> Response:
            self.reset()
            return JSONResponse({"status": "reset"})

        async def requests(request: Request) -> Response:
            # Admin requests are not broker traffic: left out.
            seen = [r.to_dict() for r in self.requests if not r.path.startswith("/_sandbox")]
            return JSONResponse({"requests": seen})

        return [
            Route("/_sandbox", info, methods=["GET"]),
            Route("/_sandbox/health", health, methods=["GET"]),
            Route("/_sandbox/reset", reset, methods=["POST"]),
            Route("/_sandbox/requests", requests, methods=["GET"]),
            *fault_admin_routes(self.faults),
        ]


# --------------------------------------------------------------------------------------------------
# Serving
# --------------------------------------------------------------------------------------------------


def is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


class SandboxServer:
    """The sandbox on real sockets, served by uvicorn from a background thread.

    `with SandboxServer() as sb:` starts on 127.0.0.1 and a free port; `sb.base_urls`, `sb.credentials`,
    `sb.faults` and `sb.exchange` are ready inside the block; leaving it stops the server and deletes the
    temporary key. Connection-drop faults abort the TCP connection itself.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        separate_ports: bool = False,
        wire_era: str = "2026",
        seed: int = 0,
        key_dir: str | os.PathLike[str] | None = None,
        allow_remote: bool = False,
        log_level: str = "warning",
        sandbox: Sandbox | None = None,
        rate_limit_tier: str | None = "basic",
    ) -> None:
        if not is_loopback(host) and not allow_remote:
            raise ValueError(
                f"refusing to serve the sandbox on non-loopback host {host!r} (allow_remote=False)"
            )
        self.host = host
        self.port = port
        self.separate_ports = separate_ports
        self.log_level = log_level
        self._own_sandbox = sandbox is None
        self.sandbox = (
            sandbox
            if sandbox is not None
            else Sandbox(seed=seed, wire_era=wire_era, key_dir=key_dir, rate_limit_tier=rate_limit_tier)
        )
        self._servers: list[uvicorn.Server] = []
        self._sockets: list[socket.socket] = []
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        #: Broker name (or "admin") -> bound port.
        self.ports: dict[str, int] = {}
        self.base_urls: dict[str, str] = {}

    # parts of the sandbox, for convenience ---------------------------------------------------------
    @property
    def credentials(self) -> SandboxCredentials:
        return self.sandbox.credentials

    @property
    def faults(self) -> FaultController:
        return self.sandbox.faults

    @property
    def exchange(self) -> Any:
        return self.sandbox.exchange

    @property
    def requests(self) -> collections.deque[RecordedRequest]:
        return self.sandbox.requests

    @property
    def url(self) -> str:
        """Origin of the admin API (`<url>/_sandbox/...`); with separate ports, the first port's."""
        return self._origin(self.ports["admin"])

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _origin(self, port: int) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{port}"

    # lifecycle --------------------------------------------------------------------------------------
    def start(self, timeout: float = 15.0) -> SandboxServer:
        """Bind, serve from a background thread, return once every port accepts connections."""
        import uvicorn

        if self._thread is not None:
            raise RuntimeError("the sandbox server is already started")
        apps: list[tuple[str, ASGIApp]]
        if self.separate_ports:
            apps = [(name, self.sandbox.port_app(name)) for name in self.sandbox.brokers]
        else:
            apps = [("admin", self.sandbox.app)]
        try:
            for index, _ in enumerate(apps):
                port = self.port + index if self.port else 0
                self._sockets.append(_bind(self.host, port))
        except OSError:
            self._close_sockets()
            raise
        for (name, app), sock in zip(apps, self._sockets, strict=True):
            self.ports[name] = sock.getsockname()[1]
            config = uvicorn.Config(
                app,
                http="h11",
                ws="none",
                lifespan="auto",
                log_config=None,
                log_level=self.log_level,
                access_log=False,
                date_header=False,  # the simulators send their own Date (from the exchange clock)
                timeout_graceful_shutdown=2,
            )
            server = uvicorn.Server(config)
            self.sandbox.faults.attach_uvicorn(server)
            self._servers.append(server)
        if self.separate_ports:
            self.ports["admin"] = self.ports[apps[0][0]]
            self.base_urls = self.sandbox.base_urls(
                {name: self._origin(self.ports[name]) for name, _ in apps}
            )
        else:
            self.base_urls = self.sandbox.base_urls(self._origin(self.ports["admin"]))

        self._thread = threading.Thread(target=self._serve, name="brokerspec-sandbox", daemon=True)
        self._thread.start()
        end = time.monotonic() + timeout
        while not all(server.started for server in self._servers):
            if not self._thread.is_alive():
                self._close_sockets()
                raise RuntimeError(f"the sandbox server failed to start: {self._error!r}")
            if time.monotonic() > end:
                self.stop()
                raise TimeoutError("the sandbox server did not start in time")
            time.sleep(0.01)
        return self

    def _serve(self) -> None:
        async def serve_all() -> None:
            await asyncio.gather(
                *(
                    server.serve(sockets=[sock])
                    for server, sock in zip(self._servers, self._sockets, strict=True)
                )
            )

        try:
            asyncio.run(serve_all())
        except BaseException as exc:  # SystemExit from a failed lifespan startup included
            self._error = exc

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and wait for the thread; delete the temporary key if the sandbox is ours."""
        for server in self._servers:
            server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                for server in self._servers:
                    server.force_exit = True
                self._thread.join(timeout)
        self._close_sockets()
        if self._own_sandbox:
            self.sandbox.close()

    def _close_sockets(self) -> None:
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # environment ------------------------------------------------------------------------------------
    def environment(self) -> dict[str, str]:
        """The `BROKERSPEC_*` variables that point brokerspec at this sandbox."""
        creds = self.credentials
        env: dict[str, str] = {}
        if "kalshi" in self.base_urls and creds.kalshi_key_id and creds.kalshi_private_key_path:
            env["BROKERSPEC_KALSHI_KEY_ID"] = creds.kalshi_key_id
            env["BROKERSPEC_KALSHI_PRIVATE_KEY_PATH"] = str(creds.kalshi_private_key_path)
            env["BROKERSPEC_KALSHI_BASE_URL"] = self.base_urls["kalshi"]
        env["BROKERSPEC_WEALTHY_ACCESS_TOKEN"] = creds.wealthy_access_token
        env["BROKERSPEC_WEALTHY_BASE_URL"] = self.base_urls["wealthy"]
        env["BROKERSPEC_GATEWAY_BASE_URL"] = self.base_urls["vendor_gateway"]
        env["BROKERSPEC_GATEWAY_USER_ID"] = creds.gateway_user_id
        env["BROKERSPEC_GATEWAY_VENDOR"] = creds.gateway_vendor
        env["BROKERSPEC_SANDBOX_URL"] = self.url
        return env


# --------------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="brokerspec sandbox",
        description="Serve local simulators of the Kalshi, Wealthy and vendor-gateway APIs, with test "
        "credentials and injectable faults. Prints the environment to point brokerspec at them.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback --host (the sandbox has no real security: do not expose it)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port (default {DEFAULT_PORT}, fixed so recordings are reproducible; 0 = any free port). "
        "With --separate-ports: the first of consecutive ports",
    )
    parser.add_argument(
        "--separate-ports", action="store_true", help="serve each broker on its own port, without a prefix"
    )
    parser.add_argument("--wire-era", choices=["2025", "2026"], default="2026", help="Kalshi response shape")
    parser.add_argument(
        "--key-dir",
        type=Path,
        default=None,
        help="directory for the Kalshi test key (reused when present; default: a temporary directory)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the simulated exchange (default 0)")
    parser.add_argument(
        "--rate-limit-tier",
        choices=["basic", "advanced", "premier", "paragon", "prime", "off"],
        default="basic",
        help="Kalshi token-bucket tier the sandbox enforces (default basic; off = no rate limiting)",
    )
    parser.add_argument("--log-level", default="warning", help="uvicorn log level (default warning)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """`brokerspec sandbox`: serve until Ctrl-C (or SIGTERM), after printing `export NAME=value` lines."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--"]:  # `brokerspec sandbox -- --port 0`: the dispatcher passes the separator on
        arguments = arguments[1:]
    args = _parser().parse_args(arguments)
    if not is_loopback(args.host) and not args.allow_remote:
        print(
            f"brokerspec sandbox: refusing to bind {args.host}: the sandbox is for this machine only "
            "(pass --allow-remote to override)",
            file=sys.stderr,
        )
        return 2
    if not 0 <= args.port <= 65535:
        print(f"brokerspec sandbox: invalid port {args.port}", file=sys.stderr)
        return 2
    server = SandboxServer(
        host=args.host,
        port=args.port,
        separate_ports=args.separate_ports,
        wire_era=args.wire_era,
        seed=args.seed,
        key_dir=args.key_dir,
        allow_remote=args.allow_remote,
        log_level=args.log_level,
        rate_limit_tier=None if args.rate_limit_tier == "off" else args.rate_limit_tier,
    )
    try:
        server.start()
    except OSError as exc:
        server.sandbox.close()
        print(f"brokerspec sandbox: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1

    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        for name, value in server.environment().items():
            print(f"export {name}={shlex.quote(value)}")
        sys.stdout.flush()
        for broker, url in server.base_urls.items():
            print(f"brokerspec sandbox: {broker} at {url}", file=sys.stderr)
        print(
            f"brokerspec sandbox: faults and stats at {server.url}/_sandbox/faults and /_sandbox/stats; "
            "Ctrl-C to stop",
            file=sys.stderr,
        )
        sys.stderr.flush()
        while not stop.wait(0.2):
            if not server.running:
                print("brokerspec sandbox: the server stopped unexpectedly", file=sys.stderr)
                return 1
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
