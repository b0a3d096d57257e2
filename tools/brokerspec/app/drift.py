"""Wire drift: compare recorded responses (vcrpy cassettes) with what the OpenAPI specs document.

For every recorded interaction the request is mapped to its spec operation (method + path template, after
stripping the sandbox prefix `/kalshi`, `/wealthy`, `/vendor-gateway` and the server path `/trade-api/v2`),
then the JSON response body is checked against that operation's response schema for the recorded status:

* `schema`: a jsonschema (Draft 2020-12, `$ref`s resolved inside the spec) validation error;
* `unknown_field`: a field the schema does not describe (reported even though objects are open);
* `missing_required`: a field the schema requires that the wire omitted;
* `type_change`: a value whose JSON type differs from the documented `type`;
* `enum_value`: a value outside a documented `enum`. Values documented only in prose (descriptions, as every
  response schema of the three specs does today; their `enum`s are on requests) are not checked.

    from brokerspec.app.drift import check_directory, format_report
    report = check_directory(Path("cassettes"), Path("openapi"))
    print(format_report(report)); sys.exit(1 if report.drift else 0)

Its `--vendor` mode (`scripts/record_cassettes --vendor`) compares the spec with Kalshi's official SDK instead
of with recordings: brokerspec.app.drift_vendor.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

import yaml

__all__ = [
    "DRIFT_KINDS",
    "Finding",
    "Report",
    "Spec",
    "check_body",
    "check_cassette",
    "check_directory",
    "format_report",
    "load_specs",
]

#: Finding kinds that count as drift (notes about unmapped requests do not).
DRIFT_KINDS: Final = frozenset({"schema", "unknown_field", "missing_required", "type_change", "enum_value"})
#: Path prefix of each broker in the sandbox -> spec file stem.
SANDBOX_PREFIXES: Final = {"/kalshi": "kalshi", "/wealthy": "wealthy", "/vendor-gateway": "vendor_gateway"}
KALSHI_SERVER_PATH: Final = "/trade-api/v2"
ENUM_NOTE: Final = (
    "enum-like values are checked only where a response schema has an `enum`; known values documented only "
    "in descriptions (every response schema of the three specs today) are not checked"
)

_JSON_TYPES: Final = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}


@dataclass(frozen=True)
class Finding:
    kind: str
    operation: str  # "<broker>.<operationId> <status>"
    pointer: str  # JSON pointer into the body
    detail: str
    source: str = ""  # cassette file

    def line(self) -> str:
        where = self.pointer or "/"
        return f"{self.kind:<17} {where}: {self.detail}"


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    #: operation -> number of responses checked.
    checked: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    @property
    def drift(self) -> list[Finding]:
        return [f for f in self.findings if f.kind in DRIFT_KINDS]


class Spec:
    """One OpenAPI document: operation lookup by method and concrete path, response schemas by status."""

    def __init__(self, name: str, document: Mapping[str, Any]) -> None:
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        self.name = name
        self.document = document
        self.uri = f"urn:brokerspec:openapi:{name}"
        resource: Resource[Any] = Resource.from_contents(dict(document), default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(self.uri, resource)
        self._routes: list[tuple[str, re.Pattern[str], str, str]] = []
        for template, item in (document.get("paths") or {}).items():
            regex = re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$")
            for method, op in item.items():
                if method in {"parameters", "summary", "description", "servers"}:
                    continue
                self._routes.append((method.upper(), regex, template, str(op.get("operationId", template))))
        # Literal segments first, so /portfolio/orders/batched wins over /portfolio/orders/{order_id}.
        self._routes.sort(key=lambda r: r[2].count("{"))

    def operation(self, method: str, path: str) -> tuple[str, str] | None:
        """(path template, operationId) of a concrete request, or None."""
        for m, regex, template, op_id in self._routes:
            if m == method.upper() and regex.match(path):
                return template, op_id
        return None

    def response_pointer(self, template: str, method: str, status: int) -> str | None:
        """JSON pointer (in this document) to the JSON schema documented for the status, or None."""
        responses = self.document["paths"][template][method.lower()].get("responses") or {}
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key not in responses:
                continue
            response = responses[key]
            pointer = f"/paths/{_escape(template)}/{method.lower()}/responses/{key}"
            if "$ref" in response:
                pointer = response["$ref"].removeprefix("#")
                response = self.resolve_pointer(pointer)
            content = response.get("content") or {}
            for media in content:
                if "json" in media and "schema" in content[media]:
                    return f"{pointer}/content/{_escape(media)}/schema"
            return None
        return None

    def resolve_pointer(self, pointer: str) -> Any:
        node: Any = self.document
        for part in pointer.strip("/").split("/"):
            if part:
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def deref(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, Mapping) and "$ref" in schema and seen < 32:
            ref = str(schema["$ref"])
            if not ref.startswith("#"):
                break
            schema = self.resolve_pointer(ref[1:])
            seen += 1
        return schema


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def load_specs(openapi_dir: Path) -> dict[str, Spec]:
    specs: dict[str, Spec] = {}
    for stem in SANDBOX_PREFIXES.values():
        path = openapi_dir / f"{stem}.yaml"
        if path.exists():
            specs[stem] = Spec(stem, yaml.safe_load(path.read_text()))
    return specs


def route(url: str) -> tuple[str, str] | None:
    """(spec name, spec-relative path) of a recorded URL, or None when no spec covers it."""
    path = urlsplit(url).path
    for prefix, name in SANDBOX_PREFIXES.items():
        if path == prefix or path.startswith(prefix + "/"):
            rest = path[len(prefix) :]
            if name == "kalshi":
                rest = rest.removeprefix(KALSHI_SERVER_PATH)
            return name, rest or "/"
    if path.startswith(KALSHI_SERVER_PATH + "/"):
        return "kalshi", path.removeprefix(KALSHI_SERVER_PATH)
    return None


# --------------------------------------------------------------------------------------------------
# Body checks
# --------------------------------------------------------------------------------------------------


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    for name, kind in _JSON_TYPES.items():
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _type_ok(value: Any, declared: Any) -> bool:
    types = [declared] if isinstance(declared, str) else list(declared)
    actual = _json_type(value)
    return actual in types or (actual == "integer" and "number" in types)


def _fits(spec: Spec, schema: Any, value: Any) -> bool:
    """Cheap: does `value` have a type the (dereferenced) schema allows?"""
    schema = spec.deref(schema)
    if not isinstance(schema, Mapping):
        return True
    if "type" in schema:
        return _type_ok(value, schema["type"])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return any(_fits(spec, s, value) for s in schema[key])
    return True


def _walk(spec: Spec, schema: Any, value: Any, pointer: str) -> Iterator[tuple[str, str, str]]:
    """(kind, pointer, detail) for unknown/missing fields, type changes and enum values."""
    schema = spec.deref(schema)
    if not isinstance(schema, Mapping) or schema is True:
        return
    for key in ("oneOf", "anyOf"):
        if key in schema:
            branches = [spec.deref(s) for s in schema[key]]
            fitting = [b for b in branches if _fits(spec, b, value)]
            if not fitting:
                types = sorted({str(b.get("type")) for b in branches if isinstance(b, Mapping)})
                yield "type_change", pointer, f"{_json_type(value)} where the spec has {' | '.join(types)}"
                return
            # Objects: the union of the fitting branches' properties is what the spec knows.
            if isinstance(value, dict) and len(fitting) > 1:
                schema = {"type": "object", "properties": _union_properties(spec, fitting)}
            else:
                schema = {**{k: v for k, v in schema.items() if k != key}, **fitting[0]}
            break
    if "allOf" in schema:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        props: dict[str, Any] = dict(merged.get("properties") or {})
        required: list[str] = list(merged.get("required") or [])
        for part in schema["allOf"]:
            part = spec.deref(part)
            if isinstance(part, Mapping):
                props.update(part.get("properties") or {})
                required.extend(part.get("required") or [])
                merged.setdefault("type", part.get("type"))
        merged["properties"], merged["required"] = props, required
        schema = merged
    declared = schema.get("type")
    if declared is not None and not _type_ok(value, declared):
        shown = declared if isinstance(declared, str) else " | ".join(declared)
        yield "type_change", pointer, f"{_json_type(value)} where the spec has {shown}"
        return
    if "enum" in schema and value not in schema["enum"]:
        yield "enum_value", pointer, f"{value!r} is not one of {schema['enum']!r}"
    if isinstance(value, dict):
        props = schema.get("properties") or {}
        if props or "additionalProperties" not in schema or schema.get("required"):
            for name in schema.get("required") or []:
                if name not in value:
                    yield "missing_required", f"{pointer}/{_escape(name)}", "required by the spec, absent"
            extra = schema.get("additionalProperties")
            for name, item in value.items():
                child = f"{pointer}/{_escape(str(name))}"
                if name in props:
                    yield from _walk(spec, props[name], item, child)
                elif isinstance(extra, Mapping) and extra:
                    yield from _walk(spec, extra, item, child)
                elif props or schema.get("type") == "object":
                    yield "unknown_field", child, f"{_json_type(item)} the spec does not describe"
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            yield from _walk(spec, schema["items"], item, f"{pointer}/{index}")


def _union_properties(spec: Spec, branches: Iterable[Any]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for branch in branches:
        if isinstance(branch, Mapping):
            props.update(spec.deref(branch).get("properties") or {})
    return props


def check_body(spec: Spec, schema_pointer: str, body: Any, operation: str, source: str = "") -> list[Finding]:
    """Every finding for one JSON body against the schema at `schema_pointer` in `spec`."""
    from jsonschema import Draft202012Validator

    findings: list[Finding] = []
    validator = Draft202012Validator({"$ref": f"{spec.uri}#{schema_pointer}"}, registry=spec.registry)
    for error in sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path)):
        pointer = "".join(f"/{_escape(str(p))}" for p in error.absolute_path)
        findings.append(Finding("schema", operation, pointer, error.message[:300], source))
    schema = spec.resolve_pointer(schema_pointer)
    seen: set[tuple[str, str]] = set()
    for kind, pointer, detail in _walk(spec, schema, body, ""):
        if (kind, pointer) not in seen:
            seen.add((kind, pointer))
            findings.append(Finding(kind, operation, pointer, detail, source))
    return findings


# --------------------------------------------------------------------------------------------------
# Cassettes
# --------------------------------------------------------------------------------------------------


def _body_text(response: Mapping[str, Any]) -> str | None:
    body = response.get("body") or {}
    raw = body.get("string") if isinstance(body, Mapping) else body
    if raw is None:
        return None
    if isinstance(raw, bytes):
        return raw.decode("utf-8", errors="replace")
    return str(raw)


def check_cassette(path: Path, specs: Mapping[str, Spec], report: Report | None = None) -> Report:
    report = report if report is not None else Report()
    doc = yaml.safe_load(path.read_text()) or {}
    source = str(path)
    for interaction in doc.get("interactions") or []:
        request, response = interaction["request"], interaction["response"]
        method, url = str(request["method"]), str(request["uri"])
        status = int(response["status"]["code"])
        routed = route(url)
        if routed is None or routed[0] not in specs:
            report.notes.append(f"{path.name}: {method} {urlsplit(url).path} is not covered by any spec")
            continue
        spec = specs[routed[0]]
        found = spec.operation(method, routed[1])
        if found is None:
            report.notes.append(f"{path.name}: {method} {routed[1]} is not an operation of {spec.name}")
            continue
        template, op_id = found
        operation = f"{spec.name}.{op_id} {status}"
        text = _body_text(response)
        pointer = spec.response_pointer(template, method, status)
        if pointer is None or not text:
            report.checked[operation] += 1
            continue
        try:
            body = json.loads(text)
        except ValueError:
            report.notes.append(f"{path.name}: {operation} answered a non-JSON body")
            continue
        report.checked[operation] += 1
        report.findings.extend(check_body(spec, pointer, body, operation, source))
    return report


def check_directory(directory: Path, openapi_dir: Path) -> Report:
    """Check every cassette (`**/*.yaml`) under `directory` against the specs in `openapi_dir`."""
    specs = load_specs(openapi_dir)
    report = Report()
    for path in sorted(directory.rglob("*.yaml")):
        check_cassette(path, specs, report)
    report.notes.append(ENUM_NOTE)
    return report


def format_report(report: Report) -> str:
    lines: list[str] = []
    by_op: dict[str, list[Finding]] = {}
    for finding in report.drift:
        by_op.setdefault(finding.operation, []).append(finding)
    for operation in sorted(set(report.checked) | set(by_op)):
        found = by_op.get(operation, [])
        mark = "DRIFT" if found else "ok"
        lines.append(f"{mark:<5} {operation} ({report.checked.get(operation, 0)} responses)")
        unique = sorted({(f.kind, f.pointer, f.detail) for f in found})
        lines.extend(f"        {Finding(k, operation, p, d).line()}" for k, p, d in unique)
    for note in sorted(set(report.notes)):
        lines.append(f"note: {note}")
    total = len(report.drift)
    lines.append(
        f"{sum(report.checked.values())} responses in {len(report.checked)} operation/status pairs checked; "
        + (f"{total} drift findings" if total else "no drift")
    )
    return "\n".join(lines)
