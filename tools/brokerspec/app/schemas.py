"""The tools' JSON schemas: the one compactor, and the published output and input schemas.

Every tool-list token is paid by the agent on every session, so input and output schemas go out
compacted (`compact_schema`). The output schemas are not derived at start-up (that would import every
output model): they are read from `output_schemas.json`, rebuilt from the models in `OUTPUT_MODELS`. The
input schemas are cached in `input_schemas.json` too, so start-up does not derive them again.
`python -m brokerspec.app.schema_files` rebuilds both; tests/test_output_schemas.py keeps them current.
"""

from __future__ import annotations

import json
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
INPUT_SCHEMAS_FILE = Path(__file__).with_name("input_schemas.json")


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


def input_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """A tool's published input schema: compacted, then made portable (`portable_input_schema`)."""
    return portable_input_schema(compact_schema(schema))


#: Keywords no input schema carries, each for a client that refuses it (tests/frameworks/ checks each):
#: `additionalProperties`: google-genai 3.6's MCP conversion crashes on a boolean one (python-genai#2393)
#: and the Gemini API refuses the keyword; `default`, `minLength`, `maxLength`: OpenAI's strict mode
#: rejects them (PydanticAI's OpenAI transformer strips them; openai-agents passes them through).
#: `minItems`, `maxItems` (and the two length bounds): google-genai keeps only the snake_case names of its
#: `JSONSchema` model and drops these silently. The server still applies every one of them: unknown order
#: fields, defaults, length and batch bounds are the input models'.
_NOT_PORTABLE = ("additionalProperties", "default", "minLength", "maxLength", "minItems", "maxItems")


def portable_input_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The one input schema every client and framework accepts as it is, whatever the compactor does
    for tokens: none of `_NOT_PORTABLE`, and no `$defs` / `$ref` (definitions are inlined: openai-agents'
    strict conversion refuses a bare `$ref` and silently serves the tool non-strict).

    Type lists (`["string", "null"]`), `anyOf`, `enum`, `pattern` and numeric bounds stay: every checked
    client takes them (google-genai turns a type list into `nullable`). A tool without arguments is
    served non-strict by openai-agents (it wants `additionalProperties: false` there, which Gemini
    refuses); with nothing to constrain, that changes nothing.
    """
    definitions = schema.get("$defs", {})

    def portable(node: Any) -> Any:
        if isinstance(node, list):
            return [portable(item) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            node = {
                **definitions[ref.removeprefix("#/$defs/")],
                **{k: v for k, v in node.items() if k != "$ref"},
            }
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                out[key] = {name: portable(sub) for name, sub in value.items()}
            elif key != "$defs" and key not in _NOT_PORTABLE:
                out[key] = portable(value)
        kinds = out.get("type")
        if "enum" in out and isinstance(kinds, list) and "null" in kinds:
            # A nullable enum as `anyOf` (the compactor's type list would need null in the enum too, which
            # Gemini's string-only enum cannot hold): a strict model may then send null.
            (kind,) = (k for k in kinds if k != "null")
            described = {"description": out.pop("description")} if "description" in out else {}
            out = {"anyOf": [{**out, "type": kind}, {"type": "null"}], **described}
        return out

    result: dict[str, Any] = portable(schema)
    return result


def published_output_schemas() -> dict[str, Any]:
    """Every tool's compact output schema, as cached in `output_schemas.json` (read at start-up)."""
    schemas: dict[str, Any] = json.loads(OUTPUT_SCHEMAS_FILE.read_text())
    return schemas


def published_input_schemas() -> dict[str, Any]:
    """Every tool's published input schema, as cached in `input_schemas.json` (read at start-up)."""
    schemas: dict[str, Any] = json.loads(INPUT_SCHEMAS_FILE.read_text())
    return schemas
