"""Read a reference ``.m`` file with a real MATLAB grammar and write an instrumented copy.

The grammar is tree-sitter-matlab (MIT): comments, strings with ``'`` and ``"``
(doubled quotes inside), ``...`` continuations, ``if/for/while/switch/try``
blocks, ``end`` inside indexing and local functions are all parsed, never
guessed from text. Only the first (top-level) function is instrumented; local
functions are copied unchanged.

What the copy records (a *site* is one recording call, numbered from 1):

* after every statement that assigns, the variables it assigned
  (``kind="assign"``), including indexed, field and multi-output assignments
  and Octave's ``x += 1``;
* at the start of every ``for`` body, the loop variable (``kind="loop"``);
* at granularity ``"expressions"``, also the values of the statement's pure
  sub-expressions (``kind="sub"``): ``Y .* log(a3)``, ``sigmoid(z2)``,
  ``[ones(m, 1) X]``. They are evaluated again after the statement, inside
  ``try ... catch, end``, and only when they cannot have side effects (only
  variables, numbers, operators and calls of pure functions) and read no
  variable the statement assigned. They give the aligner values a port names
  that the reference computes inline.
* at granularity ``"blocks"``, only after each top-level statement, the
  variables assigned anywhere inside it that exist (``kind="block"``).

Insertions never add a line break, so Octave's own line numbers (in errors)
stay those of the user's file. Names written into the copy are identifiers the
parser found in the user's own code (checked against ``[A-Za-z]\\w*``); no
value from data is ever written into code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["Site", "Instrumented", "MFunction", "parse_function", "instrument", "GRANULARITIES", "REC", "PURE_BUILTINS"]

#: Finest first; the Octave side falls back along this list when a copy fails.
GRANULARITIES = ("expressions", "statements", "blocks", "outputs")

#: The recorder function written next to the instrumented copy.
REC = "portcheck_trace_rec__"

_IDENT = re.compile(r"^[A-Za-z]\w{0,62}$")

#: Octave functions without side effects whose values may be evaluated twice.
PURE_BUILTINS = frozenset("""
abs acos acosh all any asin asinh atan atan2 atanh bsxfun cat ceil circshift colon columns complex conj conv conv2 cos
cosh cross cummax cummin cumprod cumsum deconv det diag diff dot double eps erf erfc exp expm1 eye false filter fix
fliplr flipud floor gamma horzcat hypot idivide imag ind2sub inf Inf int16 int32 int64 int8 inv isempty isfinite isinf
isnan isreal kron length linspace log log10 log1p log2 logical max mean median min mod NaN nan ndims nnz norm numel
ones pi pinv power prod rank real rem repmat reshape round rows sign sin single sinh size sort sqrt squeeze std sub2ind
sum tan tanh trace transpose trapz tril triu true uint16 uint32 uint64 uint8 var vertcat zeros hamming hanning hann
fft ifft floor accumarray histc unique cumtrapz numel mtimes times plus minus rdivide ldivide mrdivide mldivide
""".split())

#: Calls that make a user function impure (a function calling one is never re-evaluated).
_IMPURE = frozenset("""
rand randn randi randperm rande randg randp disp display fprintf printf sprintf puts fputs fdisp input keyboard pause
tic toc clock cputime now date save load fopen fclose fwrite fread eval evalin assignin global persistent clear figure
plot hold error warning set get drawnow exist who whos cd addpath rmpath system shell_cmd setenv
""".split())

_EXPR_TYPES = frozenset({"binary_operator", "unary_operator", "not_operator", "postfix_operator", "boolean_operator",
                         "comparison_operator", "function_call", "matrix", "range", "parenthesis"})
_STATEMENT_BLOCKS = frozenset({"if_statement", "for_statement", "while_statement", "switch_statement", "try_statement",
                               "spmd_statement"})
_OP_ASSIGN = frozenset({"+=", "-=", "*=", "/=", "^=", ".*=", "./=", "|=", "&="})
#: At most this many sub-expressions are recorded per statement (outermost first).
MAX_SUBEXPRESSIONS = 12


@dataclass(frozen=True)
class Site:
    """One recording point of the instrumented copy.

    ``line`` is the 1-based line of the statement in the user's file; ``names``
    the variables recorded (``kind`` assign/loop/block) or ``exprs`` the
    sub-expression texts (``kind="sub"``); ``code`` the statement's text.
    """

    id: int
    line: int
    kind: str
    names: tuple[str, ...] = ()
    exprs: tuple[str, ...] = ()
    code: str = ""


@dataclass(frozen=True)
class Instrumented:
    """The instrumented source of one function at one granularity, with its sites."""

    name: str
    granularity: str
    source: str
    sites: tuple[Site, ...]
    notes: tuple[str, ...] = ()

    def site(self, k: int) -> Site:
        return self.sites[k - 1]


@dataclass
class MFunction:
    """The parsed reference: the top-level function's names and its tree."""

    name: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    source: bytes
    tree: object
    node: object
    variables: frozenset[str] = field(default_factory=frozenset)
    has_errors: bool = False
    lines: tuple[str, ...] = ()

    def line_text(self, line: int) -> str:
        return self.lines[line - 1].strip() if 0 < line <= len(self.lines) else ""


@lru_cache(maxsize=1)
def _parser():
    import tree_sitter_matlab
    from tree_sitter import Language, Parser

    return Parser(Language(tree_sitter_matlab.language()))


def _text(node) -> str:
    return node.text.decode("utf-8", "surrogateescape")


def parse_function(source: str | bytes) -> MFunction:
    """Parse ``source`` and return its first function (raises ``ValueError`` for a script)."""
    data = source if isinstance(source, bytes) else source.encode("utf-8", "surrogateescape")
    tree = _parser().parse(data)
    fn = next((c for c in tree.root_node.children if c.type == "function_definition"), None)
    if fn is None:
        raise ValueError("no function definition found (a script cannot be traced)")
    name_node = fn.child_by_field_name("name")
    name = _text(name_node) if name_node is not None else ""
    outputs: list[str] = []
    inputs: list[str] = []
    for c in fn.children:
        if c.type == "function_output":
            outputs = [_text(i) for i in _walk(c) if i.type == "identifier"]
        elif c.type == "function_arguments":
            inputs = [_text(i) for i in c.children if i.type == "identifier"]
    fun = MFunction(name, tuple(inputs), tuple(outputs), data, tree, fn, has_errors=fn.has_error,
                    lines=tuple(data.decode("utf-8", "surrogateescape").splitlines()))
    body = _body(fn)
    assigned = set(inputs) | set(outputs)
    if body is not None:
        for st in _statements(body, recursive=True):
            assigned.update(_assigned(st, assigned))
            if st.type == "for_statement":
                it = next((c for c in st.children if c.type == "iterator"), None)
                if it is not None and it.named_children and it.named_children[0].type == "identifier":
                    assigned.add(_text(it.named_children[0]))
    fun.variables = frozenset(assigned)
    return fun


def _walk(node):
    yield node
    for c in node.children:
        yield from _walk(c)


def _body(fn):
    return next((c for c in fn.children if c.type == "block"), None)


def _statements(block, recursive: bool = False):
    """Statements of ``block`` in source order (with nested blocks' statements when ``recursive``)."""
    for c in block.children:
        if not c.is_named or c.type in ("comment", "line_continuation"):
            continue
        yield c
        if recursive and c.type in _STATEMENT_BLOCKS:
            for b in _inner_blocks(c):
                yield from _statements(b, recursive=True)


def _inner_blocks(node):
    for c in node.children:
        if c.type == "block":
            yield c
        elif c.type in ("elseif_clause", "else_clause", "case_clause", "otherwise_clause", "catch_clause"):
            yield from _inner_blocks(c)


def _base_name(node) -> str | None:
    """The variable written by an assignment target: ``a``, ``a(i)``, ``a{i}``, ``s.f(2).g``."""
    while node is not None:
        if node.type == "identifier":
            return _text(node)
        if node.type in ("function_call", "field_expression", "indirect_access"):
            node = node.named_children[0] if node.named_children else None
            continue
        return None
    return None


def _assigned(st, variables=()) -> list[str]:
    """Names a statement assigns (empty for calls, control flow, commands that do not assign)."""
    if st.type == "assignment":
        left = st.child_by_field_name("left")
        if left is None:
            return []
        if left.type == "multioutput_variable":
            names = [_base_name(c) for c in left.named_children if c.type != "ignored_argument"]
        else:
            names = [_base_name(left)]
        return [n for n in names if n and _IDENT.match(n)]
    if st.type == "command":
        kids = st.named_children
        if len(kids) >= 2 and kids[0].type == "command_name" and _text(kids[1]) in _OP_ASSIGN:
            n = _text(kids[0])
            return [n] if _IDENT.match(n) else []
    return []


def _line(node) -> int:
    return node.start_point[0] + 1


def _code(fun: MFunction, node) -> str:
    text = " ".join(_text(node).split())
    return text if len(text) <= 120 else text[:117] + "..."


# --------------------------------------------------------------------------- purity


def _call_name(node) -> str | None:
    n = node.child_by_field_name("name")
    if n is None and node.named_children:
        n = node.named_children[0]
    return _text(n) if n is not None and n.type == "identifier" else None


def _pure(node, fun: MFunction, pure_user: frozenset) -> bool:
    """Whether evaluating ``node`` again has no side effect (and cannot change an RNG's state)."""
    t = node.type
    if t in ("number", "string", "spread_operator", "end_keyword", "comment", "line_continuation"):
        return True
    if not node.is_named:
        return True
    if t == "identifier":
        name = _text(node)
        return name in fun.variables or name in PURE_BUILTINS or name in pure_user
    if t in ("lambda", "handle_operator", "cell", "field_expression", "indirect_access", "command", "metaclass_operator"):
        return False
    if t == "function_call":
        name = _call_name(node)
        if name is None:
            return False
        if name not in fun.variables and name not in PURE_BUILTINS and name not in pure_user:
            return False
        args = [c for c in node.named_children[1:]]
        return all(_pure(a, fun, pure_user) for a in args)
    return all(_pure(c, fun, pure_user) for c in node.children)


def _reads(node, fun: MFunction) -> set[str]:
    return {_text(n) for n in _walk(node) if n.type == "identifier" and _text(n) in fun.variables}


def _free_end(node, fun: MFunction) -> bool:
    """Whether ``node`` holds an ``end`` that belongs to an indexing outside it (not evaluable alone)."""
    if node.type == "end_keyword":
        return True
    if node.type == "function_call" and _call_name(node) in fun.variables:
        return False  # an end inside its own index arguments refers to it
    return any(_free_end(c, fun) for c in node.children)


def _subexpressions(rhs, fun: MFunction, pure_user: frozenset, assigned: set[str]) -> list:
    """Pure sub-expressions of ``rhs`` (outermost first), excluding ``rhs`` itself and index arguments."""
    out = []

    def visit(node, top: bool):
        if len(out) >= MAX_SUBEXPRESSIONS or not node.is_named:
            return
        t = node.type
        if t == "parenthesis":
            inner = node.named_children[0] if node.named_children else None
            if inner is not None:
                visit(inner, top)
            return
        if t in ("lambda", "cell", "string", "number", "identifier"):
            return
        indexing = t == "function_call" and _call_name(node) in fun.variables
        if t in _EXPR_TYPES and not top and _pure(node, fun, pure_user) and not (_reads(node, fun) & assigned):
            if not _free_end(node, fun):
                out.append(node)
        if indexing:
            return  # index arguments (2:end, :) are not values of the computation
        for c in node.children:
            if c.type == "arguments":
                for a in c.named_children:
                    visit(a, False)
            elif c.is_named and c.type != "identifier":
                visit(c, False)

    visit(rhs, True)
    return out


def pure_user_functions(folder: Path, names: set[str]) -> frozenset:
    """The functions among ``names`` defined in ``folder/*.m`` that call nothing impure (transitively)."""
    known: dict[str, bool] = {}

    def check(name: str, depth: int = 0) -> bool:
        if name in known:
            return known[name]
        known[name] = False  # recursion guard
        path = folder / f"{name}.m"
        if depth > 8 or not path.is_file():
            return False
        try:
            fun = parse_function(path.read_bytes())
        except (OSError, ValueError):
            return False
        ok = not fun.has_errors
        for fn in (c for c in fun.tree.root_node.children if c.type == "function_definition"):
            for n in _walk(fn):
                if not ok:
                    break
                if n.type in ("global_operator", "persistent_operator", "command"):
                    ok = False
                elif n.type == "identifier":
                    word = _text(n)
                    if word in _IMPURE:
                        ok = False
                    elif (word not in fun.variables and word not in PURE_BUILTINS and word != fun.name
                          and n.parent is not None and n.parent.type == "function_call"):
                        ok = check(word, depth + 1) or _local_function(fun, word)
        known[name] = ok
        return ok

    return frozenset(n for n in names if check(n))


def _local_function(fun: MFunction, name: str) -> bool:
    for fn in fun.tree.root_node.children:
        if fn.type == "function_definition":
            n = fn.child_by_field_name("name")
            if n is not None and _text(n) == name:
                return True
    return False


# --------------------------------------------------------------------------- instrumentation


def _terminator_end(node) -> tuple[int, bool]:
    """Byte offset just after the statement's ``;``/``,`` (True) or after the statement (False)."""
    nxt = node.next_sibling
    if nxt is not None and nxt.type in (";", ","):
        return nxt.end_byte, True
    return node.end_byte, False


def instrument(fun: MFunction, granularity: str, *, pure_user: frozenset = frozenset()) -> Instrumented:
    """The instrumented source of ``fun`` at ``granularity`` (one of :data:`GRANULARITIES`)."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity={granularity!r}: expected one of {GRANULARITIES}")
    source = fun.source
    if granularity == "outputs":
        return Instrumented(fun.name, granularity, source.decode("utf-8", "surrogateescape"), ())
    body = _body(fun.node)
    sites: list[Site] = []
    inserts: list[tuple[int, str]] = []
    notes: list[str] = []

    def new_site(line, kind, names=(), exprs=(), code="") -> int:
        sites.append(Site(len(sites) + 1, line, kind, tuple(names), tuple(exprs), code))
        return len(sites)

    def rec_call(k: int, args: list[str]) -> str:
        return f"{REC}({k}{''.join(', ' + a for a in args)});"

    def after(st, text: str):
        pos, terminated = _terminator_end(st)
        inserts.append((pos, (" " if terminated else ", ") + text))

    if body is None:
        return Instrumented(fun.name, granularity, source.decode("utf-8", "surrogateescape"), (), ("empty function body",))

    if granularity == "blocks":
        for st in _statements(body):
            names = sorted({n for s in [st, *_nested(st)] for n in _assigned(s, fun.variables)})
            for n in names:
                k = new_site(_line(st), "block", (n,), code=_code(fun, st).split("\n")[0])
                after_text = f"if exist('{n}', 'var') == 1, {rec_call(k, [n])} end"
                after(st, after_text)
        return _apply(fun, granularity, inserts, sites, notes)

    def visit_block(block):
        for st in _statements(block):
            if st.type in _STATEMENT_BLOCKS:
                if st.type == "for_statement":
                    it = next((c for c in st.children if c.type == "iterator"), None)
                    var = it.named_children[0] if it is not None and it.named_children else None
                    inner = next((c for c in st.children if c.type == "block"), None)
                    if var is not None and var.type == "identifier" and inner is not None and _IDENT.match(_text(var)):
                        k = new_site(_line(st), "loop", (_text(var),), code=_code(fun, it))
                        inserts.append((inner.start_byte, rec_call(k, [_text(var)]) + " "))
                for b in _inner_blocks(st):
                    visit_block(b)
                continue
            names = _assigned(st, fun.variables)
            if not names:
                continue
            k = new_site(_line(st), "assign", names, code=_code(fun, st))
            text = rec_call(k, names)
            if granularity == "expressions" and st.type == "assignment":
                rhs = st.child_by_field_name("right")
                subs = _subexpressions(rhs, fun, pure_user, set(names)) if rhs is not None else []
                texts = [t for t in (_one_line(s) for s in subs) if t]
                if texts:
                    ks = new_site(_line(st), "sub", exprs=[" ".join(t.split()) for t in texts], code=_code(fun, st))
                    text += f" try, {REC}({ks}{''.join(', (' + t + ')' for t in texts)}); catch, end,"
            after(st, text)

    visit_block(body)
    return _apply(fun, granularity, inserts, sites, notes)


def _one_line(node) -> str | None:
    """The node's text on one line (``...`` continuations joined), or None when that is not safe."""
    text = _text(node)
    if "\n" not in text:
        return text
    if any(n.type in ("string", "comment") and "..." not in _text(n) for n in _walk(node)):
        return None
    joined = re.sub(r"\.\.\.[^\n]*\n", " ", text)
    return None if "\n" in joined else joined


def _nested(st):
    for b in _inner_blocks(st):
        yield from _statements(b, recursive=True)


def _apply(fun: MFunction, granularity: str, inserts, sites, notes) -> Instrumented:
    data = fun.source
    for pos, text in sorted(inserts, key=lambda p: p[0], reverse=True):
        data = data[:pos] + text.encode("utf-8") + data[pos:]
    return Instrumented(fun.name, granularity, data.decode("utf-8", "surrogateescape"), tuple(sites), tuple(notes))
