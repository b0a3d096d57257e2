"""Fixtures of the storage suite: real PostgreSQL and Redis (see `services`), and a store of each engine."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from brokerspec.store.base import Store
from brokerspec.store.postgres import PostgresStore
from brokerspec.store.sqlite import SqliteStore

from store.services import postgres_server, redis_server

ENGINES = ("sqlite", "postgresql")
_numbers = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


def new_database(server_url: str, name: str | None = None) -> str:
    """A database on the test cluster (new and empty unless `name` already exists there); its URL."""
    import psycopg

    fresh = name is None
    name = name or f"t{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        if fresh:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
        try:
            conn.execute(f"CREATE DATABASE {name}")
        except (psycopg.errors.DuplicateDatabase, psycopg.errors.UniqueViolation):
            if fresh:
                raise
    return server_url.rsplit("/", 1)[0] + "/" + name


class Backing:
    """Where one test's state lives: `new()` opens another store on it (another process would do the same)."""

    def __init__(self, engine: str, location: str) -> None:
        self.engine = engine
        self.location = location  # the SQLite file, or the database URL
        self.opened: list[Store] = []

    def new(self, **kw: object) -> Store:
        store: Store = (
            SqliteStore(Path(self.location), **kw)  # type: ignore[arg-type]
            if self.engine == "sqlite"
            else PostgresStore(self.location, **kw)  # type: ignore[arg-type]
        )
        self.opened.append(store)
        return store


@pytest.fixture(params=ENGINES)
def backing(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backing]:
    if request.param == "sqlite":
        b = Backing("sqlite", str(tmp_path / "state" / "brokerspec.sqlite3"))
    else:
        b = Backing("postgresql", new_database(request.getfixturevalue("pg_server")))
    yield b
    for store in b.opened:
        store.close()


@pytest.fixture
def store(backing: Backing) -> Store:
    return backing.new()


StoreFactory = Callable[[], Store]
