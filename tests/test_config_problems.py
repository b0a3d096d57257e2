"""Misconfiguration is told, not hidden: every bad environment becomes a list of problems that
`capabilities` reports and the affected tools answer with `invalid_configuration` — never `internal_error`.

Driven through a real MCP client (`held_client`) on a `Service(env=...)`; the subprocess side (`serve` over
stdio, `brokerspec check`) is in `test_cli_config.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from brokerspec.app.service import Service
from brokerspec.config import read_configuration
from brokerspec.sandbox.server import SandboxServer
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from server_helpers import (
    Checked,
    base_env,
    error_of,
    held_client,
    order,
    sandbox,  # noqa: F401  (module fixture)
    sandbox_env,
)

KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11dae589608c"
PASSWORD = "correct-horse-battery-staple"
URL_SECRET = "hunter2urlpass"
WEALTHY_TOKEN = "wealthy-token-Zq81xLm"
GATEWAY_SECRET = "gw-session-Yt55pQ"

#: One call (or a few) per tool: the whole tool list is exercised for every environment.
CALLS: dict[str, list[dict[str, Any]]] = {
    "capabilities": [{}],
    "get_portfolio": [{"broker": b} for b in ("all", "kalshi", "wealthy", "vendor_gateway")],
    "get_holdings": [{"broker": "wealthy"}, {"broker": "vendor_gateway"}],
    "get_positions": [{"broker": b} for b in ("kalshi", "wealthy", "vendor_gateway")],
    "kalshi_get_balance": [{}],
    "kalshi_list_fills": [{}],
    "kalshi_list_orders": [{}],
    "kalshi_get_order": [{"order_id": "ord-cfg-1"}],
    "kalshi_list_positions": [{}],
    "kalshi_list_settlements": [{}],
    "kalshi_get_queue_positions": [{}],
    "kalshi_get_order_groups": [{}],
    "kalshi_get_market": [{"ticker": "KXDEMO-26-A"}],
    "kalshi_find_markets": [{"series_ticker": "KXDEMO"}],
    "kalshi_get_orderbook": [{"ticker": "KXDEMO-26-A"}],
    "kalshi_preview_orders": [{"orders": [order()]}],
    "kalshi_place_orders": [{"orders": [order(client_order_id="cfg-1")], "preview_token": "not-a-token"}],
    "kalshi_cancel_orders": [{"order_ids": ["ord-cfg-1"]}],
    "kalshi_amend_order": [{"order_id": "ord-cfg-1", **order()}],
    "kalshi_decrease_order": [{"order_id": "ord-cfg-1", "reduce_by": 1}],
    "kalshi_manage_order_group": [
        {"action": "create", "contracts_limit": 5},
        {"action": "trigger", "order_group_id": "og-cfg-1"},
    ],
}
WRITES = {
    "kalshi_preview_orders",
    "kalshi_place_orders",
    "kalshi_cancel_orders",
    "kalshi_amend_order",
    "kalshi_decrease_order",
    "kalshi_manage_order_group",
}


def _broker_of(tool: str, args: dict[str, Any]) -> str | None:
    if args.get("broker") not in (None, "all"):
        return str(args["broker"])
    return "kalshi" if tool.startswith("kalshi_") else None


# --- keys ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Keys:
    plain: Path  # an Ed25519 key, unencrypted
    plain_text: str
    encrypted: Path  # encrypted with PASSWORD
    public: Path
    ec: Path
    not_pem: Path
    directory: Path

    def secrets(self) -> list[str]:
        """Lines of key material that must never be shown."""
        return [line for line in self.plain_text.splitlines() if not line.startswith("-----")]


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    home = tmp_path_factory.mktemp("cfg-keys")
    key = ed25519.Ed25519PrivateKey.generate()
    plain_text = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    files = {
        "plain": plain_text.encode(),
        "encrypted": key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(PASSWORD.encode()),
        ),
        "public": key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
        "ec": ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        "not_pem": b"this is the key id, not the key\n",
    }
    paths = {}
    for name, data in files.items():
        paths[name] = home / f"{name}.pem"
        paths[name].write_bytes(data)
    (home / "a-directory.pem").mkdir()
    return Keys(plain_text=plain_text, directory=home / "a-directory.pem", **paths)


# --- the bad environments -------------------------------------------------------------------------------

Env = Callable[[Keys, SandboxServer, Path], dict[str, str]]


@dataclass(frozen=True)
class Bad:
    """A bad environment, the variable its problem must name, and the broker it disables (None: writes)."""

    id: str
    env: Env
    variable: str
    broker: str | None


def _kalshi(keys: Keys, **extra: str) -> dict[str, str]:
    return {"BROKERSPEC_KALSHI_KEY_ID": KEY_ID, **extra}


def _on_sandbox(**extra: str) -> Env:
    """Every broker on the sandbox (so reads work), with `extra` on top."""
    return lambda k, s, t: {**sandbox_env(s, t), **extra}


P, PATH, PEM, PWD = (
    "BROKERSPEC_KALSHI_",
    "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH",
    "BROKERSPEC_KALSHI_PRIVATE_KEY",
    "BROKERSPEC_KALSHI_PRIVATE_KEY_PASSWORD",
)
BAD = [
    # Kalshi: half-configured, or a key that cannot be used
    Bad("key-id-without-key", lambda k, s, t: _kalshi(k), PATH, "kalshi"),
    Bad("key-file-without-key-id", lambda k, s, t: {PATH: str(k.plain)}, P + "KEY_ID", "kalshi"),
    Bad("key-text-without-key-id", lambda k, s, t: {PEM: k.plain_text}, P + "KEY_ID", "kalshi"),
    Bad(
        "key-file-and-key-text",
        lambda k, s, t: _kalshi(k, **{PATH: str(k.plain), PEM: k.plain_text}),
        PEM,
        "kalshi",
    ),
    Bad("missing-key-file", lambda k, s, t: _kalshi(k, **{PATH: str(k.plain) + ".gone"}), PATH, "kalshi"),
    Bad("key-path-is-a-directory", lambda k, s, t: _kalshi(k, **{PATH: str(k.directory)}), PATH, "kalshi"),
    Bad("key-file-is-not-pem", lambda k, s, t: _kalshi(k, **{PATH: str(k.not_pem)}), PATH, "kalshi"),
    Bad(
        "key-text-is-damaged-pem",
        lambda k, s, t: _kalshi(k, **{PEM: k.plain_text.replace("M", "#")}),
        PEM,
        "kalshi",
    ),
    Bad("key-file-is-a-public-key", lambda k, s, t: _kalshi(k, **{PATH: str(k.public)}), PATH, "kalshi"),
    Bad("key-is-an-ec-key", lambda k, s, t: _kalshi(k, **{PATH: str(k.ec)}), PATH, "kalshi"),
    Bad(
        "encrypted-key-without-password",
        lambda k, s, t: _kalshi(k, **{PATH: str(k.encrypted)}),
        PWD,
        "kalshi",
    ),
    Bad(
        "encrypted-key-wrong-password",
        lambda k, s, t: _kalshi(k, **{PATH: str(k.encrypted), PWD: "not-the-password"}),
        PWD,
        "kalshi",
    ),
    Bad(
        "password-for-a-plain-key",
        lambda k, s, t: _kalshi(k, **{PATH: str(k.plain), PWD: PASSWORD}),
        PWD,
        "kalshi",
    ),
    Bad("password-without-any-key", lambda k, s, t: {PWD: PASSWORD}, P + "KEY_ID", "kalshi"),
    Bad(
        "kalshi-env-prod",
        lambda k, s, t: _kalshi(k, **{PATH: str(k.plain), P + "ENV": "prod"}),
        P + "ENV",
        "kalshi",
    ),
    Bad("kalshi-env-without-key", lambda k, s, t: {P + "ENV": "demo"}, P + "KEY_ID", "kalshi"),
    Bad(
        "kalshi-base-url-not-a-url",
        lambda k, s, t: _kalshi(
            k, **{PATH: str(k.plain), P + "BASE_URL": "external-api.kalshi.com/trade-api/v2"}
        ),
        P + "BASE_URL",
        "kalshi",
    ),
    Bad(
        "kalshi-base-url-with-credentials",
        lambda k, s, t: _kalshi(
            k, **{PATH: str(k.plain), P + "BASE_URL": f"https://me:{URL_SECRET}@127.0.0.1:9/trade-api/v2"}
        ),
        P + "BASE_URL",
        "kalshi",
    ),
    Bad(
        "kalshi-reads-per-second-abc",
        _on_sandbox(BROKERSPEC_KALSHI_READS_PER_SECOND="abc"),
        P + "READS_PER_SECOND",
        "kalshi",
    ),
    # Wealthy
    Bad(
        "wealthy-base-url-without-token",
        lambda k, s, t: {"BROKERSPEC_WEALTHY_BASE_URL": "http://127.0.0.1:9/wealthy"},
        "BROKERSPEC_WEALTHY_ACCESS_TOKEN",
        "wealthy",
    ),
    Bad(
        "wealthy-token-with-a-line-break",
        lambda k, s, t: {"BROKERSPEC_WEALTHY_ACCESS_TOKEN": f"{WEALTHY_TOKEN}\n{WEALTHY_TOKEN}"},
        "BROKERSPEC_WEALTHY_ACCESS_TOKEN",
        "wealthy",
    ),
    Bad(
        "wealthy-base-url-not-http",
        lambda k, s, t: {
            "BROKERSPEC_WEALTHY_ACCESS_TOKEN": WEALTHY_TOKEN,
            "BROKERSPEC_WEALTHY_BASE_URL": "ftp://api.wealthy.in",
        },
        "BROKERSPEC_WEALTHY_BASE_URL",
        "wealthy",
    ),
    Bad(
        "wealthy-writes-per-second-negative",
        _on_sandbox(BROKERSPEC_WEALTHY_WRITES_PER_SECOND="-1"),
        "BROKERSPEC_WEALTHY_WRITES_PER_SECOND",
        "wealthy",
    ),
    # Vendor gateway
    Bad(
        "gateway-user-without-base-url",
        lambda k, s, t: {"BROKERSPEC_GATEWAY_USER_ID": "U1", "BROKERSPEC_GATEWAY_VENDOR": "KOTAK"},
        "BROKERSPEC_GATEWAY_BASE_URL",
        "vendor_gateway",
    ),
    Bad(
        "gateway-without-user-id",
        lambda k, s, t: {
            "BROKERSPEC_GATEWAY_BASE_URL": "http://127.0.0.1:9/gw",
            "BROKERSPEC_GATEWAY_VENDOR": "KOTAK",
        },
        "BROKERSPEC_GATEWAY_USER_ID",
        "vendor_gateway",
    ),
    Bad(
        "gateway-auth-header-without-value",
        _on_sandbox(BROKERSPEC_GATEWAY_AUTH_HEADER="X-Session-Token"),
        "BROKERSPEC_GATEWAY_AUTH_VALUE",
        "vendor_gateway",
    ),
    Bad(
        "gateway-secret-with-a-line-break",
        _on_sandbox(BROKERSPEC_GATEWAY_AUTH_VALUE=f"{GATEWAY_SECRET}\r\n{GATEWAY_SECRET}"),
        "BROKERSPEC_GATEWAY_AUTH_VALUE",
        "vendor_gateway",
    ),
    # Server-wide: writes refused, reads and capabilities keep working
    Bad("trading-yes", _on_sandbox(BROKERSPEC_TRADING="yes"), "BROKERSPEC_TRADING", None),
    Bad("allow-live-true", _on_sandbox(BROKERSPEC_ALLOW_LIVE="true"), "BROKERSPEC_ALLOW_LIVE", None),
    Bad(
        "max-contracts-negative",
        _on_sandbox(BROKERSPEC_MAX_ORDER_CONTRACTS="-5"),
        "BROKERSPEC_MAX_ORDER_CONTRACTS",
        None,
    ),
    Bad(
        "max-order-dollars-abc",
        _on_sandbox(BROKERSPEC_MAX_ORDER_DOLLARS="abc"),
        "BROKERSPEC_MAX_ORDER_DOLLARS",
        None,
    ),
    Bad(
        "max-daily-dollars-nan",
        _on_sandbox(BROKERSPEC_MAX_DAILY_DOLLARS="NaN"),
        "BROKERSPEC_MAX_DAILY_DOLLARS",
        None,
    ),
    Bad(
        "token-ttl-zero", _on_sandbox(BROKERSPEC_TOKEN_TTL_SECONDS="0"), "BROKERSPEC_TOKEN_TTL_SECONDS", None
    ),
    Bad("confirm-maybe", _on_sandbox(BROKERSPEC_CONFIRM="maybe"), "BROKERSPEC_CONFIRM", None),
    Bad(
        "state-dir-is-a-file",
        lambda k, s, t: {**sandbox_env(s, t), "BROKERSPEC_STATE_DIR": str(k.plain)},
        "BROKERSPEC_STATE_DIR",
        None,
    ),
    Bad(
        "audit-log-is-a-directory",
        lambda k, s, t: {**sandbox_env(s, t), "BROKERSPEC_AUDIT_LOG": str(k.directory)},
        "BROKERSPEC_AUDIT_LOG",
        None,
    ),
]


def _expected_text(caps: dict[str, Any], broker: str | None) -> str:
    """What the affected tools must answer: the problems of that scope, as `serve` prints them."""
    return "; ".join(
        f"{p['variable']}: {p['message']}; fix: {p['fix']}" for p in caps["problems"] if p["broker"] == broker
    )


async def _call_every_tool(c: Checked) -> list[tuple[str, dict[str, Any], Any]]:
    assert set(CALLS) == set(c.schemas), "every tool must be in CALLS"
    return [(tool, args, await c.call(tool, args)) for tool, calls in CALLS.items() for args in calls]


def test_the_bad_environments_are_about_25() -> None:
    assert len(BAD) >= 25
    assert len({b.id for b in BAD}) == len(BAD)


@pytest.mark.parametrize("bad", BAD, ids=[b.id for b in BAD])
async def test_no_bad_environment_produces_internal_error(
    bad: Bad,
    keys: Keys,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    env = {**base_env(tmp_path), **bad.env(keys, sandbox, tmp_path)}
    service = Service(env=env)
    try:
        async with held_client(service) as c:
            caps = await c.ok("capabilities")
            results = await _call_every_tool(c)
    finally:
        service.close()

    named = [(p["variable"], p["broker"]) for p in caps["problems"]]
    assert (bad.variable, bad.broker) in named, caps["problems"]
    expected = _expected_text(caps, bad.broker)
    for tool, args, result in results:
        if result.is_error:
            assert error_of(result)["code"] != "internal_error", (tool, args, error_of(result))
        affected = bad.broker is not None and _broker_of(tool, args) == bad.broker
        affected = affected or (bad.broker is None and tool in WRITES)
        if affected:
            error = error_of(result)
            assert (error["code"], error["message"]) == ("invalid_configuration", expected), (tool, args)
    portfolio = next(r for t, a, r in results if t == "get_portfolio" and a["broker"] == "all")
    if bad.broker is not None:
        failure = {e["broker"]: e for e in portfolio.structured_content["errors"]}[bad.broker]
        assert (failure["code"], failure["message"]) == ("invalid_configuration", expected)

    shown = "\n".join(r.content[0].text for _, _, r in results) + str(caps)
    for secret in [*keys.secrets(), PASSWORD, URL_SECRET, WEALTHY_TOKEN, GATEWAY_SECRET, "not-the-password"]:
        assert secret not in shown


@pytest.mark.parametrize("bad", [b for b in BAD if b.broker is None], ids=lambda b: b.id)
async def test_a_server_wide_problem_refuses_writes_but_reads_work(
    bad: Bad,
    keys: Keys,
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    service = Service(env={**base_env(tmp_path), **bad.env(keys, sandbox, tmp_path)})
    try:
        async with held_client(service) as c:
            caps = await c.ok("capabilities")
            balance = await c.ok("kalshi_get_balance")
            holdings = await c.ok("get_holdings", {"broker": "wealthy"})
            refused = await c.error("kalshi_place_orders", CALLS["kalshi_place_orders"][0])
    finally:
        service.close()
    assert caps["mode"] == "read_only"  # the safe defaults stand in for what could not be read
    assert {b["broker"]: b["writes_allowed"] for b in caps["brokers"]}["kalshi"] is False
    assert "balance_dollars" in balance and holdings["total_items"] > 0
    assert refused["code"] == "invalid_configuration"
    assert bad.variable in refused["message"]


async def test_an_encrypted_key_works_with_its_password(
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    assert sandbox.credentials.kalshi_private_key_path is not None
    key = serialization.load_pem_private_key(sandbox.credentials.kalshi_private_key_path.read_bytes(), None)
    encrypted = tmp_path / "encrypted.pem"
    encrypted.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(PASSWORD.encode()),
        )
    )
    env = sandbox_env(
        sandbox,
        tmp_path,
        BROKERSPEC_KALSHI_PRIVATE_KEY_PATH=str(encrypted),
        BROKERSPEC_KALSHI_PRIVATE_KEY_PASSWORD=PASSWORD,
    )
    service = Service(env=env)
    try:
        async with held_client(service) as c:
            caps = await c.ok("capabilities")
            balance = await c.ok("kalshi_get_balance")
    finally:
        service.close()
    assert caps["problems"] == []
    assert "balance_dollars" in balance


async def test_a_broken_broker_leaves_the_others_working(
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    env = sandbox_env(sandbox, tmp_path, BROKERSPEC_KALSHI_ENV="prod")
    service = Service(env=env)
    try:
        async with held_client(service) as c:
            caps = await c.ok("capabilities")
            portfolio = await c.ok("get_portfolio")
            holdings = await c.ok("get_holdings", {"broker": "wealthy"})
            balance = await c.error("kalshi_get_balance")
    finally:
        service.close()
    status = {b["broker"]: b for b in caps["brokers"]}
    assert status["kalshi"]["configured"] is False and "BROKERSPEC_KALSHI_ENV" in status["kalshi"]["note"]
    assert status["wealthy"]["environment"] == "sandbox"
    assert {b["broker"] for b in portfolio["brokers"]} == {"wealthy", "vendor_gateway"}
    assert [e["broker"] for e in portfolio["errors"]] == ["kalshi"]
    assert holdings["total_items"] > 0
    assert balance["code"] == "invalid_configuration"


def test_every_problem_is_listed_at_once(keys: Keys, tmp_path: Path) -> None:
    env = {
        **base_env(tmp_path),
        "BROKERSPEC_KALSHI_KEY_ID": KEY_ID,
        "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH": str(keys.encrypted),
        "BROKERSPEC_KALSHI_ENV": "prod",
        "BROKERSPEC_WEALTHY_BASE_URL": "http://127.0.0.1:9/wealthy",
        "BROKERSPEC_TRADING": "yes",
        "BROKERSPEC_MAX_ORDER_CONTRACTS": "-5",
        "BROKERSPEC_MAX_ORDER_DOLLARS": "abc",
        "BROKERSPEC_VENDOR_GATEWAY_READS_PER_SECOND": "NaN",
    }
    problems = read_configuration(env).problems
    assert sorted(p.variable for p in problems) == [
        "BROKERSPEC_KALSHI_ENV",
        "BROKERSPEC_KALSHI_PRIVATE_KEY_PASSWORD",
        "BROKERSPEC_MAX_ORDER_CONTRACTS",
        "BROKERSPEC_MAX_ORDER_DOLLARS",
        "BROKERSPEC_TRADING",
        "BROKERSPEC_VENDOR_GATEWAY_READS_PER_SECOND",
        "BROKERSPEC_WEALTHY_ACCESS_TOKEN",
    ]
    for problem in problems:
        assert problem.message and problem.fix and "\n" not in problem.line


def test_a_good_environment_has_no_problems(keys: Keys, tmp_path: Path) -> None:
    env = {
        **base_env(tmp_path),
        "BROKERSPEC_KALSHI_KEY_ID": KEY_ID,
        "BROKERSPEC_KALSHI_PRIVATE_KEY": keys.plain_text.strip().replace("\n", "\\n"),
        "BROKERSPEC_WEALTHY_ACCESS_TOKEN": WEALTHY_TOKEN,
        "BROKERSPEC_TRADING": "1",
        "BROKERSPEC_KALSHI_READS_PER_SECOND": "100",
    }
    configuration = read_configuration(env)
    assert configuration.problems == ()
    assert configuration.settings.configured == ("kalshi", "wealthy")
    assert configuration.kalshi_key is not None and configuration.safety.trading_enabled
    assert configuration.rate_overrides["kalshi"].reads_per_second == 100


def test_every_variable_config_reads_is_in_the_readme_table() -> None:
    import re

    import brokerspec.config

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    table = "\n".join(line for line in readme.splitlines() if line.startswith("| `BROKERSPEC_"))
    documented = set(re.findall(r"BROKERSPEC_[A-Z_]+", brokerspec.config.__doc__ or ""))
    assert "BROKERSPEC_KALSHI_PRIVATE_KEY_PASSWORD" in documented
    assert sorted(v for v in documented if v not in table) == []
