"""A user's project: ``portcheck.toml`` discovery, parsing and its cases.

``portcheck.toml`` declares the user's own ``.m``/``.py`` pairs (the schema is
in docs/portcheck-toml.md)::

    rtol = 1e-9                      # optional project defaults
    atol = 1e-12
    path = ["matlab/lib"]            # Octave folders every case sees
    packages = ["signal"]            # Octave packages every case loads

    [[case]]
    name = "smooth"
    reference = "matlab/smooth.m"    # relative to this file; or "f.m:local", "+pkg/f.m", "resample"
    port = "python/smooth.py:smooth"
    inputs = "data/smooth.npz"       # or .mat, or a spec table, or a list of them
    lambdas = [0, 1]                 # optional: one input set per value of the lambda argument
    rtol = 1e-8                      # optional, per case
    port_kwargs = { mode = "fast" }  # adapters: see portcheck.cases.adapters

The file is found from the current directory upward (:func:`find_project_file`)
and parsed once per modification (:func:`load_project`). Each ``[[case]]``
becomes a :class:`ProjectCase`, a :class:`~portcheck.cases.base.Case` whose
reference is the user's and whose port is ``FILE.py:FUNC``; the pipeline, the
CLI and the pytest plugin treat it like a built-in case.

The input sources are in :mod:`portcheck.cases.sources`, the reference kinds in
:mod:`portcheck.cases.reference`, the adapters in :mod:`portcheck.cases.adapters`.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Mapping

from ..errors import PortcheckError, UsageError
from ..octave.environment import Environment
from ..runner import load_port
from .adapters import ADAPTER_KEYS, Adapter, parse_adapter
from .base import Case
from .roles import declared_roles
from .inputs import GENERATORS
from .reference import OctaveTarget, ReferenceSpec, parse_reference, resolve
from .sources import InputBuilder, Values, parse_sources
from .specs import check_exact, split_meta

__all__ = [
    "PROJECT_FILE",
    "GENERATORS",
    "Project",
    "ProjectCase",
    "find_project_file",
    "load_project",
    "project_cases",
    "user_case",
    "show_path",
    "toml_module",
    "check_shadowing",
]

PROJECT_FILE = "portcheck.toml"

_ENV_KEYS = ("path", "packages")
_TOP_KEYS = ("case", "rtol", "atol", "snapshots") + _ENV_KEYS
_CASE_KEYS = (("name", "reference", "port", "inputs", "rtol", "atol", "lambdas", "args", "strict_shapes", "description",
               "roles", "conventions") + _ENV_KEYS + ADAPTER_KEYS)
_NAME = re.compile(r"^[A-Za-z_][\w.\-]*$")
_PACKAGE = re.compile(r"^[A-Za-z][\w.\-]*$")


# --------------------------------------------------------------------------- discovery


def find_project_file(start=None) -> Path | None:
    """The nearest ``portcheck.toml`` in ``start`` (default: the current directory) or above it."""
    here = Path(start or os.getcwd()).resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / PROJECT_FILE
        if candidate.is_file():
            return candidate
    return None


def check_shadowing(case: "ProjectCase", project=True) -> None:
    """Refuse ``case`` in place of a built-in case of the same name unless its toml is the project's own.

    The project's own ``portcheck.toml`` is the one in the directory the command
    runs in (``project=True``) or in the directory ``project`` names. One found
    in a parent folder may be anybody's (a shared ``/tmp``, a checkout above
    yours): it must not swap a built-in reference, or run its Python file,
    behind a command that named a built-in case.
    """
    here = Path(os.getcwd() if project is True else project).resolve()
    here = here.parent if here.is_file() else here
    toml = Path(case.origin).resolve() if case.origin else None
    if toml is None or toml.parent == here:
        return
    raise UsageError(f"{case.name!r} is a built-in case, and also a [[case]] of {show_path(toml)}, a portcheck.toml in a "
                     "parent folder; portcheck does not let a parent folder's file replace a built-in case",
                     tip=f"run the command in {show_path(toml.parent) or '.'} to use that [[case]], or rename it there")


def toml_module():
    """The TOML parser: ``tomllib`` (Python 3.11+) or ``tomli``."""
    try:
        import tomllib  # Python 3.11+
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        try:
            import tomli as tomllib
        except ModuleNotFoundError:
            raise UsageError("reading portcheck.toml on Python 3.10 needs the tomli package; run 'pip install tomli'") from None
    return tomllib


@dataclass(frozen=True)
class Project:
    """A parsed ``portcheck.toml``: where it is and the cases it declares."""

    path: Path
    cases: tuple["ProjectCase", ...]
    rtol: float | None = None
    atol: float | None = None
    snapshots: Path | None = None  # where recorded Octave outputs live (portcheck.snapshots)

    @property
    def root(self) -> Path:
        return self.path.parent


_CACHE: dict = {}


def load_project(path) -> Project:
    """Parse the ``portcheck.toml`` at ``path`` (cached until the file changes).

    Raises
    ------
    UsageError
        Invalid TOML, an unknown key (the valid ones are listed), a value of the
        wrong type, or two cases with the same name.
    """
    p = Path(path).resolve()
    try:
        st = p.stat()
    except FileNotFoundError:
        raise UsageError(f"{str(path)!r}: file not found") from None
    key = (str(p), st.st_mtime_ns, st.st_size)
    if key in _CACHE:
        return _CACHE[key]
    tomllib = toml_module()
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{show_path(p)}: invalid TOML: {exc}", tip="see docs/portcheck-toml.md for the schema") from None
    project = _parse_project(p, data)
    _CACHE.clear()  # one project at a time is the common case; keep the cache small
    _CACHE[key] = project
    return project


def project_cases(start=None) -> list["ProjectCase"]:
    """Cases of the ``portcheck.toml`` found from ``start`` upward; ``[]`` when there is none."""
    path = find_project_file(start)
    return list(load_project(path).cases) if path else []


def show_path(p: Path) -> str:
    """``p`` relative to the current directory when it is below it, else absolute."""
    try:
        rel = os.path.relpath(p)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(p)
    return str(p) if rel.startswith("..") else rel


def _parse_project(path: Path, data: dict) -> Project:
    where = show_path(path)
    unknown = sorted(set(data) - set(_TOP_KEYS))
    if unknown:
        raise UsageError(f"{where}: unknown top-level key(s) {unknown}; valid keys are {list(_TOP_KEYS)}",
                         tip="declare each pair in a [[case]] table; see docs/portcheck-toml.md")
    rtol = _tolerance(data, "rtol", where)
    atol = _tolerance(data, "atol", where)
    env = _environment(data, path.parent, where)
    raw_cases = data.get("case", [])
    if not isinstance(raw_cases, list) or not all(isinstance(c, dict) for c in raw_cases):
        raise UsageError(f"{where}: 'case' must be an array of tables, written [[case]]; got {type(raw_cases).__name__}")
    cases = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(raw_cases, 1):
        case = _parse_case(path, raw, i, rtol, atol, env)
        low = case.name.lower()
        if low in seen:
            raise UsageError(f"{where}: two cases are named {case.name!r} ([[case]] #{seen[low]} and #{i}); names must be unique (case-insensitive)")
        seen[low] = i
        cases.append(case)
    snapshots = data.get("snapshots")
    if snapshots is not None and (not isinstance(snapshots, str) or not snapshots.strip()):
        raise UsageError(f"{where}: snapshots={snapshots!r}: must be a directory, e.g. snapshots = \"portcheck-snapshots\"")
    return Project(path, tuple(cases), rtol, atol, (path.parent / snapshots).absolute() if snapshots else None)


def _tolerance(table: dict, key: str, where: str):
    if key not in table:
        return None
    v = table[key]
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not v >= 0:
        raise UsageError(f"{where}: {key}={v!r}: must be a number >= 0, e.g. {key} = {1e-9 if key == 'rtol' else 1e-12:g}")
    return float(v)


def _environment(table: dict, root: Path, where: str, base: Environment = Environment()) -> Environment:
    """``path`` (folders, relative to the toml) and ``packages`` of a table, in front of ``base``."""
    paths = table.get("path", [])
    paths = [paths] if isinstance(paths, str) else paths
    if not isinstance(paths, list) or not all(isinstance(p, str) and p for p in paths):
        raise UsageError(f"{where}: path={paths!r}: must be a list of folders, e.g. path = [\"matlab/lib\"]")
    packages = table.get("packages", [])
    packages = [packages] if isinstance(packages, str) else packages
    if not isinstance(packages, list) or not all(isinstance(p, str) and _PACKAGE.match(p) for p in packages):
        raise UsageError(f"{where}: packages={packages!r}: must be a list of Octave package names, e.g. packages = [\"signal\"]")
    folders = [Path(p).expanduser() if Path(p).expanduser().is_absolute() else root / p for p in paths]
    missing = [str(p) for p, f in zip(paths, folders) if not f.is_dir()]
    if missing:
        raise UsageError(f"{where}: path: {missing[0]!r} is not a directory (paths are relative to {show_path(root) or '.'})")
    return base.plus(Environment.of(folders, packages))


def _parse_case(path: Path, raw: dict, index: int, rtol_default, atol_default, project_env=Environment()) -> "ProjectCase":
    name = raw.get("name")
    where = f"{show_path(path)}: [[case]] #{index}" + (f" {name!r}" if isinstance(name, str) else "")
    unknown = sorted(set(raw) - set(_CASE_KEYS))
    if unknown:
        raise UsageError(f"{where}: unknown key(s) {unknown}; valid keys are {list(_CASE_KEYS)}")
    for key in ("name", "reference", "port"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise UsageError(f"{where}: {key}={raw.get(key)!r}: required, a non-empty string", tip=_CASE_TIP)
    if not _NAME.match(name):
        raise UsageError(f"{where}: name={name!r}: must start with a letter or '_' and hold only letters, digits, '_', '-', '.' (it becomes a test id)")
    if ":" not in raw["port"]:
        raise UsageError(f"{where}: port={raw['port']!r}: expected 'FILE.py:FUNCTION', e.g. 'python/{name}.py:{name}'")
    if "inputs" not in raw:
        raise UsageError(f"{where}: inputs missing: give a .npz/.mat file or a spec table", tip=_CASE_TIP)
    sources = parse_sources(raw["inputs"], where)
    lambdas = raw.get("lambdas")
    if lambdas is not None:
        if not isinstance(lambdas, list) or not lambdas or any(isinstance(l, bool) or not isinstance(l, (int, float)) for l in lambdas):
            raise UsageError(f"{where}: lambdas={lambdas!r}: must be a non-empty list of numbers, e.g. lambdas = [0, 1]")
        lambdas = tuple(float(l) for l in lambdas)
    args = raw.get("args", {})
    if not isinstance(args, dict) or not all(isinstance(v, str) for v in args.values()):
        raise UsageError(f"{where}: args={args!r}: must be a table of port_argument = \"octave_argument\", e.g. args = {{ lmbda = \"lambda\" }}")
    strict = raw.get("strict_shapes", False)
    if not isinstance(strict, bool):
        raise UsageError(f"{where}: strict_shapes={strict!r}: must be true or false")
    description = raw.get("description", "")
    if not isinstance(description, str):
        raise UsageError(f"{where}: description={description!r}: must be a string")
    rtol = _tolerance(raw, "rtol", where)
    atol = _tolerance(raw, "atol", where)
    root = path.parent
    case = _make_case(
        name=name, reference=raw["reference"], port=raw["port"], root=root, sources=sources,
        lambdas=lambdas, rtol=rtol if rtol is not None else rtol_default, atol=atol if atol is not None else atol_default,
        args=dict(args), strict_shapes=strict, description=description, where=where, origin=path,
        env=_environment(raw, root, where, project_env), adapter=parse_adapter(raw, where),
    )
    conventions = raw.get("conventions", [])
    if not isinstance(conventions, list) or not all(isinstance(c, str) for c in conventions):
        raise UsageError(f"{where}: conventions={conventions!r}: must be a list of convention names, "
                         "e.g. conventions = [\"row-major-params\"]")
    if conventions:
        case = replace(case, conventions=tuple(conventions))
    return replace(case, roles=declared_roles(raw.get("roles"), where)) if "roles" in raw else case


_CASE_TIP = ("a case needs name, reference, port and inputs, e.g. name = \"smooth\", reference = \"smooth.m\", "
             "port = \"smooth.py:smooth\", inputs = \"smooth.npz\"")


# --------------------------------------------------------------------------- cases


@dataclass(frozen=True)
class ProjectCase(Case):
    """A case of the user's: a reference of theirs (a file, a local function, a name) and a ``FILE.py:FUNC`` port.

    ``port`` is the spec as written (relative to ``root``) and is what reports
    and ``portcheck list`` show; :meth:`load_port` resolves it against ``root``.
    """

    reference_spec: ReferenceSpec = field(default_factory=lambda: ReferenceSpec("", "name"))
    root: Path = Path()
    shadows_builtin: bool = False  # set by cases.get_case: a built-in case has the same name

    @property
    def origin_label(self) -> str:
        """``[[case]] ridgeCost of portcheck.toml`` (and that it replaces a built-in case, when it does)."""
        if self.origin is None:
            return ""
        note = ", in place of the built-in case of that name" if self.shadows_builtin else ""
        return f"[[case]] {self.name} of {show_path(self.origin)}{note}"

    @property
    def source(self) -> str:
        """``"portcheck.toml"`` for a declared case, ``"--octave"`` for a one-off pair."""
        return "portcheck.toml" if self.origin is not None else "--octave"

    @property
    def reference_file(self) -> Path | None:
        """The ``.m`` file the reference is in (None for a function named without a file)."""
        return self.reference_spec.file

    @property
    def reference_path(self) -> Path:
        return self.reference_spec.file or Path(self.reference_spec.function)

    @property
    def reference_text(self) -> str:
        spec = self.reference_spec
        if spec.kind == "local":
            return f"{spec.file}:{spec.function}"
        return str(spec.file) if spec.file else spec.function

    @property
    def reference_label(self) -> str:
        """The reference as the user wrote it, relative to the current directory when possible."""
        spec = self.reference_spec
        if spec.kind == "name":
            return f"{spec.function} (a function on Octave's path)"
        label = show_path(spec.file)
        return f"{label}:{spec.function}" if spec.kind == "local" else label

    def octave_target(self, session=None, port=None) -> OctaveTarget:
        return resolve(self.reference_spec, self.environment, session, input_names=_positional(port),
                       outputs=self.adapter.outputs)

    @property
    def port_spec(self) -> str:
        """``FILE.py:FUNC`` with FILE absolute (what :func:`portcheck.runner.load_port` gets)."""
        target, _, func = self.port.rpartition(":")
        if target.endswith(".py") or "/" in target or os.sep in target:
            p = Path(target)
            target = str(p if p.is_absolute() else (self.root / p))
        return f"{target}:{func}"

    @property
    def port_label(self) -> str:
        target, _, func = self.port_spec.rpartition(":")
        return f"{show_path(Path(target)) if target.endswith('.py') else target}:{func}"

    def load_port(self, timeout: float | None = None):
        return load_port(self.port_spec, timeout=timeout)


def _positional(port) -> tuple[str, ...]:
    """The port's parameter names: a compiled built-in reference takes its input names from them."""
    import inspect

    if port is None:
        return ()
    try:
        params = inspect.signature(port).parameters.values()
    except (TypeError, ValueError):
        return ()
    return tuple(p.name for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))


@dataclass(frozen=True)
class _Names:
    """The reference's input names and how many are required, read when the inputs are built."""

    spec: ReferenceSpec
    env: Environment

    def __call__(self):
        if self.spec.kind == "name":
            return None, 0
        target = resolve(self.spec, self.env)
        return list(target.signature.inputs), target.optional_from


def _make_case(*, name, reference, port, root, sources, lambdas, rtol, atol, args, strict_shapes, description, where,
               origin, env=Environment(), adapter=None):
    adapter = adapter or Adapter()
    spec = parse_reference(str(reference), Path(root))
    function, outputs = spec.function, tuple(adapter.outputs)
    if spec.kind != "name":
        try:
            target = resolve(spec, env)
        except PortcheckError:  # reported when the case is run; listing still works
            target = None
        if target is not None:  # a spec naming arguments the function does not take is a schema error: say so now
            sig = target.signature
            function, outputs = target.function, tuple(sig.outputs)
            names = list(sig.inputs)
            for src in sources:
                if isinstance(src, dict) and not isinstance(src, Values):
                    given, meta = split_meta(src, names)
                    check_exact(given, names, f"{where}: inputs", 0 if "file" in meta else target.optional_from)
            adapter.validate(sig, where)
    shown = show_path(spec.file) if spec.file else spec.function
    return ProjectCase(
        name=name, exercise=show_path(origin) if origin else "--octave", reference=function, port=port, outputs=outputs,
        build_inputs=InputBuilder(_Names(spec, env), Path(root), tuple(sources), lambdas, where),
        description=description or f"{function} from {shown}",
        reference_spec=spec, root=Path(root), origin=origin, rtol=rtol, atol=atol,
        arg_overrides=dict(args), strict_shapes=strict_shapes, paths=env.paths, packages=env.packages, adapter=adapter,
    )


def user_case(reference, port: str, inputs, *, lambdas=None, root=None, name: str | None = None,
              where: str = "inputs", paths=(), packages=(), adapter: Adapter | None = None) -> ProjectCase:
    """A one-off case from a reference, ``FILE.py:FUNC`` and inputs (``portcheck compare --octave``).

    ``reference`` is a ``.m`` path, ``FILE.m:LOCAL``, or a function name
    (``fft``, ``resample``). ``inputs`` is a ``.npz``/``.mat`` path, a spec
    table or a ``dict`` of values (used as they are), or a list of those.
    Relative paths start from ``root`` (default: the current directory);
    ``paths`` and ``packages`` are Octave's environment for it.
    """
    root = Path(root or os.getcwd())
    items = inputs if isinstance(inputs, (list, tuple)) else [inputs]
    sources = []
    for item in items:
        if isinstance(item, (str, os.PathLike)):
            sources.append(str(item))
        elif isinstance(item, Mapping):
            if any(isinstance(v, dict) for v in item.values()):  # a spec table: {"x": {"shape": [5, 1], ...}}
                sources.append(parse_sources(dict(item), "inputs")[0])
            else:
                sources.append(Values(item))
        else:
            raise UsageError(f"inputs={item!r}: expected a .npz/.mat path, a dict of values keyed by the .m argument names, or a list of those")
    ref = str(reference)
    spec = parse_reference(ref, root)
    label = name or (spec.function if spec.kind != "file" else spec.file.stem)
    env = Environment.of([p if Path(p).is_absolute() else root / p for p in paths], packages)
    return _make_case(name=label, reference=ref, port=str(port), root=root, sources=tuple(sources), lambdas=lambdas,
                      rtol=None, atol=None, args={}, strict_shapes=False, description="", where=where, origin=None,
                      env=env, adapter=adapter)
