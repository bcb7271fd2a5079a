"""The Octave boot thread and the signals held while it runs (real Octave)."""
from __future__ import annotations

import os
import signal
import time

import pytest

from portcheck.octave.session import live_sessions
from portcheck.workflow.prestart import Prestart

pytestmark = pytest.mark.octave


def test_an_interrupt_during_the_boot_waits_for_it_then_stops_the_command():
    """SIGINT while Octave boots is held (no KeyboardInterrupt in the middle of the caller's imports), raised
    by ready() once the boot is over, and the session is closed on the way out."""
    reached = False
    with pytest.raises(KeyboardInterrupt):
        with Prestart(timeout=30) as octave:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)  # the signal has arrived: held, not raised here
            reached = True
            octave.ready()
    assert reached
    assert octave.session is not None and octave.session.pid is None
    assert octave.session not in live_sessions()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the caller's handler is back
