"""Helpers for the remote-serving tests (OAuth, stateless replicas, scale): an authorization-server stand-in
on 127.0.0.1 with keys generated at test time, `brokerspec serve --http` processes, and a real MCP client over
streamable HTTP carrying a bearer token."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
import uvicorn
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ThreadServer:
    """An ASGI app served by uvicorn on 127.0.0.1 from a daemon thread."""

    def __init__(self, app: Any) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        )
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def __enter__(self) -> ThreadServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


class AuthServer(ThreadServer):
    """An OAuth authorization server stand-in: RFC 8414 metadata naming a JWKS, and tokens signed here.

    `rotate()` makes a new signing key, published beside the old one; `jwks_fetches` counts JWKS requests.
    """

    def __init__(self, issuer_path: str = "/realms/desk") -> None:
        self.keys: dict[str, rsa.RSAPrivateKey] = {}
        self.current = ""
        self.jwks_fetches = 0
        self.issuer_path = issuer_path
        self.rotate()
        app = Starlette(
            routes=[
                Route(f"/.well-known/oauth-authorization-server{issuer_path}", self._metadata),
                Route("/jwks", self._jwks),
            ]
        )
        super().__init__(app)
        self.issuer = self.url + issuer_path

    def rotate(self) -> str:
        self.current = f"key-{len(self.keys) + 1}"
        self.keys[self.current] = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return self.current

    async def _metadata(self, request: Request) -> JSONResponse:
        return JSONResponse({"issuer": self.issuer, "jwks_uri": f"{self.url}/jwks"})

    async def _jwks(self, request: Request) -> JSONResponse:
        self.jwks_fetches += 1
        keys = []
        for kid, key in self.keys.items():
            jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
            keys.append({**jwk, "kid": kid, "use": "sig", "alg": "RS256"})
        return JSONResponse({"keys": keys})

    def claims(self, audience: str, **overrides: Any) -> dict[str, Any]:
        now = int(time.time())
        base = {
            "iss": self.issuer,
            "aud": audience,
            "sub": "alice@desk",
            "client_id": "agent-1",
            "scope": "brokerspec:read brokerspec:trade",
            "iat": now,
            "nbf": now,
            "exp": now + 600,
        }
        return {k: v for k, v in {**base, **overrides}.items() if v is not None}

    def mint(self, audience: str, *, kid: str | None = None, key: Any = None, **overrides: Any) -> str:
        kid = kid or self.current
        signing = key if key is not None else self.keys[kid]
        return jwt.encode(
            self.claims(audience, **overrides), signing, algorithm="RS256", headers={"kid": kid}
        )

    def unsigned(self, audience: str) -> str:
        """An `alg: none` token (no signature at all)."""
        header = _b64(json.dumps({"alg": "none", "typ": "JWT", "kid": self.current}).encode())
        return f"{header}.{_b64(json.dumps(self.claims(audience)).encode())}."

    def hmac_with_public_key(self, audience: str) -> str:
        """HS256 keyed with the RSA public key's PEM: the algorithm-confusion attack."""
        pem = (
            self.keys[self.current]
            .public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        )
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": self.current}).encode())
        body = _b64(json.dumps(self.claims(audience)).encode())
        mac = hmac.new(pem, f"{header}.{body}".encode(), hashlib.sha256).digest()
        return f"{header}.{body}.{_b64(mac)}"


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("BROKERSPEC_")},
        "HOME": str(tmp_path / "home"),
        "BROKERSPEC_STATE_DIR": str(tmp_path / "state"),
        "BROKERSPEC_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
        **extra,
    }


@contextlib.contextmanager
def serving(
    env: dict[str, str], *args: str, port: int | None = None, log: Path
) -> Iterator[subprocess.Popen[bytes]]:
    """`brokerspec serve --http <args>` on 127.0.0.1:`port`, up (/healthz answers) until the block ends."""
    port = port or free_port()
    with log.open("ab") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "brokerspec", "serve", "--http", "--port", str(port), *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    process.url = f"http://127.0.0.1:{port}"  # type: ignore[attr-defined]
    deadline = time.monotonic() + 90
    while True:
        try:
            httpx.get(f"{process.url}/healthz", timeout=5)  # type: ignore[attr-defined]
            break  # it answers (a 503 is an answer: the test decides)
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"serve --http did not start: {log.read_text()[-2000:]}")
        time.sleep(0.2)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def mcp_client(url: str, token: str | None = None) -> Client:
    """A real MCP client over streamable HTTP to `url`/mcp, sending `Authorization: Bearer <token>`."""
    import httpx2

    headers = {"Authorization": f"Bearer {token}"} if token else {}
    http = httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=60))
    return Client(streamable_http_client(f"{url}/mcp", http_client=http), mode="legacy")


def tool_error(result: Any) -> dict[str, Any]:
    assert result.is_error, result
    return dict(json.loads(result.content[0].text.split("\n", 1)[1])["error"])


HAPROXY_CONFIG = """\
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 0
    no option redispatch
frontend mcp
    bind 127.0.0.1:{port}
    default_backend replicas
backend replicas
    balance roundrobin
    option httpchk
    http-check send meth GET uri /healthz ver HTTP/1.1 hdr Host 127.0.0.1
    http-check expect status 200
    timeout check 3s
    default-server inter 300ms fall 2 rise 2
{servers}
"""


@contextlib.contextmanager
def haproxy(backends: list[str], directory: Path, *, port: int | None = None) -> Iterator[str]:
    """A real HAProxy on 127.0.0.1, round-robin over `backends` (`http://127.0.0.1:port`), checking /healthz."""
    import shutil

    binary = shutil.which("haproxy") or ("/usr/sbin/haproxy" if Path("/usr/sbin/haproxy").exists() else None)
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("haproxy is not installed (scripts/_bootstrap_scale.sh)")
        pytest.skip("haproxy is not installed (scripts/_bootstrap_scale.sh installs it)")
    port = port or free_port()
    servers = "\n".join(
        f"    server r{i} {url.removeprefix('http://')} check" for i, url in enumerate(backends, start=1)
    )
    config = directory / "haproxy.cfg"
    config.write_text(HAPROXY_CONFIG.format(port=port, servers=servers))
    process = subprocess.Popen(
        [binary, "-db", "-f", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=(directory / "haproxy.log").open("wb"),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"haproxy did not start: {(directory / 'haproxy.log').read_text()[-1000:]}")
        time.sleep(0.1)
    time.sleep(1.0)  # every backend's first checks (rise 2) done
    try:
        yield url
    finally:
        process.terminate()
        process.wait(10)
