"""Reading several brokers at once: a failing broker becomes a row of `errors`, the others still answer.

The aggregation needs the error vocabulary, so it is the app's (`app/portfolio_read.py`); the normalized
models in `domain/portfolio.py` stay pure data.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

from brokerspec.app.portfolio_read import gather_portfolio
from brokerspec.domain.portfolio import BrokerPortfolio, Holding, broker_portfolio
from brokerspec.errors import AuthenticationError

ROOT = Path(__file__).resolve().parents[1]


def _holding(broker: str) -> Holding:
    return Holding(
        broker=broker,
        symbol="GRINFRA",
        quantity="1300",
        average_price="1220.00",
        invested_value="1586000.00",
        currency="INR",
    )


async def _ok(broker: str) -> BrokerPortfolio:
    return broker_portfolio(broker, [_holding(broker)], [], currency="INR")


async def _auth_failure() -> BrokerPortfolio:
    raise AuthenticationError(
        "wealthy access token expired or invalid, log in again (Unauthorized)",
        broker="wealthy",
        http_status=401,
        reason="expired_token",
    )


async def _bug() -> BrokerPortfolio:
    raise RuntimeError("oops")


async def test_one_broker_failing_does_not_hide_the_others() -> None:
    portfolio = await gather_portfolio({"wealthy": _auth_failure(), "vendor_gateway": _ok("vendor_gateway")})
    assert [b.broker for b in portfolio.brokers] == ["vendor_gateway"]
    assert [e.broker for e in portfolio.errors] == ["wealthy"]


async def test_a_failed_broker_keeps_its_error_code_message_and_retry_advice() -> None:
    portfolio = await gather_portfolio({"wealthy": _auth_failure()})
    (error,) = portfolio.errors
    assert error.code == "authentication_failed"
    assert "log in again" in error.message
    assert error.retry_safe is False


async def test_an_unexpected_exception_is_reported_as_internal_error_not_raised() -> None:
    portfolio = await gather_portfolio({"kalshi": _bug(), "wealthy": _ok("wealthy")})
    assert [b.broker for b in portfolio.brokers] == ["wealthy"]
    assert portfolio.errors[0].code == "internal_error"
    assert "RuntimeError: oops" in portfolio.errors[0].message


async def test_portfolio_json_lists_brokers_and_errors() -> None:
    portfolio = await gather_portfolio({"wealthy": _auth_failure(), "vendor_gateway": _ok("vendor_gateway")})
    data = json.loads(portfolio.model_dump_json())
    assert data["brokers"][0]["totals"]["invested_value"] == "1586000.00"
    assert data["errors"][0]["retry_safe"] is False


def test_the_portfolio_models_import_no_error_vocabulary() -> None:
    tree = ast.parse((ROOT / "tools" / "brokerspec" / "domain" / "portfolio.py").read_text())
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    brokerspec = sorted(name for name in imported if name and name.startswith("brokerspec"))
    assert brokerspec == ["brokerspec.domain.money"]
