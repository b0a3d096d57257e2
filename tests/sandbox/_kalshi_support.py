"""Helpers for the Kalshi sandbox tests: a settable clock, test keys, and a client that signs requests itself.

Signing is done here with `cryptography` directly — never with brokerspec's own signer — so the sandbox's
verification is checked against an independent reading of the reference.
"""

from __future__ import annotations

import base64
import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
from brokerspec.sandbox.kalshi import KalshiExchange, create_app
from brokerspec.sandbox.kalshi.models import Order, OrderRequest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa
from starlette.testclient import TestClient

NOW = 1_780_315_200.0  # 2026-06-01T12:00:00Z
API = "/trade-api/v2"
MARKET = "KXDEMO-26-A"  # seeded: bids 0.48/100, 0.47/200, 0.46/300; asks 0.52/100, 0.53/200, 0.54/300


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@functools.cache
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@functools.cache
def other_rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@functools.cache
def ed25519_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


PrivateKey = rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey


def public_pem(key: PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def sign_pss(key: PrivateKey, message: bytes, salt_length: int = 32) -> str:
    """What the reference prescribes: RSA-PSS, SHA-256, MGF1(SHA-256), 32-byte salt; Ed25519 as is."""
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return base64.b64encode(key.sign(message)).decode()
    signature = key.sign(
        message, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=salt_length), hashes.SHA256()
    )
    return base64.b64encode(signature).decode()


Signer = Callable[[PrivateKey, bytes], str]


class Member:
    """A signed HTTP client for one member of a sandbox app."""

    def __init__(
        self,
        client: TestClient,
        key_id: str,
        key: PrivateKey,
        clock: Clock,
        member_id: str,
        prefix: str = "",
    ) -> None:
        self.client = client
        self.key_id = key_id
        self.key = key
        self.clock = clock
        self.member_id = member_id
        self.prefix = prefix

    def headers(
        self, method: str, signed_path: str, *, signer: Signer = sign_pss, ts_ms: int | None = None
    ) -> dict[str, str]:
        timestamp = str(int(self.clock() * 1000) if ts_ms is None else ts_ms)
        message = f"{timestamp}{method}{signed_path}".encode()
        return {
            "KALSHI-ACCESS-KEY": self.key_id,
            "KALSHI-ACCESS-TIMESTAMP": timestamp,
            "KALSHI-ACCESS-SIGNATURE": signer(self.key, message),
        }

    def request(
        self, method: str, path: str, *, params: dict[str, Any] | None = None, **kw: Any
    ) -> httpx.Response:
        full = f"{self.prefix}{API}{path}"
        headers = self.headers(method, full) | kw.pop("headers", {})
        return self.client.request(method, full, params=params, headers=headers, **kw)

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.request("GET", path, params=params or None)

    def post(self, path: str, body: Any = None, **kw: Any) -> httpx.Response:
        return self.request("POST", path, json=body, **kw)

    def delete(self, path: str, body: Any = None, **params: Any) -> httpx.Response:
        return self.request("DELETE", path, json=body, params=params or None)

    def put(self, path: str, body: Any = None, **params: Any) -> httpx.Response:
        return self.request("PUT", path, json=body, params=params or None)

    def public(self, path: str, **params: Any) -> httpx.Response:
        """An unsigned GET (market data needs no signature)."""
        return self.client.get(f"{self.prefix}{API}{path}", params=params or None)

    def create(self, **fields: Any) -> httpx.Response:
        """A V2 create with sensible defaults (GTC, taker_at_cross) overridden by `fields`."""
        body = {
            "ticker": MARKET,
            "side": "bid",
            "count": "1.00",
            "price": "0.4000",
            "time_in_force": "good_till_canceled",
            "self_trade_prevention_type": "taker_at_cross",
        } | fields
        return self.post("/portfolio/events/orders", body)


def sandbox(
    *, era: str = "2026", key: PrivateKey | None = None, seed: int = 0, tier: str | None = None
) -> tuple[KalshiExchange, Member, Clock]:
    """A fresh exchange with one registered member (Alice, $1,000 over shards 0–2, $100 on subaccount 1)
    and her signed client. Rate limiting is off unless a `tier` is given: the clock here does not move."""
    clock = Clock()
    exchange = KalshiExchange(seed=seed, wire_era=era, clock=clock, rate_limit_tier=tier)
    key = key or rsa_key()
    member_id = exchange.register_api_key("alice-key", public_pem(key), member_id="alice")
    client = TestClient(create_app(exchange))
    return exchange, Member(client, "alice-key", key, clock, member_id), clock


def add_member(exchange: KalshiExchange, alice: Member, name: str, balance_cents: int = 100_000) -> Member:
    """A second member on the same app (signed with another key)."""
    key = other_rsa_key()
    member_id = exchange.register_api_key(
        f"{name}-key", public_pem(key), member_id=name, balance_cents=balance_cents
    )
    return Member(alice.client, f"{name}-key", key, alice.clock, member_id)


# -- engine-level helpers ------------------------------------------------------------------------------


def engine(balance: str = "1000") -> tuple[KalshiExchange, Clock]:
    """A fresh exchange with members `alice` and `bob` (all cash on shard 0), no HTTP."""
    clock = Clock()
    exchange = KalshiExchange(clock=clock, rate_limit_tier=None)
    exchange.add_member("alice", Decimal(balance))
    exchange.add_member("bob", Decimal(balance))
    return exchange, clock


def place(
    exchange: KalshiExchange,
    member: str,
    side: str,
    price: str,
    count: int | str,
    *,
    ticker: str = MARKET,
    **kw: Any,
) -> Order:
    """Place a V2-style order on the YES book (`side` is "bid" or "ask")."""
    request = OrderRequest(
        ticker=ticker,
        book_side="bid" if side == "bid" else "ask",
        price=Decimal(price),
        count=Decimal(count),
        **kw,
    )
    return exchange.place_order(member, request)


def D(text: str | int) -> Decimal:
    return Decimal(text)
