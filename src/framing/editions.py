"""The collection as a course: navigation cells, the student edition, the README map (and the website).

* ``write_navigation`` puts a top and a bottom navigation cell (previous | contents | next) into every
  numbered notebook, marked so that running it again replaces them instead of adding more.
* ``student_edition`` writes copies of the notebooks in which every ``# Solution`` cell is replaced by
  an exercise placeholder without outputs.
* the HTML edition is now the Sphinx course website, built by :mod:`framing.course.site`
  (``python -m framing site``); ``html_edition`` is an alias of its ``build``.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from . import paths
from .runner import notebooks

NAV_MARK = "<!-- framing:nav -->"
SOLUTION_MARK = "# Solution"
ANSWER_MARK = "*Answer.*"
PLACEHOLDER = "# Your solution here\n"
ANSWER_PLACEHOLDER = "*Your answer here.*\n"
CONTENTS_LINK = "../README.md#the-notebooks"
GLOSSARY = "glossary.md"


class EditionError(RuntimeError):
    """A notebook cannot be turned into an edition; the message names it."""


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _write(nb: dict, path: Path) -> None:
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _source(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def title(path: Path) -> str:
    """The notebook's H1 title without its number ('The article: ...')."""
    for cell in _read(path)["cells"]:
        if cell["cell_type"] == "markdown" and not _source(cell).startswith(NAV_MARK):
            m = re.match(r"#\s+(?:(?:\d\d|A\d)\s*·\s*)?(.+)", _source(cell).strip())
            if m:
                return m.group(1).strip()
    raise EditionError(f"{path.name}: no H1 title")


def navigation_text(books: list[Path], i: int, position: str) -> str:
    """The markdown of one navigation cell for notebook ``i`` of ``books``: neighbours by number only
    (their titles are in the contents and the sidebar), so that the line costs a reader no time."""
    parts = []
    if i > 0:
        prev = books[i - 1]
        parts.append(f"[← {prev.name.split('-')[0]}]({prev.name})")
    parts.append(f"[Contents]({CONTENTS_LINK})")
    parts.append(f"[Glossary]({GLOSSARY})")
    if i < len(books) - 1:
        nxt = books[i + 1]
        parts.append(f"[{nxt.name.split('-')[0]} →]({nxt.name})")
    return f"{NAV_MARK}\n" + " | ".join(parts) + ("" if position == "top" else "\n")


def _nav_cell(text: str, cell_id: str) -> dict:
    return {"cell_type": "markdown", "id": cell_id, "metadata": {}, "source": text.splitlines(keepends=True)}


def with_navigation(nb: dict, top: str, bottom: str) -> dict:
    """A copy of ``nb`` with old navigation cells removed and new ones added."""
    cells = [c for c in nb["cells"] if not (c["cell_type"] == "markdown" and _source(c).startswith(NAV_MARK))]
    nb = dict(nb)
    nb["cells"] = [_nav_cell(top, "nav-top")] + cells + [_nav_cell(bottom, "nav-bottom")]
    return nb


def expected_navigation(folder: Path | None = None) -> dict[Path, dict]:
    books = notebooks(folder)
    return {p: with_navigation(_read(p), navigation_text(books, i, "top"), navigation_text(books, i, "bottom"))
            for i, p in enumerate(books)}


def write_navigation(folder: Path | None = None) -> list[Path]:
    """Write navigation cells into every notebook whose navigation is missing or stale."""
    changed = []
    for path, nb in expected_navigation(folder).items():
        if nb != _read(path):
            _write(nb, path)
            changed.append(path)
    return changed


def stale_navigation(folder: Path | None = None) -> list[str]:
    """Names of notebooks whose navigation cells are missing or out of date."""
    return [p.name for p, nb in expected_navigation(folder).items() if nb["cells"] != _read(p)["cells"]]


# --------------------------------------------------------------------------
# Student edition
# --------------------------------------------------------------------------

def exercises_and_solutions(nb: dict) -> tuple[int, int]:
    """Count the exercise prompts of the lesson ('### Your turn NN.k', outside the Solutions section)
    and the worked solution cells ('# Solution')."""
    from .course.timing import EXERCISE_LINE, lesson_cells

    exercises = sum(len(EXERCISE_LINE.findall(_source(c))) for c in lesson_cells(nb) if c["cell_type"] == "markdown")
    solutions = sum(1 for c in nb["cells"] if c["cell_type"] == "code" and _source(c).startswith(SOLUTION_MARK))
    return exercises, solutions


def is_template(nb: dict) -> bool:
    """A template notebook (``"framing": {"template": true}`` in its metadata) has no exercises."""
    return bool(nb.get("metadata", {}).get("framing", {}).get("template"))


def is_solution(cell: dict) -> bool:
    """A worked solution: a code cell starting ``# Solution`` or a markdown answer starting ``*Answer.*``."""
    mark = SOLUTION_MARK if cell["cell_type"] == "code" else ANSWER_MARK
    return cell["cell_type"] in ("code", "markdown") and _source(cell).startswith(mark)


def strip_solutions(nb: dict) -> dict:
    """A copy of ``nb`` whose solution cells and written answers are empty placeholders without outputs."""
    nb = json.loads(json.dumps(nb))
    for cell in nb["cells"]:
        if not is_solution(cell):
            continue
        if cell["cell_type"] == "code":
            cell["source"] = PLACEHOLDER
            cell["outputs"] = []
            cell["execution_count"] = None
        else:
            cell["source"] = ANSWER_PLACEHOLDER
    return nb


def student_edition(target: Path | None = None, folder: Path | None = None) -> list[Path]:
    """Write the student copies of every notebook (and the glossary) to ``target``."""
    target = Path(target or paths.ROOT / "student")
    folder = folder or paths.NOTEBOOKS
    books = notebooks(folder)
    if not books:
        raise EditionError(f"{folder}: no numbered notebooks")
    target.mkdir(parents=True, exist_ok=True)
    out = []
    for path in books:
        nb = _read(path)
        n_ex, n_sol = exercises_and_solutions(nb)
        if not is_template(nb) and (n_ex == 0 or n_ex != n_sol):
            raise EditionError(f"{path.name}: {n_ex} exercises but {n_sol} '# Solution' cells")
        _write(strip_solutions(nb), target / path.name)
        out.append(target / path.name)
    if (folder / GLOSSARY).is_file():
        shutil.copyfile(folder / GLOSSARY, target / GLOSSARY)
    return out


# --------------------------------------------------------------------------
# The glossary's "first used" column
# --------------------------------------------------------------------------

_GLOSSARY_ROW = re.compile(r'^(\| <a id="([^"]+)"></a>.*\|)\s*([^|]*?)\s*\|\s*$')


def first_uses(folder: Path | None = None) -> dict[str, Path]:
    """For each glossary anchor linked from a notebook, the first notebook (in course order) that links it."""
    found: dict[str, Path] = {}
    for path in notebooks(folder, appendices=True):
        for cell in _read(path)["cells"]:
            if cell["cell_type"] == "markdown":
                for anchor in re.findall(r"glossary\.md#([\w-]+)", _source(cell)):
                    found.setdefault(anchor, path)
    return found


def glossary_with_first_uses(text: str, folder: Path | None = None) -> str:
    """The glossary with its last column rewritten from the notebooks ("—" for a term no notebook links)."""
    uses = first_uses(folder)
    lines = []
    for line in text.splitlines():
        m = _GLOSSARY_ROW.match(line)
        if m:
            p = uses.get(m.group(2))
            line = f"{m.group(1)} " + (f"[{p.name.split('-')[0]}]({p.name}) |" if p else "— |")
        lines.append(line)
    return "\n".join(lines) + "\n"


def write_glossary(folder: Path | None = None) -> bool:
    """Rewrite the glossary's "first used" column; True if it changed."""
    path = (folder or paths.NOTEBOOKS) / GLOSSARY
    text = path.read_text(encoding="utf-8")
    new = glossary_with_first_uses(text, folder)
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


# --------------------------------------------------------------------------
# The course website (was: the HTML reading edition)
# --------------------------------------------------------------------------

def html_edition(target: Path | None = None, folder: Path | None = None) -> Path:
    """Build the course website (``framing.course.site.build``); kept so that old callers keep working.
    ``folder`` is ignored: the site shows ``notebooks/``."""
    from .course.site import build

    return build(target)


# --------------------------------------------------------------------------
# The README's map of the notebooks
# --------------------------------------------------------------------------

MAP_START, MAP_END = "<!-- notebook map -->", "<!-- /notebook map -->"


def notebook_facts(path: Path) -> dict:
    """Title, objectives, reading time and main figure of one notebook, read from the notebook itself."""
    from .course.timing import measure

    nb = _read(path)
    cells = [c for c in nb["cells"] if not _source(c).startswith(NAV_MARK)]
    objectives: list[str] = []
    for c in cells:
        text = _source(c)
        if c["cell_type"] == "markdown" and "You will learn to" in text:
            objectives = [m.strip().rstrip(";.") for m in re.findall(r"^- (.+?)(?=\n- |\n\n|\Z)", text, flags=re.M | re.S)]
            break
    figures = [m for c in cells if c["cell_type"] == "code"
               for m in re.findall(r"savefig\(\s*\w+\s*,\s*\"([^\"]+)\"", _source(c))]
    figures = [f for f in figures if (paths.FIGURES / f"{f}.png").is_file()]  # not a figure saved elsewhere
    return {"name": path.name, "title": title(path), "objectives": [" ".join(o.split()) for o in objectives],
            "minutes": measure(nb)["minutes"], "figure": figures[0] if figures else None}


def readme_map(folder: Path | None = None) -> str:
    rows = ["| # | notebook | you will learn to | minutes | main figure |", "|---|---|---|---|---|"]
    for path in notebooks(folder):
        f = notebook_facts(path)
        learn = "; ".join(f["objectives"][:2]) + ("; …" if len(f["objectives"]) > 2 else "")
        learn = re.sub(r"\]\((?!https?:|#|/)([^)]+)\)", r"](notebooks/\1)", learn)  # links relative to the README
        thumb = ""
        if f["figure"]:
            from .course.site import main_figure

            alt = (main_figure(path) or ("", f["figure"]))[1].replace('"', "&quot;").replace("|", "&#124;")
            thumb = f'<img src="figures/{f["figure"]}.png" alt="{alt}" width="160">'

        rows.append(f"| {f['name'][:2]} | [{f['title']}](notebooks/{f['name']}) | {learn} | {f['minutes']} | {thumb} |")
    return "\n".join(rows)


def write_readme_map(readme: Path | None = None, folder: Path | None = None) -> bool:
    """Replace the map between the README's markers; True if the README changed."""
    readme = readme or paths.ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    if MAP_START not in text or MAP_END not in text:
        raise EditionError(f"{readme}: no '{MAP_START}' ... '{MAP_END}' markers")
    head, rest = text.split(MAP_START, 1)
    _, tail = rest.split(MAP_END, 1)
    new = f"{head}{MAP_START}\n{readme_map(folder)}\n{MAP_END}{tail}"
    if new != text:
        readme.write_text(new, encoding="utf-8")
    return new != text
