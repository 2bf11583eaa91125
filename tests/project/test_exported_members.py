"""The public API is exactly what ``__all__`` says (httpx's test_exported_members)."""

import subprocess
import sys

import pytest

import hamstring_rules as hr


def test_every_name_in_all_resolves_to_a_library_object() -> None:
    """Every name in ``__all__`` loads, and is defined by the library."""
    for name in hr.__all__:
        value = getattr(hr, name)
        assert getattr(value, "__module__", "").startswith("hamstring_rules"), name


def test_public_classes_and_functions_are_all_exported() -> None:
    """Public classes and functions of the public modules are in ``__all__``."""
    import importlib

    for module_name in set(hr._EXPORTS.values()):
        module = importlib.import_module(f"hamstring_rules.{module_name}")
        for name in getattr(module, "__all__", ()):
            if name.isupper() or name.startswith("_"):  # constants stay in their module
                continue
            assert name in hr.__all__, f"{module_name}.{name}"


def test_all_is_sorted() -> None:
    """``__all__`` is sorted, so additions are easy to review."""
    assert list(hr.__all__) == sorted(hr.__all__)


def test_every_public_name_has_a_docstring() -> None:
    """Each exported class and function documents itself."""
    missing = [n for n in hr.__all__ if callable(getattr(hr, n)) and not getattr(hr, n).__doc__]
    assert missing == []


def test_unknown_attribute_is_an_attribute_error() -> None:
    """A name that is not exported raises AttributeError, as for any module."""
    with pytest.raises(AttributeError, match="nope"):
        hr.nope  # noqa: B018


def test_import_loads_no_parser_libraries() -> None:
    """``import hamstring_rules`` plus a recommend() does not import pydantic or yaml."""
    code = (
        "import sys, hamstring_rules as hr; hr.recommend('rehab'); "
        "print(sorted(m for m in ('pydantic', 'yaml', 'argparse', 'csv') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _module_imports() -> dict[str, set[str]]:
    """Each of the package's modules -> the package modules it imports, at module level or
    inside a function (a deferred import is still a dependency a reader must follow); not the
    imports under ``if TYPE_CHECKING:``, which only annotations read."""
    import ast
    import pathlib

    pkg = pathlib.Path(hr.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in pkg.rglob("*.py"):
        parts = path.relative_to(pkg.parent).with_suffix("").parts
        mod = ".".join(parts).removesuffix(".__init__")
        package = mod.split(".") if path.name == "__init__.py" else mod.split(".")[:-1]
        deps: set[str] = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for statement in node.body
            for inner in ast.walk(statement)
        }
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.ImportFrom):
                base = package[: len(package) - node.level + 1] if node.level else []
                target = ".".join(base + ([node.module] if node.module else []))
                for alias in node.names:
                    full = f"{target}.{alias.name}"
                    as_file = pkg.parent / (full.replace(".", "/") + ".py")
                    deps.add(full if as_file.exists() else target)
            elif isinstance(node, ast.Import):
                deps.update(a.name for a in node.names)
        graph[mod] = {d for d in deps if d.startswith("hamstring_rules.") and d != mod}
    return graph


def test_modules_import_each_other_without_cycles() -> None:
    """The modules form layers: no module imports (even inside a function) one that imports it
    back, so a reader can tell which is below which (the program classes below the file schema
    that reads them, the schema below the loader)."""
    graph = _module_imports()
    assert "hamstring_rules.program" in graph["hamstring_rules._program_file"]  # the graph is read
    cycles: set[str] = set()

    def walk(node: str, path: list[str], done: set[str]) -> None:
        for dep in sorted(graph.get(node, ())):
            if dep in path:
                cycles.add(" -> ".join([*path[path.index(dep) :], dep]))
            elif dep not in done:
                done.add(dep)
                walk(dep, [*path, dep], done)

    for module in sorted(graph):
        walk(module, [module], set())
    assert sorted(cycles) == []
