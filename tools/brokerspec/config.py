"""Broker settings, read only from documented environment variables.

One place decides what the environment means, so the MCP server, the CLI and scripts agree on which brokers
are configured. Settings are frozen attrs classes; secrets (PEM text, tokens) are kept out of every repr.
The import stays cheap (an MCP host spawns the server per session): httpx and cryptography load only when
an auth object is built.

Environment variables (empty values count as unset):

    BROKERSPEC_KALSHI_KEY_ID            Kalshi API key id; enables Kalshi with one of the two below
    BROKERSPEC_KALSHI_PRIVATE_KEY_PATH  path to the PEM private key file
    BROKERSPEC_KALSHI_PRIVATE_KEY       the PEM private key text itself (secret)
    BROKERSPEC_KALSHI_PRIVATE_KEY_PASSWORD  the password of an encrypted PEM key (secret)
    BROKERSPEC_KALSHI_ENV               demo (default) | production
    BROKERSPEC_KALSHI_BASE_URL          overrides the environment's base URL (e.g. a local sandbox)
    BROKERSPEC_WEALTHY_ACCESS_TOKEN     Wealthy access token (secret); enables Wealthy
    BROKERSPEC_WEALTHY_BASE_URL         default https://api.wealthy.in/broking/api
    BROKERSPEC_WEALTHY_AUTH_HEADER      both (default) | access-token | authorization: header(s) carrying the token
    BROKERSPEC_GATEWAY_BASE_URL         gateway base URL; enables the gateway (there is no default host)
    BROKERSPEC_GATEWAY_USER_ID          the gateway user id sent in request bodies
    BROKERSPEC_GATEWAY_VENDOR           back-end broker, e.g. KOTAK or INDIRA (upper-cased)
    BROKERSPEC_GATEWAY_AUTH_HEADER      header carrying the gateway secret; default Authorization
    BROKERSPEC_GATEWAY_AUTH_VALUE       the gateway secret (optional; nothing is sent without it)
    BROKERSPEC_HTTP_TOKEN               bearer token of the HTTP transport (secret, 32+ characters)
    BROKERSPEC_HTTP_ALLOWED_HOSTS       extra Host header values the HTTP transport accepts (comma list)
    BROKERSPEC_HTTP_ALLOWED_ORIGINS     extra Origin header values the HTTP transport accepts (comma list)

`read_configuration` is what the server and `brokerspec check` use: it reads the whole environment (brokers,
safety switches and limits, rate limits, audit log), loads the Kalshi key, and returns what is usable together
with a list of `Problem`s instead of raising, so a misconfigured server still starts and says what is wrong.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, TypeAlias, TypeVar, get_args
from urllib.parse import urlsplit

import attrs

if TYPE_CHECKING:
    from brokerspec.http.auth import HeaderTokenAuth, KalshiAuth, KalshiPrivateKey
    from brokerspec.http.ratelimit import RateLimits
    from brokerspec.policy.audit import AuditLog
    from brokerspec.policy.gate import SafetySettings

__all__ = [
    "BROKERS",
    "GATEWAY_DEFAULT_AUTH_HEADER",
    "KALSHI_BASE_URLS",
    "WEALTHY_DEFAULT_BASE_URL",
    "Broker",
    "ConfigError",
    "Configuration",
    "GatewaySettings",
    "HttpSettings",
    "KalshiEnvironment",
    "KalshiSettings",
    "Problem",
    "Settings",
    "WealthySettings",
    "mask_identifier",
    "read_configuration",
    "read_http_settings",
    "without_broker_settings",
]

KalshiEnvironment: TypeAlias = Literal["demo", "production"]
Broker: TypeAlias = Literal["kalshi", "wealthy", "vendor_gateway"]

#: Canonical broker names, matching the spec and generated package names.
BROKERS: Final[tuple[Broker, ...]] = get_args(Broker)

KALSHI_BASE_URLS: Final[Mapping[KalshiEnvironment, str]] = {
    "demo": "https://external-api.demo.kalshi.co/trade-api/v2",
    "production": "https://external-api.kalshi.com/trade-api/v2",
}
WEALTHY_DEFAULT_BASE_URL: Final = "https://api.wealthy.in/broking/api"
GATEWAY_DEFAULT_AUTH_HEADER: Final = "Authorization"

_KALSHI_KEY_ID: Final = "BROKERSPEC_KALSHI_KEY_ID"
_KALSHI_PRIVATE_KEY_PATH: Final = "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH"
_KALSHI_PRIVATE_KEY: Final = "BROKERSPEC_KALSHI_PRIVATE_KEY"
_KALSHI_PRIVATE_KEY_PASSWORD: Final = "BROKERSPEC_KALSHI_PRIVATE_KEY_PASSWORD"
_KALSHI_ENV: Final = "BROKERSPEC_KALSHI_ENV"
_KALSHI_BASE_URL: Final = "BROKERSPEC_KALSHI_BASE_URL"
_WEALTHY_ACCESS_TOKEN: Final = "BROKERSPEC_WEALTHY_ACCESS_TOKEN"
_WEALTHY_BASE_URL: Final = "BROKERSPEC_WEALTHY_BASE_URL"
_GATEWAY_BASE_URL: Final = "BROKERSPEC_GATEWAY_BASE_URL"
_GATEWAY_USER_ID: Final = "BROKERSPEC_GATEWAY_USER_ID"
_GATEWAY_VENDOR: Final = "BROKERSPEC_GATEWAY_VENDOR"
_GATEWAY_AUTH_HEADER: Final = "BROKERSPEC_GATEWAY_AUTH_HEADER"
_GATEWAY_AUTH_VALUE: Final = "BROKERSPEC_GATEWAY_AUTH_VALUE"
_HTTP_TOKEN: Final = "BROKERSPEC_HTTP_TOKEN"
_HTTP_ALLOWED_HOSTS: Final = "BROKERSPEC_HTTP_ALLOWED_HOSTS"
_HTTP_ALLOWED_ORIGINS: Final = "BROKERSPEC_HTTP_ALLOWED_ORIGINS"

#: Variables whose values are secrets: never shown in a problem, a log line or a tool result.
SECRET_VARIABLES: Final = (
    _KALSHI_PRIVATE_KEY,
    _KALSHI_PRIVATE_KEY_PASSWORD,
    _WEALTHY_ACCESS_TOKEN,
    _GATEWAY_AUTH_VALUE,
    _HTTP_TOKEN,
)
#: The prefixes of the broker variables (rate limits, `..._READS_PER_SECOND`, are not broker settings).
BROKER_PREFIXES: Final = ("BROKERSPEC_KALSHI_", "BROKERSPEC_WEALTHY_", "BROKERSPEC_GATEWAY_")
#: The shortest bearer token the HTTP transport accepts (32 characters ~ 190 bits of urlsafe base64).
MIN_HTTP_TOKEN_LENGTH: Final = 32

_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # RFC 9110 token
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_VARIABLE = re.compile(r"\bBROKERSPEC_[A-Z0-9_]+\b")


class ConfigError(ValueError):
    """The environment names a broker but its settings are incomplete or invalid."""

    def __init__(self, message: str, problems: Iterable[Problem] = ()) -> None:
        super().__init__(message)
        self.problems: tuple[Problem, ...] = tuple(problems)


@attrs.frozen
class Problem:
    """One thing wrong with the environment: the variable, what is wrong, and how to fix it.

    `broker` is the broker it disables; None means the whole server: writes are refused until it is fixed
    (reads and `capabilities` keep working). The text never carries a secret or a URL's credentials.
    """

    variable: str
    message: str
    fix: str
    broker: Broker | None = None

    def __str__(self) -> str:
        return f"{self.variable}: {self.message}; fix: {self.fix}"

    @property
    def line(self) -> str:
        """The one line `brokerspec serve` prints on stderr and `brokerspec check` on stdout."""
        return f"brokerspec: configuration problem: {self}"


def mask_identifier(value: str) -> str:
    """Enough of an identifier to tell two apart in a repr or log, never the whole of it."""
    if len(value) <= 8:
        return "***"
    return f"{value[:4]}…{value[-4:]}"


def _masked(value: str | None) -> str:
    return "None" if value is None else repr(mask_identifier(value))


def shown_url(value: str) -> str:
    """A URL as it may be shown: no user, password, query or fragment (they can carry credentials)."""
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<unparsable URL>"
    if not parts.scheme and not host:
        return "<not a URL>" if "@" in value or "?" in value else repr(value)[1:-1]
    if ":" in host:
        host = f"[{host}]"
    userinfo = "***@" if "@" in parts.netloc else ""
    extra = "?…" if parts.query or parts.fragment else ""
    return f"{parts.scheme}://{userinfo}{host}{port}{parts.path}{extra}"


def _base_url(value: str, *, name: str) -> str:
    """Validate an http(s) base URL and drop a trailing slash (the generated clients append `/path`)."""
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError:
        raise ConfigError(f"{name} must be an http(s) URL with a host, got {shown_url(value)!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{name} must be an http(s) URL with a host, got {shown_url(value)!r}")
    if parts.query or parts.fragment:
        raise ConfigError(f"{name} must not have a query or fragment, got {shown_url(value)!r}")
    if parts.username is not None or parts.password is not None:
        raise ConfigError(f"{name} must not carry credentials, got {shown_url(value)!r}")
    return value.rstrip("/")


def _optional_base_url(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None:
        _base_url(value, name=attribute.name)


def _required_text(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{attribute.name} must be a non-empty string")


def _path(value: str | os.PathLike[str]) -> Path:
    # Hosts pass the environment verbatim (no shell), so expand "~" here.
    return Path(value).expanduser()


def _has_control_characters(value: str) -> bool:
    return _CONTROL.search(value) is not None


def _strip_slash(value: str) -> str:
    return value.rstrip("/")


def _upper(value: str) -> str:
    return value.strip().upper()


@attrs.frozen
class KalshiSettings:
    """Kalshi credentials and which exchange to talk to (demo unless production is asked for)."""

    key_id: str = attrs.field(validator=_required_text, repr=_masked)
    private_key_path: Path | None = attrs.field(default=None, converter=attrs.converters.optional(_path))
    private_key_pem: str | None = attrs.field(default=None, repr=False)
    private_key_password: str | None = attrs.field(default=None, repr=False)
    environment: KalshiEnvironment = "demo"
    base_url_override: str | None = attrs.field(
        default=None, converter=attrs.converters.optional(_strip_slash), validator=_optional_base_url
    )

    def __attrs_post_init__(self) -> None:
        if (self.private_key_path is None) == (self.private_key_pem is None):
            raise ConfigError("Kalshi needs exactly one of private_key_path or private_key_pem")
        if self.environment not in KALSHI_BASE_URLS:
            raise ConfigError(f"Kalshi environment must be demo or production, got {self.environment!r}")

    @property
    def base_url(self) -> str:
        """The override if set, else the chosen environment's official base URL."""
        return self.base_url_override or KALSHI_BASE_URLS[self.environment]

    def auth(self) -> KalshiAuth:
        """Load the private key and build the request signer (reads the key file now)."""
        from brokerspec.http.auth import KalshiAuth

        password = self.private_key_password
        if self.private_key_pem is not None:
            return KalshiAuth.from_pem(self.key_id, self.private_key_pem, password=password)
        assert self.private_key_path is not None  # guaranteed by __attrs_post_init__
        return KalshiAuth.from_pem_file(self.key_id, self.private_key_path, password=password)


_WEALTHY_AUTH_HEADER: Final = "BROKERSPEC_WEALTHY_AUTH_HEADER"
#: Setting -> the header(s) that carry the Wealthy token. `access-token` is the seed's header, `Authorization`
#: (raw, no `Bearer`) is what Wealthy's own client sends; both by default (see openapi/wealthy.yaml).
_WEALTHY_AUTH_HEADERS: Final[Mapping[str, tuple[str, ...]]] = {
    "both": ("access-token", "Authorization"),
    "access-token": ("access-token",),
    "authorization": ("Authorization",),
}
_WEALTHY_AUTH_CHOICES: Final = ", ".join(_WEALTHY_AUTH_HEADERS)


def _lower(value: str) -> str:
    return value.strip().lower()


def _wealthy_auth_header(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in _WEALTHY_AUTH_HEADERS:
        raise ConfigError(f"{attribute.name} must be one of {_WEALTHY_AUTH_CHOICES}, got {value!r}")


@attrs.frozen
class WealthySettings:
    """Wealthy's access token (expires daily; a 401 means log in again), base URL, and which header carries it.

    `auth_header` (`BROKERSPEC_WEALTHY_AUTH_HEADER`, case-insensitive): `both` (default) sends the token in
    `access-token` and in a raw `Authorization` header, `access-token` or `authorization` only in that one.
    """

    access_token: str = attrs.field(validator=_required_text, repr=False)
    base_url: str = attrs.field(default=WEALTHY_DEFAULT_BASE_URL, converter=_strip_slash)
    auth_header: str = attrs.field(default="both", converter=_lower, validator=_wealthy_auth_header)

    def __attrs_post_init__(self) -> None:
        _base_url(self.base_url, name="base_url")

    @property
    def auth_headers(self) -> tuple[str, ...]:
        """The header names the token is sent in, e.g. `("access-token", "Authorization")`."""
        return _WEALTHY_AUTH_HEADERS[self.auth_header]

    def auth(self) -> HeaderTokenAuth:
        """The token in every header `auth_header` selects, raw (no prefix), on every call."""
        from brokerspec.http.auth import HeaderTokenAuth

        return HeaderTokenAuth(self.auth_headers, self.access_token)


@attrs.frozen
class GatewaySettings:
    """A vendor gateway deployment: base URL (never guessed), user, vendor, an optional secret header."""

    base_url: str = attrs.field(converter=_strip_slash)
    user_id: str | None = attrs.field(default=None, repr=_masked)
    vendor: str | None = attrs.field(default=None, converter=attrs.converters.optional(_upper))
    auth_header: str = GATEWAY_DEFAULT_AUTH_HEADER
    auth_value: str | None = attrs.field(default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        _base_url(self.base_url, name="base_url")
        if not self.auth_header.strip():
            raise ConfigError("auth_header must be a non-empty header name")

    def auth(self) -> HeaderTokenAuth | None:
        """The configured secret header, or None: the documented API has no auth, so send nothing."""
        if self.auth_value is None:
            return None
        from brokerspec.http.auth import HeaderTokenAuth

        return HeaderTokenAuth(self.auth_header, self.auth_value)


def _get(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name)
    if value is None or not value.strip():
        return None
    return value.strip()


def _is_rate_variable(name: str) -> bool:
    return name.endswith(("_READS_PER_SECOND", "_WRITES_PER_SECOND"))


def _set_with_prefix(env: Mapping[str, str], prefix: str, *, but: tuple[str, ...] = ()) -> list[str]:
    """The broker's variables that are set, found by prefix so a variable added later is covered too."""
    return sorted(
        name
        for name in env
        if name.startswith(prefix) and not _is_rate_variable(name) and name not in but and _get(env, name)
    )


def _url_problem(value: str, *, name: str, broker: Broker, example: str) -> Problem | None:
    try:
        _base_url(value, name=name)
    except ConfigError as exc:
        return Problem(
            name,
            str(exc).removeprefix(f"{name} "),
            f"set it to an http(s) base URL such as {example}",
            broker,
        )
    return None


def _kalshi_from_env(env: Mapping[str, str], problems: list[Problem]) -> KalshiSettings | None:
    key_id = _get(env, _KALSHI_KEY_ID)
    path = _get(env, _KALSHI_PRIVATE_KEY_PATH)
    pem = _get(env, _KALSHI_PRIVATE_KEY)
    found: list[Problem] = []
    if key_id is None and path is None and pem is None:
        others = _set_with_prefix(env, "BROKERSPEC_KALSHI_")
        if others:
            found.append(
                Problem(
                    _KALSHI_KEY_ID,
                    f"{', '.join(others)} set but no Kalshi API key is (a half-configured broker)",
                    f"set {_KALSHI_KEY_ID} and {_KALSHI_PRIVATE_KEY_PATH}, or unset {', '.join(others)}",
                    "kalshi",
                )
            )
        problems.extend(found)
        return None
    if key_id is None:
        found.append(
            Problem(
                _KALSHI_KEY_ID,
                "is not set but a Kalshi private key is",
                f"set {_KALSHI_KEY_ID} to the key id Kalshi shows next to the key (Account → API keys)",
                "kalshi",
            )
        )
    if path is None and pem is None:
        found.append(
            Problem(
                _KALSHI_PRIVATE_KEY_PATH,
                f"is not set (nor {_KALSHI_PRIVATE_KEY}) but {_KALSHI_KEY_ID} is: Kalshi has no private key",
                f"set {_KALSHI_PRIVATE_KEY_PATH} to the .pem file Kalshi gave you when you created the key, "
                f"or {_KALSHI_PRIVATE_KEY} to its text",
                "kalshi",
            )
        )
    if path is not None and pem is not None:
        found.append(
            Problem(
                _KALSHI_PRIVATE_KEY,
                f"is set together with {_KALSHI_PRIVATE_KEY_PATH}; set only one of them",
                f"unset {_KALSHI_PRIVATE_KEY} or {_KALSHI_PRIVATE_KEY_PATH}",
                "kalshi",
            )
        )
    raw_environment = _get(env, _KALSHI_ENV) or "demo"
    environment = raw_environment.lower()
    if environment not in KALSHI_BASE_URLS:
        found.append(
            Problem(
                _KALSHI_ENV,
                f"is {raw_environment!r}, which is neither 'demo' nor 'production'",
                "set it to demo (the default) or production (live money)",
                "kalshi",
            )
        )
    base_url = _get(env, _KALSHI_BASE_URL)
    if base_url is not None:
        bad = _url_problem(base_url, name=_KALSHI_BASE_URL, broker="kalshi", example=KALSHI_BASE_URLS["demo"])
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
        private_key_password=_get(env, _KALSHI_PRIVATE_KEY_PASSWORD),
        environment="production" if environment == "production" else "demo",
        base_url_override=base_url,
    )


def _wealthy_from_env(env: Mapping[str, str], problems: list[Problem]) -> WealthySettings | None:
    # A bad header choice is a problem even without a token: a typo must never pass for "off".
    raw_header = _get(env, _WEALTHY_AUTH_HEADER)
    auth_header = (raw_header or "both").lower()
    if auth_header not in _WEALTHY_AUTH_HEADERS:
        problems.append(
            Problem(
                _WEALTHY_AUTH_HEADER,
                f"must be one of {_WEALTHY_AUTH_CHOICES} (case-insensitive), got {raw_header!r}",
                "unset it to send the token in both headers, or pick one of those values",
                "wealthy",
            )
        )
        return None
    token = _get(env, _WEALTHY_ACCESS_TOKEN)
    if token is None:
        others = _set_with_prefix(env, "BROKERSPEC_WEALTHY_", but=(_WEALTHY_AUTH_HEADER,))
        if others:
            problems.append(
                Problem(
                    _WEALTHY_ACCESS_TOKEN,
                    f"is not set but {', '.join(others)} is (a half-configured broker)",
                    f"set {_WEALTHY_ACCESS_TOKEN} to today's Wealthy access token, or unset {', '.join(others)}",
                    "wealthy",
                )
            )
        return None
    found: list[Problem] = []
    if _has_control_characters(token):
        found.append(
            Problem(
                _WEALTHY_ACCESS_TOKEN,
                "contains a line break or control character (a copy-paste slip?)",
                "paste the token again as one line",
                "wealthy",
            )
        )
    base_url = _get(env, _WEALTHY_BASE_URL) or WEALTHY_DEFAULT_BASE_URL
    bad = _url_problem(base_url, name=_WEALTHY_BASE_URL, broker="wealthy", example=WEALTHY_DEFAULT_BASE_URL)
    if bad is not None:
        found.append(bad)
    if found:
        problems.extend(found)
        return None
    try:
        return WealthySettings(
            access_token=token, base_url=_base_url(base_url, name=_WEALTHY_BASE_URL), auth_header=auth_header
        )
    except ValueError as exc:  # a check added to the settings class itself
        problems.append(_problem_from(exc, _WEALTHY_ACCESS_TOKEN, "wealthy"))
        return None


def _gateway_from_env(env: Mapping[str, str], problems: list[Problem]) -> GatewaySettings | None:
    base_url = _get(env, _GATEWAY_BASE_URL)
    if base_url is None:
        others = _set_with_prefix(env, "BROKERSPEC_GATEWAY_")
        if others:
            problems.append(
                Problem(
                    _GATEWAY_BASE_URL,
                    f"vendor gateway settings are set ({', '.join(others)}) but {_GATEWAY_BASE_URL} is not "
                    "(it has no default)",
                    f"set {_GATEWAY_BASE_URL} to your gateway deployment's base URL, or unset {', '.join(others)}",
                    "vendor_gateway",
                )
            )
        return None
    found: list[Problem] = []
    bad = _url_problem(
        base_url, name=_GATEWAY_BASE_URL, broker="vendor_gateway", example="https://gateway.example/api"
    )
    if bad is not None:
        found.append(bad)
    header = _get(env, _GATEWAY_AUTH_HEADER)
    value = _get(env, _GATEWAY_AUTH_VALUE)
    if header is not None and not _HEADER_NAME.fullmatch(header):
        found.append(
            Problem(
                _GATEWAY_AUTH_HEADER,
                f"{header!r} is not an HTTP header name",
                "set it to a header name such as Authorization or X-Session-Token",
                "vendor_gateway",
            )
        )
    if header is not None and value is None:
        found.append(
            Problem(
                _GATEWAY_AUTH_VALUE,
                f"is not set but {_GATEWAY_AUTH_HEADER} is: no session header would be sent",
                f"set {_GATEWAY_AUTH_VALUE} to the gateway secret, or unset {_GATEWAY_AUTH_HEADER}",
                "vendor_gateway",
            )
        )
    if value is not None and _has_control_characters(value):
        found.append(
            Problem(
                _GATEWAY_AUTH_VALUE,
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
            base_url=_base_url(base_url, name=_GATEWAY_BASE_URL),
            user_id=_get(env, _GATEWAY_USER_ID),
            vendor=_get(env, _GATEWAY_VENDOR),
            auth_header=header or GATEWAY_DEFAULT_AUTH_HEADER,
            auth_value=value,
        )
    except ValueError as exc:
        problems.append(_problem_from(exc, _GATEWAY_BASE_URL, "vendor_gateway"))
        return None


_T = TypeVar("_T")


def _read_brokers(env: Mapping[str, str], problems: list[Problem]) -> Settings:
    return Settings(
        kalshi=_kalshi_from_env(env, problems),
        wealthy=_wealthy_from_env(env, problems),
        vendor_gateway=_gateway_from_env(env, problems),
    )


@attrs.frozen
class Settings:
    """Everything brokerspec reads from the environment; a broker is None when it is not configured."""

    kalshi: KalshiSettings | None = None
    wealthy: WealthySettings | None = None
    vendor_gateway: GatewaySettings | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read the documented variables (from `os.environ` by default).

        A broker with none of its variables set is simply not configured; a broker with some of them set
        wrongly raises `ConfigError` naming every problem at once, so a typo is never mistaken for "off".
        """
        source: Mapping[str, str] = os.environ if env is None else env
        problems: list[Problem] = []
        settings = _read_brokers(source, problems)
        if problems:
            raise ConfigError("; ".join(_redacted(str(p), source) for p in problems), problems)
        return settings

    @property
    def configured(self) -> tuple[Broker, ...]:
        """Names of the configured brokers, in `BROKERS` order."""
        return tuple(name for name in BROKERS if getattr(self, name) is not None)

    def require(self, broker: Broker) -> KalshiSettings | WealthySettings | GatewaySettings:
        """The broker's settings, or a `ConfigError` that says which variables to set."""
        if broker not in BROKERS:
            raise ConfigError(f"unknown broker {broker!r}; known: {', '.join(BROKERS)}")
        found: KalshiSettings | WealthySettings | GatewaySettings | None = getattr(self, broker)
        if found is None:
            raise ConfigError(f"{broker} is not configured: set {_ENABLING_VARIABLES[broker]}")
        return found


_ENABLING_VARIABLES: Final[Mapping[Broker, str]] = {
    "kalshi": f"{_KALSHI_KEY_ID} and {_KALSHI_PRIVATE_KEY_PATH} (or {_KALSHI_PRIVATE_KEY})",
    "wealthy": _WEALTHY_ACCESS_TOKEN,
    "vendor_gateway": _GATEWAY_BASE_URL,
}


# --- the whole environment, validated once ----------------------------------------------------------------


@attrs.frozen
class Configuration:
    """What `read_configuration` found: the usable settings and every problem.

    A broker with a problem is None in `settings` (its tools answer `invalid_configuration`); a server-wide
    problem (`Problem.broker` None: safety switches, limits, audit log, state directory) leaves the safe
    defaults in `safety` and makes the server refuse every write until it is fixed.
    """

    settings: Settings
    safety: SafetySettings
    audit: AuditLog
    rate_limits: Mapping[Broker, RateLimits]
    kalshi_key: KalshiPrivateKey | None = attrs.field(default=None, repr=False)
    problems: tuple[Problem, ...] = ()

    def problems_of(self, broker: Broker | str | None) -> tuple[Problem, ...]:
        """The problems that disable `broker` (None: the server-wide ones)."""
        return tuple(p for p in self.problems if p.broker == broker)

    @property
    def writes_blocked(self) -> bool:
        """A server-wide problem: every write is refused (the limits or switches may not be what was meant)."""
        return bool(self.problems_of(None))


def without_broker_settings(env: Mapping[str, str]) -> dict[str, str]:
    """`env` without the broker variables: what `serve --sandbox` validates (the sandbox supplies those)."""
    return {k: v for k, v in env.items() if not (k.startswith(BROKER_PREFIXES) and not _is_rate_variable(k))}


def read_configuration(env: Mapping[str, str] | None = None) -> Configuration:
    """Read and check the whole environment once: brokers, the Kalshi key, safety, rate limits, audit log.

    Never raises for a bad value: each one becomes a `Problem` naming the variable, what is wrong and the fix.
    The Kalshi key is loaded here (PEM parsed, password applied), so a bad key is a problem now rather than
    a failure at the first call. Values checked by other modules' constructors (`SafetySettings.from_env`,
    `limits_from_env`, `AuditLog.from_env`) are reported through the `ValueError`s they raise, whatever
    variable they concern.
    """
    from brokerspec.http.ratelimit import DEFAULT_LIMITS, limits_from_env
    from brokerspec.policy.audit import AuditLog, default_audit_path
    from brokerspec.policy.gate import SafetySettings, default_state_dir

    source: Mapping[str, str] = os.environ if env is None else env
    problems: list[Problem] = []
    settings = _read_brokers(source, problems)
    settings = _server_requirements(settings, problems)
    kalshi_key = _load_kalshi_key(source, problems)
    if settings.kalshi is None:
        kalshi_key = None
    elif kalshi_key is None:
        settings = attrs.evolve(settings, kalshi=None)

    rate_limits: dict[Broker, RateLimits] = {}
    for broker in BROKERS:
        limits = _checked(
            functools.partial(limits_from_env, broker),
            source,
            problems,
            broker=broker,
            default_variable=f"BROKERSPEC_{broker.upper()}_READS_PER_SECOND",
        )
        rate_limits[broker] = DEFAULT_LIMITS[broker] if limits is None else limits
        if limits is None:
            settings = attrs.evolve(settings, **{broker: None})

    safety = _checked(SafetySettings.from_env, source, problems, default_variable="BROKERSPEC_TRADING")
    if safety is None:  # read-only with the default limits; writes are refused anyway
        safety = SafetySettings(state_dir=default_state_dir(source))
    audit = _checked(AuditLog.from_env, source, problems, default_variable="BROKERSPEC_AUDIT_LOG")
    if audit is None:
        audit = AuditLog(default_audit_path(source))
    problems.extend(_state_problems(safety.state_dir, audit.path))

    secrets = _secret_values(source)
    shown = tuple(
        attrs.evolve(p, message=_redacted(p.message, source, secrets), fix=_redacted(p.fix, source, secrets))
        for p in problems
    )
    return Configuration(
        settings=settings,
        safety=safety,
        audit=audit,
        rate_limits=rate_limits,
        kalshi_key=kalshi_key,
        problems=shown,
    )


def _server_requirements(settings: Settings, problems: list[Problem]) -> Settings:
    """What the MCP tools need beyond what a generated client needs: the gateway's user and vendor."""
    gateway = settings.vendor_gateway
    if gateway is None:
        return settings
    missing = [
        (name, what)
        for name, what, value in (
            (_GATEWAY_USER_ID, "the gateway user id sent with every request", gateway.user_id),
            (_GATEWAY_VENDOR, "the back-end broker, e.g. KOTAK or INDIRA", gateway.vendor),
        )
        if not value
    ]
    for name, what in missing:
        problems.append(
            Problem(
                name,
                f"is not set but {_GATEWAY_BASE_URL} is: holdings and positions are read for one user of one "
                "vendor",
                f"set {name} ({what}), or unset {_GATEWAY_BASE_URL}",
                "vendor_gateway",
            )
        )
    return attrs.evolve(settings, vendor_gateway=None) if missing else settings


_KEY_FIX: Final = (
    f"point {_KALSHI_PRIVATE_KEY_PATH} at the .pem file Kalshi gave you when you created the API key "
    f"(or put its text in {_KALSHI_PRIVATE_KEY}, line breaks as \\n)"
)


def _load_kalshi_key(env: Mapping[str, str], problems: list[Problem]) -> KalshiPrivateKey | None:
    """Read and parse the Kalshi key now; a problem (never the key's text) when it cannot be used.

    Tried whenever exactly one key source is set, even if other Kalshi variables are wrong, so that one
    run lists every problem.
    """
    raw_path = _get(env, _KALSHI_PRIVATE_KEY_PATH)
    pem = _get(env, _KALSHI_PRIVATE_KEY)
    if (raw_path is None) == (pem is None):
        return None

    def problem(variable: str, message: str, fix: str = _KEY_FIX) -> None:
        problems.append(Problem(variable, message, fix, "kalshi"))

    if raw_path is not None:
        variable, path = _KALSHI_PRIVATE_KEY_PATH, _path(raw_path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            problem(variable, f"there is no file at {path}")
            return None
        except IsADirectoryError:
            problem(variable, f"{path} is a directory, not a key file")
            return None
        except PermissionError:
            problem(
                variable,
                f"{path} cannot be read by this user (permission denied)",
                "make the file readable by the user the server runs as (chmod 600, owned by that user)",
            )
            return None
        except OSError as exc:
            problem(variable, f"{path} cannot be read ({exc.strerror or type(exc).__name__})")
            return None
        what = f"{path}"
    else:
        assert pem is not None
        variable, data, what = _KALSHI_PRIVATE_KEY, pem.replace("\\n", "\n").encode(), "the key text"
    if b"-----BEGIN" not in data:
        problem(variable, f"{what} is not PEM (no -----BEGIN line)")
        return None
    if b"PRIVATE KEY-----" not in data:
        problem(variable, f"{what} holds no private key (a public key or certificate?)")
        return None

    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    password = _get(env, _KALSHI_PRIVATE_KEY_PASSWORD)
    try:
        key = serialization.load_pem_private_key(
            data, password=None if password is None else password.encode()
        )
    except TypeError:  # cryptography: a password was given for a plain key, or none for an encrypted one
        if password is None:
            problem(
                _KALSHI_PRIVATE_KEY_PASSWORD,
                f"is not set but the Kalshi private key ({what}) is encrypted",
                f"set {_KALSHI_PRIVATE_KEY_PASSWORD} to its password, or decrypt the key once: "
                "openssl pkey -in key.pem -out plain.pem",
            )
        else:
            problem(
                _KALSHI_PRIVATE_KEY_PASSWORD,
                f"is set but the Kalshi private key ({what}) is not encrypted",
                f"unset {_KALSHI_PRIVATE_KEY_PASSWORD}",
            )
        return None
    except (ValueError, UnsupportedAlgorithm):
        if password is not None and b"ENCRYPTED" in data:
            problem(
                _KALSHI_PRIVATE_KEY_PASSWORD,
                f"does not decrypt the Kalshi private key ({what}): wrong password?",
                f"set {_KALSHI_PRIVATE_KEY_PASSWORD} to the password the key was encrypted with",
            )
        else:
            problem(variable, f"{what} could not be parsed as a private key (damaged or truncated PEM?)")
        return None
    if not isinstance(key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey):
        kind = type(key).__name__.removeprefix("_").replace("PrivateKey", "")
        problem(variable, f"{what} is a {kind} key; Kalshi API keys are RSA or Ed25519")
        return None
    return key


def _checked(
    read: Callable[[Mapping[str, str]], _T],
    env: Mapping[str, str],
    problems: list[Problem],
    *,
    default_variable: str,
    broker: Broker | None = None,
) -> _T | None:
    """`read(env)`, or None with one problem per variable that makes it raise `ValueError`.

    Readers stop at their first bad value; to list every one, each BROKERSPEC_* variable is then tried
    alone (the others unset, i.e. at their defaults). Any ValueError counts, so a check added to a reader
    later is reported without changes here.
    """
    try:
        return read(env)
    except ValueError as first:
        error = first
    base = {k: v for k, v in env.items() if not k.startswith("BROKERSPEC_")}
    found = []
    for name in sorted(k for k in env if k.startswith("BROKERSPEC_") and k not in SECRET_VARIABLES):
        try:
            read({**base, name: env[name]})
        except ValueError as exc:
            found.append(_problem_from(exc, name, broker))
    problems.extend(found or [_problem_from(error, default_variable, broker)])
    return None


def _problem_from(exc: BaseException, default_variable: str, broker: Broker | None) -> Problem:
    """A `Problem` from another module's ValueError: the variable it names, its message, a generic fix."""
    text = " ".join(str(exc).split())
    named = _VARIABLE.search(text)
    variable = default_variable if named is None else named.group(0)
    if text.startswith(variable):
        text = text[len(variable) :].lstrip(" :=") or "is not valid"
    return Problem(variable, text, _fix_for(variable), broker)


_FIXES: Final[Mapping[str, str]] = {
    "BROKERSPEC_TRADING": 'set it to "1" to enable writes, or "0" / unset for read-only',
    "BROKERSPEC_ALLOW_LIVE": 'set it to "1" to allow live-money writes, or "0" / unset',
    "BROKERSPEC_MAX_ORDER_CONTRACTS": "set a positive whole number of contracts (default 100), or unset it",
    "BROKERSPEC_MAX_ORDER_DOLLARS": "set a positive dollar amount such as 50 (the default), or unset it",
    "BROKERSPEC_MAX_DAILY_DOLLARS": "set a positive dollar amount such as 200 (the default), or unset it",
    "BROKERSPEC_TOKEN_TTL_SECONDS": "set a positive whole number of seconds (default 300), or unset it",
}


def _fix_for(variable: str) -> str:
    if variable in _FIXES:
        return _FIXES[variable]
    if _is_rate_variable(variable):
        return "set a positive number of requests per second, or unset it for the broker's default"
    return "set it as the README's Configuration table describes, or unset it for the default"


def _state_problems(state_dir: Path, audit_path: Path) -> list[Problem]:
    """Paths that cannot work: a state directory that is a file, an audit log that is a directory."""
    found = []
    if state_dir.exists() and not state_dir.is_dir():
        found.append(
            Problem(
                "BROKERSPEC_STATE_DIR",
                f"{state_dir} is a file, not a directory (the daily ledger and preview state live there)",
                "point it at a directory (created if missing), or unset it for ~/.local/state/brokerspec",
            )
        )
    if audit_path.is_dir():
        found.append(
            Problem(
                "BROKERSPEC_AUDIT_LOG",
                f"{audit_path} is a directory, not a file",
                "point it at a file such as <dir>/audit.jsonl (created if missing), or unset it",
            )
        )
    return found


def _secret_values(env: Mapping[str, str]) -> list[str]:
    values = []
    for name in SECRET_VARIABLES:
        value = _get(env, name)
        if value:
            values.append(value)
            values.extend(
                line.strip() for line in value.replace("\\n", "\n").splitlines() if len(line.strip()) >= 8
            )
    for name in (_KALSHI_BASE_URL, _WEALTHY_BASE_URL, _GATEWAY_BASE_URL):
        value = _get(env, name)
        if value:
            parts = urlsplit(value)
            values.extend(v for v in (parts.password, parts.query, parts.fragment) if v)
    return values


def _redacted(text: str, env: Mapping[str, str], secrets: list[str] | None = None) -> str:
    """One line with no secret value of `env` in it (the shared redactor, plus the literal values)."""
    from brokerspec.redaction import redact

    known = _secret_values(env) if secrets is None else secrets
    return " ".join(redact(text, sorted(known, key=len, reverse=True)).split())


# --- the HTTP transport --------------------------------------------------------------------------------------


@attrs.frozen
class HttpSettings:
    """The HTTP transport's bearer token and the extra Host / Origin values it accepts."""

    token: str | None = attrs.field(default=None, repr=False)
    allowed_hosts: tuple[str, ...] = ()
    allowed_origins: tuple[str, ...] = ()


_HOST = re.compile(
    r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::(?:\d{1,5}|\*))?"
)


def read_http_settings(env: Mapping[str, str] | None = None) -> tuple[HttpSettings, list[Problem]]:
    """`BROKERSPEC_HTTP_*`: only `serve --http` and `brokerspec check` read them (stdio needs none)."""
    source: Mapping[str, str] = os.environ if env is None else env
    problems: list[Problem] = []
    token = _get(source, _HTTP_TOKEN)
    if token is not None and (len(token) < MIN_HTTP_TOKEN_LENGTH or re.search(r"\s", token)):
        problems.append(
            Problem(
                _HTTP_TOKEN,
                f"is {len(token)} characters"
                + (" with whitespace" if re.search(r"\s", token) else "")
                + f"; at least {MIN_HTTP_TOKEN_LENGTH} without whitespace are required",
                'generate one: python -c "import secrets; print(secrets.token_urlsafe(32))"',
            )
        )
        token = None
    hosts = []
    for entry in _comma_list(source, _HTTP_ALLOWED_HOSTS):
        if _HOST.fullmatch(entry) is None:
            problems.append(
                Problem(
                    _HTTP_ALLOWED_HOSTS,
                    f"{entry!r} is not a host name with an optional port (no scheme, path or wildcard host)",
                    "list the names clients use to reach the server, e.g. trader.example,trader.example:8750",
                )
            )
        else:
            hosts.append(entry)
    origins = []
    for entry in _comma_list(source, _HTTP_ALLOWED_ORIGINS):
        scheme, _, rest = entry.partition("://")
        if scheme not in ("http", "https") or _HOST.fullmatch(rest) is None:
            problems.append(
                Problem(
                    _HTTP_ALLOWED_ORIGINS,
                    f"{entry!r} is not an origin (scheme://host[:port], no path or wildcard host)",
                    "list the web origins allowed to call the server, e.g. https://trader.example",
                )
            )
        else:
            origins.append(entry)
    return HttpSettings(token=token, allowed_hosts=tuple(hosts), allowed_origins=tuple(origins)), problems


def _comma_list(env: Mapping[str, str], name: str) -> list[str]:
    return [item.strip().lower() for item in (env.get(name) or "").split(",") if item.strip()]
