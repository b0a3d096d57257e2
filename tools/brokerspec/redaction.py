"""The one redactor: no token, signature, key or password reaches a log, a cassette, an audit line or a tool result.

* `redact(text, secrets)` scrubs free text (error messages, reprs, problem lines).
* `redact_value(value)` returns a JSON-ready copy of a nested value (an audit line, a request body): members whose
  key names a credential are replaced whole, and every string inside goes through `redact`.
* `mask_identifier(value)` shows enough of an identifier (a key id, a user id) to tell two apart, never all of it.

Over-scrubbing a harmless value is acceptable; leaking a credential is not. Standard library only: every layer
may use this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Final

__all__ = ["REDACTED", "clip", "mask_identifier", "redact", "redact_value"]

REDACTED: Final = "[REDACTED]"
_MAX_DEPTH: Final = 32

_PEM = re.compile(r"-----BEGIN [A-Z0-9 ]+-----.*?(?:-----END [A-Z0-9 ]+-----|\Z)", re.DOTALL)
# A header line or JSON member whose whole value is a credential: `Authorization: Bearer u t`.
_AUTH_HEADER = re.compile(
    r"""(?P<key>["']?\b(?:proxy-)?authorization\b["']?\s*[:=]\s*)(?P<quote>["']?)[^"'\r\n,;}]*""",
    re.IGNORECASE,
)
_SECRET_KEYS = (
    r"access[-_ ]?token|refresh[-_ ]?token|id[-_]?token|session[-_ ]?token|sessiontoken|susertoken|"
    r"api[-_ ]?key|api[-_ ]?secret|client[-_ ]?secret|secret|password|passwd|passphrase|private[-_ ]?key|"
    r"signature|access[-_]?key|kalshi-access-key|kalshi-access-signature|x-api-key|cookie|set-cookie|token|"
    r"jkey|authorization_code"
)
# `"access-token": "abc"`, `access_token=abc`, `'token': 'x'`, `KALSHI-ACCESS-SIGNATURE: abc==`
_KEY_VALUE = re.compile(
    rf"""(?P<key>["']?\b(?:{_SECRET_KEYS})\b["']?\s*[:=]\s*)(?P<value>"[^"]*"|'[^']*'|[^\s"',;&}}\]]+)""",
    re.IGNORECASE,
)
_BEARER = re.compile(r"\b(Bearer|Basic)\s+[^\s,;\"']+(?:\s+(?![A-Za-z-]+:)[^\s,;\"']+)?")
_JWT = re.compile(r"\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*")
_BLOB = re.compile(r"(?<![\w+/=-])[A-Za-z0-9+/_=-]{40,}")

# Words that make a member's value a credential. Matched against the key's words, so `KALSHI-ACCESS-KEY`,
# `accessToken` and `private_key_pem` are caught while `ticker` or `client_order_id` are not.
_SECRET_WORDS = frozenset(
    {
        "signature", "sig", "secret", "secrets", "password", "passwd", "passphrase", "token", "tokens",
        "authorization", "auth", "cookie", "credential", "credentials", "pem", "key", "apikey", "accesskey",
        "secretkey", "privatekey",
    }
)  # fmt: skip
_KEY_WORDS = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Scrub tokens, signatures, keys, Authorization values and PEM blocks from `text`.

    `secrets` are literal values known to the caller (a token, a key id) removed wherever they appear.
    """
    if not text:
        return text
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    text = _PEM.sub(REDACTED, text)
    text = _AUTH_HEADER.sub(lambda m: f"{m.group('key')}{m.group('quote')}{REDACTED}", text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _KEY_VALUE.sub(_redact_member, text)
    text = _JWT.sub(REDACTED, text)
    return _BLOB.sub(_redact_blob, text)


def redact_value(value: Any, _depth: int = 0) -> Any:
    """A JSON-ready copy of `value` (the caller's object is not modified) with every secret replaced."""
    if _depth > _MAX_DEPTH:
        return "[TRUNCATED]"
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return f"[{len(bytes(value))} bytes]"
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for k, v in value.items():
            key = str(k)
            out[key] = (
                REDACTED if _is_secret_key(key) and v not in (None, "") else redact_value(v, _depth + 1)
            )
        return out
    if isinstance(value, list | tuple | set | frozenset):
        return [redact_value(v, _depth + 1) for v in value]
    return redact(str(value))


def mask_identifier(value: str) -> str:
    """Enough of an identifier to tell two apart in a repr or log, never the whole of it."""
    if len(value) <= 8:
        return "***"
    return f"{value[:4]}…{value[-4:]}"


def _is_secret_key(key: str) -> bool:
    words = [w.lower() for w in _KEY_WORDS.findall(key)]
    return any(w in _SECRET_WORDS or w.startswith("private") for w in words)


def _redact_member(match: re.Match[str]) -> str:
    value = match.group("value")
    quote = value[0] if value[:1] in ("'", '"') else ""
    if value.strip(quote).startswith(REDACTED[:-1]) or not value.strip(quote):
        return match.group(0)  # already scrubbed, or empty
    return f"{match.group('key')}{quote}{REDACTED}{quote}"


def _redact_blob(match: re.Match[str]) -> str:
    """Random-looking runs (base64 signatures, hex digests, raw tokens); snake_case codes, URL paths survive."""
    blob = match.group(0)
    if "+" in blob or "=" in blob.rstrip("="):
        return REDACTED  # base64 alphabet beyond URL-safe characters: nothing we name looks like that
    mixed = (
        any(c.isupper() for c in blob) and any(c.islower() for c in blob) and any(c.isdigit() for c in blob)
    )
    if mixed and "/" not in blob:
        return REDACTED
    for piece in re.split(r"[_/-]", blob):
        if len(piece) >= 24 and any(c.isdigit() for c in piece) and any(c.isalpha() for c in piece):
            return REDACTED
    return blob


def clip(text: str, limit: int = 300) -> str:
    """`text` cut to `limit` characters (an ellipsis marks the cut): error texts stay one readable line."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
