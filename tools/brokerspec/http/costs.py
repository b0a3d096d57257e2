"""What one request costs in tokens: by method and path template, a batch per item of its body.

A broker that bills every request alike (Wealthy, the vendor gateway) has the default table: one token per
request, so its budget reads as requests per second. Kalshi's table is profile data (`brokers.profiles`),
replaced at first use by what the exchange says (`CostTable.replaced`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

__all__ = ["CostTable", "EndpointCost"]


@dataclass(frozen=True)
class EndpointCost:
    """What one endpoint costs: `path` is a template under the API root (`{name}` matches one segment).

    `items` names the body keys of a batch's list (the first that holds a list counts): the request then
    costs `cost` per item, e.g. `EndpointCost("POST", "/portfolio/events/orders/batched", 10, ("orders",))`.
    """

    method: str
    path: str
    cost: float
    items: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "method", self.method.upper())
        if not self.cost >= 0:
            raise ValueError(f"EndpointCost.cost must be >= 0, not {self.cost!r}")


@dataclass(frozen=True)
class CostTable:
    """Tokens per request: `endpoints` that differ from `default_cost`, matched under `root` in the URL path.

    `root` is the API's base path (Kalshi: `/trade-api/v2`); whatever precedes it in a URL (a sandbox's
    `/kalshi` prefix) is ignored. A literal segment beats a `{name}` one (`.../orders/batched` is not an
    order id). Without `root` the whole path is matched.
    """

    default_cost: float = 1.0
    endpoints: tuple[EndpointCost, ...] = ()
    root: str = ""

    def __post_init__(self) -> None:
        if not self.default_cost >= 0:
            raise ValueError(f"CostTable.default_cost must be >= 0, not {self.default_cost!r}")

    def relative(self, path: str) -> str | None:
        """`path` under the root (query-free, no trailing slash); None when the root is not in it."""
        path = path.split("?", 1)[0]
        if self.root:
            at = path.find(self.root)
            if at < 0:
                return None
            path = path[at + len(self.root) :]
        return path.rstrip("/") or "/"

    def cost(self, method: str, path: str, body: bytes | Callable[[], bytes] = b"") -> float:
        """Tokens `method path` costs; `body` (or a function reading it) is read only for a batch."""
        relative = self.relative(path)
        if relative is None:
            return self.default_cost
        method = method.upper()
        for entry_method, pattern, entry in _compiled(self):
            if entry_method == method and pattern.fullmatch(relative):
                if not entry.items:
                    return entry.cost
                return entry.cost * _count_items(body() if callable(body) else body, entry.items)
        return self.default_cost

    def replaced(self, default_cost: float, costs: Iterable[tuple[str, str, float]]) -> CostTable:
        """This table with the broker's own figures: its default and the (method, path, cost) that differ.

        The broker is authoritative: an endpoint of ours it does not list costs its default, keeping our
        batch rule (which body key counts the items). Paths may carry the root; `{name}`s may be named
        differently from ours.
        """
        listed: dict[tuple[str, str], float] = {}
        for method, path, cost in costs:
            relative = self.relative(path) if self.root and path.startswith(self.root) else path
            listed[(method.upper(), _shape(relative or path))] = float(cost)
        ours = {(e.method, _shape(e.path)): e for e in self.endpoints}
        endpoints = [replace(e, cost=listed.get(key, default_cost)) for key, e in ours.items()]
        endpoints += [
            EndpointCost(method, path, cost)
            for (method, path), cost in listed.items()
            if (method, path) not in ours
        ]
        return CostTable(default_cost=float(default_cost), endpoints=tuple(endpoints), root=self.root)


# Private helpers


_PARAM = re.compile(r"\{[^/{}]*\}")


def _shape(path: str) -> str:
    """A template with its parameter names dropped, for comparing ours with the broker's."""
    return _PARAM.sub("{}", path.rstrip("/") or "/")


@lru_cache(maxsize=32)
def _compiled(table: CostTable) -> list[tuple[str, re.Pattern[str], EndpointCost]]:
    """The table's templates as patterns, most literal first."""
    entries = []
    for entry in table.endpoints:
        parts = _PARAM.split(entry.path.rstrip("/") or "/")
        pattern = "[^/]+".join(re.escape(part) for part in parts)
        literal = sum(len(part) for part in parts)
        entries.append((-(literal), len(parts), entry.method, re.compile(pattern), entry))
    entries.sort(key=lambda item: (item[0], item[1]))
    return [(method, pattern, entry) for _, _, method, pattern, entry in entries]


def _count_items(body: bytes, keys: tuple[str, ...]) -> int:
    """How many items a batch body holds (at least one; an unreadable body counts as one)."""
    try:
        data = json.loads(body) if body else None
    except ValueError:
        return 1
    if isinstance(data, Mapping):
        for key in keys:
            value = data.get(key)
            if isinstance(value, list):
                return max(1, len(value))
    return 1
