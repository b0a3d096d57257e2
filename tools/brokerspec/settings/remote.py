"""What serving a team needs: the OAuth 2.1 resource-server settings and the shared preview-token key.

    BROKERSPEC_OAUTH_ISSUER          the authorization server's issuer URL (exact `iss` of its tokens); enables OAuth
    BROKERSPEC_OAUTH_RESOURCE_URL    this server's MCP URL as clients reach it (the tokens' `aud`), e.g.
                                     https://trader.example/mcp
    BROKERSPEC_OAUTH_JWKS_URL        the issuer's JWKS; default: `jwks_uri` of the issuer's metadata
    BROKERSPEC_OAUTH_REQUIRED_SCOPES scopes every request needs (space or comma list; default brokerspec:read)
    BROKERSPEC_TOKEN_KEY             the preview-token signing key shared by every replica (secret; 32+ bytes,
                                     base64url or hex); required by `serve --http --stateless`

`read_oauth` lists its problems (only `serve --http` and `brokerspec check` report them, like the other HTTP
settings); `read_token_key` raises a one-line `SettingsError` (a server-wide problem: writes are refused).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from typing import Final
from urllib.parse import urlsplit

import attrs

from brokerspec.settings import variables as v
from brokerspec.settings.problems import Problem, SettingsError

__all__ = [
    "MIN_TOKEN_KEY_BYTES",
    "READ_SCOPE",
    "TRADE_SCOPE",
    "OAuthSettings",
    "read_oauth",
    "read_token_key",
]

#: The scope every read tool needs, and the one every write tool needs.
READ_SCOPE: Final = "brokerspec:read"
TRADE_SCOPE: Final = "brokerspec:trade"
#: The shortest preview-token key accepted: 256 bits.
MIN_TOKEN_KEY_BYTES: Final = 32
_MIN_DISTINCT_CHARACTERS: Final = 12  # "aaaa…" or "0101…" decodes to 32 bytes and is no key
_SCOPE = re.compile(r"^[\x21\x23-\x5b\x5d-\x7e]+$")  # RFC 6749 §3.3 scope-token


@attrs.frozen
class OAuthSettings:
    """An OAuth 2.1 resource server: whose tokens are accepted, for which resource, and the scopes required."""

    issuer: str
    resource_url: str
    jwks_url: str | None = None
    required_scopes: tuple[str, ...] = (READ_SCOPE,)


def _url_problem(name: str, raw: str) -> Problem | None:
    parts = urlsplit(raw)
    loopback = parts.hostname in ("127.0.0.1", "localhost", "::1")
    secure = parts.scheme == "https" or (parts.scheme == "http" and loopback)
    if secure and parts.hostname and not parts.query and not parts.fragment and not parts.username:
        return None
    return Problem(
        name,
        f"{raw!r} is not an https URL (http only on loopback) without query, fragment or credentials",
        "give the full URL, e.g. https://login.example/ or https://trader.example/mcp",
    )


def read_oauth(env: Mapping[str, str], problems: list[Problem]) -> OAuthSettings | None:
    """`BROKERSPEC_OAUTH_*`: None when OAuth is not configured; a problem per bad or missing value."""
    issuer = v.get(env, v.OAUTH_ISSUER)
    resource = v.get(env, v.OAUTH_RESOURCE_URL)
    jwks = v.get(env, v.OAUTH_JWKS_URL)
    raw_scopes = v.get(env, v.OAUTH_REQUIRED_SCOPES)
    if issuer is None and resource is None and jwks is None and raw_scopes is None:
        return None
    found: list[Problem] = []
    for name, value in ((v.OAUTH_ISSUER, issuer), (v.OAUTH_RESOURCE_URL, resource)):
        if value is None:
            found.append(
                Problem(
                    name,
                    "is unset but other BROKERSPEC_OAUTH_* variables are set",
                    "set both BROKERSPEC_OAUTH_ISSUER and BROKERSPEC_OAUTH_RESOURCE_URL, or none of them",
                )
            )
        elif (problem := _url_problem(name, value)) is not None:
            found.append(problem)
    if jwks is not None and (problem := _url_problem(v.OAUTH_JWKS_URL, jwks)) is not None:
        found.append(problem)
    scopes: tuple[str, ...] = (READ_SCOPE,)
    if raw_scopes is not None:
        listed = tuple(dict.fromkeys(s for s in re.split(r"[\s,]+", raw_scopes) if s))
        bad = [s for s in listed if not _SCOPE.match(s)]
        if bad:
            found.append(
                Problem(
                    v.OAUTH_REQUIRED_SCOPES,
                    f"{bad[0]!r} is not an OAuth scope",
                    f"list scopes separated by spaces or commas, e.g. {READ_SCOPE}",
                )
            )
        scopes = listed
    problems.extend(found)
    if found or issuer is None or resource is None:
        return None
    return OAuthSettings(issuer=issuer, resource_url=resource, jwks_url=jwks, required_scopes=scopes)


def read_token_key(env: Mapping[str, str]) -> bytes | None:
    """`BROKERSPEC_TOKEN_KEY` decoded (base64url, padding optional, or hex); a weak or bad key raises."""
    raw = v.get(env, v.TOKEN_KEY)
    if raw is None:
        return None
    fix = 'generate one: python -c "import secrets; print(secrets.token_urlsafe(32))"'
    key: bytes | None = None
    if re.fullmatch(r"[0-9a-fA-F]+", raw) and len(raw) % 2 == 0:
        key = bytes.fromhex(raw)
    elif re.fullmatch(r"[A-Za-z0-9_-]+={0,2}", raw):
        try:
            key = base64.urlsafe_b64decode(raw + "=" * (-len(raw.rstrip("=")) % 4))
        except (binascii.Error, ValueError):
            key = None
    if key is None:
        raise SettingsError(f"{v.TOKEN_KEY} is not base64url or hex; {fix}")
    if len(key) < MIN_TOKEN_KEY_BYTES or len(set(raw)) < _MIN_DISTINCT_CHARACTERS:
        raise SettingsError(
            f"{v.TOKEN_KEY} holds {len(key)} bytes (or repeats a few characters); at least "
            f"{MIN_TOKEN_KEY_BYTES} random bytes are required; {fix}"
        )
    return key
