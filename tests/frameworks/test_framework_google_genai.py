"""google-genai (pinned in google_genai/requirements.in) turns every tool into a Gemini tool, whole.

An MCP `ClientSession` in `GenerateContentConfig.tools` is converted by google-genai itself
(`parse_config_for_mcp_sessions` -> `mcp_to_gemini_tool`), which silently drops every keyword its
`JSONSchema` model lacks and crashes on a boolean `additionalProperties` (python-genai#2393). The test
holds each converted Gemini `Schema` against our input schema, keyword by keyword, and calls the tools
through the adapter its automatic function calling uses, with arguments as Gemini sends them (JSON
numbers as floats).
"""

from __future__ import annotations

from typing import Any

import pytest
from framework_session import CALLS, CHECKS, STRICT_ORDER, property_paths, published_tools, run_session

#: Gemini sends numbers as floats; google-genai turns integral ones back into ints before the call.
GEMINI_CALLS = [
    *CALLS,
    {
        "tool": "kalshi_preview_orders",
        "arguments": {"orders": [{**STRICT_ORDER, "count": 2.0, "price": 0.52}]},
    },
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_session("google_genai", tmp_path_factory.mktemp("google_genai"), GEMINI_CALLS)


def test_google_genai_converts_every_tool(report: dict[str, Any]) -> None:
    assert [t["name"] for t in report["tools"]] == list(published_tools())


def test_no_keyword_is_dropped_silently(report: dict[str, Any]) -> None:
    published = published_tools()
    for tool in report["tools"]:
        assert tool["lost"] == [], f"{tool['name']}: google-genai dropped {tool['lost']}"
        ours = published[tool["name"]]["inputSchema"]
        assert property_paths(tool["parameters"]) == property_paths(ours), tool["name"]


def test_nullable_arguments_stay_nullable(report: dict[str, Any]) -> None:
    # A `["string", "null"]` type list is Gemini's `nullable`: the model may still send null.
    orders = next(t for t in report["tools"] if t["name"] == "kalshi_list_orders")["parameters"]
    cursor = orders["properties"]["cursor"]
    assert cursor["nullable"] is True and cursor["type"] == "STRING", cursor


def test_calls_through_the_function_calling_adapter_work(report: dict[str, Any]) -> None:
    for call, result, check in zip(GEMINI_CALLS, report["calls"], [*CHECKS, CHECKS[-1]], strict=True):
        assert result["tool"] == call["tool"]
        assert result["is_error"] is False, result["text"]
        check(result["structured"])
    # Float arguments reached the server as the exact order the integer/string form gives.
    integral, floats = report["calls"][3]["structured"], report["calls"][4]["structured"]

    def sent(preview: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in preview["orders"][0]["wire_body"].items() if k != "client_order_id"}

    assert sent(integral) == sent(floats)
    assert integral["total_worst_case_cost_dollars"] == floats["total_worst_case_cost_dollars"]
