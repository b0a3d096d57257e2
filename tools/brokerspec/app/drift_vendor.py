"""The drift report's `--vendor` mode: what Kalshi's official SDK defines that our spec does not.

The report a maintainer reads when Kalshi ships a new SDK version. Per operation of the SDK (read with
`brokerspec.app.kalshi_sdk`, never imported), against openapi/kalshi.yaml:

* `missing_operation`: the SDK has the method + path, our spec does not;
* `missing_parameter`, `missing_body`, `missing_status` (a 2xx), `missing_field` (request and response
  bodies, nested models included); `unknown_field`: a field of our request schema the SDK does not define
  (we would send what Kalshi does not take);
* flags that would make us wrong, by direction: in requests what the SDK requires and ours leaves optional
  (we may not send it); in responses what the SDK leaves optional or nullable and ours requires or types
  non-null (we would reject a valid reply);
* `enum_values`: values the SDK allows that our enum lacks; in requests also an SDK enum where ours is an
  open string;
* `type`: a JSON type that differs.

    scripts/record_cassettes --vendor [--under /portfolio]    (fetches the pinned SDK into .cache/ first)

    from brokerspec.app.drift_vendor import check_vendor, format_vendor_report
    report = check_vendor(Path(".cache/kalshi-python-sync-3.34.0/unpacked"), Path("openapi/kalshi.yaml"))
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from brokerspec.app.kalshi_sdk import SdkIndex, SdkModel, SdkOperation, json_type

__all__ = ["VendorFinding", "VendorReport", "check_vendor", "format_vendor_report"]

KINDS: Final = (
    "missing_operation",
    "missing_parameter",
    "missing_body",
    "missing_status",
    "missing_field",
    "unknown_field",
    "required",
    "nullable",
    "enum_values",
    "type",
)
_METHODS: Final = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class VendorFinding:
    operation: str  # "DELETE /portfolio/events/orders/batched (batch_cancel_orders_v2)"
    kind: str
    where: str  # "request /orders/*/market_ticker", "query exchange_index", "200 /order/exchange_index"
    detail: str


@dataclass
class VendorReport:
    sdk_version: str
    spec: str
    findings: list[VendorFinding] = field(default_factory=list)
    compared: list[str] = field(default_factory=list)  # SDK operations found in our spec
    ours_only: list[str] = field(default_factory=list)  # our operations the SDK does not define
    missing_by_api: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class _Shape:
    """One of our schemas, flattened: $ref, allOf, oneOf/anyOf and nullable types resolved."""

    types: set[str] = field(default_factory=set)
    props: dict[str, Any] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    enum: list[Any] | None = None
    items: list[Any] = field(default_factory=list)


class _Spec:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.doc = document
        self.ops: dict[str, tuple[str, str, Mapping[str, Any]]] = {}  # normalized key -> (method, path, op)
        for path, item in (document.get("paths") or {}).items():
            for method in _METHODS:
                if method in item:
                    op = dict(item[method])
                    op["parameters"] = [*(item.get("parameters") or []), *(op.get("parameters") or [])]
                    self.ops[_key(method, path)] = (method.upper(), path, op)

    def deref(self, node: Any) -> Any:
        for _ in range(32):
            if not (
                isinstance(node, Mapping)
                and isinstance(node.get("$ref"), str)
                and node["$ref"].startswith("#/")
            ):
                return node
            target: Any = self.doc
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def shape(self, schema: Any, depth: int = 0) -> _Shape:
        out = _Shape()
        schema = self.deref(schema)
        if not isinstance(schema, Mapping) or depth > 16:
            return out
        declared = schema.get("type")
        out.types |= {declared} if isinstance(declared, str) else set(declared or [])
        if schema.get("nullable"):
            out.types.add("null")
        out.props.update(schema.get("properties") or {})
        out.required |= set(schema.get("required") or [])
        if "enum" in schema:
            out.enum = list(schema["enum"])
        if "items" in schema:
            out.items.append(schema["items"])
        for part in schema.get("allOf") or []:
            _merge(out, self.shape(part, depth + 1), union=False)
        branches = [
            self.shape(p, depth + 1) for p in [*(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]
        ]
        for branch in branches:
            _merge(out, branch, union=True)
        objects = [b.required for b in branches if b.types != {"null"}]
        if objects:  # a field is required only when every (non-null) branch requires it
            out.required |= set.intersection(*objects)
        return out


def _merge(out: _Shape, other: _Shape, *, union: bool) -> None:
    out.types |= other.types
    out.props.update(other.props)
    if not union:
        out.required |= other.required
    if other.enum is not None:
        out.enum = [*(out.enum or []), *other.enum]
    out.items.extend(other.items)


def _key(method: str, path: str) -> str:
    return method.upper() + " " + re.sub(r"\{[^/]+?\}", "{}", path)


def _json_types(kind: str) -> set[str]:
    if kind.startswith("array<"):
        return {"array"}
    if kind.startswith("object<") or kind in ("any",):
        return {"object"} if kind != "any" else set()
    if kind in ("string", "integer", "number", "boolean"):
        return {kind}
    if kind == "string enum":
        return {"string"}
    return {"object"}


class _Comparer:
    def __init__(self, sdk: SdkIndex, spec: _Spec, report: VendorReport) -> None:
        self.sdk, self.spec, self.report = sdk, spec, report

    def add(self, op: SdkOperation, kind: str, where: str, detail: str) -> None:
        self.report.findings.append(VendorFinding(_label(op), kind, where, detail))

    def operation(self, op: SdkOperation, ours: Mapping[str, Any]) -> None:
        params: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in ours.get("parameters") or []:
            p = self.spec.deref(raw)
            params[(str(p.get("in")), str(p.get("name")))] = p
        for sdk_param in op.params:
            if sdk_param.location != "query":
                continue
            kind = json_type(sdk_param.annotation, self.sdk.models)
            mine = params.get(("query", sdk_param.name))
            where = f"query {sdk_param.name}"
            if mine is None:
                self.add(
                    op, "missing_parameter", where, f"{kind}{', required' if sdk_param.required else ''}"
                )
                continue
            if sdk_param.required and not mine.get("required"):
                self.add(op, "required", where, "required in the SDK, optional in ours")
            self.types(op, where, kind, self.spec.shape(mine.get("schema")))
        body = (ours.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema")
        if op.body_model:
            if body is None:
                self.add(
                    op,
                    "missing_body",
                    "request",
                    f"{op.body_model} ({'required' if op.body_required else 'optional'})",
                )
            else:
                self.model(op, "request", "request ", self.sdk.model(op.body_model), body, set())
        responses = ours.get("responses") or {}
        for status, model_name in sorted(op.responses.items()):
            if not status.startswith("2"):
                continue
            if status not in responses:
                self.add(
                    op, "missing_status", status, f"{model_name or 'no body'}; ours has {sorted(responses)}"
                )
                continue
            content = (self.spec.deref(responses[status]).get("content") or {}).get("application/json") or {}
            if model_name and "schema" in content:
                self.model(op, "response", f"{status} ", self.sdk.model(model_name), content["schema"], set())

    def model(
        self, op: SdkOperation, side: str, where: str, model: SdkModel | None, schema: Any, seen: set[str]
    ) -> None:
        """Compare one SDK model with our schema; `where` is "request " or "200 " plus the pointer so far."""
        if model is None or model.is_enum or model.name in seen:
            return
        seen = seen | {model.name}
        shape = self.spec.shape(schema)
        for key, f in model.fields.items():
            at = f"{where}/{key}"
            kind = json_type(f.annotation, self.sdk.models)
            if key not in shape.props:
                flags = ", ".join(x for x, on in (("required", f.required), ("nullable", f.nullable)) if on)
                self.add(op, "missing_field", at, f"{kind}{f' ({flags})' if flags else ''}")
                continue
            mine = self.spec.shape(shape.props[key])
            if side == "request" and f.required and key not in shape.required:
                self.add(op, "required", at, "required in the SDK, optional in ours")
            if side == "response" and not f.required and key in shape.required:
                self.add(op, "required", at, "optional in the SDK (may be absent), required in ours")
            if side == "response" and f.nullable and mine.types and "null" not in mine.types:
                self.add(op, "nullable", at, "nullable in the SDK, not in ours")
            self.enum(op, side, at, f.enum or self._enum_of(f.annotation), mine)
            self.types(op, at, kind, mine)
            nested = self._model_of(f.annotation)
            if nested is not None:
                array = kind.startswith("array<")
                for sub in (mine.items if array else [shape.props[key]])[:1]:
                    self.model(op, side, at + ("/*" if array else ""), nested, sub, seen)
        if side == "request":
            for key in sorted(set(shape.props) - set(model.fields)):
                self.add(
                    op,
                    "unknown_field",
                    f"{where}/{key}",
                    f"in our request schema, not in the SDK's {model.name}",
                )

    def enum(
        self, op: SdkOperation, side: str, where: str, values: tuple[str, ...] | None, mine: _Shape
    ) -> None:
        if not values:
            return
        if mine.enum is None and mine.items:
            mine = self.spec.shape(mine.items[0])
        if mine.enum is None:
            if side == "request":
                self.add(op, "enum_values", where, f"the SDK allows only {list(values)}; ours is open")
            return
        lacking = [v for v in values if v not in mine.enum]
        if lacking:
            self.add(op, "enum_values", where, f"{lacking} allowed by the SDK, not in ours")

    def types(self, op: SdkOperation, where: str, kind: str, mine: _Shape) -> None:
        sdk_types, our_types = _json_types(kind), mine.types - {"null"}
        if "number" in our_types:
            our_types |= {"integer"}
        if sdk_types and our_types and not (sdk_types & our_types):
            self.add(
                op, "type", where, f"{kind} in the SDK, {' | '.join(sorted(mine.types - {'null'}))} in ours"
            )

    def _names(self, annotation: str) -> list[SdkModel]:
        return [self.sdk.models[n] for n in re.findall(r"\w+", annotation) if n in self.sdk.models]

    def _enum_of(self, annotation: str) -> tuple[str, ...] | None:
        return next((m.enum for m in self._names(annotation) if m.is_enum), None)

    def _model_of(self, annotation: str) -> SdkModel | None:
        return next((m for m in self._names(annotation) if not m.is_enum), None)


def _label(op: SdkOperation) -> str:
    return f"{op.method} {op.path} ({op.name})"


def check_vendor(sdk_dir: Path, spec_path: Path) -> VendorReport:
    """Compare the SDK unzipped under `sdk_dir` (holding kalshi_python_sync/) with the spec at `spec_path`."""
    import yaml

    sdk = SdkIndex.load(sdk_dir)
    spec = _Spec(yaml.safe_load(spec_path.read_text(encoding="utf-8")))
    report = VendorReport(sdk.version, "/".join(spec_path.parts[-2:]))
    comparer = _Comparer(sdk, spec, report)
    sdk_keys = set()
    for op in sorted(sdk.operations, key=lambda o: (o.path, o.method)):
        key = _key(op.method, op.path)
        sdk_keys.add(key)
        if key not in spec.ops:
            note = f"{op.method} {op.path}  {op.name}" + (" (deprecated)" if op.deprecated else "")
            report.missing_by_api.setdefault(op.api, []).append(f"{note} — {op.summary}".rstrip(" —"))
            report.findings.append(VendorFinding(_label(op), "missing_operation", op.api, op.summary))
            continue
        report.compared.append(_label(op))
        comparer.operation(op, spec.ops[key][2])
    report.ours_only = sorted(
        f"{m} {p} ({o.get('operationId', '?')})" for k, (m, p, o) in spec.ops.items() if k not in sdk_keys
    )
    return report


def _grouped(findings: list[VendorFinding]) -> Iterator[tuple[str, list[VendorFinding]]]:
    by_op: dict[str, list[VendorFinding]] = {}
    for f in findings:
        if f.kind != "missing_operation":
            by_op.setdefault(f.operation, []).append(f)
    yield from sorted(by_op.items())


def format_vendor_report(report: VendorReport, only: str | None = None) -> str:
    """The readable report; `only` keeps the operations whose path starts with it (e.g. "/portfolio")."""

    def keep(label: str) -> bool:
        return only is None or label.split(" ", 2)[1].startswith(only)

    lines = [
        f"Kalshi SDK kalshi-python-sync {report.sdk_version} vs {report.spec}: what the SDK defines that ours does not"
    ]
    missing = {api: [o for o in ops if keep(o)] for api, ops in sorted(report.missing_by_api.items())}
    total = sum(len(ops) for ops in missing.values())
    lines.append(f"\n== operations the SDK has and our spec does not ({total})")
    for api, ops in missing.items():
        if ops:
            lines.append(f"  {api}")
            lines.extend(f"    {o}" for o in ops)
    compared = [c for c in report.compared if keep(c)]
    groups = [(op, fs) for op, fs in _grouped(report.findings) if keep(op)]
    lines.append(f"\n== operations in both ({len(compared)}), {len(groups)} with differences")
    for op, found in groups:
        lines.append(f"  {op}")
        lines.extend(
            f"    {f.kind:<17} {f.where}: {f.detail}" for f in sorted(found, key=lambda f: (f.where, f.kind))
        )
    clean = sorted(set(compared) - {op for op, _ in groups})
    if clean:
        lines.append("  no difference: " + ", ".join(c.rsplit(" (", 1)[1].rstrip(")") for c in clean))
    if report.ours_only:
        lines.append(f"\n== in our spec, not in the SDK ({len(report.ours_only)})")
        lines.extend(f"    {o}" for o in report.ours_only if keep(o))
    counts = {k: sum(1 for f in report.findings if f.kind == k and keep(f.operation)) for k in KINDS}
    lines.append("\n" + ", ".join(f"{n} {k}" for k, n in counts.items() if n) or "\nno difference")
    return "\n".join(lines)
