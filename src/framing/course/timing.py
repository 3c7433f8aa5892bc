"""How long a notebook takes a student, by one fixed formula.

minutes = (words of markdown cells + words of markdown outputs) / 130
        + non-comment code lines * 0.1 + HTML tables shown * 1 + other outputs (printed text, plain values) * 0.5
        + figures shown * 1.5 + exercises * 3

Link targets and HTML tags in markdown are not read, so not counted. Cells of a "Solutions" section (from its
heading to the next heading of the same or a higher level) are left out. An exercise is a markdown line that
starts with a heading or bold mark followed by "Exercise" or "Your turn".
"""
from __future__ import annotations

import json
import re
import statistics
from pathlib import Path

WORDS_PER_MINUTE = 130
CODE_LINE, TABLE, TEXT_OUTPUT, FIGURE, EXERCISE = 0.1, 1.0, 0.5, 1.5, 3.0

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NOT_READ = re.compile(r"\]\([^)]*\)|<[^>]+>")           # link targets and HTML tags
_HEADING = re.compile(r"\s*(#+)\s*(?:\d+\.?\s*)?(.*)")
EXERCISE_LINE = re.compile(r"^\s*(?:#+\s*|\*\*)\s*(?:Exercise|Your turn)\b", re.M)
GRADED_LINE = re.compile(r"^\s*(?:#+\s*|\*\*)\s*(?:Exercise|Your turn)\b[^\n]*[☼◑★]", re.M)


def _source(cell: dict) -> str:
    s = cell.get("source", "")
    return "".join(s) if isinstance(s, list) else s


def code_lines(source: str) -> list[str]:
    """The lines of a code cell that count: not blank, not comments."""
    return [l for l in source.splitlines() if l.strip() and not l.strip().startswith("#")]


def lesson_cells(nb: dict) -> list[dict]:
    """The cells a student works through: every cell outside the "Solutions" section."""
    kept, skipping = [], 0
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            h = _HEADING.match(_source(cell))
            if h and h.group(1) and skipping and len(h.group(1)) <= skipping:
                skipping = 0
            if h and h.group(1) and re.match(r"solutions?\b", h.group(2).strip().lower()):
                skipping = len(h.group(1))
        if not skipping:
            kept.append(cell)
    return kept


def measure(nb: dict) -> dict:
    """The quantities of the formula for one notebook (a parsed .ipynb), and its minutes."""
    m = dict(md_words=0, out_words=0, code_lines=0, tables=0, text_outputs=0, figures=0, exercises=0,
             graded=0, asserts=0, markdown_calls=0)
    cell_sizes = []
    for cell in lesson_cells(nb):
        src = _source(cell)
        if cell["cell_type"] == "markdown":
            m["md_words"] += len(WORD.findall(_NOT_READ.sub(" ", src)))
            m["exercises"] += len(EXERCISE_LINE.findall(src))
            m["graded"] += len(GRADED_LINE.findall(src))
            continue
        if cell["cell_type"] != "code":
            continue
        lines = code_lines(src)
        cell_sizes.append(len(lines))
        m["code_lines"] += len(lines)
        m["asserts"] += sum(l.strip().startswith("assert ") for l in lines)
        m["markdown_calls"] += len(re.findall(r"\bMarkdown\(", src))
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "image/png" in data or "image/svg+xml" in data:
                m["figures"] += 1
            elif "text/html" in data:
                m["tables"] += 1
            elif "text/markdown" in data:
                m["out_words"] += len(WORD.findall(_source({"source": data["text/markdown"]})))
            elif out.get("output_type") == "stream" or "text/plain" in data:
                m["text_outputs"] += 1
    m["max_cell"] = max(cell_sizes, default=0)
    m["median_cell"] = statistics.median(cell_sizes) if cell_sizes else 0
    m["minutes_exact"] = ((m["md_words"] + m["out_words"]) / WORDS_PER_MINUTE + m["code_lines"] * CODE_LINE
                          + m["tables"] * TABLE + m["text_outputs"] * TEXT_OUTPUT + m["figures"] * FIGURE
                          + m["exercises"] * EXERCISE)
    m["minutes"] = round(m["minutes_exact"])
    return m


def minutes(path: str | Path) -> int:
    """A notebook's time for a student, in whole minutes."""
    return measure(json.loads(Path(path).read_text(encoding="utf-8")))["minutes"]
