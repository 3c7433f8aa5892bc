"""Re-execute every notebook in order, in place.

``python -m framing run`` runs ``notebooks/NN-*.ipynb`` one after the other in
a fresh kernel each, so that ``data/derived/`` and ``figures/`` are regenerated
and the stored outputs are those of this run.
"""
from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

from . import paths

NOTEBOOK_NAME = re.compile(r"^\d\d-[a-z]+(?:-[a-z0-9]+)*\.ipynb$")
APPENDIX_NAME = re.compile(r"^A\d-[a-z]+(?:-[a-z0-9]+)*\.ipynb$")
TIME_LINE = re.compile(r"(\*\*Time:\*\* )\d+( minutes)")


class NotebookRunError(RuntimeError):
    """A notebook failed; the message names the notebook and the cell."""


def notebooks(folder: Path | None = None, appendices: bool = False) -> list[Path]:
    """The numbered notebooks, in order (then the appendices ``A1-…``, if asked for)."""
    folder = folder or paths.NOTEBOOKS
    books = sorted(p for p in folder.glob("*.ipynb") if NOTEBOOK_NAME.match(p.name))
    return books + (sorted(p for p in folder.glob("*.ipynb") if APPENDIX_NAME.match(p.name)) if appendices else [])


def stamp_time(nb) -> None:
    """Write the computed minutes into the header's ``**Time:** N minutes`` (digits are not read as words,
    so the stamp does not change the time it states)."""
    from .course.timing import measure

    minutes = measure(nb)["minutes"]
    for cell in nb.cells:
        if cell.cell_type == "markdown" and TIME_LINE.search(cell.source):
            cell.source = TIME_LINE.sub(rf"\g<1>{minutes}\g<2>", cell.source, count=1)
            return


def coalesce_streams(nb) -> None:
    """Merge consecutive outputs of the same stream in each cell: the kernel may send one printed line
    as two messages when the machine is busy, which would make re-runs differ (nbval merges them too)."""
    for cell in nb.cells:
        merged = []
        for out in cell.get("outputs", []):
            if (merged and out.get("output_type") == "stream" and merged[-1].get("output_type") == "stream"
                    and merged[-1].get("name") == out.get("name")):
                merged[-1]["text"] += out["text"]
            else:
                merged.append(out)
        if "outputs" in cell:
            cell["outputs"] = merged


def clean_metadata(nb) -> None:
    """Drop what changes from run to run and carries no content."""
    for cell in nb.cells:
        for key in ("execution", "collapsed", "scrolled"):
            cell.metadata.pop(key, None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _shown(path: Path) -> str:
    """The path relative to the project root when it is inside it."""
    path = Path(path).resolve()
    return str(path.relative_to(paths.ROOT)) if path.is_relative_to(paths.ROOT) else str(path)


def run_notebook(path: Path, timeout: int = 600) -> None:
    """Execute one notebook in its own kernel and write it back in place."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    clean_metadata(nb)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    try:
        # The kernel's own stderr only says that it talks to us over local TCP; keep the progress clean.
        client.execute(stderr=subprocess.DEVNULL)
    except CellExecutionError as err:
        index = next((i for i, c in enumerate(nb.cells)
                      if c.cell_type == "code" and any(o.get("output_type") == "error" for o in c.get("outputs", []))), None)
        plain = re.sub(r"\x1b\[[0-9;]*m", "", str(err)).strip()
        last = plain.splitlines()[-1] if plain else type(err).__name__
        where = f"cell {index + 1}" if index is not None else "a cell"
        raise NotebookRunError(f"{_shown(path)}: {where} failed: {last}") from None
    clean_metadata(nb)
    coalesce_streams(nb)
    stamp_time(nb)
    nbformat.write(nb, path)


def run_all(folder: Path | None = None, only: list[Path] | None = None) -> int:
    books = [Path(p) for p in only] if only else notebooks(folder, appendices=True)
    if not books:
        print(f"no notebooks found in {folder or paths.NOTEBOOKS}", file=sys.stderr)
        return 1
    for i, path in enumerate(books, 1):
        t0 = time.perf_counter()
        print(f"[{i}/{len(books)}] {path.name} ...", end=" ", flush=True)
        try:
            run_notebook(path)
        except NotebookRunError as err:
            print("FAILED", flush=True)
            print(f"error: {err}", file=sys.stderr)
            return 1
        print(f"ok ({time.perf_counter() - t0:.1f} s)", flush=True)
    return 0
