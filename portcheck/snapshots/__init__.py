"""Recorded references for Octave-free CI: Octave's outputs stored per case and input set, then replayed.

``portcheck record CASE`` (or pytest ``--portcheck-record``, or ``compare(..., record=True)``)
stores what Octave returned for every input set of a case in ``<dir>/<case>.npz``. The
directory is ``portcheck-snapshots/`` next to the project's ``portcheck.toml`` (else in the
current directory); ``snapshots = "dir"`` in ``portcheck.toml`` or ``--snapshots DIR``
moves it. Each entry holds:

* the input set's name and the SHA-256 of the values Octave was given (:func:`input_hash`);
* Octave's outputs (numbers, logicals, text), or the error Octave raised for those inputs;
* the SHA-256 of the reference ``.m`` and of every ``.m`` it can reach on its path
  (:func:`reachable_m_files`), by path relative to the reference's directory;
* the Octave and oct2py versions that produced it.

When Octave is missing (mode ``"auto"``) or replay is asked for (``"replay"``), the
workflow gets a :class:`ReplaySession` instead of an Octave session: it answers the
reference's evaluations from the file and nothing runs. Evaluations that were not
recorded -- the diagnosis's probes on transformed inputs -- come back as skipped, and
the report says how many. A snapshot whose ``.m`` files or inputs changed is
:class:`~portcheck.errors.SnapshotStale`, whose tip is the command that refreshes it;
no snapshot at all is :class:`~portcheck.errors.SnapshotMissing` (pytest skips then).

The file is a plain ``.npz`` (a zip of ``.npy`` arrays and one JSON text), read with
``allow_pickle=False`` and written deterministically (fixed zip dates, sorted
entries), so recording unchanged outputs again leaves it byte for byte the same.
"""
from .hashes import input_hash, m_file_hashes, reachable_m_files
from .options import (DEFAULT_DIR, MODES, ReferenceSource, SnapshotOptions, octave_available, replaying, snapshot_dir,
                      snapshot_file)
from .record import Recorded, finish, record, record_cases
from .replay import ReplaySession, open_replay

__all__ = ["MODES", "DEFAULT_DIR", "SnapshotOptions", "ReferenceSource", "ReplaySession", "Recorded",
           "octave_available", "replaying", "snapshot_dir", "snapshot_file", "input_hash", "reachable_m_files",
           "m_file_hashes", "open_replay", "record", "record_cases", "finish"]
