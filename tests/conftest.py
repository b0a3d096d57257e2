"""Suite-wide: the SDK oracle (tests/oracle/) judges every test's Kalshi traffic.

The spec, the client, the sandbox and the tests share one reading of Kalshi's API — ours — so they can
share a mistake and all pass. Kalshi's own generated SDK is a party none of them wrote: with it, every
request a generated Kalshi client sends and every response the Kalshi simulator serves is checked (see
oracle/kalshi_sdk.py for what and why), and a test whose traffic breaks it fails with the list of
violations (operation, field path, reason).

`BROKERSPEC_ORACLE` (read here, in the tests only):
* `enforce` (default): violations fail the test that produced them;
* `report`: violations are listed in the test's report and the session summary, nothing fails;
* `off`: no hooks at all.
`BROKERSPEC_ORACLE_REPORT=<file>` also writes every violation of the session there as JSON lines.
A test that sends or serves off-SDK traffic on purpose says so: `@pytest.mark.oracle_exempt("why")`.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from oracle.hooks import COLLECTOR, install_client_hook, install_sandbox_hook
from oracle.kalshi_sdk import Violation, fetch

MODES = ("enforce", "report", "off")
MODE = os.environ.get("BROKERSPEC_ORACLE", "enforce").strip().lower() or "enforce"
_UNDO: list[Any] = []


def _format(found: list[Violation]) -> str:
    counts = Counter(v.line() for v in found)
    lines = [f"  {line}" + (f"  (x{n})" if n > 1 else "") for line, n in sorted(counts.items())]
    return f"Kalshi SDK oracle: {len(counts)} violation(s) (BROKERSPEC_ORACLE={MODE})\n" + "\n".join(lines)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "oracle_exempt(reason): this test sends or serves off-SDK Kalshi traffic on purpose"
    )
    if MODE not in MODES:
        raise pytest.UsageError(f"BROKERSPEC_ORACLE must be one of {', '.join(MODES)}, not {MODE!r}")
    if MODE == "off":
        return
    try:
        fetch(offline=False)  # now, before any test blocks the network; fast when .cache has it
    except Exception as exc:
        COLLECTOR.problem = f"the SDK oracle is unavailable: {exc}"
    _UNDO.extend([install_client_hook(), install_sandbox_hook()])


def pytest_unconfigure(config: pytest.Config) -> None:
    while _UNDO:
        _UNDO.pop()()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    COLLECTOR.start(item.nodeid, exempt=item.get_closest_marker("oracle_exempt") is not None)


def _settle(item: pytest.Item, phase: str, failed: bool) -> None:
    found = COLLECTOR.take()
    if not found:
        return
    text = _format(found)
    if MODE == "enforce" and not failed:
        pytest.fail(text, pytrace=False)
    item.add_report_section(phase, "kalshi-sdk-oracle", text)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    try:
        result = yield
    except BaseException:
        _settle(item, "call", failed=True)
        raise
    _settle(item, "call", failed=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    try:
        result = yield
    except BaseException:
        _settle(item, "teardown", failed=True)
        raise
    _settle(item, "teardown", failed=False)
    return result


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if MODE == "off":
        return
    found = COLLECTOR.session
    checked = COLLECTOR.checked
    if not (found or checked["request"] or checked["response"]):
        return
    write = terminalreporter.write_line
    terminalreporter.section("Kalshi SDK oracle", sep="-")
    write(f"checked {checked['request']} client requests, {checked['response']} sandbox responses")
    by_op: dict[str, Counter[str]] = {}
    for v in found:
        by_op.setdefault(v.operation, Counter())[v.kind()] += 1
    for op in sorted(by_op):
        write(op)
        for line, n in sorted(by_op[op].items()):
            write(f"    {line}  (x{n})")
    for entry, n in sorted(COLLECTOR.outside.items()):
        write(f"not in the SDK, allowed (x{n}): {entry}")
    if found and MODE == "report":
        write(f"{len(found)} violations reported, none enforced (BROKERSPEC_ORACLE=report)")
    target = os.environ.get("BROKERSPEC_ORACLE_REPORT")
    if target:
        with Path(target).open("a", encoding="utf-8") as out:
            for v in found:
                out.write(json.dumps(v.__dict__) + "\n")
