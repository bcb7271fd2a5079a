"""Octave first: start the session in a background thread while the command imports and loads the port.

A cold ``portcheck compare`` spends most of its time waiting: for oct2py's
imports, for Octave to boot (started before oct2py is imported, so the two
overlap: :func:`~portcheck.octave.bridge.spawn_octave`), for the port's worker
to import its module. :class:`Prestart` starts
the Octave session at once, in a thread (the boot is another process, and the
thread waits on its pipe without holding the GIL), so that the caller's own
imports, input building and worker start-up overlap with it. When it needs
the session the caller asks :meth:`Prestart.ready`, which waits for the boot
and returns the running session, or raises the boot's own error (the one line
a failed start says, e.g. :class:`~portcheck.errors.OctaveNotFound`): a start
that failed is not tried a second time. SIGINT and SIGTERM wait for the boot
(see ``__init__``) and act as soon as it is over.

Nothing is started when Octave is not installed (the comparison replays
recorded outputs then, or fails with the usual one line) or when the caller
asks for none (``--replay``).
"""
from __future__ import annotations

import contextvars
import threading

from ..errors import PortcheckError
from ..octave import process

__all__ = ["Prestart"]


class Prestart:
    """An :class:`~portcheck.octave.OctaveSession` booting in a thread; a context manager that closes it.

    Parameters
    ----------
    timeout : float, optional
        Seconds an Octave call may take (the session's ``timeout``).
    enabled : bool
        False: start nothing; :attr:`session` is None.
    paths, packages : sequence of str
        The session's Octave path and packages.

    Examples
    --------
    >>> with Prestart(timeout=60) as octave:                     # doctest: +SKIP
    ...     from portcheck.workflow.pipeline import compare_case  # imported while Octave boots
    ...     result = compare_case(case, session=octave.ready())
    """

    def __init__(self, timeout: float | None = None, *, enabled: bool = True, paths=(), packages=()):
        self.session = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        if not enabled:
            return
        from ..octave import OctaveSession

        try:
            self.session = OctaveSession(paths, packages=packages, timeout=timeout)
        except PortcheckError:  # no Octave: whatever runs next says so, or replays recorded outputs
            return
        context = contextvars.copy_context()
        self._thread = threading.Thread(target=context.run, args=(self._boot,), name="portcheck-octave-boot",
                                        daemon=True)
        # SIGINT/SIGTERM are held in the main thread until the boot is over (:meth:`ready`, :meth:`close`), then
        # delivered: both threads import meanwhile, and an interrupt raised inside an import can leave a module
        # lock taken, on which the boot thread then waits for ever (seen under load: the command hung instead
        # of stopping). The hold lasts the boot, about a second.
        self._hold = process.deferred_signals()
        self._hold.__enter__()
        self._thread.start()

    def _boot(self) -> None:
        try:
            self.session.start()
        except BaseException as exc:  # raised in the main thread by ready()
            self._error = exc
        finally:
            self._done.set()

    def wait(self) -> None:
        """Wait until the boot has ended (started or failed).

        On an event, not ``Thread.join``: a join that SIGINT interrupts can leave
        the thread marked stopped while it still runs (CPython before 3.13), and
        the boot must be over before anything is printed (it holds stderr while
        Octave starts) or the session closed.
        """
        if self._thread is not None:
            while not self._done.wait(0.05):
                pass
            self._thread = None

    def _release(self) -> None:
        """Deliver the signals held during the boot (once)."""
        hold, self._hold = getattr(self, "_hold", None), None
        if hold is not None:
            hold.__exit__(None, None, None)

    def ready(self):
        """The running session (None when none was started); the boot's error if it failed."""
        self.wait()
        self._release()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        return self.session

    def close(self) -> None:
        """Wait for the boot, then stop Octave: no process outlives the command."""
        self.wait()
        try:
            self._release()
        finally:
            if self.session is not None:
                self.session.close()

    def __enter__(self) -> "Prestart":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
