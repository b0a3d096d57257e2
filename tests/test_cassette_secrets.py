"""No cassette under cassettes/ holds a secret: auth headers with values, PEM blocks, signatures, sandbox tokens
and user ids, the Kalshi key id. The scanner itself is tested on a synthetic dirty cassette, so it can fail."""

from __future__ import annotations

import json
import re
import sys
import uuid
from pathlib import Path

import pytest
import yaml
from brokerspec.sandbox import data
from brokerspec.sandbox.server import _kalshi_key_id

ROOT = Path(__file__).resolve().parents[1]
CASSETTES = ROOT / "cassettes"
SECRET_HEADERS = {
    "kalshi-access-key",
    "kalshi-access-signature",
    "kalshi-access-timestamp",
    "access-token",
    "authorization",
    "cookie",
    "set-cookie",
    "x-api-key",
}
_PEM = re.compile(r"-----BEGIN [A-Z ]*(?:PRIVATE|PUBLIC) KEY-----")
#: A base64 run as long as an RSA-PSS signature (2048-bit key -> 344 characters).
_LONG_BASE64 = re.compile(r"[A-Za-z0-9+/]{200,}={0,2}")


def known_secrets() -> list[str]:
    key_id = _kalshi_key_id(0)
    values = [
        key_id,
        data.WEALTHY_ACCESS_TOKEN,
        data.GATEWAY_AUTH_TOKEN,
        data.GATEWAY_USER_ID,
        data.GATEWAY_INDIRA_USER_ID,
    ]
    try:
        from brokerspec.sandbox.kalshi import exchange

        values.append(str(uuid.uuid5(exchange._MEMBER_NAMESPACE, key_id)))
    except (ImportError, AttributeError):
        pass
    return values


def scan_text(text: str) -> list[str]:
    """Problems in one cassette's text (empty = clean)."""
    problems: list[str] = []
    if _PEM.search(text):
        problems.append("PEM key block")
    if _LONG_BASE64.search(text):
        problems.append("long base64 value (a signature?)")
    for value in known_secrets():
        if value in text:
            problems.append(f"sandbox secret {value[:4]}...")
    try:
        doc = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        return [*problems, "not YAML"]
    for interaction in doc.get("interactions") or []:
        for part in ("request", "response"):
            headers = (interaction.get(part) or {}).get("headers") or {}
            for name, value in headers.items():
                if name.lower() in SECRET_HEADERS and value not in (None, [], [None], ""):
                    problems.append(f"{part} header {name} has a value")
    return problems


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.rglob("*.yaml"))


def test_there_are_cassettes() -> None:
    assert len(cassette_files()) >= 30


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: str(p.relative_to(CASSETTES)))
def test_cassette_holds_no_secret(path: Path) -> None:
    assert scan_text(path.read_text()) == []


DIRTY = """
interactions:
- request:
    body: '{"userId": "SBX001", "vendor": "KOTAK"}'
    headers:
      KALSHI-ACCESS-SIGNATURE:
      - {sig}
      access-token:
      - sandbox-wealthy-access-token
    method: POST
    uri: http://127.0.0.1:18765/vendor-gateway/holdings/getUsrHold
  response:
    body:
      string: '-----BEGIN PRIVATE KEY-----'
    headers: {}
    status: {code: 200, message: OK}
version: 1
"""


def test_the_scanner_finds_every_kind_of_secret() -> None:
    sig = "A" * 340 + "=="
    problems = scan_text(DIRTY.replace("{sig}", sig))
    joined = "\n".join(problems)
    assert "PEM key block" in joined
    assert "long base64" in joined
    assert "header KALSHI-ACCESS-SIGNATURE has a value" in joined
    assert "header access-token has a value" in joined
    assert "sandbox secret SBX0" in joined
    assert "sandbox secret sand" in joined


def test_the_scanner_accepts_a_filtered_cassette() -> None:
    clean = DIRTY.replace("{sig}", "null").replace("SBX001", "<USER_ID>")
    clean = clean.replace("sandbox-wealthy-access-token", "null").replace("-----BEGIN PRIVATE KEY-----", "ok")
    assert scan_text(clean) == []


def test_the_recorder_scrubs_bodies_and_headers() -> None:
    import importlib.machinery
    import importlib.util

    loader = importlib.machinery.SourceFileLoader(
        "record_cassettes", str(ROOT / "scripts" / "record_cassettes")
    )
    spec = importlib.util.spec_from_loader("record_cassettes", loader)
    assert spec is not None
    rec = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("record_cassettes", rec)
    loader.exec_module(rec)
    body = {"userId": "SBX001", "key": _kalshi_key_id(0), "member_id": "m-1", "t": data.WEALTHY_ACCESS_TOKEN}
    text = rec.scrub_text(json.dumps(body))
    assert scan_text(text) == []
    assert '"userId": "<USER_ID>"' in text and '"member_id": "<USER_ID>"' in text
    response = {"body": {"string": b'{"user_id": "SBX002"}'}, "headers": {"Set-Cookie": ["s=1"]}}
    scrubbed = rec.scrub_response(response)
    assert b"SBX002" not in scrubbed["body"]["string"] and "Set-Cookie" not in scrubbed["headers"]
