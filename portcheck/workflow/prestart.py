"""Octave first: start the session in a background thread while the command imports and loads the port.

A cold ``portcheck compare`` spends most of its time waiting: for oct2py's
imports, for Octave to boot (oct2py runs it twice: a version probe, then the
session), for the port's worker to import its module. :class:`Prestart` starts
the Octave session at once, in a thread (the boot is another process, and the
thread waits on its pipe without holding the GIL), so that the caller's own
imports, input building and worker start-up overlap with it. The caller passes
:attr:`Prestart.session` on (``compare_case(session=...)``); the session's
``start()`` is idempotent and serialised by its lock, so the first call from
the main thread simply waits for the boot to finish, and a boot that failed in
the thread is tried again there, raising the usual error with its message.

Nothing is started when Octave is not installed (the comparison replays
recorded outputs then, or fails with the usual one line) or when the caller
asks for none (``--replay``).
"""
from __future__ import annotations

import contextvars
import threading

from ..errors import PortcheckError

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
    ...     result = compare_case(case, session=octave.session)
    """

    def __init__(self, timeout: float | None = None, *, enabled: bool = True, paths=(), packages=()):
        self.session = None
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
        self._thread.start()

    def _boot(self) -> None:
        try:
            self.session.start()
        except BaseException:  # the main thread's start() tries again and raises it with its message
            pass

    def wait(self) -> None:
        """Wait until the boot has ended (started or failed)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def close(self) -> None:
        """Wait for the boot, then stop Octave: no process outlives the command."""
        self.wait()
        if self.session is not None:
            self.session.close()

    def __enter__(self) -> "Prestart":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
