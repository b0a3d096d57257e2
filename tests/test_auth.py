"""Kalshi request signing and token headers, verified with the public key as the exchange would."""

from __future__ import annotations

import base64
import email.utils
import json
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from brokerspec.http.auth import HeaderTokenAuth, KalshiAuth, signing_message
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

if TYPE_CHECKING:
    from brokerspec.settings.keys import KalshiPrivateKey

KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11dae589608c"
NOW_MS = 1_700_000_000_000
DEMO = "https://external-api.demo.kalshi.co/trade-api/v2"
EXPIRED_BODY = {"error": {"code": "header_timestamp_expired", "message": "header timestamp expired"}}


def frozen_clock() -> int:
    return NOW_MS


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def ed25519_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


@pytest.fixture(params=["rsa", "ed25519"])
def any_key(request: pytest.FixtureRequest) -> KalshiPrivateKey:
    key: KalshiPrivateKey = request.getfixturevalue(f"{request.param}_key")
    return key


def pem_of(key: KalshiPrivateKey, password: bytes | None = None) -> bytes:
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    )
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


def verify_as_kalshi(key: KalshiPrivateKey, signature_b64: str, message: bytes) -> None:
    """Verify the way the exchange does: RSA-PSS/SHA-256/MGF1(SHA-256)/salt 32, or plain Ed25519."""
    signature = base64.b64decode(signature_b64, validate=True)
    if isinstance(key, rsa.RSAPrivateKey):
        key.public_key().verify(
            signature,
            message,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
            hashes.SHA256(),
        )
    else:
        key.public_key().verify(signature, message)


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives as a stream, like a real network response (unread until someone reads it)."""

    def __init__(self, content: bytes) -> None:
        self._content = content

    def __iter__(self) -> Iterator[bytes]:
        yield self._content

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._content


class Recorder:
    """A MockTransport handler that snapshots every request and answers from a list of responses.

    Snapshots matter: the signer re-signs the same request object when it retries.
    """

    def __init__(self, *responses: httpx.Response) -> None:
        self.requests: list[httpx.Request] = []
        self._responses = list(responses) or [httpx.Response(200, json={})]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        snapshot = httpx.Request(request.method, request.url, headers=request.headers, content=request.read())
        self.requests.append(snapshot)
        template = self._responses[min(len(self.requests), len(self._responses)) - 1]
        headers = [(k, v) for k, v in template.headers.multi_items() if k.lower() != "content-length"]
        return httpx.Response(template.status_code, headers=headers, stream=_Body(template.content))


def expired(date_ms: int | None) -> httpx.Response:
    headers = {} if date_ms is None else {"Date": email.utils.formatdate(date_ms / 1000, usegmt=True)}
    return httpx.Response(401, json=EXPIRED_BODY, headers=headers)


def sync_client(auth: httpx.Auth, handler: Callable[[httpx.Request], httpx.Response]) -> httpx.Client:
    return httpx.Client(base_url=DEMO, auth=auth, transport=httpx.MockTransport(handler))


def signed_message_of(request: httpx.Request) -> bytes:
    return signing_message(int(request.headers["KALSHI-ACCESS-TIMESTAMP"]), request.method, request.url.path)


# --- the signed message --------------------------------------------------------------------------------


def test_signing_message_is_timestamp_then_method_then_path() -> None:
    assert signing_message(NOW_MS, "GET", "/trade-api/v2/portfolio/fills") == (
        b"1700000000000GET/trade-api/v2/portfolio/fills"
    )


def test_signing_message_upper_cases_the_method() -> None:
    assert signing_message(NOW_MS, "delete", "/x") == b"1700000000000DELETE/x"


def test_signing_message_rejects_a_full_url() -> None:
    with pytest.raises(ValueError, match="path"):
        signing_message(NOW_MS, "GET", "https://external-api.kalshi.com/trade-api/v2/portfolio/fills")


# --- signed requests, verified with the public key ------------------------------------------------------


def test_get_with_query_signs_the_path_without_the_query(any_key: KalshiPrivateKey) -> None:
    recorder = Recorder()
    with sync_client(KalshiAuth(KEY_ID, any_key, clock=frozen_clock), recorder) as client:
        client.get("/portfolio/fills", params={"ticker": "KXBTC", "limit": 5})

    (request,) = recorder.requests
    assert request.url.query == b"ticker=KXBTC&limit=5"
    message = b"1700000000000GET/trade-api/v2/portfolio/fills"
    assert signed_message_of(request) == message
    verify_as_kalshi(any_key, request.headers["KALSHI-ACCESS-SIGNATURE"], message)


def test_post_with_json_body_signs_method_and_path_but_not_the_body(any_key: KalshiPrivateKey) -> None:
    recorder = Recorder()
    with sync_client(KalshiAuth(KEY_ID, any_key, clock=frozen_clock), recorder) as client:
        client.post("/portfolio/orders", json={"ticker": "KXBTC", "side": "yes", "count": 1})

    (request,) = recorder.requests
    assert json.loads(request.content) == {"ticker": "KXBTC", "side": "yes", "count": 1}
    verify_as_kalshi(
        any_key,
        request.headers["KALSHI-ACCESS-SIGNATURE"],
        b"1700000000000POST/trade-api/v2/portfolio/orders",
    )


def test_delete_signs_its_own_method(any_key: KalshiPrivateKey) -> None:
    recorder = Recorder()
    with sync_client(KalshiAuth(KEY_ID, any_key, clock=frozen_clock), recorder) as client:
        client.delete("/portfolio/orders/ord-123")

    (request,) = recorder.requests
    verify_as_kalshi(
        any_key,
        request.headers["KALSHI-ACCESS-SIGNATURE"],
        b"1700000000000DELETE/trade-api/v2/portfolio/orders/ord-123",
    )


def test_sandbox_path_prefix_is_signed_in_full(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder()
    transport = httpx.MockTransport(recorder)
    auth = KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock)
    with httpx.Client(
        base_url="http://127.0.0.1:8765/kalshi/trade-api/v2", auth=auth, transport=transport
    ) as c:
        c.get("/portfolio/balance")

    assert (
        signed_message_of(recorder.requests[0]) == b"1700000000000GET/kalshi/trade-api/v2/portfolio/balance"
    )


def test_headers_carry_key_id_and_millisecond_timestamp(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder()
    with sync_client(KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock), recorder) as client:
        client.get("/portfolio/balance")

    headers = recorder.requests[0].headers
    assert headers["KALSHI-ACCESS-KEY"] == KEY_ID
    assert headers["KALSHI-ACCESS-TIMESTAMP"] == "1700000000000"


def test_default_clock_is_unix_time_in_milliseconds(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    import time

    before = time.time_ns() // 1_000_000
    stamp = KalshiAuth(KEY_ID, ed25519_key).now_ms()
    after = time.time_ns() // 1_000_000
    assert before <= stamp <= after


def test_every_request_gets_a_fresh_timestamp(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    ticks = iter([NOW_MS, NOW_MS + 1500])
    recorder = Recorder()
    with sync_client(KalshiAuth(KEY_ID, ed25519_key, clock=lambda: next(ticks)), recorder) as client:
        client.get("/portfolio/balance")
        client.get("/portfolio/balance")

    stamps = [r.headers["KALSHI-ACCESS-TIMESTAMP"] for r in recorder.requests]
    assert stamps == ["1700000000000", "1700000001500"]


# --- the padding is pinned -----------------------------------------------------------------------------


def test_rsa_signature_is_pss_not_pkcs1v15(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder()
    with sync_client(KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock), recorder) as client:
        client.get("/portfolio/balance")
    signature = base64.b64decode(recorder.requests[0].headers["KALSHI-ACCESS-SIGNATURE"])

    with pytest.raises(InvalidSignature):
        rsa_key.public_key().verify(
            signature, b"1700000000000GET/trade-api/v2/portfolio/balance", padding.PKCS1v15(), hashes.SHA256()
        )


def test_a_pkcs1v15_signature_does_not_verify_as_pss(rsa_key: rsa.RSAPrivateKey) -> None:
    message = b"1700000000000GET/trade-api/v2/portfolio/balance"
    pkcs1 = rsa_key.sign(message, padding.PKCS1v15(), hashes.SHA256())

    with pytest.raises(InvalidSignature):
        verify_as_kalshi(rsa_key, base64.b64encode(pkcs1).decode(), message)


def test_a_max_length_salt_does_not_verify_as_salt_32(rsa_key: rsa.RSAPrivateKey) -> None:
    message = b"1700000000000GET/trade-api/v2/portfolio/balance"
    pss_max = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)
    signature = rsa_key.sign(message, pss_max, hashes.SHA256())

    with pytest.raises(InvalidSignature):
        verify_as_kalshi(rsa_key, base64.b64encode(signature).decode(), message)


# --- loading keys ---------------------------------------------------------------------------------------


def test_key_loads_from_a_pem_file(tmp_path: Path, any_key: KalshiPrivateKey) -> None:
    path = tmp_path / "kalshi.pem"
    path.write_bytes(pem_of(any_key))
    recorder = Recorder()
    with sync_client(KalshiAuth.from_pem_file(KEY_ID, path, clock=frozen_clock), recorder) as client:
        client.get("/portfolio/balance")

    verify_as_kalshi(
        any_key,
        recorder.requests[0].headers["KALSHI-ACCESS-SIGNATURE"],
        b"1700000000000GET/trade-api/v2/portfolio/balance",
    )


@pytest.mark.parametrize("as_text", [True, False], ids=["str", "bytes"])
def test_key_loads_from_pem_text(as_text: bool, any_key: KalshiPrivateKey) -> None:
    pem = pem_of(any_key)
    auth = KalshiAuth.from_pem(KEY_ID, pem.decode() if as_text else pem, clock=frozen_clock)
    recorder = Recorder()
    with sync_client(auth, recorder) as client:
        client.get("/portfolio/balance")

    verify_as_kalshi(
        any_key,
        recorder.requests[0].headers["KALSHI-ACCESS-SIGNATURE"],
        b"1700000000000GET/trade-api/v2/portfolio/balance",
    )


def test_encrypted_pem_loads_with_its_password(rsa_key: rsa.RSAPrivateKey) -> None:
    auth = KalshiAuth.from_pem(KEY_ID, pem_of(rsa_key, password=b"hunter2"), password="hunter2")
    assert auth.key_type == "RSA"


def test_encrypted_pem_with_wrong_password_is_a_value_error(rsa_key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(ValueError, match="could not load"):
        KalshiAuth.from_pem(KEY_ID, pem_of(rsa_key, password=b"hunter2"), password="wrong")


def test_unreadable_pem_error_does_not_echo_the_text() -> None:
    garbage = "-----BEGIN PRIVATE KEY-----\nTOPSECRETMATERIALxyz\n-----END PRIVATE KEY-----\n"
    with pytest.raises(ValueError) as caught:
        KalshiAuth.from_pem(KEY_ID, garbage)

    assert "TOPSECRETMATERIAL" not in str(caught.value)
    assert caught.value.__cause__ is None


def test_key_types_other_than_rsa_and_ed25519_are_rejected() -> None:
    ec_pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(TypeError, match="RSA or Ed25519"):
        KalshiAuth.from_pem(KEY_ID, ec_pem)


def test_empty_key_id_is_rejected(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    with pytest.raises(ValueError, match="key id"):
        KalshiAuth(" ", ed25519_key)


# --- clock-skew self-healing ------------------------------------------------------------------------------


def test_clock_skew_401_is_retried_once_with_the_servers_time(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(expired(date_ms=NOW_MS + 60_000), httpx.Response(200, json={"balance": 100}))
    auth = KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock)
    with sync_client(auth, recorder) as client:
        response = client.get("/portfolio/balance")

    assert response.status_code == 200
    assert len(recorder.requests) == 2
    first, second = (int(r.headers["KALSHI-ACCESS-TIMESTAMP"]) for r in recorder.requests)
    assert second - first == 60_000
    verify_as_kalshi(
        rsa_key,
        recorder.requests[1].headers["KALSHI-ACCESS-SIGNATURE"],
        b"1700000060000GET/trade-api/v2/portfolio/balance",
    )


def test_learned_clock_offset_is_used_for_later_requests(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(expired(date_ms=NOW_MS + 60_000), httpx.Response(200, json={}))
    auth = KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock)
    with sync_client(auth, recorder) as client:
        client.get("/portfolio/balance")
        client.get("/portfolio/fills")

    assert auth.clock_offset_ms == 60_000
    assert len(recorder.requests) == 3
    assert recorder.requests[2].headers["KALSHI-ACCESS-TIMESTAMP"] == "1700000060000"


def test_clock_skew_retry_resends_a_write_with_its_body(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    recorder = Recorder(expired(date_ms=NOW_MS - 45_000), httpx.Response(201, json={}))
    with sync_client(KalshiAuth(KEY_ID, ed25519_key, clock=frozen_clock), recorder) as client:
        response = client.post("/portfolio/orders", json={"client_order_id": "c1"})

    assert response.status_code == 201
    assert [json.loads(r.content) for r in recorder.requests] == [{"client_order_id": "c1"}] * 2
    assert recorder.requests[1].headers["KALSHI-ACCESS-TIMESTAMP"] == str(NOW_MS - 45_000)


def test_a_second_clock_skew_401_is_returned_as_is(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(expired(date_ms=NOW_MS + 60_000))
    with sync_client(KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock), recorder) as client:
        response = client.get("/portfolio/balance")

    assert len(recorder.requests) == 2
    assert response.status_code == 401
    assert response.json() == EXPIRED_BODY


def test_other_401s_are_not_retried(rsa_key: rsa.RSAPrivateKey) -> None:
    bad_signature = {"error": {"code": "authentication_error", "details": "INCORRECT_API_KEY_SIGNATURE"}}
    recorder = Recorder(httpx.Response(401, json=bad_signature))
    auth = KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock)
    with sync_client(auth, recorder) as client:
        response = client.get("/portfolio/balance")

    assert len(recorder.requests) == 1
    assert response.json() == bad_signature
    assert auth.clock_offset_ms == 0


def test_non_json_401_is_not_retried(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(httpx.Response(401, text="<html>denied</html>"))
    with sync_client(KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock), recorder) as client:
        response = client.get("/portfolio/balance")

    assert len(recorder.requests) == 1
    assert response.status_code == 401


def test_clock_skew_401_without_date_is_retried_once_without_learning(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(expired(date_ms=None), httpx.Response(200, json={}))
    auth = KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock)
    with sync_client(auth, recorder) as client:
        response = client.get("/portfolio/balance")

    assert response.status_code == 200
    assert len(recorder.requests) == 2
    assert auth.clock_offset_ms == 0


def test_garbled_date_header_is_ignored(rsa_key: rsa.RSAPrivateKey) -> None:
    garbled = httpx.Response(401, json=EXPIRED_BODY, headers={"Date": "yesterday-ish"})
    recorder = Recorder(garbled, httpx.Response(200, json={}))
    auth = KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock)
    with sync_client(auth, recorder) as client:
        client.get("/portfolio/balance")

    assert auth.clock_offset_ms == 0


async def test_clock_skew_retry_works_with_async_client(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(expired(date_ms=NOW_MS + 60_000), httpx.Response(200, json={}))
    auth = KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock)
    async with httpx.AsyncClient(base_url=DEMO, auth=auth, transport=httpx.MockTransport(recorder)) as client:
        response = await client.get("/portfolio/balance", params={"subaccount": 0})

    assert response.status_code == 200
    assert len(recorder.requests) == 2
    assert recorder.requests[1].headers["KALSHI-ACCESS-TIMESTAMP"] == "1700000060000"
    verify_as_kalshi(
        rsa_key,
        recorder.requests[1].headers["KALSHI-ACCESS-SIGNATURE"],
        b"1700000060000GET/trade-api/v2/portfolio/balance",
    )


async def test_async_second_clock_skew_401_is_returned_as_is(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    recorder = Recorder(expired(date_ms=NOW_MS + 60_000))
    auth = KalshiAuth(KEY_ID, ed25519_key, clock=frozen_clock)
    async with httpx.AsyncClient(base_url=DEMO, auth=auth, transport=httpx.MockTransport(recorder)) as client:
        response = await client.get("/portfolio/balance")

    assert len(recorder.requests) == 2
    assert response.status_code == 401


# --- streaming ----------------------------------------------------------------------------------------------


def test_streamed_success_body_is_left_unread(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(httpx.Response(200, content=b'{"fills": []}'))
    with (
        sync_client(KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock), recorder) as client,
        client.stream("GET", "/portfolio/fills") as response,
    ):
        assert not response.is_stream_consumed
        with pytest.raises(httpx.ResponseNotRead):
            _ = response.content
        assert response.read() == b'{"fills": []}'


def test_streamed_clock_skew_401_is_still_retried(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(expired(date_ms=NOW_MS + 60_000), httpx.Response(200, content=b"{}"))
    with (
        sync_client(KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock), recorder) as client,
        client.stream("GET", "/portfolio/fills") as response,
    ):
        assert response.status_code == 200
    assert len(recorder.requests) == 2


async def test_async_streamed_success_body_is_left_unread(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(httpx.Response(200, content=b"{}"))
    auth = KalshiAuth(KEY_ID, rsa_key, clock=frozen_clock)
    async with (
        httpx.AsyncClient(base_url=DEMO, auth=auth, transport=httpx.MockTransport(recorder)) as client,
        client.stream("GET", "/portfolio/fills") as response,
    ):
        assert not response.is_stream_consumed


# --- no secrets in text -------------------------------------------------------------------------------------


def test_kalshi_auth_repr_shows_no_key_material(rsa_key: rsa.RSAPrivateKey) -> None:
    pem = pem_of(rsa_key)
    auth = KalshiAuth.from_pem(KEY_ID, pem, clock=frozen_clock)
    recorder = Recorder()
    with sync_client(auth, recorder) as client:
        client.get("/portfolio/balance")
    signature = recorder.requests[0].headers["KALSHI-ACCESS-SIGNATURE"]

    for text in (repr(auth), str(auth), f"{auth}"):
        assert "KalshiAuth" in text
        assert KEY_ID not in text
        assert signature not in text
        assert "PRIVATE KEY" not in text
        body_line = pem.decode().splitlines()[1]
        assert body_line not in text


def test_kalshi_auth_repr_masks_the_key_id(rsa_key: rsa.RSAPrivateKey) -> None:
    assert repr(KalshiAuth(KEY_ID, rsa_key)) == "KalshiAuth(key_id='a952…608c', key_type='RSA')"


# --- header tokens ------------------------------------------------------------------------------------------


def test_header_token_auth_sets_the_configured_header() -> None:
    recorder = Recorder()
    with httpx.Client(
        auth=HeaderTokenAuth("access-token", "tok-123"), transport=httpx.MockTransport(recorder)
    ) as client:
        client.get("https://api.wealthy.in/broking/api/v1/report/holdings/")

    assert recorder.requests[0].headers["access-token"] == "tok-123"


async def test_header_token_auth_works_with_async_client() -> None:
    recorder = Recorder()
    auth = HeaderTokenAuth("Authorization", "Bearer u1 s3cr3t")
    async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(recorder)) as client:
        await client.post("https://gateway.example/holdings/getUsrHold", json={})

    assert recorder.requests[0].headers["Authorization"] == "Bearer u1 s3cr3t"


def test_header_token_auth_repr_hides_the_value() -> None:
    auth = HeaderTokenAuth("access-token", "tok-123-very-secret")
    assert "tok-123" not in repr(auth)
    assert "tok-123" not in str(auth)
    assert "access-token" in repr(auth)


def test_header_token_auth_rejects_an_empty_value() -> None:
    with pytest.raises(ValueError, match="access-token"):
        HeaderTokenAuth("access-token", "")


def test_header_token_auth_can_put_one_value_in_several_headers() -> None:
    recorder = Recorder()
    auth = HeaderTokenAuth(("access-token", "Authorization"), "tok-123")
    with httpx.Client(auth=auth, transport=httpx.MockTransport(recorder)) as client:
        client.get("https://api.wealthy.in/broking/api/v1/report/holdings/")

    assert recorder.requests[0].headers["access-token"] == "tok-123"
    assert recorder.requests[0].headers["Authorization"] == "tok-123"
    assert auth.headers == ("access-token", "Authorization")


def test_header_token_auth_repr_lists_every_header_but_not_the_value() -> None:
    auth = HeaderTokenAuth(["access-token", "Authorization"], "tok-123-very-secret")
    assert repr(auth) == "HeaderTokenAuth(headers=('access-token', 'Authorization'), value='***')"


@pytest.mark.parametrize("headers", [(), ("access-token", ""), ("Authorization", "authorization")])
def test_header_token_auth_needs_distinct_non_empty_header_names(headers: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="header names"):
        HeaderTokenAuth(headers, "tok-123")
