"""The package's shape: the stages as sub-packages, imports one way, small modules, a clean API.

The flow is read top-down in `quotes/__init__.py`'s docstring; LAYERS below is the same order.
A module may import from a lower layer, or from its own sub-package; anything else (a stage asking
a later stage, two stages of one layer asking each other, a circle) fails here with the line.
"""
import ast
import importlib
import inspect
import pkgutil
from pathlib import Path


import quotes

PACKAGE = Path(quotes.__file__).parent

# lowest first; a unit is a sub-package or a top-level module of quotes
LAYERS = [
    {"version", "defaults", "text", "lexicon", "learn"},
    {"nlp"},
    {"names"},
    {"find"},
    {"speakers"},
    {"dating"},
    {"records", "schema"},
    {"attribution"},
    {"run"},
    {"corpus"},
    {"report"},
    {"api"},
    {"cli"},
    {"__init__", "__main__"},
]
RANK = {unit: n for n, layer in enumerate(LAYERS) for unit in layer}


def modules() -> dict[str, Path]:
    """Dotted name -> file, for every module of the package."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


MODULES = modules()


def unit_of(name: str) -> str:
    parts = name.split(".")
    if len(parts) == 1:
        return "__init__"
    return parts[1]


def imports_of(name: str, path: Path) -> list[tuple[int, str]]:
    """(line, imported module) for every import of the package inside `name`, lazy ones included."""
    is_pkg = path.name == "__init__.py"
    here = name.split(".") if is_pkg else name.split(".")[:-1]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("quotes"):
                continue
            for alias in node.names:  # "from . import salience": the submodule itself
                sub = f"{target}.{alias.name}"
                out.append((node.lineno, sub if sub in MODULES else target))
        elif isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.startswith("quotes")]
    return out


def test_every_unit_has_a_layer():
    units = {unit_of(m) for m in MODULES}
    assert units <= set(RANK), f"not placed in LAYERS: {sorted(units - set(RANK))}"


def test_imports_run_one_way():
    wrong = []
    for name, path in MODULES.items():
        src = unit_of(name)
        for line, target in imports_of(name, path):
            dst = unit_of(target)
            if dst == src:
                continue
            if RANK[dst] >= RANK[src]:
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {src} imports {target} "
                             f"({'a later stage' if RANK[dst] > RANK[src] else 'a stage of its own layer'})")
    assert not wrong, "\n".join(wrong)


def test_no_module_imports_itself_in_a_circle():
    graph = {name: {t for _, t in imports_of(name, path) if t in MODULES and t != name}
             for name, path in MODULES.items()}
    # an __init__ that re-exports its modules is not a circle with them: a module importing a
    # sibling goes through the package, but the package's body runs first and imports only below
    for name in graph:
        graph[name] = {t for t in graph[name] if not name.startswith(t + ".")}
    found = circle(graph)
    assert found is None, "import circle: " + " -> ".join(found or [])


def circle(graph: dict[str, set[str]]):
    """The first circle of a directed graph (a list of nodes, first = last), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in sorted(graph[n]):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state and (c := visit(m)):
                return c
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state and (c := visit(n)):
            return c
    return None


def test_the_circle_finder_finds_the_old_analyzers_pipeline_circle():
    old = {"analyzers": {"pipeline", "analysis"}, "pipeline": {"analyzers"}, "analysis": set()}
    assert circle(old) == ["analyzers", "pipeline", "analyzers"]
    assert circle({"analyzers": {"loading"}, "loading": set()}) is None


def test_the_layer_rule_catches_an_upward_import(tmp_path):
    # the walker itself: a stage importing a later one is seen, with its line
    bad = tmp_path / "candidates.py"
    bad.write_text("x = 1\nfrom ..speakers.resolve import Resolved\n")
    (line, target), = imports_of("quotes.find.candidates", bad)
    assert (line, target, RANK[unit_of(target)] > RANK["find"]) == (2, "quotes.speakers.resolve", True)


def test_modules_stay_small():
    big = {str(p.relative_to(PACKAGE.parent)): n for p in MODULES.values()
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not big, f"over 400 lines: {big}"


def test_every_sub_package_says_what_comes_in_and_out():
    for info in pkgutil.iter_modules(quotes.__path__):
        if info.ispkg:
            pkg = importlib.import_module(f"quotes.{info.name}")
            assert pkg.__doc__ and len(pkg.__doc__.split()) >= 20, f"quotes.{info.name} has no docstring"
            for name in getattr(pkg, "__all__", ()):
                assert hasattr(pkg, name), f"quotes.{info.name}.__all__ names {name!r}, which is not there"


def test_dir_shows_the_api_and_module_names_only():
    public = [n for n in dir(quotes) if not n.startswith("__")]
    others = sorted(n for n in public if not inspect.ismodule(getattr(quotes, n)))
    assert others == sorted(n for n in quotes.__all__ if not n.startswith("__"))
    assert "__version__" in quotes.__all__ and quotes.__version__


def test_readme_documents_exactly_the_api():
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1].split("\n## ", 1)[0]
    heads = [line[2:].split("`: ")[0] for line in section.splitlines() if line.startswith("- `")]
    listed = {name.split("(")[0] for head in heads for name in head.split("`")[1::2]}
    assert listed == set(quotes.__all__)
