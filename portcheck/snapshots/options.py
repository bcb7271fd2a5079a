"""What a snapshot run is asked to do (:class:`SnapshotOptions`), where snapshots live, and where outputs came from."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..cases.project import find_project_file, load_project
from ..errors import OctaveNotFound, UsageError

__all__ = ["MODES", "DEFAULT_DIR", "SnapshotOptions", "ReferenceSource", "octave_available", "replaying", "snapshot_dir",
           "snapshot_file"]

#: ``auto``: Octave when it is installed, else the snapshot; ``live``: Octave only;
#: ``replay``: the snapshot only; ``record``: Octave, and store its outputs.
MODES = ("auto", "live", "replay", "record")
DEFAULT_DIR = "portcheck-snapshots"
FORMAT = 1
SKIPPED = "portcheck:snapshot-skipped"   # identifier of an evaluation a replay could not answer
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class SnapshotOptions:
    """Where the reference's outputs come from, and where snapshots live.

    Attributes
    ----------
    mode : {"auto", "live", "replay", "record"}
    directory : path-like, optional
        The snapshot directory; default :func:`snapshot_dir` of each case.
    refresh : str, optional
        The command that refreshes a snapshot, as shown in errors; ``{case}``
        stands for the case name. Default ``portcheck record {case}``.
    start : path-like, optional
        Where to look for ``portcheck.toml`` (upward) for a case that has none;
        default the current directory.
    """

    mode: str = "auto"
    directory: Path | None = None
    refresh: str | None = None
    start: Path | None = None

    def __post_init__(self):
        if self.mode not in MODES:
            raise UsageError(f"snapshot mode={self.mode!r}: expected one of {list(MODES)}")

    def refresh_command(self, case) -> str:
        template = self.refresh or "portcheck record {case}"
        return template.replace("{case}", case.name)


@dataclass(frozen=True)
class ReferenceSource:
    """Where a comparison's Octave outputs came from (``CompareResult.source``)."""

    kind: str = "octave"          # "octave": run now; "snapshot": replayed from ``path``
    path: str | None = None       # the snapshot replayed, or the one recorded to
    octave: str | None = None     # the Octave version that produced the outputs
    reason: str = ""              # why a snapshot was replayed
    skipped_probes: int = 0       # reference evaluations of the diagnosis that needed Octave
    recorded: bool = False        # kind "octave": the outputs were stored in ``path``

    @property
    def replayed(self) -> bool:
        return self.kind == "snapshot"

    def describe(self) -> str:
        """One line for the report's header ("" for a plain live run)."""
        if self.replayed:
            return f"replayed from {self.path} (recorded with Octave {self.octave}; {self.reason}: Octave was not run)"
        return f"recorded to {self.path}" if self.recorded else ""

    def to_dict(self) -> dict:
        return {"kind": self.kind, "path": self.path, "octave": self.octave, "reason": self.reason or None,
                "skipped_probes": self.skipped_probes, "recorded": self.recorded}


def octave_available() -> bool:
    """True when an Octave executable is configured or on ``PATH`` (nothing is started)."""
    from ..octave import find_octave

    try:
        find_octave()
    except OctaveNotFound:
        return False
    return True


def replaying(options: SnapshotOptions | None) -> bool:
    """Whether ``options`` make comparisons replay snapshots (asked for, or Octave missing in mode ``auto``)."""
    if options is None:
        return False
    return options.mode == "replay" or (options.mode == "auto" and not octave_available())


def snapshot_dir(case, directory=None, start=None) -> Path:
    """The snapshot directory of ``case``.

    ``directory`` when given; else ``snapshots`` of the case's ``portcheck.toml``
    (or of the one found from ``start``, default the current directory, upward),
    else ``portcheck-snapshots/`` next to that toml, else in ``start``.
    """
    if directory is not None:
        return Path(directory).expanduser().absolute()
    toml = case.origin or find_project_file(start)
    if toml is not None:
        project = load_project(toml)
        return project.snapshots or Path(toml).parent / DEFAULT_DIR
    return Path(start or os.getcwd()).absolute() / DEFAULT_DIR


def snapshot_file(case, options: SnapshotOptions | None = None) -> Path:
    """``<dir>/<case name>.npz``."""
    directory = snapshot_dir(case, options.directory if options else None, options.start if options else None)
    return directory / (re.sub(r"[^\w.\-]", "_", case.name) + ".npz")
