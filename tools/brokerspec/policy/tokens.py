"""Preview tokens: single-use, short-lived HMAC tokens bound to the exact order a preview showed.

A token is `bst1.<expires_at>.<nonce>.<mac>`, the MAC being HMAC-SHA256 (truncated to 128 bits) over the
canonical JSON of the expiry, the nonce and the order payload (`order_payload`). By default the key is drawn
from `secrets` when the `PreviewTokens` is created and never stored: a token is only good in the server process
that issued it, and a restart invalidates outstanding tokens, which costs one new preview. Replicas that must
redeem each other's tokens are given one `key` from the configuration.

Single use: a token is burnt in memory and, with a `store`, by a primary-key insert of its nonce
(`Store.mark_token_used`) that exactly one process or replica can win; so a shared key never lets a token be
used once per process.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from brokerspec.errors import LedgerUnavailable, OrderChanged, TokenExpired, TokenInvalid, TokenReused
from brokerspec.store.base import Store, StoreError

__all__ = ["PreviewTokens", "canonical_json", "order_payload", "token_expiry"]

Clock = Callable[[], float]


def canonical_json(value: Any) -> bytes:
    """One byte string per JSON value: sorted keys, no spaces, no NaN, nothing but JSON types."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()


def order_payload(
    *,
    broker: str,
    environment: str,
    operation: str,
    body: Mapping[str, Any],
    order_id: str | None = None,
) -> dict[str, Any]:
    """What a preview token is bound to: the exact request body and where and how it is sent.

    Build it from the V2 body (`to_v2_body`, including the client_order_id) both at preview and at
    place time; any difference at all is an `order_changed` refusal.
    """
    return {
        "broker": broker,
        "environment": environment,
        "operation": operation,
        "order_id": order_id,
        "body": dict(body),
    }


_TOKEN_PREFIX = "bst1"
_NONCE_BYTES = 12
_MAC_BYTES = 16  # HMAC-SHA256 truncated to 128 bits: forgery odds 2^-128, and half the length to copy


def token_expiry(token: str) -> int | None:
    """The expiry (epoch seconds) a token states, None when malformed; meaningful once `check` passed."""
    parts = token.strip().split(".")
    return int(parts[1]) if len(parts) == 4 and parts[0] == _TOKEN_PREFIX and parts[1].isdigit() else None


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@attrs.frozen
class _Issued:
    expires_at: int
    mac: bytes


class PreviewTokens:
    """Issues and checks preview tokens; thread-safe, one per server process (inside the `SafetyGate`)."""

    def __init__(
        self,
        ttl_seconds: int,
        *,
        clock: Clock = time.time,
        store: Store | None = None,
        key: bytes | None = None,
    ) -> None:
        self.ttl_seconds = ttl_seconds
        self._clock = clock
        #: Where used nonces are shared with other processes and replicas (None: this process only).
        self.store = store
        self._key = secrets.token_bytes(32) if key is None else bytes(key)
        self._lock = threading.Lock()
        self._issued: dict[str, _Issued] = {}  # nonce -> issue record, only to name `order_changed`
        self._used: dict[str, int] = {}  # nonce -> expiry; kept until the token would have expired

    def issue(self, payload: Mapping[str, Any]) -> tuple[str, dt.datetime]:
        """A single-use token bound to `payload` (see `order_payload`) that expires after the TTL."""
        now = self._clock()
        expires_at = int(now) + self.ttl_seconds
        nonce = _b64(secrets.token_bytes(_NONCE_BYTES))
        mac = self._mac(expires_at, nonce, payload)
        with self._lock:
            self._prune(now)
            self._issued[nonce] = _Issued(expires_at=expires_at, mac=mac)
        token = f"{_TOKEN_PREFIX}.{expires_at}.{nonce}.{_b64(mac)}"
        return token, dt.datetime.fromtimestamp(expires_at, tz=dt.UTC)

    def check(self, token: str, payload: Mapping[str, Any]) -> None:
        """Raise the `TokenRefusal` that `redeem` would, without using a good token up."""
        self._verify(token, payload, burn=False)

    def redeem(self, token: str, payload: Mapping[str, Any]) -> None:
        """Accept the token once for exactly this payload, or raise a `TokenRefusal`."""
        self._verify(token, payload, burn=True)

    def _verify(self, token: str, payload: Mapping[str, Any], *, burn: bool) -> None:
        expires_at, nonce, mac = self._parse(token)
        changed = False
        if not hmac.compare_digest(mac, self._mac(expires_at, nonce, payload)):
            # Not valid for this payload. If it is a genuine token of ours, the order changed;
            # otherwise it was altered, forged, or issued by another process (another key).
            with self._lock:
                issued = self._issued.get(nonce)
            genuine = (
                issued is not None
                and issued.expires_at == expires_at
                and hmac.compare_digest(mac, issued.mac)
            )
            if not genuine:
                raise self._invalid("the preview token was not issued by this server or has been altered")
            changed = True
        now = self._clock()
        with self._lock:
            if nonce in self._used or self._used_elsewhere(nonce):
                raise self._reused()
            if now >= expires_at:
                when = dt.datetime.fromtimestamp(expires_at, tz=dt.UTC).isoformat()
                raise TokenExpired(
                    f"the preview token expired at {when}",
                    suggestion="preview the order again to get a new token",
                )
            # A token presented with a different order is burnt, checked or not: it is not tried again.
            if burn or changed:
                first = self._burn_shared(nonce, expires_at, now)
                self._used[nonce] = expires_at
                if not first:
                    raise self._reused()
        if changed:
            raise OrderChanged(
                "the order differs from the one this preview token was issued for",
                suggestion="preview exactly the order you want to place, then place it with the new token",
            )

    def _used_elsewhere(self, nonce: str) -> bool:
        if self.store is None:
            return False
        try:
            return self.store.token_used(nonce)
        except StoreError as exc:
            raise _unavailable(exc) from exc

    def _burn_shared(self, nonce: str, expires_at: int, now: float) -> bool:
        """True when this call is the one that used the token (always, without a store)."""
        if self.store is None:
            return True
        try:
            return self.store.mark_token_used(nonce, expires_at, now=now)
        except StoreError as exc:
            raise _unavailable(exc) from exc

    @staticmethod
    def _reused() -> TokenReused:
        return TokenReused(
            "this preview token was already used",
            suggestion="preview the order again to get a new token",
        )

    def _mac(self, expires_at: int, nonce: str, payload: Mapping[str, Any]) -> bytes:
        message = canonical_json({"v": 1, "expires_at": expires_at, "nonce": nonce, "order": payload})
        return hmac.new(self._key, message, hashlib.sha256).digest()[:_MAC_BYTES]

    def _parse(self, token: str) -> tuple[int, str, bytes]:
        parts = token.strip().split(".") if isinstance(token, str) else []
        if len(parts) != 4 or parts[0] != _TOKEN_PREFIX or not parts[1].isdigit():
            raise self._invalid("the preview token is malformed")
        try:
            mac = _unb64(parts[3])
            nonce_raw = _unb64(parts[2])
        except (binascii.Error, ValueError):
            raise self._invalid("the preview token is malformed") from None
        if len(mac) != _MAC_BYTES or len(nonce_raw) != _NONCE_BYTES:
            raise self._invalid("the preview token is malformed")
        return int(parts[1]), parts[2], mac

    def _prune(self, now: float) -> None:
        # Expired entries can go: an expired token is refused as expired whatever else is wrong.
        for nonce in [n for n, issued in self._issued.items() if issued.expires_at <= now]:
            del self._issued[nonce]
        for nonce in [n for n, expires_at in self._used.items() if expires_at <= now]:
            del self._used[nonce]

    @staticmethod
    def _invalid(message: str) -> TokenInvalid:
        return TokenInvalid(message, suggestion="preview the order again and use the token it returns")


def _unavailable(exc: StoreError) -> LedgerUnavailable:
    return LedgerUnavailable(
        f"the preview token cannot be checked: the state store is unavailable: {exc}",
        suggestion="retry once the state database is back; writes stay refused until then",
    )
