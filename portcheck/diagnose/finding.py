"""A Finding: one named explanation of a divergence, with its evidence."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

__all__ = ["Finding", "STATUSES", "STATUS_ORDER"]

#: confirmed: a probe reproduced the reference to rounding; consistent: an output
#: relation fits; unexplained: localised but not named; noted: not a failure.
STATUSES = ("confirmed", "consistent", "unexplained", "noted")
STATUS_ORDER = {s: i for i, s in enumerate(STATUSES)}


@dataclass(frozen=True)
class Finding:
    """One diagnosis.

    Attributes
    ----------
    id : str
        Stable id from the catalog, e.g. ``"unroll-order"``, ``"port-raised"``.
    status : str
        One of :data:`STATUSES`.
    title : str
        The mistake in a few words, e.g. ``"column-major unrolling"``.
    evidence : str
        The numbers that prove or support it, one or two sentences.
    location : str
        Output, block, bias column, entries: where it shows.
    fix : str
        The fixing line of Python (may be empty when there is none to give).
    input_set : str
        The input set it was found on ("" when it holds on all).
    details : str
        Longer supporting text (a traceback, a ratio table), shown after the lines.
    data : dict
        The evidence as numbers for machine readers (the JSON carries it):
        e.g. ``{"gap": 0.0195, "predicted": 0.0195, "sets": [...]}``.
    """

    id: str
    status: str
    title: str
    evidence: str
    location: str = ""
    fix: str = ""
    input_set: str = ""
    details: str = ""
    data: dict = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict:
        return asdict(self)
