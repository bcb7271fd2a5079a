"""Diagnosis: from a divergence to named porting mistakes (Findings).

:func:`diagnose` is the one entry point the workflow calls, with a
:class:`DiagnosisContext`. Modules, top to bottom: ``engine`` (the order of the
stages), ``effects`` (side effects), ``conventions`` (probes), ``regularisation``
and ``relations`` (relations between the outputs), ``consistency``
(self-consistency of each side's gradient), ``unexplained`` (what no finding
explains, located), ``basic`` (findings that need no probe), ``problem`` (the
roles of inputs and outputs), ``cells`` (outputs cut into the pieces findings
explain), ``context``, ``finding``, ``wording``.
Findings carry text and numbers; rendering them is :mod:`portcheck.report`'s job.
"""
from __future__ import annotations

from dataclasses import replace

from .basic import blocks_returned, basic_findings
from .context import DiagnosisContext
from .declared import declared_finding
from .finding import STATUS_ORDER, STATUSES, Finding
from .fixes_util import foreign_names
from .source import port_source

__all__ = ["Finding", "DiagnosisContext", "STATUSES", "STATUS_ORDER", "diagnose", "sort_findings"]


def sort_findings(findings) -> tuple[Finding, ...]:
    """Confirmed first, then consistent, unexplained, noted; stable within a status."""
    return tuple(sorted(findings, key=lambda f: STATUS_ORDER.get(f.status, 99)))


def diagnose(ctx) -> tuple[Finding, ...]:
    """All findings for a comparison context (a :class:`DiagnosisContext`).

    The engine (:mod:`.engine`) runs only on a divergence; it merges the basic
    findings into its own (a raise it explains is folded into the finding
    that explains it).
    """
    findings = list(basic_findings(ctx))
    declared = declared_finding(ctx)
    if declared is not None:
        findings.append(declared)
    if not ctx.all_parity:
        from .engine import engine_findings  # the engine (and gradcheck under it) only on a divergence

        findings = engine_findings(ctx, findings)
        if ctx.blocks_note and not any(f.id == "output-mapping" for f in findings):
            # the port raised as called, and returned its gradient in blocks once called its own way
            findings.append(blocks_returned(ctx, ctx.blocks_note))
    return sort_findings(_dedupe(_own_names(ctx, findings)))


def _own_names(ctx, findings) -> list[Finding]:
    """Fix lines in the port's own names: a fix naming what the port does not have keeps only its words.

    Fixes are written from the port's own lines where they can be
    (:mod:`.fixes`); a catalog line that still names a variable the port's
    source never uses (``Theta1``, ``a3``, ``delta2``) would send the reader
    looking for it, so only its comment -- the rule -- is kept.
    """
    src = port_source(ctx.port)
    if src is None:
        return findings
    out = []
    for f in findings:
        if f.fix and foreign_names(src, f.fix):
            rule = f.fix.split("#", 1)[1].strip() if "#" in f.fix else ""
            f = replace(f, fix=rule, data={**f.data, "fix_template": f.fix})
        out.append(f)
    return out


def _dedupe(findings):
    seen = set()
    out = []
    for f in findings:
        key = (f.id, f.status, f.location)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
