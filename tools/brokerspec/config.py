"""The only reader of the environment: `read_configuration` turns it into one frozen settings tree.

One place decides what the environment means, so the MCP server, the CLI and scripts agree. The settings
types and their parsers (pure functions of a plain mapping) are in `brokerspec.settings`; this module hands
them `os.environ`, once per call, and collects what they find. The import stays cheap (an MCP host spawns
the server per session): cryptography loads only when a Kalshi key is parsed, httpx never.

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
    BROKERSPEC_TRADING                  "1" enables writes; unset/"0" = read-only (the default)
    BROKERSPEC_ALLOW_LIVE               "1" additionally allows writes to production (live money)
    BROKERSPEC_MAX_ORDER_CONTRACTS      per-order contracts, default 100
    BROKERSPEC_MAX_ORDER_DOLLARS        per-order worst-case dollars (fees included), default 50
    BROKERSPEC_MAX_DAILY_DOLLARS        worst-case dollars placed per UTC day, default 200
    BROKERSPEC_TICKER_ALLOWLIST         comma-separated tickers (case-insensitive); empty = any
    BROKERSPEC_STATE_DIR                default $XDG_STATE_HOME/brokerspec or ~/.local/state/brokerspec
    BROKERSPEC_TOKEN_TTL_SECONDS        preview token lifetime, default 300
    BROKERSPEC_CONFIRM                  human | token: who confirms a placement (default human; token in the sandbox)
    BROKERSPEC_MAX_DAILY_DOLLARS_PER_SUBJECT  worst-case dollars per UTC day per OAuth subject (default: none)
    BROKERSPEC_DATABASE_URL             postgresql://... shared state of every replica (default: SQLite in the state dir)
    BROKERSPEC_REDIS_URL                redis://... token buckets shared by every replica (default: in process)
    BROKERSPEC_AUDIT_LOG                audit file, default <state dir>/audit.jsonl
    BROKERSPEC_AUDIT_MAX_BYTES          rotate the audit log before it passes this size (default 10MiB)
    BROKERSPEC_AUDIT_KEEP               rotated audit files kept (default 10)
    BROKERSPEC_<BROKER>_READS_PER_SECOND, ..._WRITES_PER_SECOND   token refill per second (default: the broker's)
    BROKERSPEC_HTTP_TOKEN               bearer token of the HTTP transport (secret, 32+ characters)
    BROKERSPEC_HTTP_ALLOWED_HOSTS       extra Host header values the HTTP transport accepts (comma list)
    BROKERSPEC_HTTP_ALLOWED_ORIGINS     extra Origin header values the HTTP transport accepts (comma list)
    BROKERSPEC_OAUTH_ISSUER             OAuth authorization server (issuer URL); enables OAuth on HTTP
    BROKERSPEC_OAUTH_RESOURCE_URL       this server's MCP URL, the tokens' audience
    BROKERSPEC_OAUTH_JWKS_URL           the issuer's JWKS (default: from the issuer's metadata)
    BROKERSPEC_OAUTH_REQUIRED_SCOPES    scopes every request needs (default brokerspec:read)
    BROKERSPEC_TOKEN_KEY                preview-token key shared by replicas (secret; required when stateless)

and the sandbox flag `brokerspec demo` sets for its server (`brokerspec.settings.variables.SANDBOX`).

`read_configuration` is what the server and `brokerspec check` use: it returns what is usable together with
a list of `Problem`s instead of raising, so a misconfigured server still starts and says what is wrong.
`read_settings` is the brokers alone, raising `ConfigError` (what a client factory called without settings
uses).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from brokerspec.settings import variables as v
from brokerspec.settings.broker_env import read_brokers, server_requirements
from brokerspec.settings.brokers import Settings, without_broker_settings
from brokerspec.settings.keys import load_kalshi_key
from brokerspec.settings.problems import ConfigError, Problem, checked, redacted, shown
from brokerspec.settings.remote import OAuthSettings, read_oauth, read_token_key
from brokerspec.settings.safety import SafetySettings, read_safety, read_state_dir, trading_requested
from brokerspec.settings.server import (
    AuditSettings,
    HttpSettings,
    RateOverrides,
    read_audit,
    read_audit_path,
    read_http,
    read_rate_overrides,
    read_sandbox,
    state_problems,
)
from brokerspec.settings.storage import StorageSettings, read_storage
from brokerspec.settings.variables import BROKERS, Broker

if TYPE_CHECKING:
    from brokerspec.settings.keys import KalshiPrivateKey

__all__ = ["Configuration", "read_configuration", "read_settings"]


@attrs.frozen
class Configuration:
    """Everything the environment says, checked: the settings tree `read_configuration` returns.

    A broker with a problem is None in `settings` (its tools answer `invalid_configuration`); a server-wide
    problem (`Problem.broker` None: safety switches, limits, audit log, state directory) leaves the safe
    defaults in `safety` and makes the server refuse every write until it is fixed. The HTTP transport's
    problems are apart (`http_problems`): only `serve --http` and `brokerspec check` report them.
    """

    settings: Settings
    safety: SafetySettings
    audit: AuditSettings
    rate_overrides: Mapping[Broker, RateOverrides]
    http: HttpSettings = attrs.field(factory=HttpSettings)
    #: BROKERSPEC_OAUTH_*: the HTTP transport is an OAuth 2.1 resource server (None: not configured).
    oauth: OAuthSettings | None = None
    #: Where shared state lives (PostgreSQL, Redis); unset: SQLite in the state directory, limits in process.
    storage: StorageSettings = attrs.field(factory=StorageSettings)
    #: BROKERSPEC_SANDBOX="1": loopback broker URLs are labelled "sandbox".
    sandbox: bool = False
    #: BROKERSPEC_TRADING is set to anything but "0" (even a bad value): serving HTTP then needs a token.
    trading_requested: bool = False
    kalshi_key: KalshiPrivateKey | None = attrs.field(default=None, repr=False)
    problems: tuple[Problem, ...] = ()
    http_problems: tuple[Problem, ...] = ()

    def problems_of(self, broker: Broker | str | None) -> tuple[Problem, ...]:
        """The problems that disable `broker` (None: the server-wide ones)."""
        return tuple(p for p in self.problems if p.broker == broker)

    @property
    def writes_blocked(self) -> bool:
        """A server-wide problem: every write is refused (the limits or switches may not be what was meant)."""
        return bool(self.problems_of(None))


def read_configuration(
    env: Mapping[str, str] | None = None, *, broker_env: Mapping[str, str] | None = None
) -> Configuration:
    """Read and check the whole environment (`os.environ` unless `env` is given) once.

    `broker_env`, when given, replaces every broker variable of `env` (`{}` for `serve --sandbox` before the
    sandbox runs, the sandbox's own variables once it does); the other variables still come from `env`.

    Never raises for a bad value: each one becomes a `Problem` naming the variable, what is wrong and the fix.
    The Kalshi key is loaded here (PEM parsed, password applied), so a bad key is a problem now rather than
    a failure at the first call. The readers that raise `ValueError` (safety, rate limits, audit log) are
    reported through `checked`, one problem per bad variable.
    """
    source: Mapping[str, str] = os.environ if env is None else env
    if broker_env is not None:
        source = {**without_broker_settings(source), **broker_env}
    problems: list[Problem] = []
    settings = server_requirements(read_brokers(source, problems), problems)
    kalshi_key = load_kalshi_key(source, problems)
    if settings.kalshi is None:
        kalshi_key = None
    elif kalshi_key is None:
        settings = attrs.evolve(settings, kalshi=None)

    rate_overrides: dict[Broker, RateOverrides] = {}
    for broker in BROKERS:
        overrides = checked(
            functools.partial(read_rate_overrides, broker),
            source,
            problems,
            broker=broker,
            default_variable=v.rate_variable(broker, "reads"),
        )
        rate_overrides[broker] = RateOverrides() if overrides is None else overrides
        if overrides is None:
            settings = attrs.evolve(settings, **{broker: None})

    safety = checked(read_safety, source, problems, default_variable=v.TRADING)
    if safety is None:  # read-only with the default limits; writes are refused anyway
        safety = SafetySettings(state_dir=read_state_dir(source))
    token_key = checked(read_token_key, source, problems, default_variable=v.TOKEN_KEY)
    if token_key is not None:
        safety = attrs.evolve(safety, token_key=token_key)
    audit = checked(read_audit, source, problems, default_variable=v.AUDIT_LOG)
    if audit is None:
        audit = AuditSettings(read_audit_path(source))
    problems.extend(state_problems(safety.state_dir, audit.path))
    storage = read_storage(source, problems)
    http_problems: list[Problem] = []
    http = read_http(source, http_problems)
    oauth = read_oauth(source, http_problems)
    return Configuration(
        settings=settings,
        safety=safety,
        audit=audit,
        rate_overrides=rate_overrides,
        http=http,
        oauth=oauth,
        storage=storage,
        sandbox=read_sandbox(source),
        trading_requested=trading_requested(source),
        kalshi_key=kalshi_key,
        problems=shown(problems, source),
        http_problems=tuple(http_problems),
    )


def read_settings(env: Mapping[str, str] | None = None) -> Settings:
    """The brokers' settings alone (from `os.environ` unless `env` is given).

    A broker with none of its variables set is simply not configured; a broker with some of them set
    wrongly raises `ConfigError` naming every problem at once, so a typo is never mistaken for "off".
    """
    source: Mapping[str, str] = os.environ if env is None else env
    problems: list[Problem] = []
    settings = read_brokers(source, problems)
    if problems:
        raise ConfigError("; ".join(redacted(str(p), source) for p in problems), problems)
    return settings


def child_environment(overrides: Mapping[str, str]) -> dict[str, str]:
    """The environment for a child process (the demo's `brokerspec serve`): this process's own, minus every
    `BROKERSPEC_*` variable, plus `overrides` — so a developer's real settings never leak into a sandbox run."""
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("BROKERSPEC_")}
    return {**inherited, **overrides}
