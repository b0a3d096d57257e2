"""What is wrong with the environment: `Problem`s, the errors settings raise, and problem text without secrets.

Settings parsers either append `Problem`s (brokers, the Kalshi key, the HTTP transport: each check has its own
message and fix) or raise a one-line `SettingsError` naming the variable (safety limits, audit rotation, rate
limits); `checked` turns the latter into problems, one per bad variable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Final, TypeVar
from urllib.parse import urlsplit

import attrs

from brokerspec.redaction import redact
from brokerspec.settings import variables as v
from brokerspec.settings.variables import Broker

__all__ = ["ConfigError", "Problem", "SettingsError", "checked", "problem_from", "redacted"]

_VARIABLE = re.compile(r"\bBROKERSPEC_[A-Z0-9_]+\b")
_T = TypeVar("_T")


class ConfigError(ValueError):
    """The environment names a broker but its settings are incomplete or invalid."""

    def __init__(self, message: str, problems: Iterable[Problem] = ()) -> None:
        super().__init__(message)
        self.problems: tuple[Problem, ...] = tuple(problems)


class SettingsError(ValueError):
    """An environment variable has a value we refuse to guess about."""


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


def checked(
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
    base = {k: value for k, value in env.items() if not k.startswith("BROKERSPEC_")}
    found = []
    for name in sorted(k for k in env if k.startswith("BROKERSPEC_") and k not in v.SECRET_VARIABLES):
        try:
            read({**base, name: env[name]})
        except ValueError as exc:
            found.append(problem_from(exc, name, broker))
    problems.extend(found or [problem_from(error, default_variable, broker)])
    return None


def problem_from(exc: BaseException, default_variable: str, broker: Broker | None) -> Problem:
    """A `Problem` from a ValueError: the variable it names, its message, a generic fix."""
    text = " ".join(str(exc).split())
    named = _VARIABLE.search(text)
    variable = default_variable if named is None else named.group(0)
    if text.startswith(variable):
        text = text[len(variable) :].lstrip(" :=") or "is not valid"
    return Problem(variable, text, _fix_for(variable), broker)


_FIXES: Final[Mapping[str, str]] = {
    v.TRADING: 'set it to "1" to enable writes, or "0" / unset for read-only',
    v.ALLOW_LIVE: 'set it to "1" to allow live-money writes, or "0" / unset',
    v.MAX_ORDER_CONTRACTS: "set a positive whole number of contracts (default 100), or unset it",
    v.MAX_ORDER_DOLLARS: "set a positive dollar amount such as 50 (the default), or unset it",
    v.MAX_DAILY_DOLLARS: "set a positive dollar amount such as 200 (the default), or unset it",
    v.TOKEN_TTL_SECONDS: "set a positive whole number of seconds (default 300), or unset it",
    v.CONFIRM: 'set "human" or "token", or unset it for the default (human; token in the sandbox)',
    v.MAX_DAILY_DOLLARS_PER_SUBJECT: "set a positive dollar amount such as 50, or unset it for no per-subject limit",
}


def _fix_for(variable: str) -> str:
    if variable in _FIXES:
        return _FIXES[variable]
    if v.is_rate_variable(variable):
        return "set a positive number of requests per second, or unset it for the broker's default"
    return "set it as the README's Configuration table describes, or unset it for the default"


def secret_values(env: Mapping[str, str]) -> list[str]:
    """The literal secrets of `env`: secret variables (and their long lines), URLs' passwords and queries."""
    values = []
    for name in v.SECRET_VARIABLES:
        value = v.get(env, name)
        if value:
            values.append(value)
            values.extend(
                line.strip() for line in value.replace("\\n", "\n").splitlines() if len(line.strip()) >= 8
            )
    for name in v.URL_VARIABLES:
        value = v.get(env, name)
        if value:
            parts = urlsplit(value)
            values.extend(part for part in (parts.password, parts.query, parts.fragment) if part)
    return values


def redacted(text: str, env: Mapping[str, str], secrets: list[str] | None = None) -> str:
    """One line with no secret value of `env` in it (the shared redactor, plus the literal values)."""
    known = secret_values(env) if secrets is None else secrets
    return " ".join(redact(text, sorted(known, key=len, reverse=True)).split())


def shown(problems: Iterable[Problem], env: Mapping[str, str]) -> tuple[Problem, ...]:
    """`problems` with every secret value of `env` scrubbed from their messages and fixes."""
    secrets = secret_values(env)
    return tuple(
        attrs.evolve(p, message=redacted(p.message, env, secrets), fix=redacted(p.fix, env, secrets))
        for p in problems
    )
