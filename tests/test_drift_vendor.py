"""The drift report's `--vendor` mode (brokerspec.app.drift_vendor): what Kalshi's SDK has that our spec lacks.

Run against the real spec, it must name what the SDK defines and openapi/kalshi.yaml does not. The facts
checked come from the SDK itself (its index, asserted first) and from Kalshi's reference, and whether our
spec has each is read straight from the YAML here: so the test holds today (the spec lacks them) and after
the spec is fixed (the report must then stop naming them). Synthetic specs pin each kind of finding.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from brokerspec.app.drift_vendor import VendorReport, check_vendor, format_vendor_report
from brokerspec.app.kalshi_sdk import SdkIndex
from oracle import kalshi_sdk

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "kalshi.yaml"


@pytest.fixture(scope="module")
def sdk_dir() -> Path:
    try:
        return kalshi_sdk.fetch(offline=True)
    except Exception as exc:
        pytest.fail(f"the pinned Kalshi SDK is unavailable (run scripts/fetch_kalshi_sdk.py): {exc}")


@pytest.fixture(scope="module")
def index(sdk_dir: Path) -> SdkIndex:
    return SdkIndex.load(sdk_dir)


@pytest.fixture(scope="module")
def report(sdk_dir: Path) -> VendorReport:
    return check_vendor(sdk_dir, SPEC)


def _spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def _ours(spec: dict[str, Any], node: Any) -> Any:
    """Follow local $refs in our spec."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _named(report: VendorReport, kind: str, operation: str, where: str | None = None) -> bool:
    return any(
        f.kind == kind and f.operation.startswith(operation) and (where is None or f.where == where)
        for f in report.findings
    )


def test_operations_the_sdk_has_are_named_when_our_spec_lacks_them(
    index: SdkIndex, report: VendorReport
) -> None:
    paths = _spec()["paths"]
    # The reference's market reads and the order-group trigger/limit endpoints; each must be an SDK operation.
    for method, path in [
        ("GET", "/markets/{ticker}"),
        ("GET", "/markets/{ticker}/orderbook"),
        ("GET", "/exchange/status"),
        ("PUT", "/portfolio/order_groups/{order_group_id}/trigger"),
        ("PUT", "/portfolio/order_groups/{order_group_id}/limit"),
        ("GET", "/account/limits"),
    ]:
        assert index.match(method, path.replace("{", "").replace("}", "")), f"the SDK defines {method} {path}"
        ours = method.lower() in (paths.get(path) or {})
        assert _named(report, "missing_operation", f"{method} {path} ") != ours, (method, path, ours)


def test_the_v2_batch_cancel_body_is_named_when_our_spec_lacks_it(
    index: SdkIndex, report: VendorReport
) -> None:
    found = index.match("DELETE", "/portfolio/events/orders/batched")
    assert found is not None and found[0].body_model == "BatchCancelOrdersV2Request"
    orders = index.models["BatchCancelOrdersV2Request"].fields["orders"]
    assert orders.required  # the SDK: {"orders": [{order_id, subaccount?, exchange_index?, market_ticker?}]}
    spec = _spec()
    body = spec["paths"]["/portfolio/events/orders/batched"]["delete"]["requestBody"]["content"][
        "application/json"
    ]
    props = _ours(spec, body["schema"]).get("properties") or {}
    op = "DELETE /portfolio/events/orders/batched "
    assert _named(report, "missing_field", op, "request /orders") == ("orders" not in props)
    assert _named(report, "unknown_field", op, "request /ids") == ("ids" in props)  # the retired body


def test_the_cancel_routing_parameters_are_named_when_our_spec_lacks_them(
    index: SdkIndex, report: VendorReport
) -> None:
    found = index.match("DELETE", "/portfolio/events/orders/x")
    assert found is not None and {"exchange_index", "market_ticker"} <= set(found[0].query())
    spec = _spec()
    item = spec["paths"]["/portfolio/events/orders/{order_id}"]
    params = [
        _ours(spec, p) for p in [*(item.get("parameters") or []), *(item["delete"].get("parameters") or [])]
    ]
    names = {p.get("name") for p in params if p.get("in") == "query"}
    for name in ("exchange_index", "market_ticker"):
        assert _named(
            report, "missing_parameter", "DELETE /portfolio/events/orders/{order_id} ", f"query {name}"
        ) == (name not in names)


def _mutated(tmp_path: Path, change: Any) -> Path:
    spec = copy.deepcopy(_spec())
    change(spec)
    target = tmp_path / "openapi" / "kalshi.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(yaml.safe_dump(spec))
    return target


def _create_v2(spec: dict[str, Any]) -> dict[str, Any]:
    body = spec["paths"]["/portfolio/events/orders"]["post"]["requestBody"]["content"]["application/json"]
    return _ours(spec, body["schema"])


def test_each_kind_of_finding_on_a_synthetic_spec(sdk_dir: Path, tmp_path: Path) -> None:
    def change(spec: dict[str, Any]) -> None:
        schema = copy.deepcopy(_create_v2(spec))
        schema["properties"].pop("ticker")
        schema["properties"]["invented"] = {"type": "string"}
        schema["properties"]["time_in_force"] = {"type": "string", "enum": ["good_till_canceled"]}
        schema["properties"]["post_only"] = {"type": "integer"}
        schema["required"] = [r for r in schema.get("required") or [] if r != "side"]
        spec["paths"]["/portfolio/events/orders"]["post"]["requestBody"]["content"]["application/json"][
            "schema"
        ] = schema
        del spec["paths"]["/portfolio/balance"]

    report = check_vendor(sdk_dir, _mutated(tmp_path, change))
    found = {(f.kind, f.where) for f in report.findings if "(create_order_v2)" in f.operation}
    assert {
        ("missing_field", "request /ticker"),
        ("unknown_field", "request /invented"),
        ("enum_values", "request /time_in_force"),
        ("type", "request /post_only"),
        ("required", "request /side"),
    } <= found
    assert _named(report, "missing_operation", "GET /portfolio/balance ")


def test_the_report_reads_as_a_report(report: VendorReport) -> None:
    text = format_vendor_report(report, only="/portfolio")
    assert text.startswith(f"Kalshi SDK kalshi-python-sync {report.sdk_version} vs openapi/kalshi.yaml")
    assert "== operations the SDK has and our spec does not" in text and "== operations in both" in text
    assert "/communications" not in text  # filtered out by `only`
    assert "/communications" in format_vendor_report(report)


def test_the_cli_entry_prints_it() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "record_cassettes"), "--vendor", "--under", "/portfolio/events"],
        capture_output=True, text=True, timeout=120, check=False, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "batch_cancel_orders_v2" in proc.stdout and "/markets" not in proc.stdout
