"""The parent's end of one child process: send a frame, wait with a deadline, end it.

One :class:`Channel` per child (the warm worker, or one fork). :meth:`Channel.exchange`
writes a command and waits for the reply while draining the child's stdout,
stderr and stack pipes, so neither side can block the other however much the
port prints or returns. The deadline is the parent's: when it passes, the child
is asked for its stacks (SIGUSR1 -> faulthandler) and the caller kills it.

Everything read from the child is data: frames are parsed by
:mod:`portcheck.sandbox._wire` with pickle refused, and a frame that does not
follow the format is reported as a broken channel, never trusted.
"""
from __future__ import annotations

import errno
import fcntl
import os
import selectors
import signal
import time
from dataclasses import dataclass

from . import _reap, _wire

__all__ = ["Channel", "Outcome", "Capture", "OUTPUT_LIMIT"]

#: Bytes of stdout and of stderr kept per call; the rest is drained and counted.
OUTPUT_LIMIT = 64 * 1024
_STACK_LIMIT = 1 << 20
_PIPE_BYTES = 1 << 20
_READ = 1 << 16


class Capture:
    """The first ``limit`` bytes of a stream, and how many there were in all."""

    def __init__(self, limit: int):
        self.limit = limit
        self.data = bytearray()
        self.total = 0

    def add(self, chunk: bytes) -> None:
        self.total += len(chunk)
        room = self.limit - len(self.data)
        if room > 0:
            self.data += chunk[:room]

    def text(self) -> str:
        text = self.data.decode("utf-8", errors="replace")
        if self.total > len(self.data):
            text += (f"\n[portcheck: output cut: {self.total:,} bytes were printed, "
                     f"the first {len(self.data):,} are shown]")
        return text


@dataclass
class Outcome:
    """How an exchange ended: ``reply`` (header, blobs), ``timeout``, ``died`` or ``broken``."""

    status: str
    header: dict | None = None
    blobs: list | None = None
    stdout: str = ""
    stderr: str = ""
    stack: str = ""
    exit: int | None = None  # like Popen.returncode: >= 0 an exit status, < 0 a signal
    error: str = ""
    seconds: float = 0.0
    acked: bool = False  # the child acknowledged the command before running it


def _nonblocking(fd: int) -> None:
    os.set_blocking(fd, False)


def _grow(fd: int) -> None:
    try:
        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), _PIPE_BYTES)
    except OSError:
        pass


#: Waits for end of file on the lifeline (the parent gone: nobody else holds its write end), then
#: kills its own process group -- the port's process and whatever the port started. A shell in
#: the child's group, so it acts even while the port holds the GIL in a long C call, and after
#: ``PR_SET_PDEATHSIG`` has killed the port's process (which would leave the port's own children).
_SENTINEL = "while read -r _; do :; done; kill -KILL 0"


def spawn_sentinel(lifeline_r: int, pgid: int) -> int | None:
    """Start the sentinel in process group ``pgid`` reading ``lifeline_r``; its pid (None if it cannot run)."""
    sh = "/bin/sh"
    if not hasattr(os, "posix_spawn") or not os.path.exists(sh):
        return None  # the child's watchdog thread is the fallback
    null = os.open(os.devnull, os.O_RDWR)
    try:
        return os.posix_spawn(sh, [sh, "-c", _SENTINEL], {"PATH": "/usr/bin:/bin"}, setpgroup=pgid,
                              setsigdef=(signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGPIPE),
                              file_actions=[(os.POSIX_SPAWN_DUP2, lifeline_r, 0), (os.POSIX_SPAWN_DUP2, null, 1),
                                            (os.POSIX_SPAWN_DUP2, null, 2)])
    except OSError:
        return None
    finally:
        os.close(null)


class _Replies:
    """The reply frame of one exchange, after an optional ``ack`` frame; the deadline, reset by the ack."""

    def __init__(self, max_bytes: int, ack: bool, start: float, timeout: float, before_ack: float | None):
        self.max_bytes = max_bytes
        self.expect_ack = ack
        self.acked = False
        self.reader = _wire.FrameReader(max_blob_bytes=max_bytes)
        self.timeout, self.reset = timeout, bool(ack and before_ack)
        self.deadline = start + (before_ack if self.reset else timeout)

    def feed(self, fd: int):
        """As ``FrameReader.feed``: None at end of file, True when the reply is complete, else False."""
        done = self.reader.feed(fd)
        if done and self.expect_ack and not self.acked and isinstance(self.reader.header, dict) \
                and self.reader.header.get("status") == "ack":
            self.acked = True
            self.reader = _wire.FrameReader(max_blob_bytes=self.max_bytes)
            if self.reset:
                self.deadline = time.monotonic() + self.timeout
            return False
        return done


class Channel:
    """Pipes and process id of one child, owned by the process that made it."""

    def __init__(self, pid: int, *, cmd_w: int | None, reply_r: int, out_r: int, err_r: int, stack_r: int,
                 popen=None, extra_fds=(), sentinel: int | None = None, output_limit: int = OUTPUT_LIMIT,
                 max_reply_bytes: int = 1 << 33):
        self.pid = pid
        self.sentinel = sentinel
        self.owner = os.getpid()
        self.cmd_w, self.reply_r, self.out_r, self.err_r, self.stack_r = cmd_w, reply_r, out_r, err_r, stack_r
        self.popen = popen
        self.extra_fds = list(extra_fds)
        self.output_limit = output_limit
        self.max_reply_bytes = max_reply_bytes
        self.main_ident: int | None = None
        #: Before killing a child still running, stop it and kill its descendants outside its group (:mod:`._reap`).
        self.sweep = True
        self.closed = False
        self.returncode: int | None = None
        for fd in (cmd_w, reply_r, out_r, err_r, stack_r):
            if fd is not None:
                _nonblocking(fd)
        for fd in (cmd_w, reply_r):
            if fd is not None:
                _grow(fd)
        try:
            self.pidfd = os.pidfd_open(pid)
        except (AttributeError, OSError):
            self.pidfd = None

    # -- state -------------------------------------------------------------
    def peek_exit(self) -> int | None:
        """The child's exit (returncode convention) if it has ended, without reaping it."""
        if self.returncode is not None:
            return self.returncode
        try:
            info = os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:
            return self.returncode
        except OSError:
            return None
        if info is None:
            return None
        return info.si_status if info.si_code == os.CLD_EXITED else -info.si_status

    def alive(self) -> bool:
        return not self.closed and self.peek_exit() is None

    def _wait_exit(self, seconds: float) -> int | None:
        end = time.monotonic() + seconds
        while True:
            status = self.peek_exit()
            if status is not None or time.monotonic() >= end:
                return status
            time.sleep(0.005)

    # -- the exchange --------------------------------------------------------
    def _drain(self, fd: int | None, sink, budget: int = 8 << 20) -> None:
        while fd is not None and budget > 0:
            try:
                chunk = os.read(fd, _READ)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return
            if not chunk:
                return
            budget -= len(chunk)
            if sink is not None:
                sink(chunk)

    def discard_pending(self) -> None:
        """Drop what arrived between calls (a port's leftover thread printing)."""
        for fd in (self.out_r, self.err_r, self.stack_r, self.reply_r):
            self._drain(fd, None)

    def exchange(self, parts: list, timeout: float, *, ack: bool = False, before_ack: float | None = None) -> Outcome:
        """Send ``parts`` (a frame, or nothing) and wait up to ``timeout`` s for the reply frame.

        With a frame to send, what arrived since the last exchange is dropped
        first (a leftover thread's prints). With nothing to send (a fork that is
        already running), everything in the pipes belongs to this exchange.
        With ``ack``, an ``{"status": "ack"}`` frame may come first: the child
        took the command (``Outcome.acked``); the reply follows it. With
        ``before_ack`` too, the child has that long to take the command
        (starting up, reading the arguments: portcheck's own work) and then
        ``timeout`` for the port's own work, from the acknowledgement.
        """
        start = time.monotonic()
        if parts:
            self.discard_pending()
        out, err = Capture(self.output_limit), Capture(self.output_limit)
        stack = bytearray()

        def add_stack(chunk):
            if len(stack) < _STACK_LIMIT:
                stack.extend(chunk)

        sinks = {"out": out.add, "err": err.add, "stack": add_stack}
        box = _Replies(self.max_reply_bytes, ack, start, timeout, before_ack)
        pending = [memoryview(p).cast("B") for p in parts if len(p)]
        sel = selectors.DefaultSelector()
        status, error = None, ""
        try:
            for fd, tag in ((self.reply_r, "reply"), (self.out_r, "out"), (self.err_r, "err"), (self.stack_r, "stack"),
                            (self.pidfd, "pid")):
                if fd is not None:
                    sel.register(fd, selectors.EVENT_READ, tag)
            if pending:
                sel.register(self.cmd_w, selectors.EVENT_WRITE, "cmd")
            while status is None:
                remaining = box.deadline - time.monotonic()
                if remaining <= 0:
                    status = "timeout"
                    break
                for key, _mask in sel.select(min(remaining, 0.25)):
                    tag = key.data
                    try:
                        if tag == "cmd":
                            if not _write_some(self.cmd_w, pending):
                                sel.unregister(self.cmd_w)
                        elif tag == "reply":
                            done = box.feed(self.reply_r)
                            status = "died" if done is None else ("reply" if done else None)
                        elif tag == "pid":
                            status = self._reply_left(box) or "died"
                        else:
                            chunk = os.read(key.fd, _READ)
                            if chunk:
                                sinks[tag](chunk)
                            else:
                                sel.unregister(key.fd)
                    except (BlockingIOError, InterruptedError):
                        continue
                    except (BrokenPipeError, ConnectionResetError):
                        status = self._reply_left(box) or "died"
                    except _wire.WireError as exc:
                        status, error = "broken", str(exc)
                    except OSError as exc:
                        if exc.errno in (errno.EBADF, errno.EPIPE):
                            status = "died"
                        else:
                            raise
                    if status is not None:
                        break
                if status is None and self.pidfd is None and self.peek_exit() is not None:
                    status = self._reply_left(box) or "died"
            if status == "timeout":
                self._collect_stack(sel, sinks)
        finally:
            sel.close()
        outcome = Outcome(status, error=error, acked=box.acked)
        if status == "reply":
            outcome.header, outcome.blobs = box.reader.header, box.reader.blobs
            self._drain(self.out_r, out.add)
            self._drain(self.err_r, err.add)
        elif status == "died":
            outcome.exit = self._wait_exit(2.0)
            for fd, sink in ((self.out_r, out.add), (self.err_r, err.add), (self.stack_r, add_stack)):
                self._drain(fd, sink)
        outcome.stdout, outcome.stderr = out.text(), err.text()
        outcome.stack = stack.decode("utf-8", errors="replace")
        outcome.seconds = time.monotonic() - start
        return outcome

    def _reply_left(self, reader) -> str | None:
        """A reply already complete in the pipe when the child ended (it exited right after answering)."""
        try:
            while True:
                done = reader.feed(self.reply_r)
                if done is None:
                    return None
                if done:
                    return "reply"
        except (BlockingIOError, InterruptedError, OSError, _wire.WireError):
            return None

    def _collect_stack(self, sel, sinks) -> None:
        """Ask the child for its stacks (SIGUSR1 -> faulthandler) and read them (at most 1 s)."""
        try:
            os.kill(self.pid, signal.SIGUSR1)
        except OSError:
            return
        got: list[bytes] = []
        end = time.monotonic() + 1.0
        quiet_since = None
        while time.monotonic() < end:
            events = sel.select(0.05)
            if not events and got:
                if quiet_since is None:
                    quiet_since = time.monotonic()
                elif time.monotonic() - quiet_since >= 0.1:
                    return
                continue
            for key, _mask in events:
                if key.data in sinks:
                    try:
                        chunk = os.read(key.fd, _READ)
                    except (BlockingIOError, InterruptedError):
                        continue
                    except OSError:
                        chunk = b""
                    if not chunk:
                        sel.unregister(key.fd)
                    elif key.data == "stack":
                        got.append(chunk)
                        sinks["stack"](chunk)
                        quiet_since = None
                    else:
                        sinks[key.data](chunk)
                elif key.data == "pid":  # it ended meanwhile: whatever it wrote is in the pipe
                    sel.unregister(key.fd)
                    if got:
                        return
                else:  # a reply landing after the deadline does not count; a command is not finished
                    sel.unregister(key.fd)

    # -- ending --------------------------------------------------------------
    def kill(self) -> None:
        """SIGKILL the child's process group, reap the child, close our ends. Idempotent."""
        if self.closed:
            return
        self.closed = True
        try:
            if os.getpid() == self.owner:
                if self.sweep and self.peek_exit() is None:
                    _reap.stop_and_sweep(self.pid)
                for kill in (os.killpg, os.kill):
                    try:
                        kill(self.pid, signal.SIGKILL)
                    except OSError:
                        pass
                self._reap()
                if self.sentinel is not None:  # killed with the group; reap it
                    try:
                        os.waitpid(self.sentinel, 0)
                    except (ChildProcessError, OSError):
                        pass
        finally:
            for fd in (self.cmd_w, self.reply_r, self.out_r, self.err_r, self.stack_r, self.pidfd, *self.extra_fds):
                if fd is not None:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            if self.popen is not None:
                for stream in (self.popen.stdout, self.popen.stderr):
                    if stream is not None:
                        try:
                            stream.close()
                        except OSError:
                            pass

    def _reap(self) -> None:
        if self.popen is not None:
            try:
                self.returncode = self.popen.wait(timeout=10)
            except Exception:
                pass
            return
        end = time.monotonic() + 10
        while time.monotonic() < end:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                return
            except InterruptedError:
                continue
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
                return
            time.sleep(0.002)

    def close(self, grace: float = 1.0, parts: list | None = None) -> None:
        """Send ``parts`` (the ``close`` command) if it fits, give the child ``grace`` s, then :meth:`kill`."""
        if self.closed:
            return
        if parts and self.cmd_w is not None and os.getpid() == self.owner:
            try:
                data = b"".join(bytes(p) for p in parts)
                os.write(self.cmd_w, data)
            except OSError:
                pass
            self._wait_exit(grace)
        self.kill()


def _write_some(fd: int, pending: list) -> int:
    """Write what the pipe takes of ``pending`` (buffers, consumed in place); return how many are left.

    All parts go in one system call: one wake-up of the child, not one per part.
    """
    n = os.writev(fd, pending[:64])
    while n and pending:
        step = min(n, len(pending[0]))
        pending[0] = pending[0][step:]
        n -= step
        if not len(pending[0]):
            pending.pop(0)
    return len(pending)
