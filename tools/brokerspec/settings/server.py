"""The server's own settings besides the trading limits: audit log, rate-limit overrides, HTTP transport, sandbox.

    BROKERSPEC_AUDIT_LOG            audit file, default <state dir>/audit.jsonl
    BROKERSPEC_AUDIT_MAX_BYTES      rotate before the file passes this size: bytes or KiB/MiB/GiB (10MiB)
    BROKERSPEC_AUDIT_KEEP           rotated files kept (10)
    BROKERSPEC_<BROKER>_READS_PER_SECOND / _WRITES_PER_SECOND   refill of the client's read / write token
                                    bucket, tokens per second (default: the broker's budget; Kalshi: read
                                    from the key at first use, else Basic 200 / 100; a Kalshi request costs
                                    10 tokens, cancels and single-order reads 2; Wealthy and the gateway 1)
    BROKERSPEC_HTTP_TOKEN, _HTTP_ALLOWED_HOSTS, _HTTP_ALLOWED_ORIGINS   the HTTP transport (`serve --http`)

The audit and rate readers raise a one-line `SettingsError` naming the variable; the HTTP reader lists its
problems, which only `serve --http` and `brokerspec check` report (stdio needs none of it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from brokerspec.settings import variables as v
from brokerspec.settings.problems import Problem, SettingsError
from brokerspec.settings.safety import read_state_dir

__all__ = [
    "DEFAULT_AUDIT_KEEP",
    "DEFAULT_AUDIT_MAX_BYTES",
    "MIN_HTTP_TOKEN_LENGTH",
    "AuditSettings",
    "HttpSettings",
    "RateOverrides",
    "read_audit",
    "read_audit_path",
    "read_http",
    "read_rate_overrides",
    "read_sandbox",
    "state_problems",
]

# --- the audit log ------------------------------------------------------------------------------------------

#: Rotate before the file would pass this size (a single larger line gets a file of its own).
DEFAULT_AUDIT_MAX_BYTES: Final = 10 * 1024 * 1024
#: Rotated files kept besides the current one: `audit.jsonl.1` (newest) ... `audit.jsonl.10` (oldest).
DEFAULT_AUDIT_KEEP: Final = 10
# From the environment, a size below this is almost surely a unit mistake ("10" meant as MiB), and
# would quietly shrink the history to a few lines; the log itself accepts any size (tests use tiny ones).
_MIN_ENV_MAX_BYTES: Final = 64 * 1024
_SIZE_UNITS: Final = {"": 1, "kib": 1024, "mib": 1024**2, "gib": 1024**3}
_SIZE = re.compile(r"(?i)^\s*(\d+)\s*([a-z]*)\s*$")


def _positive_int(_inst: object, attr: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SettingsError(f"{attr.name} must be a positive whole number, not {value!r}")


@attrs.frozen
class AuditSettings:
    """Where the audit log is and how it rotates (`brokerspec.policy.audit.AuditLog.from_settings`)."""

    path: Path = attrs.field(converter=Path)
    max_bytes: int = attrs.field(default=DEFAULT_AUDIT_MAX_BYTES, validator=_positive_int)
    keep: int = attrs.field(default=DEFAULT_AUDIT_KEEP, validator=_positive_int)


def read_audit_path(env: Mapping[str, str]) -> Path:
    """`BROKERSPEC_AUDIT_LOG`, else `audit.jsonl` in the state directory."""
    explicit = env.get(v.AUDIT_LOG, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    return read_state_dir(env) / "audit.jsonl"


def _env_max_bytes(env: Mapping[str, str]) -> int:
    raw = env.get(v.AUDIT_MAX_BYTES, "").strip()
    if not raw:
        return DEFAULT_AUDIT_MAX_BYTES
    match = _SIZE.match(raw)
    unit = match.group(2).lower() if match else ""
    if match is None or unit not in _SIZE_UNITS:
        raise SettingsError(
            f"{v.AUDIT_MAX_BYTES}={raw!r} is not a size: give whole bytes or a whole number of KiB/MiB/GiB "
            f"(e.g. 10MiB), or unset it for the default {DEFAULT_AUDIT_MAX_BYTES // 1024**2}MiB"
        )
    value = int(match.group(1)) * _SIZE_UNITS[unit]
    if value < _MIN_ENV_MAX_BYTES:
        raise SettingsError(
            f"{v.AUDIT_MAX_BYTES}={raw!r} is below the minimum of {_MIN_ENV_MAX_BYTES // 1024}KiB "
            f"(the value is in bytes): set e.g. 10MiB, or unset it for the default"
        )
    return value


def _env_keep(env: Mapping[str, str]) -> int:
    raw = env.get(v.AUDIT_KEEP, "").strip()
    if not raw:
        return DEFAULT_AUDIT_KEEP
    if not raw.isdigit() or int(raw) < 1:
        raise SettingsError(
            f"{v.AUDIT_KEEP}={raw!r} must be a whole number of rotated files, at least 1: "
            f"set e.g. {DEFAULT_AUDIT_KEEP}, or unset it for the default"
        )
    return int(raw)


def read_audit(env: Mapping[str, str]) -> AuditSettings:
    """The audit log's path and rotation; a bad value raises `SettingsError`."""
    return AuditSettings(read_audit_path(env), max_bytes=_env_max_bytes(env), keep=_env_keep(env))


def state_problems(state_dir: Path, audit_path: Path) -> list[Problem]:
    """Paths that cannot work: a state directory that is a file, an audit log that is a directory."""
    found = []
    if state_dir.exists() and not state_dir.is_dir():
        found.append(
            Problem(
                v.STATE_DIR,
                f"{state_dir} is a file, not a directory (the daily ledger and preview state live there)",
                "point it at a directory (created if missing), or unset it for ~/.local/state/brokerspec",
            )
        )
    if audit_path.is_dir():
        found.append(
            Problem(
                v.AUDIT_LOG,
                f"{audit_path} is a directory, not a file",
                "point it at a file such as <dir>/audit.jsonl (created if missing), or unset it",
            )
        )
    return found


# --- rate limits --------------------------------------------------------------------------------------------


@attrs.frozen
class RateOverrides:
    """The environment's refill rates (tokens per second) of one broker's read and write buckets.

    None keeps the broker's budget (Kalshi's as read from `GET /account/limits`, else the profile's); a rate
    given wins over both, and its bucket keeps its burst length (Kalshi: reads 1 s, writes 2 s of refill).
    """

    reads_per_second: float | None = None
    writes_per_second: float | None = None


def read_rate_overrides(broker: str, env: Mapping[str, str]) -> RateOverrides:
    """`BROKERSPEC_<BROKER>_READS_PER_SECOND` / `_WRITES_PER_SECOND`; a bad value raises `SettingsError`.

    Rates are tokens per second (a Kalshi request costs 10 by default, so 200 is 20 plain reads a second);
    `brokerspec.http.ratelimit.RateLimits.with_overrides` applies them.
    """
    rates: dict[str, float | None] = {}
    for kind in ("reads", "writes"):
        name = v.rate_variable(broker, kind)
        raw = env.get(name, "").strip()
        if not raw:
            rates[kind] = None
            continue
        try:
            rate = float(raw)
        except ValueError:
            raise SettingsError(f"{name} must be a number, not {raw!r}") from None
        if not rate > 0:
            raise SettingsError(f"{name} must be > 0")
        rates[kind] = rate
    return RateOverrides(reads_per_second=rates["reads"], writes_per_second=rates["writes"])


# --- the HTTP transport -------------------------------------------------------------------------------------

#: The shortest bearer token the HTTP transport accepts (32 characters ~ 190 bits of urlsafe base64).
MIN_HTTP_TOKEN_LENGTH: Final = 32

_HOST = re.compile(
    r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::(?:\d{1,5}|\*))?"
)


@attrs.frozen
class HttpSettings:
    """The HTTP transport's bearer token and the extra Host / Origin values it accepts."""

    token: str | None = attrs.field(default=None, repr=False)
    allowed_hosts: tuple[str, ...] = ()
    allowed_origins: tuple[str, ...] = ()


def read_http(env: Mapping[str, str], problems: list[Problem]) -> HttpSettings:
    """`BROKERSPEC_HTTP_*`, a problem per bad value (a bad token is dropped, a bad entry left out)."""
    token = v.get(env, v.HTTP_TOKEN)
    if token is not None and (len(token) < MIN_HTTP_TOKEN_LENGTH or re.search(r"\s", token)):
        problems.append(
            Problem(
                v.HTTP_TOKEN,
                f"is {len(token)} characters"
                + (" with whitespace" if re.search(r"\s", token) else "")
                + f"; at least {MIN_HTTP_TOKEN_LENGTH} without whitespace are required",
                'generate one: python -c "import secrets; print(secrets.token_urlsafe(32))"',
            )
        )
        token = None
    hosts = []
    for entry in _comma_list(env, v.HTTP_ALLOWED_HOSTS):
        if _HOST.fullmatch(entry) is None:
            problems.append(
                Problem(
                    v.HTTP_ALLOWED_HOSTS,
                    f"{entry!r} is not a host name with an optional port (no scheme, path or wildcard host)",
                    "list the names clients use to reach the server, e.g. trader.example,trader.example:8750",
                )
            )
        else:
            hosts.append(entry)
    origins = []
    for entry in _comma_list(env, v.HTTP_ALLOWED_ORIGINS):
        scheme, _, rest = entry.partition("://")
        if scheme not in ("http", "https") or _HOST.fullmatch(rest) is None:
            problems.append(
                Problem(
                    v.HTTP_ALLOWED_ORIGINS,
                    f"{entry!r} is not an origin (scheme://host[:port], no path or wildcard host)",
                    "list the web origins allowed to call the server, e.g. https://trader.example",
                )
            )
        else:
            origins.append(entry)
    return HttpSettings(token=token, allowed_hosts=tuple(hosts), allowed_origins=tuple(origins))


def _comma_list(env: Mapping[str, str], name: str) -> list[str]:
    return [item.strip().lower() for item in (env.get(name) or "").split(",") if item.strip()]


# --- the sandbox flag ---------------------------------------------------------------------------------------


def read_sandbox(env: Mapping[str, str]) -> bool:
    """BROKERSPEC_SANDBOX="1": loopback broker URLs are the sandbox (never a real exchange's URL)."""
    return env.get(v.SANDBOX) == "1"
