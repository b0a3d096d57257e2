"""One timeout default per broker, and it applies: the profile's, through the one client factory and the transport.

Before, `brokers/clients.py` gave every client a flat 10 s and the per-broker table in `http/transport.py` was
never read (nothing called `timeout_for`; a transport cannot set timeouts: httpx hands the `Client`'s to the
inner transport with each request). Here a sandbox endpoint slower than the broker's configured read timeout
must make a read fail as `Unavailable` after about that timeout, over real sockets.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator

import httpx
import pytest
from brokerspec.brokers import profiles, vendor_gateway, wealthy
from brokerspec.brokers.clients import client_for, wealthy_client
from brokerspec.config import read_settings
from brokerspec.errors import Unavailable
from brokerspec.http.transport import NO_RETRY
from brokerspec.sandbox import SandboxServer

READ_TIMEOUT = 0.5  # the profiles' read timeout in these tests
SLOW_MS = 2000  # how long the slowed sandbox takes to answer each request


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def admin(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, timeout=5.0) as http:
        http.delete("/_sandbox/faults").raise_for_status()
        yield http
        http.delete("/_sandbox/faults").raise_for_status()


@pytest.fixture
def short_read_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every broker's profile with a short read timeout: what the factory must apply, unasked."""
    for name, profile in profiles.PROFILES.items():
        timeouts = dataclasses.replace(profile.timeouts, read=READ_TIMEOUT)
        monkeypatch.setitem(profiles.PROFILES, name, dataclasses.replace(profile, timeouts=timeouts))


def slow(admin: httpx.Client, path: str) -> None:
    admin.post(
        "/_sandbox/faults", json=[{"kind": "latency", "delay_ms": SLOW_MS, "path": path}]
    ).raise_for_status()


async def test_a_wealthy_read_slower_than_its_profile_timeout_is_unavailable_after_that_timeout(
    sandbox: SandboxServer, admin: httpx.Client, short_read_timeouts: None
) -> None:
    slow(admin, "/wealthy/**")
    settings = read_settings(sandbox.environment())
    client = wealthy_client(settings, broker_transport=True, retry=NO_RETRY)
    assert client.get_httpx_client().timeout.read == READ_TIMEOUT

    started = time.monotonic()
    with pytest.raises(Unavailable) as caught:
        await wealthy.fetch_holdings(client)
    elapsed = time.monotonic() - started

    assert caught.value.retry_safe is True
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert READ_TIMEOUT * 0.9 <= elapsed < READ_TIMEOUT + 1.0  # the profile's timeout: not 10 s, not 2 s


async def test_the_servers_gateway_client_applies_the_profile_timeout_with_its_retries(
    sandbox: SandboxServer, admin: httpx.Client, short_read_timeouts: None
) -> None:
    # As `Service._client` builds it: the factory by name, the broker transport with its default retries
    # (a read that timed out is retried: 1 + 3 attempts of about READ_TIMEOUT each, plus backoff).
    slow(admin, "/vendor-gateway/**")
    settings = read_settings(sandbox.environment())
    gateway = settings.vendor_gateway
    assert gateway is not None and gateway.user_id and gateway.vendor
    client = client_for("vendor_gateway", settings, broker_transport=True)

    started = time.monotonic()
    with pytest.raises(Unavailable):
        await vendor_gateway.fetch_holdings(client, user_id=gateway.user_id, vendor=gateway.vendor)
    elapsed = time.monotonic() - started

    attempts = 4  # each one slowed by SLOW_MS, each cut at READ_TIMEOUT
    assert attempts * READ_TIMEOUT * 0.9 <= elapsed < attempts * READ_TIMEOUT + 3.0


async def test_the_same_slow_read_succeeds_with_the_old_flat_ten_seconds(
    sandbox: SandboxServer, admin: httpx.Client, short_read_timeouts: None
) -> None:
    """The control: what the first test would see if the profile did not apply (the old 10 s default)."""
    slow(admin, "/wealthy/**")
    settings = read_settings(sandbox.environment())
    client = wealthy_client(settings, broker_transport=True, retry=NO_RETRY, timeout=10.0)
    started = time.monotonic()
    holdings = await wealthy.fetch_holdings(client)
    assert holdings and time.monotonic() - started >= SLOW_MS / 1000 * 0.9
