"""The broker settings from the environment, every problem at once.

A broker with none of its variables set is not configured; a broker with some of them set wrongly gets one
`Problem` per mistake (and is left out), so a typo is never mistaken for "off". `server_requirements` adds
what the MCP tools need beyond a generated client: the gateway's user and vendor.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from brokerspec.settings import variables as v
from brokerspec.settings.brokers import (
    GATEWAY_DEFAULT_AUTH_HEADER,
    KALSHI_BASE_URLS,
    WEALTHY_AUTH_CHOICES,
    WEALTHY_AUTH_HEADERS,
    WEALTHY_DEFAULT_BASE_URL,
    GatewaySettings,
    KalshiSettings,
    Settings,
    WealthySettings,
    check_base_url,
)
from brokerspec.settings.problems import ConfigError, Problem, problem_from
from brokerspec.settings.variables import Broker

__all__ = ["read_brokers", "server_requirements"]

_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # RFC 9110 token
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _has_control_characters(value: str) -> bool:
    return _CONTROL.search(value) is not None


def _set_with_prefix(env: Mapping[str, str], prefix: str, *, but: tuple[str, ...] = ()) -> list[str]:
    """The broker's variables that are set, found by prefix so a variable added later is covered too."""
    return sorted(
        name
        for name in env
        if name.startswith(prefix) and not v.is_rate_variable(name) and name not in but and v.get(env, name)
    )


def _url_problem(value: str, *, name: str, broker: Broker, example: str) -> Problem | None:
    try:
        check_base_url(value, name=name)
    except ConfigError as exc:
        return Problem(
            name,
            str(exc).removeprefix(f"{name} "),
            f"set it to an http(s) base URL such as {example}",
            broker,
        )
    return None


def _kalshi_from_env(env: Mapping[str, str], problems: list[Problem]) -> KalshiSettings | None:
    key_id = v.get(env, v.KALSHI_KEY_ID)
    path = v.get(env, v.KALSHI_PRIVATE_KEY_PATH)
    pem = v.get(env, v.KALSHI_PRIVATE_KEY)
    found: list[Problem] = []
    if key_id is None and path is None and pem is None:
        others = _set_with_prefix(env, "BROKERSPEC_KALSHI_")
        if others:
            found.append(
                Problem(
                    v.KALSHI_KEY_ID,
                    f"{', '.join(others)} set but no Kalshi API key is (a half-configured broker)",
                    f"set {v.KALSHI_KEY_ID} and {v.KALSHI_PRIVATE_KEY_PATH}, or unset {', '.join(others)}",
                    "kalshi",
                )
            )
        problems.extend(found)
        return None
    if key_id is None:
        found.append(
            Problem(
                v.KALSHI_KEY_ID,
                "is not set but a Kalshi private key is",
                f"set {v.KALSHI_KEY_ID} to the key id Kalshi shows next to the key (Account → API keys)",
                "kalshi",
            )
        )
    if path is None and pem is None:
        found.append(
            Problem(
                v.KALSHI_PRIVATE_KEY_PATH,
                f"is not set (nor {v.KALSHI_PRIVATE_KEY}) but {v.KALSHI_KEY_ID} is: Kalshi has no private key",
                f"set {v.KALSHI_PRIVATE_KEY_PATH} to the .pem file Kalshi gave you when you created the key, "
                f"or {v.KALSHI_PRIVATE_KEY} to its text",
                "kalshi",
            )
        )
    if path is not None and pem is not None:
        found.append(
            Problem(
                v.KALSHI_PRIVATE_KEY,
                f"is set together with {v.KALSHI_PRIVATE_KEY_PATH}; set only one of them",
                f"unset {v.KALSHI_PRIVATE_KEY} or {v.KALSHI_PRIVATE_KEY_PATH}",
                "kalshi",
            )
        )
    raw_environment = v.get(env, v.KALSHI_ENV) or "demo"
    environment = raw_environment.lower()
    if environment not in KALSHI_BASE_URLS:
        found.append(
            Problem(
                v.KALSHI_ENV,
                f"is {raw_environment!r}, which is neither 'demo' nor 'production'",
                "set it to demo (the default) or production (live money)",
                "kalshi",
            )
        )
    base_url = v.get(env, v.KALSHI_BASE_URL)
    if base_url is not None:
        bad = _url_problem(
            base_url, name=v.KALSHI_BASE_URL, broker="kalshi", example=KALSHI_BASE_URLS["demo"]
        )
        if bad is not None:
            found.append(bad)
    problems.extend(found)
    if found:
        return None
    if pem is not None:
        pem = pem.replace("\\n", "\n")  # one-line secrets (.env files, CI) often carry literal \n
    return KalshiSettings(
        key_id=key_id or "",
        private_key_path=path,
        private_key_pem=pem,
        private_key_password=v.get(env, v.KALSHI_PRIVATE_KEY_PASSWORD),
        environment="production" if environment == "production" else "demo",
        base_url_override=base_url,
    )


def _wealthy_from_env(env: Mapping[str, str], problems: list[Problem]) -> WealthySettings | None:
    # A bad header choice is a problem even without a token: a typo must never pass for "off".
    raw_header = v.get(env, v.WEALTHY_AUTH_HEADER)
    auth_header = (raw_header or "both").lower()
    if auth_header not in WEALTHY_AUTH_HEADERS:
        problems.append(
            Problem(
                v.WEALTHY_AUTH_HEADER,
                f"must be one of {WEALTHY_AUTH_CHOICES} (case-insensitive), got {raw_header!r}",
                "unset it to send the token in both headers, or pick one of those values",
                "wealthy",
            )
        )
        return None
    token = v.get(env, v.WEALTHY_ACCESS_TOKEN)
    if token is None:
        others = _set_with_prefix(env, "BROKERSPEC_WEALTHY_", but=(v.WEALTHY_AUTH_HEADER,))
        if others:
            problems.append(
                Problem(
                    v.WEALTHY_ACCESS_TOKEN,
                    f"is not set but {', '.join(others)} is (a half-configured broker)",
                    f"set {v.WEALTHY_ACCESS_TOKEN} to today's Wealthy access token, or unset {', '.join(others)}",
                    "wealthy",
                )
            )
        return None
    found: list[Problem] = []
    if _has_control_characters(token):
        found.append(
            Problem(
                v.WEALTHY_ACCESS_TOKEN,
                "contains a line break or control character (a copy-paste slip?)",
                "paste the token again as one line",
                "wealthy",
            )
        )
    base_url = v.get(env, v.WEALTHY_BASE_URL) or WEALTHY_DEFAULT_BASE_URL
    bad = _url_problem(base_url, name=v.WEALTHY_BASE_URL, broker="wealthy", example=WEALTHY_DEFAULT_BASE_URL)
    if bad is not None:
        found.append(bad)
    if found:
        problems.extend(found)
        return None
    try:
        return WealthySettings(
            access_token=token,
            base_url=check_base_url(base_url, name=v.WEALTHY_BASE_URL),
            auth_header=auth_header,
        )
    except ValueError as exc:  # a check added to the settings class itself
        problems.append(problem_from(exc, v.WEALTHY_ACCESS_TOKEN, "wealthy"))
        return None


def _gateway_from_env(env: Mapping[str, str], problems: list[Problem]) -> GatewaySettings | None:
    base_url = v.get(env, v.GATEWAY_BASE_URL)
    if base_url is None:
        others = _set_with_prefix(env, "BROKERSPEC_GATEWAY_")
        if others:
            problems.append(
                Problem(
                    v.GATEWAY_BASE_URL,
                    f"vendor gateway settings are set ({', '.join(others)}) but {v.GATEWAY_BASE_URL} is not "
                    "(it has no default)",
                    f"set {v.GATEWAY_BASE_URL} to your gateway deployment's base URL, or unset {', '.join(others)}",
                    "vendor_gateway",
                )
            )
        return None
    found: list[Problem] = []
    bad = _url_problem(
        base_url, name=v.GATEWAY_BASE_URL, broker="vendor_gateway", example="https://gateway.example/api"
    )
    if bad is not None:
        found.append(bad)
    header = v.get(env, v.GATEWAY_AUTH_HEADER)
    value = v.get(env, v.GATEWAY_AUTH_VALUE)
    if header is not None and not _HEADER_NAME.fullmatch(header):
        found.append(
            Problem(
                v.GATEWAY_AUTH_HEADER,
                f"{header!r} is not an HTTP header name",
                "set it to a header name such as Authorization or X-Session-Token",
                "vendor_gateway",
            )
        )
    if header is not None and value is None:
        found.append(
            Problem(
                v.GATEWAY_AUTH_VALUE,
                f"is not set but {v.GATEWAY_AUTH_HEADER} is: no session header would be sent",
                f"set {v.GATEWAY_AUTH_VALUE} to the gateway secret, or unset {v.GATEWAY_AUTH_HEADER}",
                "vendor_gateway",
            )
        )
    if value is not None and _has_control_characters(value):
        found.append(
            Problem(
                v.GATEWAY_AUTH_VALUE,
                "contains a line break or control character (a copy-paste slip?)",
                "paste the value again as one line",
                "vendor_gateway",
            )
        )
    if found:
        problems.extend(found)
        return None
    try:
        return GatewaySettings(
            base_url=check_base_url(base_url, name=v.GATEWAY_BASE_URL),
            user_id=v.get(env, v.GATEWAY_USER_ID),
            vendor=v.get(env, v.GATEWAY_VENDOR),
            auth_header=header or GATEWAY_DEFAULT_AUTH_HEADER,
            auth_value=value,
        )
    except ValueError as exc:
        problems.append(problem_from(exc, v.GATEWAY_BASE_URL, "vendor_gateway"))
        return None


def read_brokers(env: Mapping[str, str], problems: list[Problem]) -> Settings:
    return Settings(
        kalshi=_kalshi_from_env(env, problems),
        wealthy=_wealthy_from_env(env, problems),
        vendor_gateway=_gateway_from_env(env, problems),
    )


def server_requirements(settings: Settings, problems: list[Problem]) -> Settings:
    """What the MCP tools need beyond what a generated client needs: the gateway's user and vendor."""
    gateway = settings.vendor_gateway
    if gateway is None:
        return settings
    missing = [
        (name, what)
        for name, what, value in (
            (v.GATEWAY_USER_ID, "the gateway user id sent with every request", gateway.user_id),
            (v.GATEWAY_VENDOR, "the back-end broker, e.g. KOTAK or INDIRA", gateway.vendor),
        )
        if not value
    ]
    for name, what in missing:
        problems.append(
            Problem(
                name,
                f"is not set but {v.GATEWAY_BASE_URL} is: holdings and positions are read for one user of one "
                "vendor",
                f"set {name} ({what}), or unset {v.GATEWAY_BASE_URL}",
                "vendor_gateway",
            )
        )
    return attrs.evolve(settings, vendor_gateway=None) if missing else settings
