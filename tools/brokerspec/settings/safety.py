"""The trading policy's settings: switches, limits, token lifetime, and where state lives.

    BROKERSPEC_TRADING              "1" enables writes; unset/"0" = read-only (the default)
    BROKERSPEC_ALLOW_LIVE           "1" additionally allows writes to production (live money)
    BROKERSPEC_MAX_ORDER_CONTRACTS  per-order contracts, default 100
    BROKERSPEC_MAX_ORDER_DOLLARS    per-order worst-case dollars (fees included), default 50
    BROKERSPEC_MAX_DAILY_DOLLARS    worst-case dollars placed per UTC day, default 200
    BROKERSPEC_MAX_DAILY_DOLLARS_PER_SUBJECT  the same per OAuth subject, on top of the global one (default: none)
    BROKERSPEC_TICKER_ALLOWLIST     comma-separated tickers (case-insensitive); empty = any
    BROKERSPEC_STATE_DIR            default $XDG_STATE_HOME/brokerspec or ~/.local/state/brokerspec
    BROKERSPEC_TOKEN_TTL_SECONDS    preview token lifetime, default 300
    BROKERSPEC_CONFIRM              human | token: who must confirm a placement (default: human, but
                                    token for the sandbox); see `SafetySettings.confirmation`

`read_safety` raises a one-line `SettingsError` naming the variable at the first bad value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final, Literal

import attrs

from brokerspec.domain.money import DOLLARS, decimal_text
from brokerspec.settings import variables as v
from brokerspec.settings.problems import SettingsError

__all__ = [
    "CONFIRM_POLICIES",
    "DEFAULTS",
    "ConfirmPolicy",
    "SafetySettings",
    "environment_path",
    "read_safety",
    "read_state_dir",
    "trading_requested",
]

#: Defaults of the limits, small on purpose: a first run should not be able to lose much.
DEFAULTS: Final[Mapping[str, Any]] = {
    "max_order_contracts": 100,
    "max_order_dollars": Decimal("50"),
    "max_daily_dollars": Decimal("200"),
    "token_ttl_seconds": 300,
}


#: Who must confirm a placement: a human act the model cannot produce, or the preview token alone.
ConfirmPolicy = Literal["human", "token"]
CONFIRM_POLICIES: Final[tuple[ConfirmPolicy, ...]] = ("human", "token")


def read_state_dir(env: Mapping[str, str]) -> Path:
    """Where state (ledger, audit log) lives: BROKERSPEC_STATE_DIR, else the XDG state directory."""
    explicit = env.get(v.STATE_DIR, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    xdg = env.get("XDG_STATE_HOME", "").strip()
    if xdg and Path(xdg).is_absolute():  # the XDG spec says to ignore relative paths
        return Path(xdg) / "brokerspec"
    home = env.get("HOME", "").strip()
    return (Path(home) if home else Path.home()) / ".local" / "state" / "brokerspec"


def environment_path(path: Path, environment: str) -> Path:
    """The file of `environment` for a state file configured as `path`: production keeps the configured
    name, every other environment gets its own file beside it (`audit.jsonl` -> `audit.sandbox.jsonl`,
    `daily_ledger.json` -> `daily_ledger.demo.json`), so play money never mixes with real money."""
    if environment == "production":
        return path
    return path.with_name(f"{path.stem}.{environment}{path.suffix}")


def trading_requested(env: Mapping[str, str]) -> bool:
    """BROKERSPEC_TRADING is set to anything but "0", valid or not: someone means to trade."""
    return env.get(v.TRADING, "").strip() not in ("", "0")


def _env_switch(env: Mapping[str, str], name: str) -> bool:
    # Only "1" turns a safety switch on; anything unexpected is an error rather than a guess.
    raw = env.get(name, "").strip()
    if raw in ("", "0"):
        return False
    if raw == "1":
        return True
    raise SettingsError(f'{name}={raw!r}: set it to "1" to enable, or "0"/unset to disable')


def _env_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a whole number") from None
    if value <= 0:
        raise SettingsError(f"{name}={raw!r} must be positive")
    return value


def _env_dollars(env: Mapping[str, str], name: str, default: Decimal) -> Decimal:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise SettingsError(f"{name}={raw!r} is not a dollar amount") from None
    if not value.is_finite() or value <= 0:
        raise SettingsError(f"{name}={raw!r} must be a positive dollar amount")
    return value


def _env_confirm(env: Mapping[str, str]) -> ConfirmPolicy | None:
    raw = env.get(v.CONFIRM, "").strip()
    if not raw:
        return None
    if raw.lower() not in CONFIRM_POLICIES:
        raise SettingsError(f'{v.CONFIRM}={raw!r} is neither "human" nor "token"')
    return "human" if raw.lower() == "human" else "token"


def _normalize_allowlist(tickers: Iterable[str]) -> frozenset[str]:
    # Kalshi tickers are upper case; comparing upper-cased spares a human a silent mismatch.
    return frozenset(t.strip().upper() for t in tickers if t.strip())


def _to_dollars(value: Decimal | int | str) -> Decimal:
    # Limits are compared with Decimal costs; a float limit would make that comparison inexact.
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise SettingsError(f"a dollar limit must be a Decimal, int or decimal string, not {value!r}")
    try:
        return Decimal(value)
    except InvalidOperation:
        raise SettingsError(f"{value!r} is not a dollar amount") from None


def _positive(_inst: object, attr: attrs.Attribute[Any], value: int | Decimal) -> None:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise SettingsError(f"{attr.name} must be a positive number, not {value!r}")
    if isinstance(value, Decimal) and not value.is_finite():
        raise SettingsError(f"{attr.name} must be a finite number, not {value!r}")
    if value <= 0:
        raise SettingsError(f"{attr.name} must be positive, not {value!r}")


@attrs.frozen
class SafetySettings:
    """The policy knobs, read once at startup (see the module docstring for the variables).

    `state_dir` has no default: where the daily ledger lives is the environment's to say (`read_state_dir`).
    """

    trading_enabled: bool = False
    allow_live: bool = False
    max_order_contracts: int = attrs.field(default=DEFAULTS["max_order_contracts"], validator=_positive)
    max_order_dollars: Decimal = attrs.field(
        default=DEFAULTS["max_order_dollars"], converter=_to_dollars, validator=_positive
    )
    max_daily_dollars: Decimal = attrs.field(
        default=DEFAULTS["max_daily_dollars"], converter=_to_dollars, validator=_positive
    )
    ticker_allowlist: frozenset[str] = attrs.field(default=frozenset(), converter=_normalize_allowlist)
    state_dir: Path = attrs.field(kw_only=True, converter=Path)
    token_ttl_seconds: int = attrs.field(default=DEFAULTS["token_ttl_seconds"], validator=_positive)
    #: BROKERSPEC_CONFIRM; None: the environment's default (`confirmation`).
    confirm: ConfirmPolicy | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(CONFIRM_POLICIES))
    )

    def confirmation(self, environment: str) -> ConfirmPolicy:
        """Who must confirm a placement in `environment`: BROKERSPEC_CONFIRM when set, else `human`
        (production and demo: a person, through a channel the model cannot use) or `token` (the
        sandbox: the preview token alone, so tests and the demo run unattended)."""
        if self.confirm is not None:
            return self.confirm
        return "token" if environment == "sandbox" else "human"

    #: BROKERSPEC_TOKEN_KEY (`settings.remote.read_token_key`): one preview-token key for every replica.
    token_key: bytes | None = attrs.field(default=None, repr=False)
    #: Each OAuth subject's own worst-case dollars per UTC day, on top of `max_daily_dollars` (None: no such limit).
    max_daily_dollars_per_subject: Decimal | None = attrs.field(
        default=None,
        converter=attrs.converters.optional(_to_dollars),
        validator=attrs.validators.optional(_positive),
        kw_only=True,
    )

    @property
    def mode(self) -> Literal["read_only", "trading"]:
        """What a `capabilities` tool reports."""
        return "trading" if self.trading_enabled else "read_only"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary for the `capabilities` tool (no secrets live here)."""
        return {
            "mode": self.mode,
            "live_trading_allowed": self.trading_enabled and self.allow_live,
            "max_order_contracts": self.max_order_contracts,
            "max_order_dollars": _money(self.max_order_dollars),
            "max_daily_dollars": _money(self.max_daily_dollars),
            "ticker_allowlist": sorted(self.ticker_allowlist) or None,
            "token_ttl_seconds": self.token_ttl_seconds,
        }


def _money(value: Decimal) -> str:
    return decimal_text(value, DOLLARS)


def read_safety(env: Mapping[str, str]) -> SafetySettings:
    """The documented BROKERSPEC_* variables; unset means the safe default, a bad value a `SettingsError`."""
    return SafetySettings(
        trading_enabled=_env_switch(env, v.TRADING),
        allow_live=_env_switch(env, v.ALLOW_LIVE),
        max_order_contracts=_env_int(env, v.MAX_ORDER_CONTRACTS, DEFAULTS["max_order_contracts"]),
        max_order_dollars=_env_dollars(env, v.MAX_ORDER_DOLLARS, DEFAULTS["max_order_dollars"]),
        max_daily_dollars=_env_dollars(env, v.MAX_DAILY_DOLLARS, DEFAULTS["max_daily_dollars"]),
        ticker_allowlist=_normalize_allowlist(env.get(v.TICKER_ALLOWLIST, "").split(",")),
        state_dir=read_state_dir(env),
        token_ttl_seconds=_env_int(env, v.TOKEN_TTL_SECONDS, DEFAULTS["token_ttl_seconds"]),
        confirm=_env_confirm(env),
        max_daily_dollars_per_subject=(
            _env_dollars(env, v.MAX_DAILY_DOLLARS_PER_SUBJECT, Decimal(0))
            if v.get(env, v.MAX_DAILY_DOLLARS_PER_SUBJECT)
            else None
        ),
    )
