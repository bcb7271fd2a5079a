"""Generate a class's worth of nnCostFunction submissions from the blind corpus (``tests/wild/``, read only).

Each of the corpus's nnCostFunction ports (correct, own-convention and buggy, with
their true cause in ``tests/wild/dev-a/manifest.toml``) is copied ``--copies``
times with variations a grader sees between students: a header comment, local
variables renamed (through ``ast``), comments before each function, 2-space
indentation and trailing blank lines, ``import numpy`` instead of ``import numpy
as np``. Every copy is ``DIR/sNNN_<id>/nnCostFunction.py`` exposing
``nnCostFunction`` (an alias line when the port's function has another name),
with the port's own helper package next to it when it imports one.
``DIR/expected.jsonl`` says, per file, the port id, its kind and the verdict it
must get: ``parity`` for a correct port, ``divergence`` for a buggy or
own-convention one (undeclared conventions exit 1).

Usage: ``python bench/gen_submissions.py DIR [--copies 15]`` (DIR outside the repository).
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "wild" / "dev-a"


def corpus_ports() -> list[dict]:
    """The manifest's nnCostFunction ports (one case per run: the same reference)."""
    manifest = tomllib.loads((CORPUS / "manifest.toml").read_text())
    return [p for p in manifest["port"] if p["reference"] == "nnCostFunction"]


class _Rename(ast.NodeTransformer):
    def __init__(self, names: dict[str, str]):
        self.names = names

    def visit_Name(self, node):
        if node.id in self.names:
            node.id = self.names[node.id]
        return node


def rename_locals(text: str, function: str, suffix: str) -> str:
    """``text`` with the local variables of ``function`` renamed (``name`` -> ``name_suffix``); comments drop out."""
    tree = ast.parse(text)
    fn = next((n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == function), None)
    if fn is None:
        return text
    declared = {n for node in ast.walk(fn) if isinstance(node, (ast.Global, ast.Nonlocal)) for n in node.names}
    params = {a.arg for a in fn.args.args + fn.args.kwonlyargs}
    stored = {n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    names = {n: f"{n}_{suffix}" for n in stored - params - declared}
    for stmt in fn.body:
        _Rename(names).visit(stmt)
    return ast.unparse(tree) + "\n"


def two_space(text: str) -> str:
    """4-space indentation as 2 spaces, two blank lines at the end."""
    return "".join(re.sub(r"^((?:    )+)", lambda m: "  " * (len(m[1]) // 4), line)
                   for line in text.splitlines(keepends=True)).rstrip("\n") + "\n\n\n"


def comment_defs(text: str, k: int) -> str:
    return re.sub(r"^(def |class )", lambda m: f"# --- helper (rev {k}) ---\n{m[1]}", text, flags=re.M)


def plain_numpy(text: str) -> str:
    return re.sub(r"^import numpy as np$", "import numpy\nnp = numpy", text, count=1, flags=re.M)


def variant(text: str, port: dict, k: int) -> str:
    """The ``k``-th copy of a port's source."""
    out = f"# submission {k:02d} -- {port['id']} (generated for the throughput bench)\n" + text
    kinds = (k % 5, (k // 5) % 5)
    if 1 in kinds:
        try:
            out = f"# submission {k:02d}\n" + rename_locals(text, port["function"], f"s{k}")
        except SyntaxError:  # Python 2 files keep their text
            pass
    if 2 in kinds:
        out = comment_defs(out, k)
    if 3 in kinds:
        out = two_space(out)
    if 4 in kinds:
        out = plain_numpy(out)
    if port["function"] != "nnCostFunction":
        out += f"\n\nnnCostFunction = {port['function']}\n"
    return out


def generate(folder: Path, copies: int = 15) -> list[dict]:
    folder = Path(folder).resolve()
    if folder == ROOT or ROOT in folder.parents:
        sys.exit(f"gen_submissions: write outside the repository, not into {folder}")
    folder.mkdir(parents=True, exist_ok=True)
    expected, n = [], 0
    for port in corpus_ports():
        src = CORPUS / port["file"]
        text = src.read_text()
        for k in range(copies):
            sub = folder / f"s{n:03d}_{port['id']}"
            sub.mkdir(exist_ok=True)
            (sub / "nnCostFunction.py").write_text(variant(text, port, k))
            helpers = src.parent / "utils"
            if re.search(r"^\s*(from|import) utils\b", text, flags=re.M) and helpers.is_dir():
                shutil.copytree(helpers, sub / "utils", dirs_exist_ok=True)
            expected.append({"path": str(sub / "nnCostFunction.py"), "id": port["id"], "kind": port["kind"],
                             "expected": "parity" if port["kind"] == "correct" else "divergence",
                             "causes": port["causes"], "conventions": port["conventions"]})
            n += 1
    (folder / "expected.jsonl").write_text("".join(json.dumps(e) + "\n" for e in expected))
    return expected


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("--copies", type=int, default=15)
    args = ap.parse_args()
    got = generate(Path(args.folder), args.copies)
    kinds = {}
    for e in got:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"{len(got)} submissions in {args.folder} ({', '.join(f'{v} {k}' for k, v in sorted(kinds.items()))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
