"""What a tool call returns: a structured object and one text block, or a tool error; both bounded.

Every result carries its data twice: as `structuredContent` (matching the tool's outputSchema) and as
one text block, a one-line summary then the same data as compact JSON, capped at `MAX_RESULT_CHARS`.
Failures come back as tool errors (`isError`, no structured content) whose text carries the error
vocabulary of `errors.py` / `policy` as JSON (code, message, retry_safe, suggestion).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from mcp_types import CallToolResult, TextContent
from pydantic import BaseModel

#: The MCP server's log (one name for every module of the server).
log = logging.getLogger("brokerspec.app.server")

#: About 20k tokens at 4 characters a token: no tool result is ever larger.
MAX_RESULT_CHARS = 80_000
#: Room kept for the summary line in front of the JSON.
_SUMMARY_CHARS = 400

INTERNAL_ERROR: dict[str, Any] = {
    "code": "internal_error",
    "message": "the server failed unexpectedly",
    "retry_safe": False,
    "suggestion": "this is a brokerspec bug; the call may be retried once",
}

M = TypeVar("M", bound=BaseModel)


async def run_tool(call: Awaitable[M], summary: Callable[[M], str]) -> CallToolResult:
    """Await one use case and shape its answer; a failure becomes a tool error in our vocabulary."""
    from brokerspec.errors import BrokerspecError

    try:
        model = await call
    except BrokerspecError as exc:
        error = exc.to_dict()
        # A policy refusal repeated unchanged is refused again: say so (SafetyRefusal.to_dict omits it).
        error.setdefault("retry_safe", False)
        return error_result(error)
    except Exception as exc:  # a bug of ours: say so without leaking internals
        log.exception("tool failed")
        return error_result({**INTERNAL_ERROR, "message": type(exc).__name__})
    data = model.model_dump(mode="json")
    text, note = _fit(data)
    line = one_line(summary(model))
    if note:
        line += f" ({note})"
    return CallToolResult(
        content=[TextContent(type="text", text=line + "\n" + text)], structured_content=data
    )


def error_result(error: dict[str, Any]) -> CallToolResult:
    """A tool error every MCP client can read: `isError` with the error object as JSON text.

    No `structuredContent`: it would have to match the tool's declared output schema, and clients that
    validate it (the TypeScript SDK, MCP Inspector, many hosts) would replace our message with a schema
    error. The first line is a summary; the second the JSON `{"error": {code, message, retry_safe, ...}}`.
    """
    text = f"error {error.get('code')}: {error.get('message')}"
    if error.get("suggestion"):
        text += f" — {error['suggestion']}"
    body = json.dumps({"error": error}, separators=(",", ":"), ensure_ascii=False, default=str)
    if len(body) > MAX_RESULT_CHARS - _SUMMARY_CHARS:  # never in practice: details are bounded upstream
        error = {k: error[k] for k in ("code", "message", "retry_safe", "suggestion") if k in error}
        error["message"] = str(error.get("message", ""))[:2000]
        body = json.dumps({"error": error}, separators=(",", ":"), ensure_ascii=False, default=str)
    return CallToolResult(
        content=[TextContent(type="text", text=one_line(text) + "\n" + body)], is_error=True
    )


def invalid_arguments(tool: str, exc: Any) -> CallToolResult:
    """The error result for arguments that fail the input schema: field names and rules, never the values."""
    problems = []
    for err in exc.errors()[:10]:
        where = ".".join(str(part) for part in err.get("loc", ())) or "arguments"
        problems.append(f"{where}: {err.get('msg', 'invalid')}"[:300])
    return error_result(
        {
            "code": "invalid_argument",
            "message": f"{tool}: " + "; ".join(problems),
            "retry_safe": False,
            "suggestion": "fix the named arguments (see the tool's input schema); nothing was sent",
        }
    )


def one_line(text: str) -> str:
    """A summary line: no line breaks or control characters, bounded."""
    flat = "".join(ch if ch.isprintable() else " " for ch in text)
    return flat if len(flat) <= _SUMMARY_CHARS else flat[: _SUMMARY_CHARS - 3] + "..."


def plain_text(text: str, limit: int = 1000) -> str:
    """Text safe to show a human: no control, bidi-override, zero-width or escape characters; bounded."""
    import unicodedata

    kept = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp") else ch for ch in text
    )
    kept = " ".join(kept.split())
    return kept if len(kept) <= limit else kept[: limit - 3] + "..."


def _fit(data: dict[str, Any]) -> tuple[str, str | None]:
    """Compact JSON within the hard cap: drop trailing list items (never whole fields) if needed.

    If anything was dropped from a result that carries a preview token, the token is withheld: a token
    must never approve orders the agent (and its human) were not shown in full.
    """
    budget = MAX_RESULT_CHARS - _SUMMARY_CHARS
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    if len(text) <= budget:
        return text, None
    dropped = 0
    lists = [v for v in _lists(data) if v]
    while len(text) > budget and any(lists):
        biggest = max(lists, key=len)
        biggest.pop()
        dropped += 1
        text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    note = f"truncated: {dropped} items left out to stay under the size cap; narrow the query or lower limit"
    if _withhold_tokens(data):
        note += "; no preview token was issued for a preview that could not be shown in full"
        text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    return text, note


def _withhold_tokens(value: Any) -> bool:
    """Null every `preview_token` in a truncated result; True if one was there."""
    found = False
    if isinstance(value, dict):
        if value.get("preview_token"):
            value["preview_token"] = None
            value["expires_at"] = None
            value["next_step"] = (
                "cannot be placed from this preview: it was too large to show; preview fewer orders"
            )
            found = True
        for v in value.values():
            found = _withhold_tokens(v) or found
    elif isinstance(value, list):
        for v in value:
            found = _withhold_tokens(v) or found
    return found


def _lists(value: Any) -> list[list[Any]]:
    found: list[list[Any]] = []
    if isinstance(value, dict):
        for v in value.values():
            found.extend(_lists(v))
    elif isinstance(value, list):
        found.append(value)
        for v in value:
            found.extend(_lists(v))
    return found
