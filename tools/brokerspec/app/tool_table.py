"""The tool table's machinery: `ToolSpec`, the `@tool` decorator that fills `TOOLS`, and the annotations.

`tools.py` holds the entries; this module holds what they are made of, so that the table stays one list
of tools to read from top to bottom.
"""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from mcp_types import ToolAnnotations

__all__ = ["DESTRUCTIVE", "LOCAL", "READ", "TOOLS", "WRITE", "Summary", "ToolSpec", "tool"]

# Only what differs from the MCP defaults (readOnlyHint false, destructiveHint true, idempotentHint false,
# openWorldHint true; destructive/idempotent mean nothing on a read-only tool): every listed byte is paid
# for by the agent in every session. Destructive tools still say so explicitly.
READ = ToolAnnotations(read_only_hint=True)
LOCAL = ToolAnnotations(read_only_hint=True, open_world_hint=False)
WRITE = ToolAnnotations(destructive_hint=False)
DESTRUCTIVE = ToolAnnotations(destructive_hint=True)

#: One line about a result, from the result and the tool's arguments.
Summary = Callable[[Any, Mapping[str, Any]], str]
F = TypeVar("F", bound=Callable[..., Awaitable[Any]])


@dataclass(frozen=True)
class ToolSpec:
    """One tool: its use-case call and what `tools/list` says about it."""

    fn: Callable[..., Awaitable[Any]]
    title: str
    annotations: ToolAnnotations
    description: str
    summary: Summary

    @property
    def name(self) -> str:
        return self.fn.__name__


#: Every tool, in the order `tools/list` shows them.
TOOLS: list[ToolSpec] = []


def tool(title: str, annotations: ToolAnnotations, description: str, summary: Summary) -> Callable[[F], F]:
    """Add the decorated use-case call to `TOOLS`."""

    def add(fn: F) -> F:
        TOOLS.append(ToolSpec(fn, title, annotations, description, summary))
        return fn

    return add
