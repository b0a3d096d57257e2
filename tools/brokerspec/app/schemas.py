"""The tools' JSON schemas: the one compactor, and the published output schemas.

Every tool-list token is paid by the agent on every session, so input and output schemas go out
compacted (`compact_schema`). The output schemas are not derived at start-up (that would import every
output model): they are read from `output_schemas.json`, which `python -m brokerspec.app.schemas`
rebuilds from the models in `OUTPUT_MODELS` (tests/test_output_schemas.py keeps it current).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

#: The output model of every tool, by import path: loaded only to (re)build `output_schemas.json`.
OUTPUT_MODELS: dict[str, str] = {
    "capabilities": "brokerspec.app.responses:Capabilities",
    "get_portfolio": "brokerspec.domain.portfolio:Portfolio",
    "get_holdings": "brokerspec.app.responses:HoldingsPage",
    "get_positions": "brokerspec.app.responses:PositionsPage",
    "kalshi_get_balance": "brokerspec.brokers.kalshi.models:KalshiBalance",
    "kalshi_list_fills": "brokerspec.brokers.kalshi.models:KalshiFillPage",
    "kalshi_list_orders": "brokerspec.brokers.kalshi.models:KalshiOrderPage",
    "kalshi_get_order": "brokerspec.brokers.kalshi.models:KalshiOrder",
    "kalshi_list_positions": "brokerspec.brokers.kalshi.models:KalshiPositionPage",
    "kalshi_list_settlements": "brokerspec.brokers.kalshi.models:KalshiSettlementPage",
    "kalshi_get_queue_positions": "brokerspec.brokers.kalshi.models:KalshiQueuePositions",
    "kalshi_get_order_groups": "brokerspec.brokers.kalshi.models:KalshiOrderGroups",
    "kalshi_get_market": "brokerspec.app.markets:MarketDetail",
    "kalshi_find_markets": "brokerspec.app.markets:MarketsPage",
    "kalshi_get_orderbook": "brokerspec.app.markets:BookView",
    "kalshi_preview_orders": "brokerspec.app.responses:OrderPreview",
    "kalshi_place_orders": "brokerspec.app.responses:Placement",
    "kalshi_cancel_orders": "brokerspec.app.responses:Cancellation",
    "kalshi_amend_order": "brokerspec.app.responses:AmendResult",
    "kalshi_decrease_order": "brokerspec.app.responses:DecreaseResult",
    "kalshi_manage_order_group": "brokerspec.app.responses:OrderGroupResult",
}
OUTPUT_SCHEMAS_FILE = Path(__file__).with_name("output_schemas.json")


def compact_schema(schema: Any, *, output: bool = False) -> Any:
    """Same meaning, fewer tokens: no auto titles, `[T, null]` type lists, no `default: null`.

    Output schemas also drop `additionalProperties: false` (it constrains the server, not the agent) and
    `required`: a result always carries every field of its model (`results.py` dumps all of them, null
    included), so the list would repeat every property name once more for nothing the agent can use.
    """
    if isinstance(schema, list):
        return [compact_schema(v, output=output) for v in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "title" and isinstance(value, str):
            continue
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: compact_schema(sub, output=output) for name, sub in value.items()}
            continue
        if output and key == "description" and isinstance(value, str):
            # Output field names carry their units; the agent reads values, not the schema prose.
            continue
        if key == "default" and value is None:
            continue
        if output and key == "additionalProperties" and value is False:
            continue
        if output and key == "required" and isinstance(value, list):
            continue
        out[key] = compact_schema(value, output=output)
    variants = out.get("anyOf")
    if isinstance(variants, list) and len(variants) == 2 and {"type": "null"} in variants:
        other = next(v for v in variants if v != {"type": "null"})
        if isinstance(other, dict) and isinstance(other.get("type"), str) and "$ref" not in other:
            del out["anyOf"]
            merged = {**other, "type": [other["type"], "null"]}
            if other["type"] in ("number", "integer", "string", "boolean"):
                out.update(merged)
            else:
                out["anyOf"] = variants
    return out


def published_output_schemas() -> dict[str, Any]:
    """Every tool's compact output schema, as cached in `output_schemas.json` (read at start-up)."""
    schemas: dict[str, Any] = json.loads(OUTPUT_SCHEMAS_FILE.read_text())
    return schemas


def build_output_schemas() -> dict[str, Any]:
    """Every tool's compact output schema, derived from its model exactly as the MCP SDK would."""
    import importlib

    from mcp.server.mcpserver.utilities.func_metadata import func_metadata

    schemas: dict[str, Any] = {}
    for tool, path in OUTPUT_MODELS.items():
        module, name = path.split(":")
        model = getattr(importlib.import_module(module), name)
        schemas[tool] = compact_schema(func_metadata(_returning(model)).output_schema, output=True)
    return schemas


def _returning(model: type[Any]) -> Any:
    """A function that returns `model`: what the SDK derives a tool's output schema from."""

    def fn() -> None: ...

    fn.__annotations__ = {"return": model}
    return fn


def write_output_schemas() -> None:
    OUTPUT_SCHEMAS_FILE.write_text(json.dumps(build_output_schemas(), indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    if sys.argv[1:]:
        sys.exit("usage: python -m brokerspec.app.schemas  (rebuilds output_schemas.json from the models)")
    write_output_schemas()
    print(f"wrote {OUTPUT_SCHEMAS_FILE}")
