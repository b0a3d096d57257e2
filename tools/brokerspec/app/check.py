"""`brokerspec check`: the command to run before wiring the server into a host.

It reads the environment exactly as `serve` does, prints every configuration problem (the same lines `serve`
prints on stderr), then makes one read per configured broker (Kalshi's balance, the Indian brokers'
holdings) and exits non-zero if anything is wrong, so a bad key or an expired token shows up here rather
than as a failing tool in the middle of an agent's session.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from brokerspec.app.service import Service

__all__ = ["run_check"]

#: One read may retry; never let `check` hang on a broker that does not answer.
READ_TIMEOUT_S = 60.0


def run_check(env: Mapping[str, str] | None = None, out: TextIO | None = None) -> int:
    """Print the problems and one read per broker to `out`; 0 when all is well, 1 otherwise."""
    from brokerspec.app.service import Service
    from brokerspec.config import read_configuration
    from brokerspec.settings.variables import BROKERS

    stream = sys.stdout if out is None else out
    configuration = read_configuration(env)
    problems = [*configuration.problems, *configuration.http_problems]
    for problem in problems:
        print(problem.line, file=stream)
    safety = configuration.safety
    if configuration.writes_blocked:
        print("brokerspec: writes: refused until the problems above are fixed", file=stream)
    else:
        live = "allowed" if safety.trading_enabled and safety.allow_live else "off"
        print(f"brokerspec: mode {safety.mode}; live-money writes {live}", file=stream)

    service = Service(env=env, configuration=configuration)
    try:
        lines = asyncio.run(_read_all(service, BROKERS))
    finally:
        service.close()
    failed = 0
    for broker, (ok, text) in lines.items():
        failed += 0 if ok else 1
        print(f"brokerspec: {broker}: {text}", file=stream)
    answered = sum(1 for ok, text in lines.values() if ok and text.startswith("ok"))
    if answered == 0 and not problems and not failed:
        print(
            "brokerspec: check failed: no broker is configured (see the README's Configuration)", file=stream
        )
        return 1
    if problems or failed:
        print(
            f"brokerspec: check failed: {len(problems)} configuration problem(s), {failed} broker(s) failed",
            file=stream,
        )
        return 1
    print(f"brokerspec: check passed: {answered} broker(s) answered, no problems", file=stream)
    return 0


async def _read_all(service: Service, brokers: tuple[str, ...]) -> dict[str, tuple[bool, str]]:
    results = await asyncio.gather(*(_read_one(service, broker) for broker in brokers))
    return dict(zip(brokers, results, strict=True))


async def _read_one(service: Service, broker: str) -> tuple[bool, str]:
    """(passed, what to print) for one broker: not configured, disabled by a problem, answered or failed."""
    from brokerspec.errors import BrokerError, SafetyRefusal, ServiceError

    configuration = service.configuration
    if configuration.problems_of(broker):
        return False, "not checked: disabled by the configuration problem(s) above"
    if getattr(configuration.settings, broker) is None:
        return True, "not configured"
    try:
        environment = await service.environment(broker)
        what = await asyncio.wait_for(_read(service, broker), READ_TIMEOUT_S)
    except TimeoutError:
        return False, f"FAILED: no answer within {READ_TIMEOUT_S:.0f} s"
    except (BrokerError, ServiceError, SafetyRefusal) as exc:
        error = exc.to_dict()
        suggestion = f" — {error['suggestion']}" if error.get("suggestion") else ""
        return False, f"FAILED: {error['code']}: {error['message']}{suggestion}"
    except Exception as exc:  # a bug of ours, not of the set-up: say so without a traceback
        return False, f"FAILED: internal error ({type(exc).__name__}); this is a brokerspec bug"
    live = " — live money" if environment == "production" and broker == "kalshi" else ""
    return True, f"ok ({environment}{live}): {what}"


async def _read(service: Service, broker: str) -> str:
    if broker == "kalshi":
        balance = await (await service.kalshi()).balance()
        return f"balance ${balance.balance_dollars} read"
    page = await service.holdings(broker, 100, None)
    return f"{page.total_items} holdings read"
