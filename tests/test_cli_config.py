"""The configuration as a user meets it: `brokerspec serve` over stdio prints one line per problem and still
starts, and `brokerspec check` lists the problems, tries one read per broker and exits non-zero on any."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from brokerspec.sandbox.server import SandboxServer
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client
from server_helpers import Checked

WEALTHY_URL_SECRET = "s3cretUrlPass"


def _clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The parent's environment without any BROKERSPEC_* setting; state and audit under tmp_path."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("BROKERSPEC_")},
        "HOME": str(tmp_path / "home"),
        "BROKERSPEC_STATE_DIR": str(tmp_path / "state"),
        "BROKERSPEC_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
        **extra,
    }


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with SandboxServer(key_dir=tmp_path_factory.mktemp("keys")) as server:
        yield server


def _check(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brokerspec", "check"], env=env, capture_output=True, text=True, timeout=120
    )


# --- serve ---------------------------------------------------------------------------------------------------


async def test_serve_prints_one_line_per_problem_and_still_answers(tmp_path: Path) -> None:
    env = _clean_env(
        tmp_path,
        BROKERSPEC_KALSHI_KEY_ID="a952bcbe-ec3b-4b5b-b8f9-11dae589608c",
        BROKERSPEC_WEALTHY_BASE_URL=f"https://me:{WEALTHY_URL_SECRET}@api.wealthy.example/broking/api",
        BROKERSPEC_TRADING="yes",
    )
    params = StdioServerParameters(command=sys.executable, args=["-m", "brokerspec", "serve"], env=env)
    with (tmp_path / "stderr.txt").open("w") as errlog:
        async with Client(stdio_client(params, errlog=errlog)) as client:
            c = Checked(client)
            caps = await c.ok("capabilities")
            balance = await c.error("kalshi_get_balance")
            holdings = await c.error("get_holdings", {"broker": "wealthy"})
            preview = await c.error(
                "kalshi_preview_orders",
                {
                    "orders": [
                        {"ticker": "KXDEMO-26-B", "action": "buy", "side": "yes", "count": 1, "price": "0.2"}
                    ]
                },
            )
    stderr = (tmp_path / "stderr.txt").read_text()

    lines = stderr.splitlines()
    assert len(lines) == 3, stderr
    assert all(line.startswith("brokerspec: configuration problem: BROKERSPEC_") for line in lines)
    assert "Traceback" not in stderr and WEALTHY_URL_SECRET not in stderr
    assert len(caps["problems"]) == 3
    for error in (balance, holdings):
        assert error["code"] == "invalid_configuration"
        assert f"brokerspec: configuration problem: {error['message']}" in lines
    assert preview["code"] == "invalid_configuration"  # Kalshi's own problem comes first
    assert {p["variable"]: p["broker"] for p in caps["problems"]}["BROKERSPEC_TRADING"] is None


def test_serve_sandbox_ignores_the_users_broker_variables(tmp_path: Path) -> None:
    """`--sandbox` supplies every broker variable; a user's own Kalshi PEM text must not clash with them."""
    code = (
        "import asyncio, json; from brokerspec.app.service import Service; "
        "s = Service(sandbox=True); c = asyncio.run(s.capabilities()); s.close(); "
        "print(json.dumps([p.variable for p in c.problems]))"
    )
    env = _clean_env(
        tmp_path, BROKERSPEC_KALSHI_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\nx\\n-----END PRIVATE KEY-----"
    )
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "[]"


# --- check -----------------------------------------------------------------------------------------------------


def test_check_passes_against_the_sandbox(sandbox: SandboxServer, tmp_path: Path) -> None:
    run = _check(_clean_env(tmp_path, **sandbox.environment(), BROKERSPEC_SANDBOX="1"))
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    assert "configuration problem" not in out
    assert "brokerspec: kalshi: ok (sandbox): balance $" in out
    assert "brokerspec: wealthy: ok (sandbox):" in out
    assert "brokerspec: vendor_gateway: ok (sandbox):" in out
    assert out.strip().endswith("check passed: 3 broker(s) answered, no problems")


def test_check_lists_a_problem_and_fails(sandbox: SandboxServer, tmp_path: Path) -> None:
    env = _clean_env(tmp_path, **sandbox.environment(), BROKERSPEC_SANDBOX="1", BROKERSPEC_KALSHI_ENV="prod")
    run = _check(env)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "brokerspec: configuration problem: BROKERSPEC_KALSHI_ENV: is 'prod'" in run.stdout
    assert "brokerspec: kalshi: not checked" in run.stdout
    assert "brokerspec: wealthy: ok (sandbox):" in run.stdout  # the other brokers are still tried
    assert "Traceback" not in run.stdout + run.stderr


def test_check_fails_when_a_broker_refuses_the_credentials(sandbox: SandboxServer, tmp_path: Path) -> None:
    wrong = "wrong-token-Pq7Zx91"
    env = _clean_env(tmp_path, **{**sandbox.environment(), "BROKERSPEC_WEALTHY_ACCESS_TOKEN": wrong})
    run = _check(env)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "brokerspec: wealthy: FAILED: authentication_failed" in run.stdout
    assert "brokerspec: kalshi: ok" in run.stdout
    assert wrong not in run.stdout + run.stderr


def test_check_with_nothing_configured_fails(tmp_path: Path) -> None:
    run = _check(_clean_env(tmp_path))
    assert run.returncode == 1
    assert "no broker is configured" in run.stdout
