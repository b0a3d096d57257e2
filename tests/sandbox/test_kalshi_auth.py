"""Authentication on the sandbox, byte for byte as the reference describes the real exchange.

Requests are signed here with `cryptography` directly (never with brokerspec's signer).
"""

from __future__ import annotations

import base64

import httpx
from brokerspec.sandbox.kalshi import create_app
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from ._kalshi_support import API, Member, PrivateKey, ed25519_key, sandbox

BALANCE = "/portfolio/balance"

BAD_SIGNATURE = {
    "error": {
        "code": "authentication_error",
        "message": "authentication error",
        "details": "INCORRECT_API_KEY_SIGNATURE",
    }
}


def _get(alice: Member, headers: dict[str, str], path: str = API + BALANCE) -> httpx.Response:
    return alice.client.get(path, headers=headers)


def test_an_rsa_pss_signature_is_accepted() -> None:
    _, alice, _ = sandbox()
    assert alice.get(BALANCE).status_code == 200


def test_an_ed25519_signature_is_accepted() -> None:
    _, alice, _ = sandbox(key=ed25519_key())
    assert alice.get(BALANCE).status_code == 200


def test_a_missing_header_is_signature_is_missing_from_headers() -> None:
    _, alice, _ = sandbox()
    headers = alice.headers("GET", API + BALANCE)
    del headers["KALSHI-ACCESS-SIGNATURE"]
    response = _get(alice, headers)
    assert response.status_code == 401
    assert response.json() == {
        "error": {"code": "signature_is_missing_from_headers", "message": "signature is missing from headers"}
    }


def test_no_headers_at_all_is_signature_is_missing_from_headers() -> None:
    _, alice, _ = sandbox()
    response = _get(alice, {})
    assert (response.status_code, response.json()["error"]["code"]) == (
        401,
        "signature_is_missing_from_headers",
    )


def test_an_unknown_key_id_is_authentication_error_not_found() -> None:
    _, alice, _ = sandbox()
    headers = alice.headers("GET", API + BALANCE) | {"KALSHI-ACCESS-KEY": "no-such-key"}
    response = _get(alice, headers)
    assert response.status_code == 401
    assert response.json() == {
        "error": {"code": "authentication_error", "message": "authentication error", "details": "NOT_FOUND"}
    }


def test_a_signature_by_another_key_is_incorrect() -> None:
    _, alice, _ = sandbox()
    impostor = Member(alice.client, alice.key_id, ed25519_key(), alice.clock, alice.member_id)
    response = impostor.get(BALANCE)
    assert (response.status_code, response.json()) == (401, BAD_SIGNATURE)


def test_signing_the_query_string_is_incorrect() -> None:
    _, alice, _ = sandbox()
    path = API + "/portfolio/fills"
    response = alice.client.get(path + "?limit=5", headers=alice.headers("GET", path + "?limit=5"))
    assert (response.status_code, response.json()) == (401, BAD_SIGNATURE)


def test_signing_without_the_api_prefix_is_incorrect() -> None:
    _, alice, _ = sandbox()
    response = _get(alice, alice.headers("GET", BALANCE))
    assert (response.status_code, response.json()) == (401, BAD_SIGNATURE)


def test_signing_another_method_is_incorrect() -> None:
    _, alice, _ = sandbox()
    response = _get(alice, alice.headers("POST", API + BALANCE))
    assert (response.status_code, response.json()) == (401, BAD_SIGNATURE)


def test_pkcs1_v15_instead_of_pss_is_incorrect() -> None:
    _, alice, _ = sandbox()

    def pkcs1(key: PrivateKey, message: bytes) -> str:
        assert not isinstance(key, ed25519.Ed25519PrivateKey)
        return base64.b64encode(key.sign(message, padding.PKCS1v15(), hashes.SHA256())).decode()

    response = _get(alice, alice.headers("GET", API + BALANCE, signer=pkcs1))
    assert (response.status_code, response.json()) == (401, BAD_SIGNATURE)


def test_pss_with_the_maximum_salt_length_is_incorrect() -> None:
    _, alice, _ = sandbox()

    def max_salt(key: PrivateKey, message: bytes) -> str:
        assert not isinstance(key, ed25519.Ed25519PrivateKey)
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)
        return base64.b64encode(key.sign(message, pss, hashes.SHA256())).decode()

    response = _get(alice, alice.headers("GET", API + BALANCE, signer=max_salt))
    assert (response.status_code, response.json()) == (401, BAD_SIGNATURE)


def test_a_signature_that_is_not_base64_is_incorrect() -> None:
    _, alice, _ = sandbox()
    headers = alice.headers("GET", API + BALANCE) | {"KALSHI-ACCESS-SIGNATURE": "not base64!"}
    assert _get(alice, headers).json() == BAD_SIGNATURE


def test_a_timestamp_five_seconds_off_is_accepted() -> None:
    _, alice, clock = sandbox()
    now_ms = int(clock() * 1000)
    assert _get(alice, alice.headers("GET", API + BALANCE, ts_ms=now_ms - 5000)).status_code == 200
    assert _get(alice, alice.headers("GET", API + BALANCE, ts_ms=now_ms + 5000)).status_code == 200


def test_a_timestamp_more_than_five_seconds_off_is_header_timestamp_expired() -> None:
    _, alice, clock = sandbox()
    response = _get(alice, alice.headers("GET", API + BALANCE, ts_ms=int(clock() * 1000) - 5001))
    assert response.status_code == 401
    assert response.json() == {
        "error": {"code": "header_timestamp_expired", "message": "header timestamp expired"}
    }


def test_a_timestamp_in_seconds_instead_of_milliseconds_is_expired() -> None:
    _, alice, clock = sandbox()
    response = _get(alice, alice.headers("GET", API + BALANCE, ts_ms=int(clock())))
    assert response.json()["error"]["code"] == "header_timestamp_expired"


def test_the_skew_is_measured_against_the_exchange_clock() -> None:
    _, alice, clock = sandbox()
    headers = alice.headers("GET", API + BALANCE)
    clock.advance(30)
    assert _get(alice, headers).json()["error"]["code"] == "header_timestamp_expired"


def test_under_a_mount_prefix_the_full_received_path_is_signed() -> None:
    exchange, alice, clock = sandbox()
    mounted = TestClient(Starlette(routes=[Mount("/kalshi", app=create_app(exchange))]))
    member = Member(mounted, alice.key_id, alice.key, clock, alice.member_id, prefix="/kalshi")
    assert member.get(BALANCE).status_code == 200
    unprefixed = member.headers("GET", API + BALANCE)
    assert mounted.get("/kalshi" + API + BALANCE, headers=unprefixed).json() == BAD_SIGNATURE


def test_every_response_has_a_date_header_from_the_exchange_clock() -> None:
    _, alice, _ = sandbox()
    assert alice.get(BALANCE).headers["date"] == "Mon, 01 Jun 2026 12:00:00 GMT"
    assert _get(alice, {}).headers["date"] == "Mon, 01 Jun 2026 12:00:00 GMT"


def test_admin_routes_need_no_signature() -> None:
    _, alice, _ = sandbox()
    assert alice.client.get("/_admin/markets").status_code == 200
