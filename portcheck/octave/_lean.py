"""Import oct2py without the Jupyter stack it never uses here: stand-ins for the duration of the import.

``oct2py.core`` imports ``octave_kernel.kernel`` for its ``OctaveEngine`` (the
REPL around the Octave process). That module also defines the Jupyter kernel,
so it imports ``metakernel`` (and through it ipykernel, jupyter_client, zmq,
tornado) and ``IPython.display``; ``oct2py.io`` imports pandas when it can.
Together that is more than half of oct2py's import time, for classes portcheck
never touches: the Jupyter kernel class, inline figures (portcheck starts
oct2py with ``backend="disable"``) and DataFrame conversion (portcheck converts
every value itself, :func:`~portcheck.octave.bridge.to_octave`).

:func:`lean_imports` puts light stand-ins in :data:`sys.modules` for the block:
``metakernel`` as a package whose real submodules (``pexpect``, ``replwrap``:
all ``OctaveEngine`` uses) load as usual, ``IPython.display`` with placeholder
classes, and pandas hidden. Afterwards the stand-ins are removed, and so is
``octave_kernel`` (this copy stays alive only inside oct2py), so that a later
``import metakernel``, ``import IPython``, ``import octave_kernel`` or
``import pandas`` in this process gets the real module. Whatever is already
imported (a notebook has IPython) is used as it is; if the import fails with
the stand-ins (another oct2py version), it is undone and the caller imports
the usual way. The stand-ins are process-wide while the block runs (a few
hundred milliseconds): a thread that imports one of these modules meanwhile
would get the stand-in, so the CLI's main thread, which runs beside the Octave
boot (:mod:`portcheck.workflow.prestart`), imports none of them.
"""
from __future__ import annotations

import contextlib
import importlib.util
import sys
import types

__all__ = ["lean_imports"]


class _Placeholder:
    """Stands for a class of the Jupyter stack that oct2py's Octave engine never instantiates."""

    help_links: tuple = ()

    def __init__(self, *args, **kwargs):  # pragma: no cover - never called by the engine
        raise RuntimeError("portcheck loaded oct2py without the Jupyter kernel; import octave_kernel yourself to use it")


def _metakernel_standin() -> types.ModuleType | None:
    spec = importlib.util.find_spec("metakernel")
    if spec is None or not spec.submodule_search_locations:
        return None
    pkg = types.ModuleType("metakernel")
    pkg.__spec__, pkg.__path__, pkg.__file__, pkg.__package__ = spec, list(spec.submodule_search_locations), spec.origin, "metakernel"
    pkg.MetaKernel = type("MetaKernel", (_Placeholder,), {})
    pkg.ProcessMetaKernel = type("ProcessMetaKernel", (pkg.MetaKernel,), {})
    pkg.u = lambda s: s
    return pkg


def _ipython_standin() -> tuple[types.ModuleType, types.ModuleType]:
    ipy = types.ModuleType("IPython")
    ipy.__path__ = []
    display = types.ModuleType("IPython.display")
    display.SVG = type("SVG", (_Placeholder,), {})
    display.Image = type("Image", (_Placeholder,), {})
    ipy.display = display
    return ipy, display


@contextlib.contextmanager
def lean_imports():
    """Stand-ins for metakernel, IPython.display and pandas while oct2py is imported in the block.

    Yields True when the stand-ins are in place, False when the block imports the usual way.
    """
    if any(name in sys.modules for name in ("metakernel", "IPython", "octave_kernel")):
        yield False
        return
    mk = _metakernel_standin()
    if mk is None:
        yield False
        return
    ipy, display = _ipython_standin()
    added = {"metakernel": mk, "IPython": ipy, "IPython.display": display}
    if "pandas" not in sys.modules:
        added["pandas"] = None  # "import pandas" raises ImportError: oct2py.io falls back to placeholders
    sys.modules.update(added)
    try:
        mk.pexpect = importlib.import_module("metakernel.pexpect")
        mk.REPLWrapper = importlib.import_module("metakernel.replwrap").REPLWrapper
        yield True
    finally:
        for name, module in added.items():
            if sys.modules.get(name, 0) is module:
                del sys.modules[name]
        for name in [n for n in sys.modules if n == "octave_kernel" or n.startswith("octave_kernel.")]:
            del sys.modules[name]  # this copy lives on inside oct2py.core; a later import gets a fresh, real one
