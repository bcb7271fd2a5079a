"""What a reference may be: a ``.m`` file, a local function in one, a ``+package`` function, or a name.

``reference`` (``portcheck.toml``) and ``--octave`` accept:

``path/f.m``
    The file's function (the folder goes first on the path).
``path/+pkg/f.m``
    A function of the MATLAB package folder ``+pkg``: called as ``pkg.f``, with
    the folder *above* ``+pkg`` on the path (a ``+`` folder cannot be on it itself).
``path/stoi.m:taa_corr``
    A local function of ``stoi.m``, run from a private copy of the file in which
    it comes first (:mod:`portcheck.octave.environment`).
``fft``, ``resample``, ``airtools.maxent``
    Any function on Octave's path: a built-in, a package function (with
    ``packages = ["signal"]``), a file in a declared ``path`` folder. Octave's
    ``which`` says where it is; a ``.m`` file found so gives the signature, a
    compiled built-in has none (the input names then come from the port).

:func:`resolve` turns the text into an :class:`OctaveTarget`: the name Octave
calls, the signature, the environment the case needs. Only a bare name needs
the running session.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import OctaveError, SignatureError, UsageError
from ..octave.environment import Environment, LocalFunction, local_function_source
from ..signature import MSignature, parse_m_signature, read_m_signature

__all__ = ["ReferenceSpec", "OctaveTarget", "parse_reference", "resolve", "optional_inputs", "check_function_line"]

_DOTTED = re.compile(r"\A[A-Za-z]\w*(\.[A-Za-z]\w*)*\Z", re.ASCII)
_IDENTIFIER = re.compile(r"\A[A-Za-z]\w*\Z", re.ASCII)


@dataclass(frozen=True)
class ReferenceSpec:
    """A reference as written, classified.

    ``kind`` is ``"file"`` (a ``.m`` file, possibly in ``+package`` folders),
    ``"local"`` (a local function of a file) or ``"name"`` (a function Octave finds).
    """

    text: str
    kind: str
    file: Path | None = None
    function: str = ""      # what Octave calls: f, pkg.f, taa_corr, resample
    folder: Path | None = None  # what goes on the path for it (None for a name)

    @property
    def label(self) -> str:
        return self.text


def parse_reference(text: str, root: Path) -> ReferenceSpec:
    """Classify ``text`` (relative paths start at ``root``); raises :class:`UsageError` for a malformed one."""
    raw = str(text).strip()
    head, sep, local = raw.rpartition(":")
    if sep and head.endswith(".m") and local:
        if not _IDENTIFIER.match(local):
            raise UsageError(f"reference={raw!r}: {local!r} is not a function name (FILE.m:FUNCTION)")
        file = _absolute(head, root)
        return ReferenceSpec(raw, "local", file, local, file.parent)
    if raw.endswith(".m") or "/" in raw or os.sep in raw:
        file = _absolute(raw, root)
        function, folder = _package_name(file)
        return ReferenceSpec(raw, "file", file, function, folder)
    if _DOTTED.match(raw):
        return ReferenceSpec(raw, "name", None, raw, None)
    raise UsageError(f"reference={raw!r}: expected a .m file, FILE.m:LOCAL_FUNCTION, or a function name such as 'fft'")


def _absolute(text: str, root: Path) -> Path:
    p = Path(text).expanduser()
    p = p if p.is_absolute() else Path(root) / p
    return p.resolve() if p.exists() else Path(os.path.abspath(p))


def _package_name(file: Path) -> tuple[str, Path]:
    """``('pkg.sub.f', folder above +pkg)`` for ``.../+pkg/+sub/f.m``; ``('f', its folder)`` otherwise."""
    parts, folder = [file.stem], file.parent
    while folder.name.startswith("+") and len(folder.name) > 1:
        parts.insert(0, folder.name[1:])
        folder = folder.parent
    return ".".join(parts), folder


@dataclass(frozen=True)
class OctaveTarget:
    """What the workflow needs to call a reference.

    Attributes
    ----------
    function : str
        The name Octave's ``feval`` gets.
    signature : MSignature
        Input and output names (for a compiled built-in: the inputs the caller
        supplies and one output named after the function).
    environment : Environment
        The case's folders, packages and local functions.
    file : Path, optional
        The ``.m`` file that defines it (None for a compiled built-in).
    optional_from : int
        How many inputs are required: the rest may be left out (the ``.m``
        reads ``nargin`` or takes ``varargin``).
    default_outputs : tuple of str
        The outputs compared unless the case says (``outputs = [...]``): all of
        a file's, the first of a function named on Octave's path (a Python
        caller of ``resample`` takes ``y``, not the filter ``h``).
    """

    function: str
    signature: MSignature
    environment: Environment
    file: Path | None
    optional_from: int
    default_outputs: tuple[str, ...] = ()

    @property
    def builtin(self) -> bool:
        return self.file is None


def optional_inputs(text: str, sig: MSignature) -> int:
    """How many of ``sig``'s inputs are required: all, unless the function tests ``nargin`` (or takes ``varargin``).

    A ``.m`` function that reads ``nargin`` (or ``exist('w', 'var')``) may be
    called with fewer arguments; its trailing ones are then optional.
    ``varargin`` is always optional.
    """
    inputs = list(sig.inputs)
    if inputs and inputs[-1] == "varargin":
        inputs = inputs[:-1]
    body = "\n".join(line.split("%", 1)[0] for line in text.splitlines())
    if re.search(r"\bnargin\b|\bexist\s*\(", body):
        return 0
    return len(inputs)


def resolve(spec: ReferenceSpec, env: Environment, session=None, *, input_names=(), outputs=()) -> OctaveTarget:
    """The :class:`OctaveTarget` for ``spec`` in the case's environment ``env``.

    Parameters
    ----------
    session : OctaveSession, optional
        Needed for a ``"name"`` reference only (Octave's ``which`` finds it).
    input_names : sequence of str
        For a compiled built-in: the input names (from the port and the inputs).
    outputs : sequence of str
        Output names declared by the case (``outputs = [...]``), used for a built-in.

    Raises
    ------
    SignatureError
        The file is missing, or defines no such (local) function.
    UsageError
        A name Octave cannot find on the case's path (Octave's own advice is quoted).
    """
    if spec.kind == "file":
        sig = read_m_signature(spec.file)
        check_function_line(spec.file, sig.name, spec.text)
        sig = MSignature(spec.function, sig.inputs, sig.outputs, sig.path)
        pin = Environment.of([spec.folder], pins=[(spec.function, spec.file)])
        return OctaveTarget(spec.function, sig, env.plus(pin), spec.file,
                            optional_inputs(spec.file.read_text(errors="replace"), sig))
    if spec.kind == "local":
        if not spec.file.is_file():
            raise SignatureError(f"reference file not found: {str(spec.file)!r}; check the path")
        text = spec.file.read_text(errors="replace")
        source = local_function_source(text, spec.function)
        if source is None:
            from ..octave.environment import function_names

            raise SignatureError(f"{spec.file.name} defines no function {spec.function!r}; it defines "
                                 f"{', '.join(function_names(text)) or 'none'}")
        sig = parse_m_signature(source, str(spec.file))
        local = LocalFunction(str(spec.file), spec.function)
        return OctaveTarget(spec.function, sig, env.plus(Environment.of([spec.folder], (), [local])), spec.file,
                            optional_inputs(source, sig))
    return _resolve_name(spec, env, session, input_names, outputs)


def check_function_line(file: Path, declared: str, given=None) -> None:
    """Refuse a ``.m`` file Octave would not run as itself: its name must be its function's.

    Octave calls a function file by the file name, whatever its ``function``
    line says; portcheck reads the signature from that line, so the two must
    agree (``harmless.m`` declaring ``system`` would otherwise be compared as one
    thing and run as another). A file name that is not an identifier cannot be
    called at all.
    """
    file = Path(file)
    shown = repr(str(given if given is not None else file))
    if not _IDENTIFIER.match(file.stem):
        raise UsageError(f"{shown}: Octave cannot call a file named {file.name!r}: a function file's name must be a "
                         "function name (an ASCII letter, then letters, digits or '_')",
                         tip=f"rename the file to {declared}.m" if _IDENTIFIER.match(declared or "") else
                         "rename the file and its function to a name such as my_function")
    if declared != file.stem:
        raise UsageError(f"{shown} defines function {declared!r}, but Octave calls a file's function by the file name "
                         f"{file.stem!r}; rename the file to {declared}.m or the function to {file.stem}")


def _resolve_name(spec, env, session, input_names, outputs) -> OctaveTarget:
    if session is None:
        raise UsageError(f"reference={spec.text!r}: a function name needs Octave to find it")
    session.use(env)
    try:
        where = session.call("which", spec.function, nout=1)[0]
    except OctaveError:
        where = ""
    where = str(where if isinstance(where, str) else "").strip()
    if not where:
        message, tip = _not_found(spec.function, env, session)
        raise UsageError(message, tip=tip)
    if where.endswith(".m") and Path(where).is_file():
        sig = read_m_signature(where)
        sig = MSignature(spec.function, sig.inputs, sig.outputs, where)
        return OctaveTarget(spec.function, sig, env, Path(where), optional_inputs(Path(where).read_text(errors="replace"), sig),
                            sig.outputs[:1])
    sig = MSignature(spec.function, tuple(input_names), tuple(outputs) or (spec.function.rsplit(".", 1)[-1],), None)
    return OctaveTarget(spec.function, sig, env, None, 0, sig.outputs[:1])


def _not_found(name: str, env: Environment, session) -> tuple[str, str]:
    """The message and tip for a name Octave does not know, with Octave's own advice quoted intact."""
    advice = ""
    try:
        advice = str(session.call("__unimplemented__", name, nout=1)[0] or "")
    except (OctaveError, IndexError):
        advice = ""
    advice = " ".join(advice.split())
    package = re.search(r"belongs to the (\S+) package", advice)
    where = f" (path: {', '.join(env.paths)})" if env.paths else ""
    message = f"Octave finds no function {name!r}{where}" + (f"; Octave says: {advice}" if advice else "")
    if package:
        tip = (f"{name} is a function of Octave's {package[1]} package: load it with packages = [\"{package[1]}\"] "
               f"in the case (portcheck.toml) or --package {package[1]} on the command line")
    else:
        tip = "give the folder that holds it with path = [...] in portcheck.toml or --path DIR, or check the spelling"
    return message, tip
