"""Kalshi request authentication, checked the way the exchange does it — and written from the reference
only, never shared with the client's signer, so a misunderstanding on one side cannot be mirrored.

The signed message is `timestamp + METHOD + path`: the timestamp header verbatim (Unix milliseconds),
the upper-case method, and the URL path as received (with any mount prefix, without the query).
RSA keys must sign with RSA-PSS, SHA-256, MGF1(SHA-256) and a salt of exactly 32 bytes;
Ed25519 keys sign the same bytes directly.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

PublicKey = RSAPublicKey | Ed25519PublicKey

KEY_HEADER = "KALSHI-ACCESS-KEY"
TIMESTAMP_HEADER = "KALSHI-ACCESS-TIMESTAMP"
SIGNATURE_HEADER = "KALSHI-ACCESS-SIGNATURE"
MAX_SKEW_MS = 5_000
"""±5 s around the exchange clock is accepted; −30 s and ±5 min are rejected on the real wire."""
PSS_SALT_LENGTH = 32
"""Exactly the digest length: a signature made with the maximum salt length must not verify."""


def load_public_key(pem: bytes) -> PublicKey:
    """Parse a PEM public key; only RSA and Ed25519 keys can authenticate."""
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, RSAPublicKey | Ed25519PublicKey):
        raise ValueError("Kalshi API keys are RSA or Ed25519")
    return key


def signing_message(timestamp: str, method: str, path: str) -> bytes:
    """The bytes a request's signature covers."""
    return f"{timestamp}{method.upper()}{path}".encode()


def verify_signature(public_key: PublicKey, message: bytes, signature_b64: str) -> bool:
    """Whether a base64 signature over `message` was made by the key's private half."""
    try:
        signature = base64.b64decode(signature_b64, validate=True)
    except (binascii.Error, ValueError):
        return False
    try:
        if isinstance(public_key, Ed25519PublicKey):
            public_key.verify(signature, message)
        else:
            public_key.verify(
                signature,
                message,
                padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=PSS_SALT_LENGTH),
                hashes.SHA256(),
            )
    except InvalidSignature:
        return False
    return True


class AuthenticationFailed(Exception):
    """A request the exchange answers with 401; `body` is the exact wire body."""

    status = 401

    def __init__(self, code: str, message: str, details: str | None = None) -> None:
        super().__init__(code if details is None else f"{code}: {details}")
        error: dict[str, str] = {"code": code, "message": message}
        if details is not None:
            error["details"] = details
        self.body: dict[str, object] = {"error": error}


@dataclass(frozen=True)
class Credential:
    """What the exchange knows about a key id."""

    member_id: str
    public_key: PublicKey


def authenticate(
    headers: Mapping[str, str],
    method: str,
    path: str,
    lookup: Callable[[str], Credential | None],
    now_ms: int,
) -> str:
    """Return the member id a request is signed for, or raise `AuthenticationFailed`.

    Checks in the order a client most needs to hear about: headers present, clock, key known, signature.
    """
    key_id = headers.get(KEY_HEADER)
    timestamp = headers.get(TIMESTAMP_HEADER)
    signature = headers.get(SIGNATURE_HEADER)
    if not key_id or not timestamp or not signature:
        raise AuthenticationFailed("signature_is_missing_from_headers", "signature is missing from headers")
    if not (timestamp.isascii() and timestamp.isdigit()) or abs(int(timestamp) - now_ms) > MAX_SKEW_MS:
        raise AuthenticationFailed("header_timestamp_expired", "header timestamp expired")
    credential = lookup(key_id)
    if credential is None:
        raise AuthenticationFailed("authentication_error", "authentication error", "NOT_FOUND")
    if not verify_signature(credential.public_key, signing_message(timestamp, method, path), signature):
        raise AuthenticationFailed(
            "authentication_error", "authentication error", "INCORRECT_API_KEY_SIGNATURE"
        )
    return credential.member_id
