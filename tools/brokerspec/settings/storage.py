"""Where shared state lives: the database and the Redis server of a team's replicas.

    BROKERSPEC_DATABASE_URL   postgresql://user:password@host:port/db (secret password): the ledger, used preview
                              tokens, audit lines and route cache shared by every replica; unset: the SQLite
                              file in the state directory (one machine)
    BROKERSPEC_REDIS_URL      redis://[:password@]host:port/db or rediss://...: the token buckets of each broker
                              key shared by every replica; unset: rate limits stay in this process

A malformed URL is a server-wide problem (writes refused): the replicas were meant to share state, and a
private fallback would let each of them spend the whole daily limit and rate budget. Messages never carry
the password (`problems.shown` scrubs it; the URL itself is never echoed whole).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final
from urllib.parse import urlsplit

import attrs

from brokerspec.settings import variables as v
from brokerspec.settings.problems import Problem

__all__ = ["StorageSettings", "read_storage"]

_DATABASE_SCHEMES: Final = ("postgresql", "postgres")
_REDIS_SCHEMES: Final = ("redis", "rediss", "unix")


@attrs.frozen
class StorageSettings:
    """The database URL (None: SQLite in the state directory) and the Redis URL (None: in-process limits)."""

    database_url: str | None = attrs.field(default=None, repr=False)
    redis_url: str | None = attrs.field(default=None, repr=False)

    @property
    def engine(self) -> str:
        return "postgresql" if self.database_url else "sqlite"


def _url_problem(name: str, raw: str, schemes: tuple[str, ...], example: str) -> Problem | None:
    try:
        parts = urlsplit(raw)
        port = parts.port  # raises ValueError for a bad port
    except ValueError:
        return Problem(name, "is not a URL (its host or port cannot be read)", f"set it like {example}")
    del port
    if parts.scheme not in schemes:
        shown = parts.scheme or "none"
        return Problem(
            name,
            f"has the scheme {shown!r}; expected {' or '.join(s + '://' for s in schemes)}",
            f"set it like {example}",
        )
    if parts.scheme != "unix" and not parts.hostname and "host=" not in parts.query:
        return Problem(name, "names no host", f"set it like {example}")
    return None


def read_storage(env: Mapping[str, str], problems: list[Problem]) -> StorageSettings:
    """`BROKERSPEC_DATABASE_URL` and `BROKERSPEC_REDIS_URL`; a problem per malformed one (then left out)."""
    database = v.get(env, v.DATABASE_URL)
    if database is not None:
        problem = _url_problem(
            v.DATABASE_URL,
            database,
            _DATABASE_SCHEMES,
            "postgresql://brokerspec:PASSWORD@db.internal:5432/brokerspec",
        )
        if problem is not None:
            problems.append(problem)
            database = None
    redis = v.get(env, v.REDIS_URL)
    if redis is not None:
        problem = _url_problem(v.REDIS_URL, redis, _REDIS_SCHEMES, "redis://:PASSWORD@cache.internal:6379/0")
        if problem is not None:
            problems.append(problem)
            redis = None
    return StorageSettings(database_url=database, redis_url=redis)
