"""Kalshi's official generated SDK (`kalshi-python-sync`) read as data, with `ast`: never imported here.

The SDK is fetched into `.cache/` by `scripts/fetch_kalshi_sdk.py` (pinned, hash-checked, not installed);
`SdkIndex.load(<unpacked dir>)` reads its `api/*.py` and `models/*.py` as source text:

* an operation per `_<name>_serialize` method: HTTP method and path template (`param_serialize(...)`),
  path and query parameters (`_path_params[...]`, `_query_params.append(...)`) with the annotation and
  required flag of the `<name>_with_http_info` signature, the body parameter and its model, the
  `_response_types_map` (status -> model name, None for no body), deprecation;
* a model per `BaseModel` class: fields by JSON key with annotation, required (no default), nullable (the
  fields whose explicit None `to_dict` keeps), description and enum values (`field_validator` sets); an
  enum per `Enum` class.

Two readers use it: the drift report's `--vendor` mode (brokerspec.app.drift_vendor) and the SDK oracle
of the tests (tests/oracle/), which looks operations up with `SdkIndex.match` and validates with the SDK's
own pydantic models.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

__all__ = ["SERVER_PATH", "SdkField", "SdkIndex", "SdkModel", "SdkOperation", "SdkParam", "json_type"]

#: Every SDK path template is relative to this server path (`Configuration` hosts end with it).
SERVER_PATH: Final = "/trade-api/v2"

_SCALARS: Final = {
    "StrictStr": "string",
    "str": "string",
    "StrictInt": "integer",
    "int": "integer",
    "StrictFloat": "number",
    "float": "number",
    "StrictBool": "boolean",
    "bool": "boolean",
    "datetime": "string",
    "date": "string",
    "UUID": "string",
    "StrictBytes": "string",
    "bytes": "string",
    "Any": "any",
    "object": "any",
}


@dataclass(frozen=True)
class SdkParam:
    name: str
    location: str  # "path" | "query"
    annotation: str  # source text of the `_with_http_info` annotation
    required: bool
    collection_format: str | None = None  # "multi", "csv", ... for list parameters


@dataclass(frozen=True)
class SdkOperation:
    name: str  # the SDK method, e.g. "cancel_order_v2"
    api: str  # the API class, e.g. "OrdersApi"
    method: str  # "GET", "POST", ...
    path: str  # template relative to SERVER_PATH, e.g. "/portfolio/events/orders/{order_id}"
    params: tuple[SdkParam, ...]
    body_model: str | None
    body_required: bool
    responses: dict[str, str | None]  # status -> model name (None: no body)
    summary: str = ""
    deprecated: bool = False

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"

    def query(self) -> dict[str, SdkParam]:
        return {p.name: p for p in self.params if p.location == "query"}


@dataclass(frozen=True)
class SdkField:
    name: str  # attribute name
    key: str  # JSON key (the alias, or the name)
    annotation: str
    required: bool  # no default: the key must be there
    nullable: bool  # the spec allows null (an optional field is only omittable unless this is set)
    description: str = ""
    enum: tuple[str, ...] | None = None


@dataclass(frozen=True)
class SdkModel:
    name: str
    fields: dict[str, SdkField] = field(default_factory=dict)  # by JSON key
    enum: tuple[str, ...] | None = None  # for Enum classes: the values

    @property
    def is_enum(self) -> bool:
        return self.enum is not None


def _const(node: ast.AST | None) -> Any:
    return node.value if isinstance(node, ast.Constant) else None


def _keywords(call: ast.Call) -> dict[str, ast.AST]:
    return {k.arg: k.value for k in call.keywords if k.arg}


def _docstring_summary(fn: ast.FunctionDef) -> str:
    doc = ast.get_docstring(fn) or ""
    return doc.strip().splitlines()[0].strip() if doc.strip() else ""


def _signature(fn: ast.FunctionDef) -> dict[str, tuple[str, bool]]:
    """Parameter name -> (annotation text, required), `self` and the `_`-prefixed options left out."""
    args = fn.args.args
    defaults = [None] * (len(args) - len(fn.args.defaults)) + list(fn.args.defaults)
    out: dict[str, tuple[str, bool]] = {}
    for arg, default in zip(args, defaults, strict=True):
        if arg.arg == "self" or arg.arg.startswith("_"):
            continue
        out[arg.arg] = (ast.unparse(arg.annotation) if arg.annotation else "Any", default is None)
    return out


def _response_map(fn: ast.FunctionDef) -> dict[str, str | None]:
    for node in ast.walk(fn):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "_response_types_map"
            and isinstance(node.value, ast.Dict)
        ):
            return {
                str(_const(k)): _const(v) for k, v in zip(node.value.keys, node.value.values, strict=True)
            }
    return {}


def _is_deprecated(fn: ast.FunctionDef) -> bool:
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("warnings.warn"):
            return any("deprecated" in str(_const(a)).lower() for a in node.args)
    return False


def _serialize_facts(fn: ast.FunctionDef) -> dict[str, Any]:
    facts: dict[str, Any] = {"path": [], "query": [], "body": None, "formats": {}}
    for node in ast.walk(fn):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Subscript) and ast.unparse(target.value) == "_path_params":
                facts["path"].append(str(_const(target.slice)))
            elif (
                isinstance(target, ast.Name)
                and target.id == "_body_params"
                and isinstance(node.value, ast.Name)
            ):
                facts["body"] = node.value.id
        elif isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "_collection_formats":
            if isinstance(node.value, ast.Dict):
                pairs = zip(node.value.keys, node.value.values, strict=True)
                facts["formats"] = {str(_const(k)): str(_const(v)) for k, v in pairs}
        elif isinstance(node, ast.Call):
            func = ast.unparse(node.func)
            if func == "_query_params.append" and node.args and isinstance(node.args[0], ast.Tuple):
                facts["query"].append(str(_const(node.args[0].elts[0])))
            elif func.endswith("param_serialize"):
                kw = _keywords(node)
                facts["method"], facts["resource"] = _const(kw.get("method")), _const(kw.get("resource_path"))
    return facts


def _model_name(annotation: str, models: set[str]) -> str | None:
    names = [n for n in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation) if n in models]
    return names[0] if names else None


def _read_api(path: Path, models: set[str]) -> list[SdkOperation]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    ops: list[SdkOperation] = []
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
        for fname, fn in methods.items():
            if not (fname.startswith("_") and fname.endswith("_serialize")):
                continue
            name = fname[1 : -len("_serialize")]
            facts = _serialize_facts(fn)
            info = methods.get(f"{name}_with_http_info") or methods.get(name)
            if info is None or not facts.get("method"):
                continue
            sig = _signature(info)
            params = tuple(
                SdkParam(p, loc, *sig.get(p, ("Any", False)), collection_format=facts["formats"].get(p))
                for loc in ("path", "query")
                for p in facts[loc]
            )
            body = facts["body"]
            body_ann, body_required = sig.get(body, ("", False)) if body else ("", False)
            ops.append(
                SdkOperation(
                    name=name,
                    api=cls.name,
                    method=str(facts["method"]).upper(),
                    path=str(facts["resource"]),
                    params=params,
                    body_model=_model_name(body_ann, models) if body else None,
                    body_required=body_required,
                    responses=_response_map(info),
                    summary=_docstring_summary(info),
                    deprecated=_is_deprecated(methods.get(name, info)),
                )
            )
    return ops


def _validated_enums(cls: ast.ClassDef) -> dict[str, tuple[str, ...]]:
    """Field name -> allowed values, from the `@field_validator('x')` methods' `set([...])` literals."""
    enums: dict[str, tuple[str, ...]] = {}
    for fn in cls.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        for deco in fn.decorator_list:
            if isinstance(deco, ast.Call) and ast.unparse(deco.func) == "field_validator":
                names = [str(_const(a)) for a in deco.args]
                for node in ast.walk(fn):
                    if isinstance(node, ast.Call) and ast.unparse(node.func) == "set" and node.args:
                        values = node.args[0]
                        if isinstance(values, ast.List):
                            for n in names:
                                enums[n] = tuple(str(_const(v)) for v in values.elts)
                        break
    return enums


def _nullable_fields(cls: ast.ClassDef) -> set[str]:
    """The fields the spec marks nullable: `to_dict` keeps their explicit None
    (`if self.x is None and "x" in self.model_fields_set: ...`); every other optional field is only omittable."""
    names: set[str] = set()
    for fn in cls.body:
        if isinstance(fn, ast.FunctionDef) and fn.name == "to_dict":
            for node in ast.walk(fn):
                if (
                    isinstance(node, ast.Compare)
                    and isinstance(node.ops[0], ast.In)
                    and ast.unparse(node.comparators[0]) == "self.model_fields_set"
                ):
                    names.add(str(_const(node.left)))
    return names


def _read_field(
    node: ast.AnnAssign, enums: dict[str, tuple[str, ...]], nullable: set[str]
) -> SdkField | None:
    if not isinstance(node.target, ast.Name) or node.target.id.startswith("_"):
        return None
    annotation = ast.unparse(node.annotation)
    if annotation.startswith("ClassVar"):
        return None
    name = node.target.id
    required, key, description = node.value is None, name, ""
    if isinstance(node.value, ast.Call) and ast.unparse(node.value.func) == "Field":
        kw = _keywords(node.value)
        required = "default" not in kw and "default_factory" not in kw and not node.value.args
        key = str(_const(kw.get("alias")) or name)
        description = str(_const(kw.get("description")) or "")
    return SdkField(name, key, annotation, required, name in nullable, description, enums.get(name))


def _read_models(path: Path) -> list[SdkModel]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[SdkModel] = []
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        bases = {ast.unparse(b) for b in cls.bases}
        if "Enum" in bases:
            values = [_const(n.value) for n in cls.body if isinstance(n, ast.Assign)]
            out.append(SdkModel(cls.name, enum=tuple(str(v) for v in values if v is not None)))
        elif "BaseModel" in bases:
            enums, nullable = _validated_enums(cls), _nullable_fields(cls)
            fields = [
                f for n in cls.body if isinstance(n, ast.AnnAssign) if (f := _read_field(n, enums, nullable))
            ]
            out.append(SdkModel(cls.name, {f.key: f for f in fields}))
    return out


class SdkIndex:
    """Every operation and model of one unzipped SDK, and the operation a concrete request is for."""

    def __init__(self, package: Path, operations: list[SdkOperation], models: dict[str, SdkModel]) -> None:
        self.package = package
        self.operations = operations
        self.models = models
        self.version = _version(package)
        routes = []
        for op in operations:
            pattern = re.sub(r"\\\{([^/]+?)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path))
            routes.append((op.method, re.compile(f"^{pattern}$"), op))
        # Literal segments first: /portfolio/orders/batched wins over /portfolio/orders/{order_id}.
        self._routes = sorted(routes, key=lambda r: (r[2].path.count("{"), r[2].path))

    @classmethod
    def load(cls, unpacked: Path) -> SdkIndex:
        """From the directory holding `kalshi_python_sync/` (what scripts/fetch_kalshi_sdk.py returns)."""
        package = unpacked / "kalshi_python_sync"
        if not (package / "api").is_dir():
            raise FileNotFoundError(f"no kalshi_python_sync/api under {unpacked}")
        models: dict[str, SdkModel] = {}
        for path in sorted((package / "models").glob("*.py")):
            models.update((m.name, m) for m in _read_models(path))
        ops: list[SdkOperation] = []
        for path in sorted((package / "api").glob("*_api.py")):
            ops.extend(_read_api(path, set(models)))
        return cls(package, ops, models)

    def match(self, method: str, path: str) -> tuple[SdkOperation, dict[str, str]] | None:
        """The operation for a request path (relative to SERVER_PATH, or with it) and its path parameters."""
        if SERVER_PATH in path:
            path = path.split(SERVER_PATH, 1)[1] or "/"
        for m, regex, op in self._routes:
            if m == method.upper() and (found := regex.match(path)):
                return op, found.groupdict()
        return None

    def model(self, name: str | None) -> SdkModel | None:
        return self.models.get(name) if name else None


def _version(package: Path) -> str:
    init = package / "__init__.py"
    found = (
        re.search(r'__version__\s*=\s*"([^"]+)"', init.read_text(encoding="utf-8")) if init.exists() else None
    )
    return found.group(1) if found else "?"


def json_type(annotation: str, models: dict[str, SdkModel] | None = None) -> str:
    """A short JSON-ish reading of an annotation: `string`, `integer`, `array<Order>`, `Order`, `string enum`."""
    try:
        node: ast.expr = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return annotation
    return _json_of(node, models or {})


def _json_of(node: ast.expr, models: dict[str, SdkModel]) -> str:
    if isinstance(node, ast.Subscript):
        head = ast.unparse(node.value).split(".")[-1]
        args = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
        if head in ("Optional", "Annotated"):
            return _json_of(args[0], models)
        if head in ("List", "list", "Set", "set"):
            return f"array<{_json_of(args[0], models)}>"
        if head in ("Dict", "dict"):
            return f"object<{_json_of(args[-1], models)}>"
        if head == "Union":
            kinds = sorted({_json_of(a, models) for a in args} - {"null"})
            return "number" if set(kinds) <= {"number", "integer"} else " | ".join(kinds)
        return head
    if isinstance(node, ast.Call):  # conint(...), Field(...): the first positional is the type, if any
        return _json_of(node.args[0], models) if node.args else "any"
    name = ast.unparse(node).split(".")[-1]
    if name == "None":
        return "null"
    if name in models:
        return "string enum" if models[name].is_enum else name
    return _SCALARS.get(name, name)
