"""Octave's environment for one case: the folders on its path, the packages it loads, local functions.

A case runs with exactly its own environment: :meth:`OctaveSession.use
<portcheck.octave.session.OctaveSession.use>` restores the path Octave started
with, then adds the folders of the case's packages and the case's own folders
(``octave_lib/portcheck_env.m``), so nothing one case put on the path is seen by
the next. A package is loaded once per session (``pkg load`` costs about 80 ms;
its folders are remembered and put back after that). Folder and package names
reach Octave as data -- cells of strings given to a function -- never as code.

A *local function* (``stoi.m:taa_corr``) cannot be called from outside its
file. :func:`local_function_source` writes a copy of the file in which that
function comes first, so Octave takes it as the file's main function, with
every other function of the file after it as its local functions (a call
from it to a sibling resolves as it does in the original). The copy lives in
the session's private directory, in a folder of its own put first on the
path; the original's folder stays on the path for everything else it calls.
"""
from __future__ import annotations

import hashlib
import re
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import UsageError

__all__ = ["Environment", "LocalFunction", "local_function_source", "function_names", "PACKAGE_TIP", "octave_text",
           "path_folder", "check_pins"]

#: What to do about a package Octave does not have.
PACKAGE_TIP = ("install it with 'sudo apt-get install octave-{name}' (Debian/Ubuntu) or, in Octave, "
               "'pkg install -forge {name}'; check the name with 'pkg list' in Octave")

_FUNCTION = re.compile(r"^\s*function\b")
_NAME = re.compile(r"^\s*function\s+(?:(?:\[[^\]]*\]|[A-Za-z]\w*)\s*=\s*)?([A-Za-z]\w*)")


@dataclass(frozen=True)
class LocalFunction:
    """The function ``name`` defined inside the ``.m`` file ``file`` (not its first function)."""

    file: str
    name: str


@dataclass(frozen=True)
class Environment:
    """What is on Octave's path for one case, first entries winning.

    Attributes
    ----------
    paths : tuple of str
        Absolute folders, in priority order (the first wins a name clash).
    packages : tuple of str
        Octave packages to load (``signal``), each loaded once per session.
    local_functions : tuple of LocalFunction
        Local functions made callable by a private copy of their file.
    pins : tuple of (str, str)
        ``(function, file)``: Octave's ``which`` must find ``function`` in
        ``file`` once the path is set, or the call is refused (a reference is
        run by its file, never by whatever else answers to its name).
    """

    paths: tuple[str, ...] = ()
    packages: tuple[str, ...] = ()
    local_functions: tuple[LocalFunction, ...] = ()
    pins: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, paths=(), packages=(), local_functions=(), pins=()) -> "Environment":
        """An environment from any path-likes: folders resolved, duplicates dropped (first kept)."""
        folders = tuple(dict.fromkeys(str(Path(p).resolve()) for p in paths))
        return cls(folders, tuple(dict.fromkeys(str(p) for p in packages)), tuple(dict.fromkeys(local_functions)),
                   tuple(dict.fromkeys((str(n), str(f)) for n, f in pins)))

    def plus(self, other: "Environment") -> "Environment":
        """``other``'s entries first, then this one's."""
        return Environment.of((*other.paths, *self.paths), (*other.packages, *self.packages),
                              (*other.local_functions, *self.local_functions), (*other.pins, *self.pins))

    def describe(self) -> str:
        """``path: a, b; packages: signal`` for reports ("" when empty)."""
        parts = []
        if self.paths:
            parts.append("path: " + ", ".join(self.paths))
        if self.packages:
            parts.append("packages: " + ", ".join(self.packages))
        if self.local_functions:
            parts.append("local functions: " + ", ".join(f"{Path(f.file).name}:{f.name}" for f in self.local_functions))
        return "; ".join(parts)


def _chunks(text: str) -> list[tuple[str, list[str]]]:
    """The functions of a ``.m`` file as ``(name, lines)``, in file order (text before the first is dropped)."""
    chunks: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if _FUNCTION.match(line):
            match = _NAME.match(line)
            chunks.append((match[1] if match else "", [line]))
        elif chunks:
            chunks[-1][1].append(line)
    return chunks


def function_names(text: str) -> list[str]:
    """Names of the functions a ``.m`` file defines, the main one first."""
    return [name for name, _ in _chunks(text)]


def local_function_source(text: str, name: str) -> str | None:
    """The ``.m`` text with the function ``name`` first and every other function after it; None if absent."""
    chunks = _chunks(text)
    first = [c for c in chunks if c[0] == name]
    if not first:
        return None
    rest = [c for c in chunks if c is not first[0]]
    return "\n".join(line for _, lines in (first[0], *rest) for line in lines) + "\n"


def materialise(local: LocalFunction, private_dir: str) -> str:
    """Write the copy of ``local``'s file under ``private_dir``; return the folder to put on the path.

    The folder's name is a digest of the source, the file name and the
    function, so an edited file gets a new folder (Octave then reads the new
    text) and two cases with the same local name do not share one.
    """
    text = Path(local.file).read_text(errors="replace")
    source = local_function_source(text, local.name)
    if source is None:  # checked when the case was built; the file changed since
        raise FileNotFoundError(f"{local.file} no longer defines a function {local.name!r}")
    digest = hashlib.sha1(f"{local.file}\0{local.name}\0{text}".encode(), usedforsecurity=False).hexdigest()[:12]
    folder = Path(private_dir) / f"local-{digest}"
    target = folder / f"{local.name}.m"
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        target.write_text(source)
    return str(folder)


def octave_text(text) -> np.ndarray:
    """``text`` as its UTF-8 bytes (a uint8 row), for Octave's ``char(b(:)')``.

    oct2py sends a ``str`` through the MAT file with one byte per character,
    so a non-ASCII path arrives cut short; bytes arrive whole, whatever they
    hold (quotes, ``:``, newlines, accents), and only ever as data.
    """
    return np.frombuffer(os.fsencode(str(text)), dtype=np.uint8).reshape(1, -1).copy()


def path_folder(folder: str, private_dir: str) -> str:
    """``folder``, or a link to it under ``private_dir`` when its name holds Octave's path separator.

    Octave's ``addpath`` splits every argument at ``pathsep`` (``:``), so a
    folder named ``a:b`` cannot go on the path as it is: a symbolic link with a
    plain name, in the session's private directory, stands in for it (removing
    the directory removes the link, never what it points to).
    """
    if os.pathsep not in folder:
        return folder
    digest = hashlib.sha1(os.fsencode(folder), usedforsecurity=False).hexdigest()[:12]
    link = Path(private_dir) / f"path-{digest}"
    if not link.is_symlink():
        link.symlink_to(folder, target_is_directory=True)
    return str(link)


def check_pins(env: Environment, wrong) -> None:
    """Raise :class:`UsageError` for the first pin of ``env`` that Octave's ``which`` did not confirm.

    ``wrong`` is ``portcheck_env``'s answer: ``{name1, found1, ...}`` (empty when every pin holds).
    """
    items = [] if wrong is None or isinstance(wrong, (list, tuple)) and not wrong else \
        [str(x) if x is not None else "" for x in np.asarray(wrong, dtype=object).ravel()]
    if not items:
        return
    name, found = items[0], " ".join(items[1].split()) if len(items) > 1 else ""
    file = dict(env.pins).get(name, "?")
    if found:
        what = repr(found) if os.path.isabs(found) else "a built-in function of Octave"
        raise UsageError(f"Octave would not run {file!r} for {name}(): the name resolves to {what} first; "
                         "portcheck only runs a reference from its own file",
                         tip=f"rename {Path(file).name} and its function to a name nothing else on Octave's path has")
    raise UsageError(f"Octave cannot find {name}() in {file!r} once the folder is on its path (which finds nothing)",
                     tip="check that the file is readable and its folder is not a 'private' or '@class' folder")
