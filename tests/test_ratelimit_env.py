"""Client rate limits from the environment: overrides read as settings, applied to a broker's default budget."""

from __future__ import annotations

from pathlib import Path

import pytest
from brokerspec.brokers.profiles import profile
from brokerspec.config import read_configuration
from brokerspec.settings.problems import SettingsError
from brokerspec.settings.server import RateOverrides, read_rate_overrides


def test_rate_limits_default_to_the_brokers_basic_tier_without_environment() -> None:
    overrides = read_rate_overrides("kalshi", {})
    assert overrides == RateOverrides(reads_per_second=None, writes_per_second=None)
    assert profile("kalshi").limits.with_overrides(overrides) == profile("kalshi").limits


def test_rate_limits_follow_the_environment_for_a_higher_tier() -> None:
    overrides = read_rate_overrides(
        "kalshi", {"BROKERSPEC_KALSHI_READS_PER_SECOND": "100", "BROKERSPEC_KALSHI_WRITES_PER_SECOND": "30"}
    )
    limits = profile("kalshi").limits.with_overrides(overrides)
    assert (limits.reads_per_second, limits.writes_per_second) == (100.0, 30.0)  # tokens per second
    assert (limits.read_burst, limits.write_burst) == (100.0, 60.0)  # Kalshi: reads 1 s, writes 2 s of refill
    assert limits.costs == profile("kalshi").limits.costs


def test_one_override_leaves_the_other_budget_at_its_default() -> None:
    overrides = read_rate_overrides("wealthy", {"BROKERSPEC_WEALTHY_WRITES_PER_SECOND": "1"})
    limits = profile("wealthy").limits.with_overrides(overrides)
    default = profile("wealthy").limits
    assert (limits.reads_per_second, limits.read_burst) == (default.reads_per_second, default.read_burst)
    assert (limits.writes_per_second, limits.write_burst) == (
        1.0,
        1.0,
    )  # one second of refill, like the default


@pytest.mark.parametrize("raw", ["fast", "0", "-5"])
def test_a_bad_rate_limit_in_the_environment_is_refused(raw: str) -> None:
    with pytest.raises(SettingsError, match="BROKERSPEC_WEALTHY_READS_PER_SECOND"):
        read_rate_overrides("wealthy", {"BROKERSPEC_WEALTHY_READS_PER_SECOND": raw})


def test_a_bad_rate_limit_disables_only_its_broker(tmp_path: Path) -> None:
    env = {
        "BROKERSPEC_STATE_DIR": f"{tmp_path}/state",
        "BROKERSPEC_WEALTHY_ACCESS_TOKEN": "tok-1",
        "BROKERSPEC_WEALTHY_READS_PER_SECOND": "fast",
        "BROKERSPEC_KALSHI_READS_PER_SECOND": "100",
    }
    configuration = read_configuration(env)
    assert configuration.settings.wealthy is None
    assert [(p.variable, p.broker) for p in configuration.problems] == [
        ("BROKERSPEC_WEALTHY_READS_PER_SECOND", "wealthy")
    ]
    assert configuration.rate_overrides["kalshi"].reads_per_second == 100
