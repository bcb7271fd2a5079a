"""A convention the user declares (``--convention NAME``, ``conventions = [...]`` in portcheck.toml).

A port correct under its own convention is reported as such (exit 1) until the
convention is declared; then the compare itself calls the port that way -- its
inputs turned into the convention, its outputs read back into Octave's layout
-- and a port that agrees is at parity (exit 0). The diagnosis then starts its
search from the declared convention.
"""
from __future__ import annotations

from dataclasses import replace

from ..compare import SetResult, compare_outputs
from ..errors import UsageError
from .finding import Finding
from .conventions import FAMILIES, from_names
from .problem import Problem
from .search import Runner, State
from .source import gradient_functions, port_source

__all__ = ["check_names", "declared_sets", "declared_finding", "settle_free"]


def check_names(names) -> tuple[str, ...]:
    """The declared names, validated (a :class:`UsageError` naming the valid ones otherwise)."""
    out = []
    for n in names or ():
        n = str(n).strip()
        if n not in FAMILIES + ("blocks-returned",):  # blocks: the gradient as separate matrices, read by the comparison
            raise UsageError(f"convention={n!r} is not a convention portcheck knows; choose from "
                             f"{', '.join(FAMILIES + ('blocks-returned',))}",
                             tip="a representation (int vs float, (m,) vs (m,1)) needs no declaration: it is free")
        out.append(n)
    return tuple(dict.fromkeys(out))


def declared_sets(ctx, names, strict_shapes: bool = False, sign_free=()) -> list[SetResult]:
    """``ctx.sets`` compared again with the port called under the declared conventions; sets ``ctx.declared``.

    Sets whose reference raised are kept as they are.
    """
    problem = Problem(ctx)
    usable = [s for s in ctx.sets if s.reference.error is None and s.reference.outputs is not None]
    if not usable:
        return list(ctx.sets)
    grad_fns = gradient_functions(port_source(ctx.port)) if "separate-gradient" in names else []
    if "separate-gradient" in names and not grad_fns:
        raise UsageError("convention='separate-gradient' is declared, but the port's module has no function with "
                         "'grad' in its name taking the port's arguments",
                         tip="define the gradient function next to the port, with the same parameters")
    conv = from_names(names, problem, usable[0].input_set, grad_fns)
    if any(s.output_mapping for s in usable):  # the gradient came back as matrices: no unrolling order to undo
        conv = replace(conv, out_order=tuple("F" for _ in conv.out_order))
    ctx.declared = conv
    ctx.declared_names = tuple(names)
    runner = Runner(ctx, problem, [])
    base = problem.rep_default(usable[0].input_set)
    best = None
    for rep in [base] + problem.rep_moves(usable[0].input_set, base):  # the representation stays free
        sets = [_compared(ctx, runner, State(conv, rep), s, strict_shapes, sign_free) for s in ctx.sets]
        agree = sum(x.status == "parity" for x in sets)
        if best is None or agree > best[0]:
            best = (agree, sets)
        if agree == len(sets):
            break
    return best[1]


def _compared(ctx, runner, state, s, strict_shapes, sign_free) -> SetResult:
    if s.reference.error is not None or s.reference.outputs is None:
        return s
    run, outs = runner.outputs(state, s.input_set)
    run = replace(run, outputs=outs) if run.outputs is not None else run
    comparison = None
    if run.failure is None:
        blocks = ctx.case.blocks(s.input_set) if ctx.case.blocks else None
        comparison = compare_outputs(ctx.output_names, run.outputs, s.reference.outputs, rtol=ctx.rtol,
                                     atol=ctx.atol, strict_shapes=strict_shapes, blocks=blocks, sign_free=sign_free)
    return SetResult(s.input_set, s.reference, run, comparison, s.output_mapping)


def declared_finding(ctx):
    """A noted finding saying the port was called under its declared conventions (None when none were)."""
    names = getattr(ctx, "declared_names", ())
    if not names:
        return None
    conv = ctx.declared
    extra = f"; {conv.grad_fn}() gives the gradient" if conv is not None and conv.grad_fn else ""
    return Finding("declared-convention", "noted", "called under its declared convention",
                   f"the port was called under {', '.join(names)} (declared), its inputs turned into that convention "
                   f"and its outputs read back into Octave's layout{extra}.", location=", ".join(names),
                   data={"conventions": list(names)})


def settle_free(ctx, sets, findings, strict_shapes: bool = False, sign_free=()):
    """When the diagnosis found the port agreeing everywhere under a free choice alone (a representation, a
    ``return_grad=True`` switch), the compare is that call: (sets re-compared under it, the noted findings).

    Returns ``(sets, findings)`` unchanged otherwise. A port that writes into
    its inputs stays a divergence (its sets say so).
    """
    state = getattr(ctx, "free_state", None)
    if state is None:
        return sets, findings
    problem = Problem(ctx)
    runner = Runner(ctx, problem, [])
    new = [_compared(ctx, runner, state, s, strict_shapes, sign_free) for s in sets]
    if not all(s.status == "parity" for s in new if s.reference.error is None):
        return sets, findings
    kept = [replace(f, status="noted") if f.data.get("free") else f for f in findings
            if f.status == "noted" or f.data.get("free")]
    return new, kept
