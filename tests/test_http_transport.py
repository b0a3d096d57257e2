"""`brokerspec serve --http`: the start-up rules for the bearer token, and Host/Origin allow-lists that let a
real host name through while DNS-rebinding protection stays on. Every request goes to 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

TOKEN = "t0ken-" + "x" * 40  # long enough
INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-06-18",
        "capabilities": {},
        "clientInfo": {"name": "brokerspec-test", "version": "0"},
    },
}


def _clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("BROKERSPEC_")},
        "HOME": str(tmp_path / "home"),
        "BROKERSPEC_STATE_DIR": str(tmp_path / "state"),
        "BROKERSPEC_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
        **extra,
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """A `serve --http` expected to refuse at start (a port nobody listens on, in case it does not)."""
    return subprocess.run(
        [sys.executable, "-m", "brokerspec", "serve", "--http", "--port", "1", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`serve --http --sandbox` on 127.0.0.1 with a token, `trader.example` and its origin allowed."""
    tmp_path = tmp_path_factory.mktemp("http")
    port = _free_port()
    env = _clean_env(
        tmp_path,
        BROKERSPEC_HTTP_TOKEN=TOKEN,
        BROKERSPEC_HTTP_ALLOWED_HOSTS="trader.example, Trader.Example:8443",
        BROKERSPEC_HTTP_ALLOWED_ORIGINS="https://trader.example",
    )
    stderr = (tmp_path / "stderr.txt").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "brokerspec", "serve", "--http", "--sandbox", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                stderr.close()
                pytest.fail(f"serve --http did not start: {(tmp_path / 'stderr.txt').read_text()[-2000:]}")
            time.sleep(0.2)
    try:
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        stderr.close()


def _initialize(url: str, **headers: str) -> httpx.Response:
    base = {
        "Authorization": f"Bearer {TOKEN}",
        "Content-Type": "application/json",
        "Accept": "application/json, text/event-stream",
    }
    return httpx.post(f"{url}/mcp", json=INITIALIZE, headers={**base, **headers}, timeout=30)


# --- allowed hosts and origins -------------------------------------------------------------------------------


def test_a_configured_host_name_is_accepted(server: str) -> None:
    response = _initialize(server, Host="trader.example")
    assert response.status_code == 200, response.text
    assert "brokerspec" in response.text  # the initialize result names the server


def test_a_configured_host_name_with_a_port_is_accepted(server: str) -> None:
    assert _initialize(server, Host="trader.example:8750").status_code == 200
    assert _initialize(server, Host="trader.example:8443").status_code == 200


def test_an_unlisted_host_is_refused_421(server: str) -> None:
    response = _initialize(server, Host="evil.example")
    assert response.status_code == 421
    assert "Invalid Host header" in response.text


def test_loopback_stays_allowed(server: str) -> None:
    assert _initialize(server).status_code == 200  # Host: 127.0.0.1:<port>


def test_a_configured_origin_is_accepted_and_others_are_refused(server: str) -> None:
    assert _initialize(server, Host="trader.example", Origin="https://trader.example").status_code == 200
    assert _initialize(server, Host="trader.example", Origin="https://evil.example").status_code == 403


def test_the_token_is_still_required_for_an_allowed_host(server: str) -> None:
    assert _initialize(server, Host="trader.example", Authorization="Bearer wrong").status_code == 401


# --- refused at start ----------------------------------------------------------------------------------------


def test_a_short_token_is_refused_at_start(tmp_path: Path) -> None:
    short = "short-token-Zz9"
    run = _serve(_clean_env(tmp_path, BROKERSPEC_HTTP_TOKEN=short))
    assert run.returncode == 2
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("brokerspec: refusing to serve HTTP: BROKERSPEC_HTTP_TOKEN: is 15 characters")
    assert short not in run.stderr


def test_a_missing_token_beyond_loopback_is_refused_at_start(tmp_path: Path) -> None:
    run = _serve(_clean_env(tmp_path), "--host", "0.0.0.0")
    assert run.returncode == 2
    assert len(run.stderr.splitlines()) == 1 and "BROKERSPEC_HTTP_TOKEN" in run.stderr


def test_trading_without_a_token_is_refused_even_on_loopback(tmp_path: Path) -> None:
    run = _serve(_clean_env(tmp_path, BROKERSPEC_TRADING="1"), "--host", "127.0.0.1")
    assert run.returncode == 2
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run.stderr
    assert "BROKERSPEC_TRADING" in lines[0] and "BROKERSPEC_HTTP_TOKEN" in lines[0]


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("BROKERSPEC_HTTP_ALLOWED_HOSTS", "*"),
        ("BROKERSPEC_HTTP_ALLOWED_HOSTS", "https://trader.example"),
        ("BROKERSPEC_HTTP_ALLOWED_ORIGINS", "*"),
        ("BROKERSPEC_HTTP_ALLOWED_ORIGINS", "trader.example"),
    ],
)
def test_wildcards_and_malformed_allow_lists_are_refused_at_start(
    tmp_path: Path, variable: str, value: str
) -> None:
    run = _serve(_clean_env(tmp_path, BROKERSPEC_HTTP_TOKEN=TOKEN, **{variable: value}))
    assert run.returncode == 2
    assert len(run.stderr.splitlines()) == 1 and variable in run.stderr


def test_transport_security_keeps_rebinding_protection_on() -> None:
    from brokerspec.app.http_auth import transport_security
    from brokerspec.settings.server import HttpSettings

    settings = transport_security("0.0.0.0", HttpSettings(allowed_hosts=("trader.example",)))
    assert settings.enable_dns_rebinding_protection
    assert "trader.example" in settings.allowed_hosts and "trader.example:*" in settings.allowed_hosts
    assert "0.0.0.0:*" not in settings.allowed_hosts  # a wildcard bind allows only the listed names
    specific = transport_security("192.0.2.7", HttpSettings())
    assert "192.0.2.7:*" in specific.allowed_hosts
