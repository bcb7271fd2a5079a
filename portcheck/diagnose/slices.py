"""A penalty over the wrong entries that is empty on small inputs: one mistake, not two.

``theta[2:]`` written for ``theta(2:end)`` penalises nothing when theta has two
entries (the course's ex5 set): there it looks exactly like a penalty left out
(``reg-missing`` in J, ``grad-reg-missing`` in the gradient), while a set with
more parameters shows the slice itself (``theta-slice``). When a ``theta-slice``
finding's entries are a tail ``theta[s:]`` of a parameter vector, and a missing
penalty is seen only on sets where that tail is empty (``n <= s``), the missing
penalty *is* the slice: it is folded into the ``theta-slice`` finding, whose
evidence then names those sets too.
"""
from __future__ import annotations

from dataclasses import replace

from .finding import Finding
from .wording import set_list

__all__ = ["absorb_empty_slices"]

#: Findings a tail slice explains on the sets where the tail is empty.
_EMPTY_AS = ("reg-missing", "grad-reg-missing")


def _tail_start(f: Finding) -> int | None:
    """s when PORT's entries are ``range(s, n)`` and OCTAVE's ``range(1, n)`` with s >= 2, else None."""
    port, octave = sorted(f.data.get("port_entries") or ()), sorted(f.data.get("octave_entries") or ())
    if not port or not octave or octave != list(range(1, octave[-1] + 1)):
        return None
    s = port[0]
    return s if s >= 2 and port == list(range(s, octave[-1] + 1)) else None


def _sets(f: Finding) -> list[str]:
    return list(f.data.get("sets") or f.data.get("gaps") or ([f.data["set"]] if f.data.get("set") else []))


def _block_size(eng, name: str, block: str) -> int | None:
    st = next((st for st in eng.states if st.name == name), None)
    if st is None:
        return None
    b = next((b for b in eng.problem.blocks(st.s.input_set) if b.name == block), None)
    vector = b is not None and (len(b.shape) == 1 or b.shape[0] == 1 or b.shape[1] == 1)
    return b.size if vector else None


def absorb_empty_slices(eng, findings: list) -> list:
    """``findings`` with each missing penalty seen only where a tail slice is empty folded into the slice."""
    slices = [(i, f, _tail_start(f)) for i, f in enumerate(findings) if f.id == "theta-slice"]
    slices = [(i, f, s) for i, f, s in slices if s is not None]
    if not slices:
        return findings
    out = list(findings)
    for i, f, s in slices:
        block = f.data.get("block")
        mine = _EMPTY_AS if len(slices) == 1 else ("reg-missing",) if "set" in f.data else ("grad-reg-missing",)
        for x in [x for x in out if x.id in mine]:
            sets = _sets(x)
            sizes = [_block_size(eng, n, block) for n in sets]
            if not sets or any(n is None or n > s for n in sizes):
                continue
            _relabel(eng, sets, x.id, f.id)
            what = "J" if x.id == "reg-missing" else "the gradient"
            extra = (f"; on {set_list(sets)} {block} has {max(sizes)} entries and {block}[{s}:] is empty: the penalty "
                     f"PORT leaves out of {what} there is this slice")
            j = out.index(f)
            f = replace(f, evidence=f.evidence.rstrip(".") + extra + ".",
                        data={**f.data, "empty_on": sorted(set(f.data.get("empty_on", [])) | set(sets))})
            out[j] = f
            out.remove(x)
    return out


def _relabel(eng, sets, old: str, new: str) -> None:
    """The cells ``old`` explained on ``sets`` are explained by ``new``."""
    for st in eng.states:
        if st.name in sets:
            for key, ids in st.explained.items():
                st.explained[key] = [new if i == old else i for i in ids]
