"""Which GNU Octave to run, and the one line saying why it did not start."""
from __future__ import annotations

import os
import re
import shutil

from ..errors import OctaveNotFound

__all__ = ["find_octave", "start_failure", "INSTALL_HINT", "INSTALL_COMMAND"]

INSTALL_COMMAND = "sudo apt-get install octave"
INSTALL_HINT = f"install it with '{INSTALL_COMMAND}' (Debian/Ubuntu), or set OCTAVE_EXECUTABLE to its path"


def find_octave() -> str:
    """Path of the Octave executable to run, or raise :class:`OctaveNotFound`.

    ``OCTAVE_EXECUTABLE`` wins when set (it must name a runnable file); otherwise
    ``octave-cli`` then ``octave`` on ``PATH``.
    """
    configured = os.environ.get("OCTAVE_EXECUTABLE")
    if configured:
        path = shutil.which(configured)
        if path is None:
            raise OctaveNotFound(
                f"GNU Octave not found: OCTAVE_EXECUTABLE={configured!r} is not a runnable file; "
                f"fix the variable or unset it, or {INSTALL_HINT}"
            )
        return path
    for name in ("octave-cli", "octave"):
        path = shutil.which(name)
        if path:
            return path
    raise OctaveNotFound(f"GNU Octave not found (no octave-cli or octave on PATH); {INSTALL_HINT}")


def start_failure(executable: str, start_timeout: float, exc: Exception, chatter: str, timed_out: bool) -> str:
    """The one line saying why Octave did not start (its last words on stderr kept, its chatter dropped)."""
    if timed_out:
        return (f"GNU Octave at {executable!r} did not start within {start_timeout:g} s and was "
                f"stopped; check that it runs ('{executable} --version'), or {INSTALL_HINT}")
    noise = ("X11 DISPLAY", "disabling GUI features", "ignoring const execution_exception")
    said = [l.strip() for l in chatter.splitlines() if l.strip() and not any(n in l for n in noise)]
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "does not point to a valid octave" in text:
        text = "it failed when asked for its version"
    elif "End Of File" in text or "EOF" in text:
        status = re.search(r"exitstatus: (\d+)", str(exc))
        text = f"it exited with status {status[1]} during start-up" if status else "it exited during start-up"
    detail = f"{text}: {said[-1]}" if said else text
    return f"GNU Octave at {executable!r} could not be started ({detail}); {INSTALL_HINT}"
