"""Composition, the in-process server, the admin API over HTTP, the Kalshi test key, and the CLI."""

from __future__ import annotations

import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from brokerspec.sandbox import Sandbox, SandboxServer
from brokerspec.sandbox.server import DEFAULT_PORT, KALSHI_KEY_FILENAME, main

from .conftest import GATEWAY_BODY, KALSHI_AVAILABLE, WEALTHY_HEADERS, kalshi_headers, needs_kalshi

ROOT = Path(__file__).resolve().parents[2]
W_HOLDINGS = "/wealthy/v1/report/holdings/"
G_HOLDINGS = "/vendor-gateway/holdings/getUsrHold"


# --------------------------------------------------------------------------------------------------
# Admin API over HTTP
# --------------------------------------------------------------------------------------------------


def test_health_answers_ok(http: httpx.Client) -> None:
    body = http.get("/_sandbox/health").json()
    assert body["status"] == "ok" and {"wealthy", "vendor_gateway"} <= set(body["brokers"])


def test_faults_posted_over_http_take_effect(server: SandboxServer, http: httpx.Client) -> None:
    rules = [{"kind": "error", "status": 503, "path": W_HOLDINGS, "calls": [1]}]
    assert http.post("/_sandbox/faults", json=rules).status_code == 200
    assert http.get(W_HOLDINGS, headers=WEALTHY_HEADERS).status_code == 503
    assert http.get(W_HOLDINGS, headers=WEALTHY_HEADERS).status_code == 200


def test_posting_faults_replaces_the_current_rules(server: SandboxServer, http: httpx.Client) -> None:
    http.post("/_sandbox/faults", json=[{"kind": "error", "status": 500}])
    http.post("/_sandbox/faults", json=[{"kind": "error", "status": 502}])
    assert [r.status for r in server.faults.rules] == [502]


def test_posting_with_append_adds_to_the_current_rules(server: SandboxServer, http: httpx.Client) -> None:
    http.post("/_sandbox/faults", json=[{"kind": "error", "status": 500}])
    http.post("/_sandbox/faults?append=true", json=[{"kind": "error", "status": 502}])
    assert [r.status for r in server.faults.rules] == [500, 502]


def test_faults_can_be_posted_as_an_object_with_rules(server: SandboxServer, http: httpx.Client) -> None:
    http.post("/_sandbox/faults", json={"rules": [{"kind": "rate_limit", "retry_after": 1}]})
    assert [r.kind for r in server.faults.rules] == ["rate_limit"]


def test_an_invalid_rule_over_http_is_a_400_and_changes_nothing(
    server: SandboxServer, http: httpx.Client
) -> None:
    http.post("/_sandbox/faults", json=[{"kind": "error"}])
    response = http.post("/_sandbox/faults", json=[{"kind": "error"}, {"kind": "nope"}])
    assert response.status_code == 400 and "nope" in response.json()["error"]
    assert [r.kind for r in server.faults.rules] == ["error"]


def test_a_body_that_is_not_json_is_a_400(http: httpx.Client) -> None:
    assert http.post("/_sandbox/faults", content=b"[{").status_code == 400


def test_delete_removes_every_fault(server: SandboxServer, http: httpx.Client) -> None:
    http.post("/_sandbox/faults", json=[{"kind": "error"}])
    assert http.delete("/_sandbox/faults").json() == {"rules": []}
    assert http.get(W_HOLDINGS, headers=WEALTHY_HEADERS).status_code == 200


def test_get_faults_shows_each_rules_counters(http: httpx.Client) -> None:
    http.post("/_sandbox/faults", json=[{"kind": "error", "path": W_HOLDINGS, "calls": [2]}])
    http.get(W_HOLDINGS, headers=WEALTHY_HEADERS)
    http.get(W_HOLDINGS, headers=WEALTHY_HEADERS)
    (rule,) = http.get("/_sandbox/faults").json()["rules"]
    assert (rule["matched"], rule["fired"]) == (2, 1)


def test_stats_over_http_count_requests_per_route(http: httpx.Client) -> None:
    http.get(W_HOLDINGS, headers=WEALTHY_HEADERS)
    http.post(G_HOLDINGS, json=GATEWAY_BODY)
    http.post(G_HOLDINGS, json=GATEWAY_BODY)
    body = http.get("/_sandbox/stats").json()
    assert body == {"requests": {f"GET {W_HOLDINGS}": 1, f"POST {G_HOLDINGS}": 2}, "total": 3}


def test_stats_count_a_request_that_was_dropped(http: httpx.Client) -> None:
    http.post("/_sandbox/faults", json=[{"kind": "drop_after", "method": "POST"}])
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        http.post(G_HOLDINGS, json=GATEWAY_BODY)
    assert http.get("/_sandbox/stats").json()["requests"] == {f"POST {G_HOLDINGS}": 1}


def test_delete_stats_resets_the_counters(http: httpx.Client) -> None:
    http.get(W_HOLDINGS, headers=WEALTHY_HEADERS)
    assert http.delete("/_sandbox/stats").json() == {"requests": {}, "total": 0}
    assert http.get("/_sandbox/stats").json()["total"] == 0


def test_reset_clears_faults_and_stats(server: SandboxServer, http: httpx.Client) -> None:
    http.post("/_sandbox/faults", json=[{"kind": "latency", "delay_ms": 1}])
    http.get(W_HOLDINGS, headers=WEALTHY_HEADERS)
    assert http.post("/_sandbox/reset").status_code == 200
    assert server.faults.rules == [] and server.faults.stats() == {}


# --------------------------------------------------------------------------------------------------
# Composition and the in-process server
# --------------------------------------------------------------------------------------------------


def test_the_server_listens_on_loopback_on_a_free_port(server: SandboxServer) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    assert server.ports["admin"] not in (0, DEFAULT_PORT)


def test_base_urls_put_each_broker_under_its_prefix(server: SandboxServer) -> None:
    urls = server.base_urls
    assert urls["wealthy"] == server.url + "/wealthy"
    assert urls["vendor_gateway"] == server.url + "/vendor-gateway"
    if KALSHI_AVAILABLE:
        assert urls["kalshi"] == server.url + "/kalshi/trade-api/v2"


@needs_kalshi
def test_the_kalshi_base_url_takes_signed_portfolio_calls(server: SandboxServer) -> None:
    url = server.base_urls["kalshi"] + "/portfolio/balance"
    response = httpx.get(url, headers=kalshi_headers(server, "GET", url))
    assert response.status_code == 200 and "balance" in response.json()


@needs_kalshi
def test_the_kalshi_simulator_rejects_a_signature_without_the_mount_prefix(server: SandboxServer) -> None:
    url = server.base_urls["kalshi"] + "/portfolio/balance"
    headers = kalshi_headers(server, "GET", "http://x/trade-api/v2/portfolio/balance")
    assert httpx.get(url, headers=headers).status_code == 401


@needs_kalshi
def test_separate_ports_serve_kalshi_signed_at_its_root() -> None:
    with SandboxServer(separate_ports=True) as sb:
        url = sb.base_urls["kalshi"] + "/portfolio/balance"
        assert url == f"http://127.0.0.1:{sb.ports['kalshi']}/trade-api/v2/portfolio/balance"
        assert httpx.get(url, headers=kalshi_headers(sb, "GET", url)).status_code == 200


@needs_kalshi
def test_the_wire_era_reaches_the_exchange() -> None:
    sandbox = Sandbox(wire_era="2025")
    try:
        assert sandbox.exchange.wire_era == "2025"
    finally:
        sandbox.close()


def test_the_wealthy_base_url_takes_the_versioned_paths(server: SandboxServer) -> None:
    response = httpx.get(server.base_urls["wealthy"] + "/v1/report/holdings/", headers=WEALTHY_HEADERS)
    assert response.status_code == 200


def test_the_gateway_base_url_takes_the_gateway_paths(server: SandboxServer) -> None:
    body = {"userId": server.credentials.gateway_user_id, "vendor": server.credentials.gateway_vendor}
    response = httpx.post(server.base_urls["vendor_gateway"] + "/positions/getposition", json=body)
    assert response.json()["status"] == "Ok"


def test_credentials_carry_the_test_token_and_gateway_user(server: SandboxServer) -> None:
    creds = server.credentials
    assert creds.wealthy_access_token == WEALTHY_HEADERS["access-token"]
    assert (creds.gateway_user_id, creds.gateway_vendor) == (GATEWAY_BODY["userId"], GATEWAY_BODY["vendor"])


async def test_the_composed_app_works_with_httpx_asgi_transport(sandbox: Sandbox) -> None:
    transport = httpx.ASGITransport(app=sandbox.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sb") as c:
        response = await c.get(W_HOLDINGS, headers=WEALTHY_HEADERS)
    assert response.status_code == 200


def test_an_unknown_prefix_is_not_found(http: httpx.Client) -> None:
    assert http.get("/zerodha/v1/report/holdings/").status_code == 404


def test_a_non_loopback_host_is_refused_without_the_explicit_flag() -> None:
    with pytest.raises(ValueError, match="non-loopback"):
        SandboxServer(host="0.0.0.0")


def test_separate_ports_serve_each_broker_at_its_own_root() -> None:
    with SandboxServer(separate_ports=True) as sb:
        assert len({sb.ports[name] for name in sb.sandbox.brokers}) == len(sb.sandbox.brokers)
        assert sb.base_urls["wealthy"] == f"http://127.0.0.1:{sb.ports['wealthy']}"
        response = httpx.get(sb.base_urls["wealthy"] + "/v1/report/holdings/", headers=WEALTHY_HEADERS)
        assert response.status_code == 200


def test_separate_ports_keep_the_prefixed_path_in_stats_and_rules() -> None:
    with SandboxServer(separate_ports=True) as sb:
        sb.faults.add({"kind": "error", "status": 503, "path": W_HOLDINGS})
        response = httpx.get(sb.base_urls["wealthy"] + "/v1/report/holdings/", headers=WEALTHY_HEADERS)
        assert response.status_code == 503
        assert sb.faults.stats() == {f"GET {W_HOLDINGS}": 1}
        assert httpx.get(f"http://127.0.0.1:{sb.ports['vendor_gateway']}/_sandbox/stats").json()["total"] == 1


def test_stop_frees_the_port_promptly() -> None:
    sb = SandboxServer().start()
    port = sb.ports["admin"]
    started = time.monotonic()
    sb.stop()
    assert time.monotonic() - started < 9  # generous: this catches a hang, not a slow machine
    with socket.create_server(("127.0.0.1", port)):
        pass


def test_a_taken_port_fails_at_start() -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        with pytest.raises(OSError):
            SandboxServer(port=port).start()


# --------------------------------------------------------------------------------------------------
# The Kalshi test key
# --------------------------------------------------------------------------------------------------


@needs_kalshi
def test_the_kalshi_private_key_is_written_with_mode_0600(tmp_path: Path) -> None:
    sandbox = Sandbox(key_dir=tmp_path)
    path = sandbox.credentials.kalshi_private_key_path
    assert path == tmp_path / KALSHI_KEY_FILENAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")


@needs_kalshi
def test_a_key_in_key_dir_is_reused(tmp_path: Path) -> None:
    first = Sandbox(key_dir=tmp_path).credentials.kalshi_private_key_path
    assert first is not None
    pem = first.read_bytes()
    second = Sandbox(key_dir=tmp_path).credentials.kalshi_private_key_path
    assert second is not None and second.read_bytes() == pem


@needs_kalshi
def test_a_reused_key_with_loose_permissions_is_tightened(tmp_path: Path) -> None:
    path = Sandbox(key_dir=tmp_path).credentials.kalshi_private_key_path
    assert path is not None
    path.chmod(0o644)
    Sandbox(key_dir=tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@needs_kalshi
def test_the_kalshi_key_id_is_stable_for_a_seed() -> None:
    assert Sandbox(seed=3).credentials.kalshi_key_id == Sandbox(seed=3).credentials.kalshi_key_id
    assert Sandbox(seed=3).credentials.kalshi_key_id != Sandbox(seed=4).credentials.kalshi_key_id


@needs_kalshi
def test_a_temporary_key_is_deleted_when_the_server_stops() -> None:
    with SandboxServer() as sb:
        path = sb.credentials.kalshi_private_key_path
        assert path is not None and path.exists()
    assert not path.exists()


# --------------------------------------------------------------------------------------------------
# Import hygiene
# --------------------------------------------------------------------------------------------------


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"import sys\n{code}\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return set(out.split())


def test_importing_the_sandbox_package_loads_no_web_stack() -> None:
    modules = _modules_after("import brokerspec.sandbox")
    assert not {"starlette", "uvicorn", "httpx", "cryptography"} & modules


# `test_the_sandbox_never_imports_the_client_side` lives in tests/test_architecture.py, with the other arrows.


# --------------------------------------------------------------------------------------------------
# The CLI
# --------------------------------------------------------------------------------------------------

ENV_NAMES = {
    "BROKERSPEC_WEALTHY_ACCESS_TOKEN",
    "BROKERSPEC_WEALTHY_BASE_URL",
    "BROKERSPEC_GATEWAY_BASE_URL",
    "BROKERSPEC_GATEWAY_USER_ID",
    "BROKERSPEC_GATEWAY_VENDOR",
}
KALSHI_ENV_NAMES = {
    "BROKERSPEC_KALSHI_KEY_ID",
    "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH",
    "BROKERSPEC_KALSHI_BASE_URL",
}


def _parse_exports(lines: list[str]) -> dict[str, str]:
    import shlex

    env = {}
    for line in lines:
        assert line.startswith("export "), line
        name, _, value = line.removeprefix("export ").partition("=")
        env[name] = shlex.split(value)[0] if value else ""
    return env


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    """The sandbox CLI (`brokerspec.sandbox.server:main`, what `brokerspec sandbox` runs) as a subprocess
    on a free port, with its printed environment."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "brokerspec.sandbox.server",
            "--port",
            "0",
            "--key-dir",
            str(tmp_path / "keys"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        expected = ENV_NAMES | (KALSHI_ENV_NAMES if KALSHI_AVAILABLE else set())
        lines: list[str] = []
        deadline = time.monotonic() + 30
        assert proc.stdout is not None
        while not expected <= set(_parse_exports(lines)):
            line = proc.stdout.readline()
            assert line, f"the CLI exited early: {proc.stderr.read() if proc.stderr else ''}"
            lines.append(line.strip())
            assert time.monotonic() < deadline
        yield proc, _parse_exports(lines)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_the_cli_prints_urls_and_credentials_that_work(
    cli: tuple[subprocess.Popen[str], dict[str, str]],
) -> None:
    _, env = cli
    response = httpx.get(
        env["BROKERSPEC_WEALTHY_BASE_URL"] + "/v1/report/holdings/",
        headers={"access-token": env["BROKERSPEC_WEALTHY_ACCESS_TOKEN"]},
    )
    assert response.status_code == 200 and response.json()
    body = {"userId": env["BROKERSPEC_GATEWAY_USER_ID"], "vendor": env["BROKERSPEC_GATEWAY_VENDOR"]}
    assert (
        httpx.post(env["BROKERSPEC_GATEWAY_BASE_URL"] + "/holdings/getUsrHold", json=body).json()["status"]
        == "Ok"
    )


@needs_kalshi
def test_the_cli_writes_the_kalshi_key_with_mode_0600(
    cli: tuple[subprocess.Popen[str], dict[str, str]],
) -> None:
    _, env = cli
    path = Path(env["BROKERSPEC_KALSHI_PRIVATE_KEY_PATH"])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert env["BROKERSPEC_KALSHI_BASE_URL"].endswith("/kalshi/trade-api/v2")


def test_the_cli_exits_cleanly_on_sigterm(cli: tuple[subprocess.Popen[str], dict[str, str]]) -> None:
    proc, _ = cli
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(10) == 0


def test_the_cli_exits_cleanly_on_ctrl_c(cli: tuple[subprocess.Popen[str], dict[str, str]]) -> None:
    proc, _ = cli
    proc.send_signal(signal.SIGINT)
    assert proc.wait(10) == 0


def test_the_cli_refuses_a_non_loopback_host(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--host", "0.0.0.0", "--port", "0"]) == 2
    assert "refusing" in capsys.readouterr().err


def test_the_cli_reports_a_port_in_use(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        assert main(["--port", str(taken.getsockname()[1])]) == 1
    assert "cannot listen" in capsys.readouterr().err


def test_the_cli_defaults_to_a_fixed_port() -> None:
    from brokerspec.sandbox.server import _parser

    assert _parser().parse_args([]).port == DEFAULT_PORT == 8765


def _brokerspec(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brokerspec", *args], capture_output=True, text=True, cwd=ROOT, timeout=30
    )


def test_the_cli_is_reachable_through_the_brokerspec_command() -> None:
    out = _brokerspec("sandbox", "--", "--help")
    assert out.returncode == 0 and "--separate-ports" in out.stdout and "--wire-era" in out.stdout


def test_brokerspec_sandbox_accepts_options_without_a_separator() -> None:
    out = _brokerspec("sandbox", "--help")
    assert out.returncode == 0 and "--separate-ports" in out.stdout


# --------------------------------------------------------------------------------------------------
# Routing by prefix
# --------------------------------------------------------------------------------------------------


async def test_a_path_with_a_newline_still_reaches_its_simulator() -> None:
    from brokerspec.sandbox.server import _PrefixRouter

    seen: list[tuple[str, str]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append((scope["path"], scope["root_path"]))
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    router = _PrefixRouter({"/kalshi": app}, fallback=app)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=router), base_url="http://sb") as c:
        await c.get("/kalshi/trade-api/v2/portfolio/orders/a%0Ab")
    assert seen == [("/kalshi/trade-api/v2/portfolio/orders/a\nb", "/kalshi")]


def test_a_prefix_must_end_at_a_segment_boundary(http: httpx.Client) -> None:
    assert http.get("/wealthyx/v1/report/holdings/", headers=WEALTHY_HEADERS).status_code == 404


@needs_kalshi
def test_an_order_id_with_a_newline_gets_kalshis_own_json_404(server: SandboxServer) -> None:
    url = server.base_urls["kalshi"] + "/portfolio/orders/o%0Ax"
    response = httpx.get(url, headers=kalshi_headers(server, "GET", url))
    assert response.headers["content-type"].startswith("application/json"), response.text
