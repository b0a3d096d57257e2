"""Replay every cassette with the network blocked (record_mode "none").

* sandbox cassettes (cassettes/<broker>/): each recorded scenario of scripts/record_cassettes is re-run through
  the generated clients; every request must match a recorded one (method, scheme, host, port, path, query and
  JSON body; never headers) and every response parses into the generated model;
* MCP cassettes (cassettes/mcp/<tool>[__<variant>].yaml): each scenario (a session of tool calls, writes
  included: preview then place with a token issued in this process) runs again in-process, its Kalshi
  requests signed with a throwaway key (headers are not matched); every recorded request must be made, and
  the zero-interaction cassettes (capabilities, previews, a read-only refusal) prove no request at all;
  every tool of `brokerspec.app.schemas.OUTPUT_MODELS` has at least one;
* the third-party Kalshi recordings (../shared/fixtures/kalshi-wire-2025/) replay through our generated Kalshi
  client: the request it sends must be the recorded one, and the 2025 answers parse.
"""

from __future__ import annotations

import asyncio
import importlib.machinery
import importlib.util
import json
import socket
import sys
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest
import vcr
import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

ROOT = Path(__file__).resolve().parents[1]
WIRE_2025 = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "kalshi-wire-2025"


def load_recorder() -> ModuleType:
    if "record_cassettes" in sys.modules:
        return sys.modules["record_cassettes"]
    loader = importlib.machinery.SourceFileLoader(
        "record_cassettes", str(ROOT / "scripts" / "record_cassettes")
    )
    spec = importlib.util.spec_from_loader("record_cassettes", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["record_cassettes"] = module
    loader.exec_module(module)
    return module


rec = load_recorder()


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("network access during cassette replay")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="module")
def replay_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The recording environment, with a throwaway Kalshi key (signatures are never matched)."""
    from brokerspec.sandbox import data
    from brokerspec.sandbox.server import _kalshi_key_id

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path = tmp_path_factory.mktemp("replay-key") / "key.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    path.chmod(0o600)
    return {
        "BROKERSPEC_KALSHI_KEY_ID": _kalshi_key_id(rec.SEED),
        "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH": str(path),
        "BROKERSPEC_KALSHI_BASE_URL": rec.BASE_URLS["kalshi"],
        "BROKERSPEC_WEALTHY_ACCESS_TOKEN": data.WEALTHY_ACCESS_TOKEN,
        "BROKERSPEC_WEALTHY_BASE_URL": rec.BASE_URLS["wealthy"],
        "BROKERSPEC_GATEWAY_BASE_URL": rec.BASE_URLS["vendor_gateway"],
        "BROKERSPEC_GATEWAY_USER_ID": data.GATEWAY_USER_ID,
        "BROKERSPEC_GATEWAY_VENDOR": data.GATEWAY_VENDOR,
        "BROKERSPEC_SANDBOX_URL": rec.ORIGIN,
    }


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, replay_env: dict[str, str]) -> None:
    for name in ("BROKERSPEC_KALSHI_ENV", "BROKERSPEC_AUDIT_LOG"):
        monkeypatch.delenv(name, raising=False)


GENERATED = [sc for sc in rec.SCENARIOS if sc.broker != "mcp"]
MCP = [sc for sc in rec.SCENARIOS if sc.broker == "mcp"]


def test_every_scenario_has_a_cassette_and_every_cassette_a_scenario() -> None:
    expected = {rec.cassette_path(rec.CASSETTES, sc) for sc in rec.SCENARIOS}
    found = {p for p in rec.CASSETTES.rglob("*.yaml") if p.parent.name != "kalshi-demo"}
    assert found == expected


def test_every_generated_operation_is_recorded() -> None:
    recorded: set[str] = set()
    for path in rec.CASSETTES.glob("*/*.yaml"):
        for interaction in yaml.safe_load(path.read_text())["interactions"]:
            request = interaction["request"]
            recorded.add(f"{request['method']} {urlsplit(request['uri']).path}")
    operations = 0
    for broker in ("kalshi", "wealthy", "vendor_gateway"):
        spec = yaml.safe_load((ROOT / "openapi" / f"{broker}.yaml").read_text())
        prefix = rec.BASE_URLS[broker].removeprefix(rec.ORIGIN)
        for template, item in spec["paths"].items():
            for method in item:
                if method == "parameters":
                    continue
                operations += 1
                pattern = prefix + template
                parts = pattern.split("/")
                assert any(
                    r.split(" ", 1)[0] == method.upper()
                    and len(r.split(" ", 1)[1].split("/")) == len(parts)
                    and all(
                        a == b or (a.startswith("{") and a.endswith("}"))
                        for a, b in zip(parts, r.split(" ", 1)[1].split("/"), strict=True)
                    )
                    for r in recorded
                ), f"{method.upper()} {pattern} is not in any cassette"
    assert operations == 38


def _check_parsed(sc: Any, responses: list[Any]) -> None:
    assert responses, sc.name
    for resp in responses:
        if resp.status_code == 204:
            continue
        assert resp.parsed is not None, f"{sc.name}: HTTP {resp.status_code} did not parse: {resp.content!r}"
        if resp.status_code < 300 and sc.broker == "kalshi":
            assert type(resp.parsed).__name__ != "ErrorResponse", sc.name


@pytest.mark.parametrize("sc", GENERATED, ids=lambda sc: f"{sc.broker}/{sc.name}")
def test_generated_client_replays(sc: Any, replay_env: dict[str, str]) -> None:
    ctx = rec.Ctx(env=replay_env, recording=False)
    path = rec.cassette_path(rec.CASSETTES, sc)
    # No playback repeats: the 409 scenario sends the same create twice and must get 201, then 409.
    with rec.make_vcr("none").use_cassette(str(path)) as cassette:
        responses = sc.run(ctx)
        assert cassette.all_played, f"{sc.name}: not every recorded interaction was requested"
    _check_parsed(sc, responses)


@pytest.mark.parametrize("sc", MCP, ids=lambda sc: sc.name)
def test_mcp_tool_replays(sc: Any, replay_env: dict[str, str], tmp_path: Path) -> None:
    """The scenario runs again through the tools (it checks its own results); every request it makes must be
    a recorded one, every recorded one is made, and a no-HTTP scenario makes none at all."""
    mcp_sc = rec.MCP_SCENARIOS[sc.name]
    path = rec.cassette_path(rec.CASSETTES, sc)
    with rec.make_vcr("none").use_cassette(str(path)) as cassette:
        results = asyncio.run(rec.run_mcp_scenario(replay_env, mcp_sc, tmp_path))
        assert cassette.all_played, f"{sc.name}: not every recorded interaction was requested"
        if mcp_sc.no_http:
            assert len(cassette) == 0 and cassette.play_count == 0, sc.name
        elif mcp_sc.reads_only:  # a preview reads its market, and never writes
            assert {r.method for r in cassette.requests} == {"GET"}, sc.name
        else:
            assert cassette.play_count == len(cassette) >= 1, sc.name
    assert results, sc.name
    for result in results:
        text = json.dumps(result.model_dump(mode="json"))
        assert "network access" not in text and "CannotOverwrite" not in text, text[:500]
        assert "internal_error" not in text, text[:500]
    audit = tmp_path / "audit.sandbox.jsonl"  # sandbox play has its own audit file
    events = [json.loads(line)["event"] for line in audit.read_text().splitlines()] if audit.exists() else []
    if mcp_sc.no_http or mcp_sc.reads_only:
        assert not any(e.startswith("write_attempt") for e in events), events


def test_mcp_read_only_refusal_is_audited_and_sends_nothing(
    replay_env: dict[str, str], tmp_path: Path
) -> None:
    sc = rec.MCP_SCENARIOS["kalshi_place_orders__refused_read_only"]
    path = rec.cassette_path(rec.CASSETTES, rec.Scenario("mcp", sc.name, lambda ctx: []))
    recorded = yaml.safe_load(path.read_text())["interactions"]
    assert {i["request"]["method"] for i in recorded} == {"GET"}  # the preview read its market; no write
    with rec.make_vcr("none").use_cassette(str(path)) as cassette:
        asyncio.run(rec.run_mcp_scenario(replay_env, sc, tmp_path))
        assert cassette.all_played
    assert not (tmp_path / "audit.jsonl").exists()  # sandbox play never writes the real log
    events = [json.loads(line) for line in (tmp_path / "audit.sandbox.jsonl").read_text().splitlines()]
    assert [e["event"] for e in events] == ["write_refused"], events


def test_every_mcp_tool_has_a_cassette() -> None:
    """Naming rule: cassettes/mcp/<tool>.yaml or <tool>__<variant>.yaml covers <tool>."""
    from brokerspec.app.schemas import OUTPUT_MODELS

    covered = {p.stem.split("__", 1)[0] for p in (rec.CASSETTES / "mcp").glob("*.yaml")}
    assert set(OUTPUT_MODELS) <= covered, sorted(set(OUTPUT_MODELS) - covered)
    assert covered <= set(OUTPUT_MODELS), sorted(covered - set(OUTPUT_MODELS))
    assert {sc.tool for sc in rec.MCP_SCENARIOS.values()} == set(OUTPUT_MODELS)


def test_mcp_scenarios_call_the_tool_they_are_named_for(replay_env: dict[str, str], tmp_path: Path) -> None:
    """Guards the naming rule: each cassette's scenario really calls its tool."""
    called: dict[str, set[str]] = {}
    for sc in rec.MCP_SCENARIOS.values():
        path = rec.cassette_path(rec.CASSETTES, rec.Scenario("mcp", sc.name, lambda ctx: []))
        tools: set[str] = called.setdefault(sc.name, set())
        original = sc.steps

        async def spy(call: Any, original: Any = original, tools: set[str] = tools) -> Any:
            async def wrapped(tool: str, args: dict[str, Any]) -> Any:
                tools.add(tool)
                return await call(tool, args)

            return await original(wrapped)

        with rec.make_vcr("none").use_cassette(str(path)):
            asyncio.run(
                rec.run_mcp_scenario(
                    replay_env, rec.McpScenario(sc.name, spy, sc.env, sc.no_http), tmp_path / sc.name
                )
            )
        assert sc.tool in tools, (sc.name, tools)


# Third-party Kalshi recordings ----------------------------------------------------------------------------


def _wire_cassettes() -> list[Path]:
    return sorted(WIRE_2025.glob("*.yaml")) if WIRE_2025.is_dir() else []


def _wire_vcr() -> vcr.VCR:
    v = vcr.VCR(record_mode="none", match_on=rec.MATCH_ON, decode_compressed_response=True)
    v.register_matcher("jsonbody", rec.json_body_matcher)
    return v


def _call_recorded(request: dict[str, Any]) -> Any:
    """Send the recorded request again through the generated Kalshi client; return the Response."""
    from brokerspec_kalshi import Client
    from brokerspec_kalshi.api.markets import get_markets
    from brokerspec_kalshi.api.orders import cancel_order_legacy, create_order_legacy, get_order
    from brokerspec_kalshi.api.portfolio import get_balance, get_fills, get_positions, get_settlements
    from brokerspec_kalshi.models import CreateOrderLegacyRequest

    url = urlsplit(request["uri"])
    api = "/trade-api/v2"
    assert url.path.startswith(api)
    client = Client(base_url=f"{url.scheme}://{url.netloc}{api}")
    path = url.path.removeprefix(api)
    query = dict(q.split("=", 1) for q in url.query.split("&") if q)
    method = request["method"]
    ints = {k: int(v) for k, v in query.items() if k == "limit"}
    rest = {k: v for k, v in query.items() if k != "limit"}
    if method == "GET" and path == "/markets":
        return get_markets.sync_detailed(client=client, **ints, **rest)
    if method == "GET" and path == "/portfolio/balance":
        return get_balance.sync_detailed(client=client, **rest)
    if method == "GET" and path == "/portfolio/fills":
        return get_fills.sync_detailed(client=client, **ints, **rest)
    if method == "GET" and path == "/portfolio/positions":
        return get_positions.sync_detailed(client=client, **ints, **rest)
    if method == "GET" and path == "/portfolio/settlements":
        return get_settlements.sync_detailed(client=client, **ints, **rest)
    if method == "POST" and path == "/portfolio/orders":
        body = CreateOrderLegacyRequest.from_dict(json.loads(request["body"]))
        return create_order_legacy.sync_detailed(client=client, body=body)
    if method == "GET" and path.startswith("/portfolio/orders/"):
        return get_order.sync_detailed(path.rsplit("/", 1)[1], client=client)
    if method == "DELETE" and path.startswith("/portfolio/orders/"):
        return cancel_order_legacy.sync_detailed(path.rsplit("/", 1)[1], client=client)
    raise AssertionError(f"no generated operation for {method} {path}")


def test_the_third_party_recordings_are_there() -> None:
    if not WIRE_2025.is_dir():
        pytest.skip(f"{WIRE_2025} is not present")
    assert len(_wire_cassettes()) == 6


@pytest.mark.parametrize("path", _wire_cassettes(), ids=lambda p: p.stem)
def test_third_party_kalshi_recording_replays_through_the_generated_client(path: Path) -> None:
    ours = yaml.safe_load(path.read_text())["interactions"]  # the market read included: the spec has it now
    assert ours
    with _wire_vcr().use_cassette(str(path), allow_playback_repeats=True) as cassette:
        for interaction in ours:
            resp = _call_recorded(interaction["request"])
            assert resp.status_code == interaction["response"]["status"]["code"]
            assert resp.parsed is not None
            assert type(resp.parsed).__name__ != "ErrorResponse", resp.content[:300]
            recorded = json.loads(interaction["response"]["body"]["string"])
            # Every recorded top-level value survives the generated model.
            assert resp.parsed.to_dict().keys() >= recorded.keys()
        assert cassette.play_count == len(ours)


@pytest.mark.parametrize(
    "env",
    [
        {"BROKERSPEC_KALSHI_ENV": "production", "BROKERSPEC_KALSHI_KEY_ID": "k"},
        {
            "BROKERSPEC_KALSHI_BASE_URL": "https://api.elections.kalshi.com/trade-api/v2",
            "BROKERSPEC_KALSHI_KEY_ID": "k",
        },
    ],
)
def test_demo_recording_refuses_production(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: dict[str, str]
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit, match="refusing"):
        rec.record_demo(tmp_path)
    assert not any(tmp_path.iterdir())
