"""Fixtures for the sandbox tests: the composed app in-process, and one real server on 127.0.0.1."""

from __future__ import annotations

import base64
import functools
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx
import pytest
from brokerspec.sandbox import Sandbox, SandboxServer
from brokerspec.sandbox.data import GATEWAY_USER_ID, GATEWAY_VENDOR, WEALTHY_ACCESS_TOKEN
from brokerspec.sandbox.server import _kalshi_module
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

ORIGIN = "http://sandbox.test"
WEALTHY_HEADERS = {"access-token": WEALTHY_ACCESS_TOKEN}
GATEWAY_BODY = {"userId": GATEWAY_USER_ID, "vendor": GATEWAY_VENDOR}


KALSHI_AVAILABLE = _kalshi_module() is not None
needs_kalshi = pytest.mark.skipif(not KALSHI_AVAILABLE, reason="the Kalshi simulator is not installed")


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A fresh composed sandbox, not serving."""
    sb = Sandbox()
    yield sb
    sb.close()


@pytest.fixture
async def client(sandbox: Sandbox) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client talking to the composed app in-process (no sockets) at ORIGIN."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox.app), base_url=ORIGIN) as c:
        yield c


@pytest.fixture(scope="module")
def _module_server() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def server(_module_server: SandboxServer) -> Iterator[SandboxServer]:
    """A real uvicorn server on 127.0.0.1 (shared per module), with no faults and zeroed stats."""
    _module_server.faults.reset()
    yield _module_server
    _module_server.faults.reset()


@pytest.fixture
def http(server: SandboxServer) -> Iterator[httpx.Client]:
    """A plain httpx client for the real server, with a short timeout so a hang fails fast."""
    with httpx.Client(base_url=server.url, timeout=5.0) as c:
        yield c


@functools.lru_cache(maxsize=8)
def _private_key(pem: bytes) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)  # slow (key checks): load each key once
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def sign_kalshi(creds: Any, method: str, path: str) -> dict[str, str]:
    """Kalshi's three auth headers, signed here with `cryptography` directly (RSA-PSS, SHA-256, MGF1, salt 32)
    over timestamp + METHOD + path — independent of brokerspec.auth, as the sandbox is."""
    key = _private_key(creds.kalshi_private_key_path.read_bytes())
    timestamp = str(int(time.time() * 1000))
    message = (timestamp + method.upper() + path).encode()
    signature = key.sign(
        message, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA256()
    )
    return {
        "KALSHI-ACCESS-KEY": creds.kalshi_key_id,
        "KALSHI-ACCESS-TIMESTAMP": timestamp,
        "KALSHI-ACCESS-SIGNATURE": base64.b64encode(signature).decode(),
    }


def kalshi_headers(server_or_creds: Any, method: str, url: str) -> dict[str, str]:
    """Signed headers for `url`: the signed path is the URL's full path, decoded, without the query
    (what an httpx client's `request.url.path` gives)."""
    creds = getattr(server_or_creds, "credentials", server_or_creds)
    return sign_kalshi(creds, method, unquote(urlsplit(url).path))
