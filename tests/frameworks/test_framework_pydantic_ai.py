"""PydanticAI's MCP toolset (pydantic-ai-slim, pinned in pydantic_ai/requirements.in) serves every tool.

The toolset lists the tools an agent offers a model; PydanticAI's per-provider JSON-schema transformers
(OpenAI strict, Gemini JSON schema, Gemini OpenAPI subset) must take every input schema without losing
a keyword, FastMCP's type adapter every output schema, and each call's structured result must validate
against it (FastMCP only logs a mismatch, leaving `.data` empty).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from framework_session import CALLS, CHECKS, published_tools, run_session

#: What a transformer may drop on purpose: Gemini's OpenAPI subset has no `additionalProperties`
#: (PydanticAI removes it; our input schemas carry none, so nothing is expected here).
ALLOWED_LOSSES: dict[str, set[str]] = {"openai_strict": set(), "google": set(), "google_openapi": set()}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_session("pydantic_ai", tmp_path_factory.mktemp("pydantic_ai"), CALLS)


def test_the_toolset_lists_every_tool_with_its_schemas(report: dict[str, Any]) -> None:
    published = published_tools()
    assert [t["name"] for t in report["tools"]] == list(published)
    for tool in report["tools"]:
        assert tool["parameters"] == published[tool["name"]]["inputSchema"], tool["name"]
        assert tool["has_return_schema"], tool["name"]
        assert tool["return_type"] == "ok", (
            f"{tool['name']}: FastMCP cannot type its output: {tool['return_type']}"
        )


@pytest.mark.parametrize("transformer", sorted(ALLOWED_LOSSES))
def test_every_provider_transform_takes_every_input_schema_whole(
    report: dict[str, Any], transformer: str
) -> None:
    for tool in report["tools"]:
        result = tool[transformer]
        assert "error" not in result, f"{tool['name']}: {result['error']}"
        lost = {entry.rsplit(":", 1)[1] for entry in result["lost"]}
        assert lost <= ALLOWED_LOSSES[transformer], f"{tool['name']}: {transformer} dropped {result['lost']}"


def test_calls_return_results_typed_by_their_output_schema(report: dict[str, Any]) -> None:
    for call, result, check in zip(CALLS, report["calls"], CHECKS, strict=True):
        assert result["tool"] == call["tool"] and result["is_error"] is False
        assert result["typed"], (
            f"{call['tool']}: FastMCP could not validate the result against its outputSchema"
        )
        check(result["output"])


def test_a_tool_error_reaches_the_agent_as_our_error(tmp_path: Path) -> None:
    calls = [{"tool": "kalshi_get_order", "arguments": {"order_id": "no-such-order"}}]
    [call] = run_session("pydantic_ai", tmp_path, calls)["calls"]
    assert call["is_error"] is True and "output" not in call
    # The summary line and our JSON error object, as the model would read them on a retry.
    assert "ToolError" in call["raised"] and '"code":"not_found"' in call["raised"], call
