"""Time the full test run against a baseline of kernels that only import the libraries.

    python benchmarks/bench_tests.py

The baseline writes, to a temporary folder, as many notebooks as notebooks/
holds, each with a single cell importing what the notebooks import, and runs
them with the same strict nbval options. The ratio says what the notebooks'
real work costs on top of starting kernels.

It prints whether Python may write bytecode caches (PYTHONDONTWRITEBYTECODE unset, Python's default): with
caches, pytest keeps its rewritten test modules between runs, and a repeated run skips rewriting about 2,000
asserts in each worker.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
IMPORTS = ("import matplotlib.pyplot as plt\nimport nltk\nimport pandas as pd\nimport scipy.stats\n"
           "import framing.article, framing.style, framing.resources\n")


def timed(args: list[str], cwd: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(args, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> int:
    from framing.runner import notebooks

    books = notebooks(ROOT / "notebooks", appendices=True)
    full = timed([sys.executable, "-m", "pytest", "-q"], ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(len(books)):
            cell = new_code_cell(IMPORTS, execution_count=1)
            cell["id"] = "imports"
            nbformat.write(new_notebook(cells=[cell], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}),
                           Path(tmp) / f"{i:02d}-imports-only.ipynb")
        base_args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval",
                     "--nbval-current-env", "-o", "addopts=", tmp]
        base = timed(base_args, ROOT)
        base_xdist = timed(base_args + ["-n", "2", "--dist", "loadscope"], ROOT)
    import os
    print(f"notebooks: {len(books)}; bytecode caches: "
          f"{'off (PYTHONDONTWRITEBYTECODE set)' if os.environ.get('PYTHONDONTWRITEBYTECODE') else 'on (Python default)'}")
    print(f"full test run (pytest, as configured: 2 xdist workers): {full:.1f} s")
    print(f"baseline ({len(books)} import-only notebooks, one process): {base:.1f} s")
    print(f"baseline ({len(books)} import-only notebooks, 2 xdist workers): {base_xdist:.1f} s")
    print(f"ratio to the one-process baseline: {full / base:.2f}")
    print(f"ratio to the 2-worker baseline: {full / base_xdist:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
