"""BROKERSPEC_DATABASE_URL, BROKERSPEC_REDIS_URL and the per-subject limit: parsed, checked, never echoed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from brokerspec.config import read_configuration


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"HOME": str(tmp_path), "BROKERSPEC_STATE_DIR": str(tmp_path / "state"), **extra}


def test_unset_means_sqlite_and_in_process_limits(tmp_path: Path) -> None:
    conf = read_configuration(_env(tmp_path))
    assert conf.storage.engine == "sqlite" and conf.storage.redis_url is None
    assert not conf.problems and conf.safety.max_daily_dollars_per_subject is None


def test_good_urls_are_kept_and_hidden_from_repr(tmp_path: Path) -> None:
    conf = read_configuration(
        _env(
            tmp_path,
            BROKERSPEC_DATABASE_URL="postgresql://bs:s3cret-pw@db.internal:5432/brokerspec",
            BROKERSPEC_REDIS_URL="rediss://:r3dis-pw@cache.internal:6380/0",
        )
    )
    assert not conf.problems
    assert conf.storage.engine == "postgresql"
    assert conf.storage.redis_url == "rediss://:r3dis-pw@cache.internal:6380/0"
    assert "s3cret-pw" not in repr(conf) and "r3dis-pw" not in repr(conf)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("BROKERSPEC_DATABASE_URL", "mysql://bs:s3cret-pw@db:3306/x"),
        ("BROKERSPEC_DATABASE_URL", "postgresql://bs:s3cret-pw@db:notaport/x"),
        ("BROKERSPEC_DATABASE_URL", "postgresql://bs:s3cret-pw@/x"),
        ("BROKERSPEC_REDIS_URL", "http://:s3cret-pw@cache:6379"),
        ("BROKERSPEC_REDIS_URL", "redis://:s3cret-pw@cache:99999999"),
    ],
)
def test_a_malformed_url_is_a_server_wide_problem_without_its_password(
    tmp_path: Path, name: str, value: str
) -> None:
    conf = read_configuration(_env(tmp_path, **{name: value}))
    (problem,) = [p for p in conf.problems if p.variable == name]
    assert problem.broker is None and conf.writes_blocked  # replicas must not fall back to private state
    assert "s3cret-pw" not in str(problem)
    assert (
        conf.storage.engine == "sqlite" if name.endswith("DATABASE_URL") else conf.storage.redis_url is None
    )


def test_the_per_subject_limit_is_read_and_checked(tmp_path: Path) -> None:
    conf = read_configuration(_env(tmp_path, BROKERSPEC_MAX_DAILY_DOLLARS_PER_SUBJECT="25.5"))
    assert conf.safety.max_daily_dollars_per_subject == Decimal("25.5")
    bad = read_configuration(_env(tmp_path, BROKERSPEC_MAX_DAILY_DOLLARS_PER_SUBJECT="-3"))
    assert [p.variable for p in bad.problems] == ["BROKERSPEC_MAX_DAILY_DOLLARS_PER_SUBJECT"]
