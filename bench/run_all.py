"""Run every benchmark in bench/ and print their figures (``make bench``).

Benchmarks print numbers; they never fail on a time. Each runs in its own
process so that one's Octave session and imports do not colour another's.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    scripts = sorted(p for p in HERE.glob("bench_*.py"))
    status = 0
    for script in scripts:
        print(f"==> {script.name}", flush=True)
        proc = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
        if proc.returncode != 0:
            print(f"    {script.name} exited {proc.returncode}", flush=True)
            status = 1
        print(flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
