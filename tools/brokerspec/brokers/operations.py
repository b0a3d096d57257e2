"""List the operations of every generated client (a quick look at what the specs produced)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

PACKAGES = ("brokerspec_kalshi", "brokerspec_wealthy", "brokerspec_vendor_gateway")


def operations(package: str) -> list[tuple[str, str, str]]:
    """(tag, operation module, first docstring line) for each operation of one generated package."""
    api = importlib.import_module(f"{package}.api")
    found = []
    for tag in pkgutil.iter_modules(api.__path__):
        tag_pkg = importlib.import_module(f"{package}.api.{tag.name}")
        for op in pkgutil.iter_modules(tag_pkg.__path__):
            module = importlib.import_module(f"{package}.api.{tag.name}.{op.name}")
            doc = inspect.getdoc(getattr(module, "sync_detailed", None)) or ""
            found.append((tag.name, op.name, doc.splitlines()[0] if doc else ""))
    return found


def print_operations() -> None:
    for package in PACKAGES:
        ops = operations(package)
        print(f"{package}: {len(ops)} operations")
        for tag, name, summary in ops:
            print(f"  {tag:<14} {name:<32} {summary}")
