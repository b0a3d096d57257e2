"""The parts of brokerspec and the arrows between them, checked against the real import graph.

`architecture.toml` (at the repository root) declares the parts, what each may import and which part alone
reads the environment; `ARCHITECTURE.md` says the same in prose. Here every `.py` file under the declared
roots is parsed with `ast` and every import is collected — module-level, function-local, inside
`if TYPE_CHECKING:`, relative ones resolved, `from pkg import sub` counted as importing `pkg.sub`, and
`importlib.import_module("literal")` — then the graph is held to the description:

- every module belongs to exactly one declared part (a new file must be placed);
- no arrow the rules do not allow, to a part or to a third-party package;
- no import cycle between parts, and none between modules;
- no dynamic import the AST cannot name unless the description declares what it reaches;
- only the part marked `reads_environment` touches `os.environ` / `os.getenv`.

The second half of the file proves the checker can fail: it builds small synthetic trees in `tmp_path`
with a forbidden arrow, a cycle, an unplaced module... and asserts each is reported.
"""

from __future__ import annotations

import ast
import functools
import itertools
import subprocess
import sys
import textwrap
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DESCRIPTION_FILE = ROOT / "architecture.toml"
ARCHITECTURE_MD = ROOT / "ARCHITECTURE.md"

#: Names in `os` that read (or change) the process environment.
ENV_NAMES = frozenset({"environ", "environb", "getenv", "getenvb", "putenv", "unsetenv"})


# --------------------------------------------------------------------------------------------------
# The description
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    name: str
    modules: frozenset[str]  # exact module names
    packages: frozenset[str]  # a package and everything below it
    may_use: frozenset[str]
    types_only: frozenset[str]
    third_party: frozenset[str]
    stdlib_forbidden: frozenset[str]
    reads_environment: bool


@dataclass(frozen=True)
class Description:
    base: Path
    roots: tuple[str, ...]
    parts: Mapping[str, Part]
    dynamic: Mapping[str, tuple[str, ...]]

    def part_of(self, module: str) -> str | None:
        """The part whose entry matches `module` longest (exact names match only themselves)."""
        best: tuple[int, str] | None = None
        for part in self.parts.values():
            for entry in part.modules:
                if module == entry and (best is None or len(entry) > best[0]):
                    best = (len(entry), part.name)
            for entry in part.packages:
                if (module == entry or module.startswith(entry + ".")) and (
                    best is None or len(entry) > best[0]
                ):
                    best = (len(entry), part.name)
        return best[1] if best else None


def load_description(path: Path) -> Description:
    raw = tomllib.loads(path.read_text())

    def names(table: Mapping[str, object], key: str) -> frozenset[str]:
        value = table.get(key, [])
        assert isinstance(value, list), f"{path.name}: {key} must be a list"
        return frozenset(str(v) for v in value)

    parts = {
        name: Part(
            name=name,
            modules=names(table, "modules"),
            packages=names(table, "packages"),
            may_use=names(table, "may_use"),
            types_only=names(table, "types_only"),
            third_party=names(table, "third_party"),
            stdlib_forbidden=names(table, "stdlib_forbidden"),
            reads_environment=bool(table.get("reads_environment", False)),
        )
        for name, table in raw.get("parts", {}).items()
    }
    dynamic = {module: tuple(targets) for module, targets in raw.get("dynamic", {}).items()}
    return Description(path.parent, tuple(raw.get("tree", {}).get("roots", [])), parts, dynamic)


def description_problems(desc: Description) -> list[str]:
    """Mistakes in the description itself: unknown part names, an entry claimed by two parts."""
    problems = []
    for part in desc.parts.values():
        for key in ("may_use", "types_only"):
            for other in sorted(getattr(part, key) - set(desc.parts)):
                problems.append(f"part {part.name}: {key} names {other!r}, which is no part")
        if not part.modules and not part.packages:
            problems.append(f"part {part.name}: no modules and no packages")
    claimed: dict[tuple[str, str], list[str]] = defaultdict(list)
    for part in desc.parts.values():
        for entry in part.modules:
            claimed[("module", entry)].append(part.name)
        for entry in part.packages:
            claimed[("package", entry)].append(part.name)
    for (kind, entry), owners in sorted(claimed.items()):
        if len(owners) > 1:
            problems.append(f"{kind} {entry} is claimed by {len(owners)} parts: {', '.join(sorted(owners))}")
    return problems


# --------------------------------------------------------------------------------------------------
# The import graph
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Import:
    importer: str
    target: str  # absolute module name (a module of the tree, or a third-party / stdlib name)
    file: str
    line: int
    how: str  # "top", "local" (inside a function), "type-checking", "dynamic"

    def where(self) -> str:
        return f"{self.file}:{self.line}" + ("" if self.how == "top" else f" ({self.how})")


@dataclass
class Tree:
    modules: dict[str, str] = field(default_factory=dict)  # module -> file (relative to the description)
    imports: list[Import] = field(default_factory=list)
    unnamed_dynamic: list[Import] = field(default_factory=list)  # import_module(<not a literal>)
    env_reads: list[tuple[str, str, int, str]] = field(default_factory=list)  # module, file, line, what

    def internal(self, target: str) -> str | None:
        """The module of the tree `target` names (its longest existing prefix), or None if it is not ours."""
        name = target
        while name:
            if name in self.modules:
                return name
            name = name.rpartition(".")[0]
        return None


def _module_name(relative: Path) -> str:
    parts = list(relative.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class _Collector(ast.NodeVisitor):
    """Every import of one file, with how it is made; and every read of the environment."""

    def __init__(self, module: str, is_package: bool, file: str, known: set[str]) -> None:
        self.module = module
        self.package = module if is_package else module.rpartition(".")[0]
        self.file = file
        self.known = known
        self.depth = 0  # functions entered
        self.type_checking = 0  # `if TYPE_CHECKING:` bodies entered
        self.os_names: set[str] = set()
        self.imports: list[Import] = []
        self.unnamed_dynamic: list[Import] = []
        self.env_reads: list[tuple[str, str, int, str]] = []

    def _how(self) -> str:
        return "type-checking" if self.type_checking else "local" if self.depth else "top"

    def _add(self, target: str, node: ast.stmt | ast.expr) -> None:
        self.imports.append(Import(self.module, target, self.file, node.lineno, self._how()))

    def _env(self, node: ast.stmt | ast.expr, what: str) -> None:
        self.env_reads.append((self.module, self.file, node.lineno, what))

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            self.visit(node.test)
            self.type_checking += 1
            for child in node.body:
                self.visit(child)
            self.type_checking -= 1
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node)
            if alias.name == "os" or (alias.name.startswith("os.") and alias.asname is None):
                self.os_names.add(alias.asname or "os")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self.package.split(".") if self.package else []
            base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
            source = ".".join([*base, *([node.module] if node.module else [])])
        else:
            source = node.module or ""
        for alias in node.names:
            sub = f"{source}.{alias.name}"
            self._add(sub if alias.name != "*" and sub in self.known else source, node)
            if source == "os" and alias.name in ENV_NAMES:
                self._env(node, f"from os import {alias.name}")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if isinstance(node.value, ast.Name) and node.value.id in self.os_names and node.attr in ENV_NAMES:
            self._env(node, f"{node.value.id}.{node.attr}")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        dynamic = (isinstance(func, ast.Attribute) and func.attr == "import_module") or (
            isinstance(func, ast.Name) and func.id in ("import_module", "__import__")
        )
        if dynamic and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                self._add(first.value, node)
            else:
                self.unnamed_dynamic.append(Import(self.module, "?", self.file, node.lineno, "dynamic"))
        self.generic_visit(node)


def scan(desc: Description) -> Tree:
    """Parse every .py under the description's roots; the declared dynamic targets become arrows too."""
    tree = Tree()
    files: dict[str, Path] = {}
    for root in desc.roots:
        for path in sorted((desc.base / root).rglob("*.py")):
            name = _module_name(path.relative_to(desc.base / root))
            files[name] = path
            tree.modules[name] = str(path.relative_to(desc.base))
    known = set(files)
    for name, path in files.items():
        collector = _Collector(name, path.name == "__init__.py", tree.modules[name], known)
        collector.visit(ast.parse(path.read_text(), filename=str(path)))
        tree.imports += collector.imports
        tree.unnamed_dynamic += collector.unnamed_dynamic
        tree.env_reads += collector.env_reads
    for module, targets in desc.dynamic.items():
        calls = [i for i in tree.unnamed_dynamic if i.importer == module]
        line = calls[0].line if calls else 0
        for target in targets:
            tree.imports.append(Import(module, target, tree.modules.get(module, module), line, "dynamic"))
    return tree


# --------------------------------------------------------------------------------------------------
# The checks: each returns the problems as readable lines (empty = fine)
# --------------------------------------------------------------------------------------------------


def unplaced_modules(tree: Tree, desc: Description) -> list[str]:
    return [
        f"{module} ({file}) belongs to no part"
        for module, file in sorted(tree.modules.items())
        if desc.part_of(module) is None
    ]


def stale_entries(tree: Tree, desc: Description) -> list[str]:
    """Entries of the description that match no module of the tree (a part renamed, or not written yet)."""
    problems = []
    for part in desc.parts.values():
        for entry in sorted(part.modules):
            if entry not in tree.modules:
                problems.append(f"part {part.name}: module {entry} does not exist")
        for entry in sorted(part.packages):
            if not any(m == entry or m.startswith(entry + ".") for m in tree.modules):
                problems.append(f"part {part.name}: package {entry} does not exist")
    for module in sorted(desc.dynamic):
        if module not in tree.modules:
            problems.append(f"[dynamic] {module} does not exist")
        elif not any(i.importer == module for i in tree.unnamed_dynamic):
            problems.append(f"[dynamic] {module} makes no dynamic import any more")
    return problems


def _top(name: str) -> str:
    return name.partition(".")[0]


def forbidden_arrows(tree: Tree, desc: Description) -> list[str]:
    """Every import the importer's part may not make, grouped by arrow."""
    groups: dict[str, list[str]] = defaultdict(list)
    for imp in sorted(tree.imports, key=lambda i: (i.importer, i.line, i.target)):
        src = desc.part_of(imp.importer)
        if src is None:
            continue  # reported by unplaced_modules
        part = desc.parts[src]
        target = tree.internal(imp.target)
        if target is not None:
            dst = desc.part_of(target)
            if dst is None or dst == src or dst in part.may_use:
                continue
            if dst in part.types_only and imp.how == "type-checking":
                continue
            allowed = sorted(part.may_use) + [f"{t} (types only)" for t in sorted(part.types_only)]
            head = f"{src} -> {dst}   ({src} may use: {', '.join(allowed) or 'nothing of brokerspec'})"
            groups[head].append(f"{imp.importer} -> {target}   {imp.where()}")
            continue
        top = _top(imp.target)
        if top in sys.stdlib_module_names:
            banned = [b for b in part.stdlib_forbidden if imp.target == b or imp.target.startswith(b + ".")]
            if banned:
                head = f"{src} -> stdlib {banned[0]}   (forbidden in {src}: {', '.join(sorted(part.stdlib_forbidden))})"
                groups[head].append(f"{imp.importer} imports {imp.target}   {imp.where()}")
        elif top not in part.third_party:
            head = f"{src} -> third-party {top}   ({src} may use: {', '.join(sorted(part.third_party)) or 'none'})"
            groups[head].append(f"{imp.importer} imports {imp.target}   {imp.where()}")
    return [
        f"{head}\n"
        + "\n".join(f"      {line}" for line in dict.fromkeys(lines))  # one line per import statement
        for head, lines in sorted(groups.items())
    ]


def _strongly_connected(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative; only the components with more than one node."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def _shortest_cycle(graph: Mapping[str, Iterable[str]], start: str, within: set[str]) -> list[str]:
    """The shortest path start -> ... -> start inside one component (breadth first)."""
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for child in sorted(graph.get(node, ())):
                if child not in within:
                    continue
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return [*reversed(path), start]
                if child not in previous:
                    previous[child] = node
                    following.append(child)
        frontier = following
    return [start]


def _cycles(graph: Mapping[str, Iterable[str]], edge_note: Mapping[tuple[str, str], str]) -> list[str]:
    """One line per knot (strongly connected component): its shortest cycles, each arrow with a location."""
    problems = []
    for component in _strongly_connected(graph):
        members = set(component)
        seen: set[tuple[str, ...]] = set()
        lines = []
        for node in component:
            cycle = _shortest_cycle(graph, node, members)
            key = tuple(sorted(cycle[:-1]))
            if key in seen:
                continue
            seen.add(key)
            arrows = [f"{a} -> {b}   {edge_note[(a, b)]}" for a, b in itertools.pairwise(cycle)]
            lines.append("cycle " + " -> ".join(cycle) + "\n" + "\n".join(f"        {a}" for a in arrows))
        problems.append(
            f"{len(component)} tangled: {', '.join(component)}\n" + "\n".join(f"    {line}" for line in lines)
        )
    return problems


def part_cycles(tree: Tree, desc: Description) -> list[str]:
    graph: dict[str, set[str]] = defaultdict(set)
    note: dict[tuple[str, str], str] = {}
    for imp in sorted(tree.imports, key=lambda i: (i.importer, i.line)):
        target = tree.internal(imp.target)
        src, dst = desc.part_of(imp.importer), desc.part_of(target) if target else None
        if src and dst and src != dst:
            graph[src].add(dst)
            note.setdefault((src, dst), f"(e.g. {imp.importer} -> {target}, {imp.where()})")
    return _cycles(graph, note)


def module_cycles(tree: Tree) -> list[str]:
    graph: dict[str, set[str]] = defaultdict(set)
    note: dict[tuple[str, str], str] = {}
    for imp in sorted(tree.imports, key=lambda i: (i.importer, i.line)):
        target = tree.internal(imp.target)
        if target and target != imp.importer:
            graph[imp.importer].add(target)
            note.setdefault((imp.importer, target), f"({imp.where()})")
    return _cycles(graph, note)


def undeclared_dynamic_imports(tree: Tree, desc: Description) -> list[str]:
    return [
        f"{i.importer}: importlib.import_module(<not a literal>) at {i.file}:{i.line}; declare what it reaches under [dynamic]"
        for i in tree.unnamed_dynamic
        if i.importer not in desc.dynamic
    ]


def environment_reads(tree: Tree, desc: Description) -> list[str]:
    allowed = sorted(p.name for p in desc.parts.values() if p.reads_environment)
    return [
        f"{module} reads the environment ({what}) at {file}:{line}; only {', '.join(allowed) or 'no part'} may"
        for module, file, line, what in sorted(tree.env_reads)
        if (part := desc.part_of(module)) is None or not desc.parts[part].reads_environment
    ]


def _fail(title: str, problems: list[str]) -> None:
    if problems:
        pytest.fail(f"{title} ({len(problems)}):\n  " + "\n  ".join(problems), pytrace=False)


# --------------------------------------------------------------------------------------------------
# The real tree
# --------------------------------------------------------------------------------------------------


@functools.cache
def _real() -> tuple[Description, Tree]:
    desc = load_description(DESCRIPTION_FILE)
    return desc, scan(desc)


def test_the_description_is_consistent() -> None:
    desc, _ = _real()
    _fail("mistakes in architecture.toml", description_problems(desc))


def test_every_module_belongs_to_exactly_one_part() -> None:
    desc, tree = _real()
    assert len(tree.modules) > 50, "the scan found almost nothing: wrong roots in architecture.toml?"
    _fail("modules in no part of architecture.toml", unplaced_modules(tree, desc))


def test_every_part_and_dynamic_import_of_the_description_exists() -> None:
    desc, tree = _real()
    _fail("architecture.toml names what is not in the tree", stale_entries(tree, desc))


def test_no_part_imports_what_its_rules_forbid() -> None:
    desc, tree = _real()
    _fail("forbidden arrows", forbidden_arrows(tree, desc))


def test_no_import_cycle_between_parts() -> None:
    desc, tree = _real()
    _fail("import cycles between parts", part_cycles(tree, desc))


def test_no_import_cycle_between_modules() -> None:
    _, tree = _real()
    _fail("import cycles between modules", module_cycles(tree))


def test_every_dynamic_import_is_declared() -> None:
    desc, tree = _real()
    _fail("dynamic imports the checker cannot follow", undeclared_dynamic_imports(tree, desc))


def test_only_config_reads_the_environment() -> None:
    desc, tree = _real()
    assert [p.name for p in desc.parts.values() if p.reads_environment] == ["config"]
    _fail("environment reads outside config", environment_reads(tree, desc))


def test_the_sandbox_never_imports_the_client_side() -> None:
    """The sandbox is written from the specs, not from our understanding of them (DESIGN.md, principle 8)."""
    desc, tree = _real()
    assert desc.parts["sandbox"].may_use == frozenset()
    arrows = [  # (a set: `from x import a, b` is one import statement)
        f"{i.importer} -> {i.target}   {i.where()}"
        for i in tree.imports
        if desc.part_of(i.importer) == "sandbox"
        and (target := tree.internal(i.target)) is not None
        and desc.part_of(target) != "sandbox"
    ]
    _fail("the sandbox imports the client side", sorted(set(arrows)))
    # And at run time, for what no `import` statement shows: only the package root may be loaded besides.
    code = "import brokerspec.sandbox.server, brokerspec.sandbox.faults\nfrom brokerspec.sandbox import Sandbox\nSandbox().close()"
    out = subprocess.run(
        [sys.executable, "-c", f"import sys\n{code}\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    loaded = {
        m
        for m in out.split()
        if m.startswith("brokerspec")
        and m != "brokerspec"
        and m != "brokerspec.sandbox"
        and not m.startswith("brokerspec.sandbox.")
    }
    assert not loaded


def test_architecture_md_names_every_part_and_links_its_checks() -> None:
    desc, _ = _real()
    text = ARCHITECTURE_MD.read_text()
    missing = [name for name in desc.parts if f"`{name}`" not in text]
    assert not missing, f"ARCHITECTURE.md does not describe the parts {missing}"
    assert "architecture.toml" in text and "tests/test_architecture.py" in text


# --------------------------------------------------------------------------------------------------
# The checker itself, on synthetic trees: it must be able to fail
# --------------------------------------------------------------------------------------------------

_SYNTHETIC = """
[tree]
roots = ["src"]

[parts.low]
packages = ["pkg.low"]
may_use = []
third_party = ["attrs"]

[parts.mid]
packages = ["pkg.mid"]
may_use = ["low"]
types_only = ["top"]
third_party = []

[parts.top]
packages = ["pkg.top"]
modules = ["pkg"]
may_use = ["low", "mid"]
third_party = []
reads_environment = true
"""


def _synthetic(
    tmp_path: Path, files: Mapping[str, str], description: str = _SYNTHETIC
) -> tuple[Description, Tree]:
    """A tree under tmp_path/src: the three parts' packages (empty) plus `files`."""
    base = {
        "pkg/__init__.py": "",
        "pkg/low/__init__.py": "",
        "pkg/mid/__init__.py": "",
        "pkg/top/__init__.py": "",
    }
    for name, text in {**base, **files}.items():
        path = tmp_path / "src" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    (tmp_path / "architecture.toml").write_text(description)
    desc = load_description(tmp_path / "architecture.toml")
    return desc, scan(desc)


def test_checker_reports_nothing_for_a_tree_that_keeps_the_rules(tmp_path: Path) -> None:
    desc, tree = _synthetic(
        tmp_path,
        {
            "pkg/low/a.py": "import attrs\nimport json\n",
            "pkg/mid/b.py": "from typing import TYPE_CHECKING\nfrom pkg.low import a\nif TYPE_CHECKING:\n    from pkg.top import c\n",
            "pkg/top/c.py": "import os\nfrom ..low import a\nX = os.environ\n",
        },
    )
    assert description_problems(desc) == []
    assert unplaced_modules(tree, desc) == []
    assert forbidden_arrows(tree, desc) == []
    assert environment_reads(tree, desc) == []
    assert undeclared_dynamic_imports(tree, desc) == []
    assert stale_entries(tree, desc) == []
    assert part_cycles(tree, desc) == [] and module_cycles(tree) == []


def test_an_import_under_type_checking_still_closes_a_cycle(tmp_path: Path) -> None:
    desc, tree = _synthetic(
        tmp_path,
        {
            "pkg/mid/b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.top import c\n",
            "pkg/top/c.py": "from pkg.mid import b\n",
        },
    )
    assert forbidden_arrows(tree, desc) == []
    assert "cycle mid -> top -> mid" in "\n".join(part_cycles(tree, desc))
    assert "cycle pkg.mid.b -> pkg.top.c -> pkg.mid.b" in "\n".join(module_cycles(tree))


def test_checker_reports_a_forbidden_arrow_with_its_place(tmp_path: Path) -> None:
    desc, tree = _synthetic(tmp_path, {"pkg/low/a.py": "\n\nimport pkg.mid.b\n", "pkg/mid/b.py": ""})
    [problem] = forbidden_arrows(tree, desc)
    assert problem.startswith("low -> mid")
    assert "pkg.low.a -> pkg.mid.b   src/pkg/low/a.py:3" in problem


def test_checker_sees_function_local_type_checking_and_relative_imports(tmp_path: Path) -> None:
    desc, tree = _synthetic(
        tmp_path,
        {
            "pkg/low/a.py": """
                from typing import TYPE_CHECKING
                if TYPE_CHECKING:
                    from pkg.top import c
                def f():
                    from ..mid import b
                    return b
            """,
            "pkg/mid/b.py": "",
            "pkg/top/c.py": "",
        },
    )
    report = "\n".join(forbidden_arrows(tree, desc))
    assert "pkg.low.a -> pkg.top.c   src/pkg/low/a.py:4 (type-checking)" in report
    assert "pkg.low.a -> pkg.mid.b   src/pkg/low/a.py:6 (local)" in report


def test_from_package_import_submodule_counts_as_the_submodule(tmp_path: Path) -> None:
    desc, tree = _synthetic(
        tmp_path, {"pkg/low/a.py": "from pkg import top\nfrom pkg.top import c\n", "pkg/top/c.py": ""}
    )
    targets = {i.target for i in tree.imports if i.importer == "pkg.low.a"}
    assert targets == {"pkg.top", "pkg.top.c"}
    assert len(forbidden_arrows(tree, desc)) == 1  # one arrow, low -> top, with both imports under it


def test_types_only_parts_are_allowed_only_under_type_checking(tmp_path: Path) -> None:
    desc, tree = _synthetic(
        tmp_path,
        {
            "pkg/mid/b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.top.c\nimport pkg.top.d\n",
            "pkg/top/c.py": "",
            "pkg/top/d.py": "",
        },
    )
    [problem] = forbidden_arrows(tree, desc)
    assert "pkg.mid.b -> pkg.top.d" in problem and "pkg.top.c" not in problem
    assert "top (types only)" in problem


def test_checker_reports_forbidden_third_party_and_stdlib_imports(tmp_path: Path) -> None:
    description = _SYNTHETIC.replace(
        'third_party = ["attrs"]', 'third_party = ["attrs"]\nstdlib_forbidden = ["socket"]'
    )
    desc, tree = _synthetic(
        tmp_path, {"pkg/low/a.py": "import httpx\nimport attrs\nfrom socket import socket\n"}, description
    )
    report = forbidden_arrows(tree, desc)
    assert [p.splitlines()[0].split("   ")[0] for p in report] == [
        "low -> stdlib socket",
        "low -> third-party httpx",
    ]


def test_checker_reports_a_module_cycle_with_its_path(tmp_path: Path) -> None:
    desc, tree = _synthetic(
        tmp_path,
        {
            "pkg/low/a.py": "from pkg.low import b\n",
            "pkg/low/b.py": "import pkg.low.c\n",
            "pkg/low/c.py": "def late():\n    from . import a\n",
        },
    )
    assert forbidden_arrows(tree, desc) == [] and part_cycles(tree, desc) == []
    [problem] = module_cycles(tree)
    assert "cycle pkg.low.a -> pkg.low.b -> pkg.low.c -> pkg.low.a" in problem
    assert "pkg.low.c -> pkg.low.a   (src/pkg/low/c.py:2 (local))" in problem


def test_checker_reports_a_part_cycle_without_a_module_cycle(tmp_path: Path) -> None:
    desc, tree = _synthetic(
        tmp_path,
        {
            "pkg/low/a.py": "import pkg.mid.y\n",
            "pkg/low/b.py": "",
            "pkg/mid/x.py": "import pkg.low.b\n",
            "pkg/mid/y.py": "",
        },
    )
    assert module_cycles(tree) == []
    [problem] = part_cycles(tree, desc)
    assert "cycle low -> mid -> low" in problem
    assert "low -> mid   (e.g. pkg.low.a -> pkg.mid.y" in problem


def test_checker_reports_a_module_in_no_part_and_a_stale_entry(tmp_path: Path) -> None:
    description = _SYNTHETIC + '\n[parts.gone]\npackages = ["pkg.gone"]\nmay_use = ["nowhere"]\n'
    desc, tree = _synthetic(tmp_path, {"pkg/new.py": "", "other/__init__.py": ""}, description)
    assert unplaced_modules(tree, desc) == [
        "other (src/other/__init__.py) belongs to no part",
        "pkg.new (src/pkg/new.py) belongs to no part",
    ]
    assert stale_entries(tree, desc) == ["part gone: package pkg.gone does not exist"]
    assert description_problems(desc) == ["part gone: may_use names 'nowhere', which is no part"]


def test_checker_reports_an_entry_claimed_by_two_parts(tmp_path: Path) -> None:
    description = _SYNTHETIC + '\n[parts.twin]\npackages = ["pkg.low"]\n'
    desc, _ = _synthetic(tmp_path, {}, description)
    assert description_problems(desc) == ["package pkg.low is claimed by 2 parts: low, twin"]


def test_checker_reports_environment_reads_outside_their_part(tmp_path: Path) -> None:
    desc, tree = _synthetic(
        tmp_path,
        {
            "pkg/low/a.py": "import os as _os\nX = _os.getenv('HOME')\n",
            "pkg/low/b.py": "from os import environ\n",
            "pkg/mid/c.py": "import os.path\nY = os.environ.get('HOME')\n",
            "pkg/top/d.py": "import os\nZ = os.environ\n",
        },
    )
    assert [line.split(" at ")[0] for line in environment_reads(tree, desc)] == [
        "pkg.low.a reads the environment (_os.getenv)",
        "pkg.low.b reads the environment (from os import environ)",
        "pkg.mid.c reads the environment (os.environ)",
    ]


def test_checker_follows_literal_dynamic_imports_and_demands_the_others_be_declared(tmp_path: Path) -> None:
    files = {
        "pkg/low/a.py": "import importlib\nimportlib.import_module('pkg.top.c')\n",
        "pkg/low/b.py": "import importlib\nNAME = 'pkg.mid.d'\nimportlib.import_module(NAME)\n",
        "pkg/top/c.py": "",
        "pkg/mid/d.py": "",
    }
    desc, tree = _synthetic(tmp_path, files)
    assert "pkg.low.a -> pkg.top.c   src/pkg/low/a.py:2" in "\n".join(forbidden_arrows(tree, desc))
    [undeclared] = undeclared_dynamic_imports(tree, desc)
    assert undeclared.startswith("pkg.low.b: importlib.import_module(<not a literal>) at src/pkg/low/b.py:3")
    desc, tree = _synthetic(tmp_path, files, _SYNTHETIC + '\n[dynamic]\n"pkg.low.b" = ["pkg.mid.d"]\n')
    assert undeclared_dynamic_imports(tree, desc) == []
    assert "pkg.low.b -> pkg.mid.d   src/pkg/low/b.py:3 (dynamic)" in "\n".join(forbidden_arrows(tree, desc))
