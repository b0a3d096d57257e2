"""Where state lives: the one `Store` interface (`base`) and its engines, SQLite (`sqlite`, the default) and
PostgreSQL (`postgres`); `open_store` picks one from the settings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brokerspec.store.base import Store

__all__ = ["open_store"]


def open_store(state_dir: Path, database_url: str | None = None) -> Store:
    """PostgreSQL when `database_url` is set (opened at first use), else the SQLite file in `state_dir`."""
    if database_url:
        from brokerspec.store.postgres import PostgresStore

        return PostgresStore(database_url)
    from brokerspec.store.sqlite import DEFAULT_FILE, SqliteStore

    return SqliteStore(state_dir / DEFAULT_FILE)
