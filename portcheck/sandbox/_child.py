"""``python -m portcheck.sandbox._child``: the warm worker that holds one port.

Started by :class:`~portcheck.sandbox.PortProcess` with four pipes (commands
in, replies out, stacks out, and a lifeline nobody writes to, whose end of
file means the parent is gone) and its stdout/stderr on two more. It serves one
command per frame until its parent closes the command pipe or says ``close``:

``load``   memory limit, ``sys.path``, import the port's module, find the function
``call``   decode the arguments (keeping large arrays by content key), call, reply; with
           ``instrument``, through a hook of portcheck's (:mod:`._instrument`)
``ping``   liveness
``close``  end at once (``os._exit``: a port's leftover threads are not waited for)

Later commands (``trace``: the call under ``sys.settrace``) and load options
(``import-shims``) slot into :data:`COMMANDS` and the ``options`` of ``load``.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import threading
import traceback
from collections import OrderedDict

from . import _instrument, _locate, _reap, _runtime, _shims, _wire

__all__ = ["main", "COMMANDS"]


class ArrayCache:
    """Arrays received so far, by content key, least recently used first out."""

    def __init__(self, budget_bytes: int = 1 << 30):
        self.budget = budget_bytes
        self._items: OrderedDict = OrderedDict()
        self._bytes = 0
        self._evicted: list[str] = []

    def get(self, key):
        arr = self._items.get(key) if isinstance(key, str) else None
        if arr is not None:
            self._items.move_to_end(key)
        return arr

    def put(self, key: str, arr) -> None:
        if key in self._items:
            self._items.move_to_end(key)
            return
        self._items[key] = arr
        self._bytes += arr.nbytes
        while self._bytes > self.budget and len(self._items) > 1:
            old, a = self._items.popitem(last=False)
            self._bytes -= a.nbytes
            self._evicted.append(old)

    def take_evicted(self) -> list[str]:
        out, self._evicted = self._evicted, []
        return out


class Worker:
    def __init__(self, cmd_fd: int, reply_fd: int):
        self.cmd_fd = cmd_fd
        self.reply_fd = reply_fd
        self.func = None
        self.cache = ArrayCache()

    def serve(self) -> None:
        while True:
            try:
                frame = _wire.read_frame_blocking(self.cmd_fd)
            except KeyboardInterrupt:
                continue
            except (_wire.WireError, OSError):
                _runtime.hard_exit(3)
            if frame is None:  # the parent is gone
                _reap.sweep_own()
                _runtime.hard_exit(0)
            header, blobs = frame
            cmd = header.get("cmd")
            handler = COMMANDS.get(cmd)
            try:
                if handler is None:
                    reply, out = {"status": "error", "message": f"unknown command {cmd!r}; known: {sorted(COMMANDS)}"}, []
                else:
                    reply, out = handler(self, header, blobs)
            except BaseException as exc:  # a bug here, or a port that broke the worker's own code
                reply, out = {"status": "error", "message": f"{type(exc).__name__}: {exc}"[:2000],
                              "traceback": traceback.format_exc()[-20000:]}, []
            del header, blobs
            if cmd == "close":  # what the port started outside its process group ends before we do
                _reap.sweep_own()
            self.send(reply, out)
            if cmd == "close":
                _runtime.hard_exit(0)

    def send(self, reply: dict, blobs: list) -> None:
        try:
            parts = _wire.pack_frame(reply, blobs)
        except BaseException as exc:
            parts = _wire.pack_frame({"status": "error", "message": f"reply not encodable: {type(exc).__name__}: {exc}"[:2000]})
        try:
            _wire.write_frame_blocking(self.reply_fd, parts)
        except OSError:
            _runtime.hard_exit(3)


def _load_error(message: str, tip: str | None = None, details: str = "") -> tuple[dict, list]:
    return {"status": "load-error", "message": message, "tip": tip, "details": details}, []


def _module_name(path: str) -> str:
    """The file's stem when ``import stem`` would find this very file, else a private name."""
    stem = os.path.splitext(os.path.basename(path))[0]
    if stem.isidentifier() and stem not in sys.modules and stem not in getattr(sys, "stdlib_module_names", ()):
        try:
            spec = importlib.util.find_spec(stem)
        except (ImportError, ValueError):
            spec = None
        if spec is not None and spec.origin and os.path.abspath(spec.origin) == os.path.abspath(path):
            return stem
    return f"portcheck_port_{stem if stem.isidentifier() else 'module'}"


def _package_of(path: str):
    """``(folder above the top package, dotted module name)`` for a file inside a package (an ``__init__.py``
    chain), so that its relative imports work; None for a file on its own."""
    folder, parts = os.path.dirname(os.path.abspath(path)), [os.path.splitext(os.path.basename(path))[0]]
    while os.path.isfile(os.path.join(folder, "__init__.py")):
        parts.insert(0, os.path.basename(folder))
        folder = os.path.dirname(folder)
    if len(parts) == 1 or not all(p.isidentifier() for p in parts):
        return None
    return folder, ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_file(path: str, shims=()):
    package = None if shims else _package_of(path)
    if package is not None:  # a module of its package: imported by its dotted name
        folder, dotted = package
        if folder not in sys.path:
            sys.path.insert(0, folder)
        return importlib.import_module(dotted)
    name = _module_name(path)
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path!r} is not a Python source file")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        if shims:
            _shims.exec_module(module, path, shims)
        else:
            spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module


def _headline(fields: dict) -> str:
    where = f" at {os.path.basename(fields['file'])}:{fields['line']}" if fields.get("file") else ""
    return f"{fields['type']}: {fields['message']}{where}"


def cmd_load(worker: Worker, header: dict, _blobs) -> tuple[dict, list]:
    worker.send({"status": "ack"}, [])  # booted: the import's own time starts now
    _runtime.set_memory_limit(header.get("memory_mb"))
    if header.get("cache_bytes"):
        worker.cache.budget = int(header["cache_bytes"])
    for entry in reversed(header.get("sys_path") or []):
        sys.path.insert(0, entry)
    sys.dont_write_bytecode = True  # never a __pycache__ in the user's folder
    kind, func_name = header["kind"], header["func"]
    label = repr(header["path"]) if kind == "file" else repr(header["module"])
    shims = tuple((header.get("options") or {}).get("shims") or ())
    try:
        _shims.install(shims)
        module = _import_file(header["path"], shims) if kind == "file" else importlib.import_module(header["module"])
    except SystemExit as exc:
        return _load_error(f"importing {label} called exit({exc.code!r}); guard script code with if __name__ == '__main__':",
                           details=_locate.failure_fields(exc)["traceback"])
    except BaseException as exc:
        fields = _runtime.failure_from_exception(exc)
        if kind == "module" and isinstance(exc, ModuleNotFoundError) and header["module"].startswith(exc.name or "\0"):
            return _load_error(f"cannot import module {header['module']!r}: {type(exc).__name__}: {exc}",
                               tip="check the module name and that its folder is on sys_path", details=fields["traceback"])
        reply = _load_error(f"importing {label} failed: {_headline(fields)}",
                            tip="fix the error in your file; its traceback is shown above", details=fields["traceback"])
        reply[0]["failure"] = {**fields, "name": getattr(exc, "name", None) if isinstance(exc, ImportError) else None}
        if isinstance(exc, SyntaxError):
            reply[0]["failure"].update(file=exc.filename, line=exc.lineno, source=(exc.text or "").strip() or None)
        return reply
    finally:
        _runtime.flush_streams()
    func = getattr(module, func_name, None)
    if func is None or not callable(func):
        import inspect

        available = sorted(n for n, v in vars(module).items()
                           if inspect.isfunction(v) and v.__module__ == module.__name__)
        target = header["path"] if kind == "file" else header["module"]
        return _load_error(f"{target} defines no function {func_name!r}; functions defined there: "
                           f"{', '.join(available) or 'none'}", tip="check the name after the ':'")
    worker.func = func
    return {"status": "ok", "main_thread": threading.main_thread().ident, "module": module.__name__,
            "pid": os.getpid(), "signature": _signature(func), "shims": _shims.take_notes()}, []


def _signature(func) -> list | None:
    """``[[name, kind, has_default], ...]`` of the port's parameters (None when not inspectable)."""
    import inspect

    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return None
    return [[p.name, int(p.kind), p.default is not p.empty] for p in sig.parameters.values()]


def cmd_call(worker: Worker, header: dict, blobs) -> tuple[dict, list]:
    if worker.func is None:
        return {"status": "error", "message": "no port loaded"}, []
    missing: list[str] = []
    args = _wire.decode_value(header.get("args"), blobs, allow_pickle=True, cache=worker.cache, missing=missing)
    kwargs = _wire.decode_value(header.get("kwargs"), blobs, allow_pickle=True, cache=worker.cache, missing=missing)
    evicted = worker.cache.take_evicted()
    if missing:
        return {"status": "need", "keys": missing, "evicted": evicted}, []
    if type(args) is not tuple or type(kwargs) is not dict or not all(isinstance(k, str) for k in kwargs):
        return {"status": "error", "message": "call needs an args tuple and a kwargs dict with str keys"}, []
    del blobs
    trace, events, sink = header.get("shape_trace"), [], None
    invoke = _runtime._invoke
    if isinstance(trace, dict):
        index = trace.get("arg") if isinstance(trace.get("arg"), int) else None
        invoke = _runtime.shape_trace(events, index)
    if header.get("instrument") is not None:
        sink = {}
        try:
            invoke = _instrument.load(header["instrument"], sink)
        except Exception as exc:  # refused or broken hook: the port is not called
            return {"status": "error", "message": f"instrument: {type(exc).__name__}: {exc}"[:2000]}, []
    # Taken: from here on a death is this call's. Before it, the parent may retry in a new worker
    # (a leftover thread of an earlier call that ends the process must not take this call with it).
    worker.send({"status": "ack"}, [])
    _shims.set_floor(bool(header.get("py2_division")))
    _shims.new_call()
    try:
        reply, out = _runtime.run_call(worker.func, args, kwargs, invoke=invoke, sink=sink,
                                       return_after=bool(header.get("return_mutated")))
    finally:
        _shims.set_floor(False)
    if trace is not None:
        reply["shape_trace"] = events
    reply["evicted"] = evicted + worker.cache.take_evicted()
    reply["shims"] = _shims.take_notes()
    return reply, out


def cmd_ping(worker: Worker, header: dict, _blobs) -> tuple[dict, list]:
    return {"status": "ok", "pid": os.getpid()}, []


def cmd_close(worker: Worker, header: dict, _blobs) -> tuple[dict, list]:
    return {"status": "ok"}, []


COMMANDS = {"load": cmd_load, "call": cmd_call, "ping": cmd_ping, "close": cmd_close}


def _options(argv: list[str]) -> dict:
    opts = {"pdeathsig": False}
    it = iter(argv)
    for arg in it:
        if arg == "--fds":
            opts["cmd"], opts["reply"], opts["stack"], opts["life"] = (int(x) for x in next(it).split(","))
        elif arg == "--ppid":
            opts["ppid"] = int(next(it))
        elif arg == "--root":
            opts["root"] = next(it)
        elif arg == "--pdeathsig":
            opts["pdeathsig"] = True
    return opts


def _clean_path(root: str | None) -> None:
    """Undo what starting us added: ``-m``'s current directory and the package root in PYTHONPATH."""
    if sys.path and sys.path[0] in ("", os.getcwd()):
        del sys.path[0]
    if root and root in sys.path:
        sys.path.remove(root)
    original = os.environ.pop("PORTCHECK_SANDBOX_PYTHONPATH", None)
    if original is None:
        return
    if original:
        os.environ["PYTHONPATH"] = original
    else:
        os.environ.pop("PYTHONPATH", None)


def main(argv: list[str] | None = None) -> None:
    opts = _options(sys.argv[1:] if argv is None else argv)
    _clean_path(opts.get("root"))
    _runtime.boot(stack_fd=opts["stack"], lifeline_fd=opts["life"], ppid=opts["ppid"], pdeathsig=opts["pdeathsig"],
                  private_fds=(opts["cmd"], opts["reply"]))
    Worker(opts["cmd"], opts["reply"]).serve()


if __name__ == "__main__":
    main()
