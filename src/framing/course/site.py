"""The course website: the notebooks, the glossary and the teacher's guide as one static Sphinx site.

``python -m framing site`` (:func:`build`) copies what the site shows into a staging folder
(``build/site/src/``, git-ignored), rewriting only the copies, then runs Sphinx (myst-nb,
sphinx-book-theme) with the configuration in ``docs/conf.py`` into ``site/`` (git-ignored) with warnings as
errors. Nothing is executed: myst-nb shows
the outputs stored in the notebooks. Nothing tracked is written.

What the staging does to the copies:

* the notebooks (``framing.runner.notebooks(appendices=True)``): the navigation's *Contents* link
  (``../README.md#the-notebooks``) points to the site's home page; a figure without alt text in its cell
  metadata (``{"mystnb": {"image": {"alt": "..."}}}``) gets a generic one naming its notebook, so that the
  build works; the site's tests reject it in a numbered notebook (:func:`is_generic_alt`);
* ``notebooks/glossary.md`` (a table, readable in JupyterLab and on GitHub) becomes a Sphinx
  ``glossary`` directive: every term a real glossary term, carrying the table's ``<a id="...">`` anchor
  as its id, so that the notebooks' links ``glossary.md#anchor`` land on the term in both places;
* the teacher's guide (``teaching/*.md``) gets a fresh times table (:func:`write_times`);
* the home page (``index.md``) is the README's front matter and its map of the notebooks with thumbnails;
* ``docs/run.md``, how to run the collection, gets the README's Quick start and JupyterLab sections and
  the voice palette filled in;
* after the build, the "download this notebook" files (``_sources/notebooks/*.ipynb``) are replaced by the
  notebooks as they are in ``notebooks/``.

This module is also the Sphinx extension that ``docs/conf.py`` loads (:func:`setup`): glossary anchors and
formulas rendered as MathML (no MathJax, which would need the network).
"""
from __future__ import annotations

import json
import re
import shutil
import time
import warnings
from pathlib import Path

from .. import paths
from ..runner import notebooks
from .timing import minutes

CONF_DIR = paths.ROOT / "docs"
WORK = paths.ROOT / "build" / "site"  # staged sources, doctrees, myst-nb's image folder, the fresh build
SITE = paths.ROOT / "site"
GLOSSARY = "glossary.md"
ANCHORS_FILE = "_glossary_anchors.json"
TEACHING = paths.ROOT / "teaching"
EXTRA_PAGES = ("data/README.md", "seeds/README.md")  # pages the notebooks and the guide link to
ALT_KEY = ("mystnb", "image", "alt")  # myst-nb's cell metadata key for the alt text of a cell's images
SITE_TITLE = "Computational framing analysis"
RUN_PAGE = "run.md"  # docs/run.md: how to run the collection, with sections of the README filled in
README_SECTION = re.compile(r"<!-- README: (.+?) -->")
PALETTE_MARK = "<!-- palette -->"
# The texts a figure gets when its notebook gives it none: they keep the build working, but they say only
# where a figure is, not what it shows, so the site's tests reject them in a numbered notebook.
GENERIC_ALT = ("A figure of notebook ", "The main figure of notebook ")


def is_generic_alt(text: str | None) -> bool:
    """True for a missing, empty, file-name or generic (fallback) alt text."""
    text = (text or "").strip()
    return (not text or text.startswith(GENERIC_ALT)
            or bool(re.fullmatch(r"[\w./-]+\.(png|svg|jpe?g|gif)", text, flags=re.I)))


class SiteError(RuntimeError):
    """The site cannot be built; the message names the file or the first Sphinx error."""


# --------------------------------------------------------------------------
# Reading notebooks
# --------------------------------------------------------------------------

def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _source(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def figure_alt(cell: dict) -> str | None:
    """The alt text a code cell's metadata gives its figures, or None."""
    node = cell.get("metadata", {})
    for key in ALT_KEY:
        node = node.get(key) if isinstance(node, dict) else None
    return node.strip() if isinstance(node, str) and node.strip() else None


def has_figure(cell: dict) -> bool:
    return cell["cell_type"] == "code" and any(
        "image/png" in o.get("data", {}) or "image/svg+xml" in o.get("data", {}) for o in cell.get("outputs", []))


def figures_without_alt(folder: Path | None = None) -> list[str]:
    """``name: cell N`` for every figure cell that has no alt text in its metadata."""
    return [f"{p.name}: cell {i + 1}" for p in notebooks(folder, appendices=True)
            for i, c in enumerate(_read(p)["cells"]) if has_figure(c) and not figure_alt(c)]


def main_figure(path: Path) -> tuple[str, str] | None:
    """(file name, alt text) of the notebook's first saved figure, with the alt text of the cell that saved it."""
    from ..editions import title

    for cell in _read(path)["cells"]:
        if cell["cell_type"] != "code":
            continue
        m = re.search(r"savefig\(\s*\w+\s*,\s*[\"']([^\"']+)[\"']", _source(cell))
        if m:
            alt = figure_alt(cell) or f"{GENERIC_ALT[1]}{path.name[:2]}, {title(path)}"
            return m.group(1), alt
    return None


# --------------------------------------------------------------------------
# The glossary: a table in notebooks/glossary.md, a Sphinx glossary on the site
# --------------------------------------------------------------------------

_ROW = re.compile(r'^\|\s*<a id="([^"]+)"></a>\s*(.+?)\s*\|\s*(.+?)\s*\|\s*(.*?)\s*\|\s*$')


def glossary_entries(text: str) -> list[dict]:
    """The rows of the glossary table: anchor, term, meaning, first_used (markdown)."""
    entries = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith("| <a id="):
            m = _ROW.match(line)
            if not m:
                raise SiteError(f"{GLOSSARY}: line {n}: not a row `| <a id=\"anchor\"></a>term | meaning | first used |`")
            entries.append(dict(zip(("anchor", "term", "meaning", "first_used"), m.groups())))
    anchors = [e["anchor"] for e in entries]
    dupes = sorted({a for a in anchors if anchors.count(a) > 1})
    if dupes:
        raise SiteError(f"{GLOSSARY}: anchor used twice: {dupes[0]}")
    return entries


def glossary_anchors(folder: Path | None = None) -> set[str]:
    path = (folder or paths.NOTEBOOKS) / GLOSSARY
    return {e["anchor"] for e in glossary_entries(path.read_text(encoding="utf-8"))}


def glossary_myst(text: str) -> str:
    """The glossary as a MyST page with a Sphinx ``glossary`` directive (one term per table row)."""
    head = text.split("\n| term |", 1)[0].rstrip()
    lines = [head, "", ":::{glossary}"]
    for e in glossary_entries(text):
        lines.append(e["term"])
        meaning = e["meaning"]
        if e["first_used"]:
            meaning += f" First used in notebook {e['first_used']}."
        lines.append(f"  {meaning}")
        lines.append("")
    lines.append(":::")
    return "\n".join(lines) + "\n"


def glossary_links(folder: Path | None = None) -> list[tuple[str, str]]:
    """(notebook name, anchor) of every ``glossary.md#anchor`` link in every notebook."""
    out = []
    for p in notebooks(folder, appendices=True):
        for c in _read(p)["cells"]:
            if c["cell_type"] == "markdown":
                out += [(p.name, a) for a in re.findall(r"\]\(glossary\.md#([^)\s]+)\)", _source(c))]
    return out


# --------------------------------------------------------------------------
# Times and lesson plans for the teacher's guide
# --------------------------------------------------------------------------

TIMES_START, TIMES_END = "<!-- notebook times -->", "<!-- /notebook times -->"
TIMES_FILE = "lesson-plans.md"

# Each lesson plan: (name, [(session, notebook numbers, classroom minutes outside the notebooks)]).
# The notebook minutes are computed; the classroom minutes are the plan's own (introduction, discussion,
# activity) and are stated as such.
LESSON_PLANS = [
    ("Plan A · a one-day workshop", [
        ("Morning", ["00", "01", "04"], 15),
        ("Afternoon", ["05", "08"], 20),
    ]),
    ("Plan B · a six-week module (one two-hour session a week)", [
        ("Week 1 · the text and its voices", ["00", "01"], 20),
        ("Week 2 · sentences and words", ["02", "03"], 15),
        ("Week 3 · keywords and frames", ["04", "05"], 20),
        ("Week 4 · sentiment and its validation", ["06", "07"], 20),
        ("Week 5 · comparing the readouts", ["08", "09"], 20),
        ("Week 6 · your own texts (assignment launch)", ["12"], 45),
    ]),
    ("Plan C · a research-methods seminar (core path, then out of sample)", [
        ("Session 1 · reading and attributing", ["00", "01", "02"], 15),
        ("Session 2 · counting words", ["03", "04"], 15),
        ("Session 3 · frames and their validation", ["05"], 30),
        ("Session 4 · sentiment and its validation", ["06", "07"], 20),
        ("Session 5 · comparison and keyness", ["08", "09"], 20),
        ("Session 6 · naming the war out of sample", ["10", "11"], 25),
        ("Session 7 · your own texts", ["12"], 60),
    ]),
]


def _by_number(folder: Path | None = None) -> dict[str, Path]:
    return {p.name[:2]: p for p in notebooks(folder, appendices=True)}


def _link(path: Path, prefix: str) -> str:
    from ..editions import title

    return f"[{path.name[:2]} · {title(path)}]({prefix}{path.name})"


def times_markdown(folder: Path | None = None, prefix: str = "../notebooks/") -> str:
    """The generated block of the guide: every notebook's computed time, then each plan's totals."""
    books = _by_number(folder)
    rows = ["| # | notebook | minutes | running total |", "|---|---|---|---|"]
    total = 0
    for num, path in books.items():
        m = minutes(path)
        total += m
        rows.append(f"| {num} | {_link(path, prefix)} | {m} | {total} |")
    out = ["Computed by `framing.course.timing.minutes` from the notebooks themselves and rewritten by "
           "`python -m framing run`; do not edit by hand.", "", *rows, ""]
    for name, sessions in LESSON_PLANS:
        out += [f"**{name}**", "", "| session | notebooks | notebook minutes | + classroom minutes | = total |",
                "|---|---|---|---|---|"]
        plan_nb = plan_class = 0
        for session, nums, extra in sessions:
            present = [n for n in nums if n in books]
            missing = [n for n in nums if n not in books]
            nb_min = sum(minutes(books[n]) for n in present)
            names = ", ".join([_link(books[n], prefix) for n in present] +
                              [f"{n} (not in `notebooks/` yet)" for n in missing])
            plan_nb += nb_min
            plan_class += extra
            rows_ = f"| {session} | {names} | {nb_min} | {extra} | {nb_min + extra} |"
            out.append(rows_)
        out += [f"| **total** | | **{plan_nb}** | **{plan_class}** | **{plan_nb + plan_class}** |", ""]
    return "\n".join(out).rstrip() + "\n"


def _replace_block(text: str, block: str, where: str) -> str:
    if TIMES_START not in text or TIMES_END not in text:
        raise SiteError(f"{where}: no '{TIMES_START}' ... '{TIMES_END}' markers")
    head, rest = text.split(TIMES_START, 1)
    _, tail = rest.split(TIMES_END, 1)
    return f"{head}{TIMES_START}\n{block}{TIMES_END}{tail}"


def write_times(path: Path | None = None, folder: Path | None = None) -> bool:
    """Rewrite the times block of the lesson plans; True if the file changed."""
    path = path or TEACHING / TIMES_FILE
    text = path.read_text(encoding="utf-8")
    new = _replace_block(text, times_markdown(folder), str(path))
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


def times_are_current(path: Path | None = None, folder: Path | None = None) -> bool:
    path = path or TEACHING / TIMES_FILE
    text = path.read_text(encoding="utf-8")
    return _replace_block(text, times_markdown(folder), str(path)) == text


# --------------------------------------------------------------------------
# Staging
# --------------------------------------------------------------------------

def _readme_front_matter(readme: str) -> str:
    """The README's title and opening paragraphs (everything before its first ``##`` section)."""
    return re.split(r"^## ", readme, maxsplit=1, flags=re.M)[0].strip()


def readme_section(readme: str, heading: str) -> str:
    """The body of the README section ``## heading`` or ``### heading``, up to the next heading."""
    m = re.search(rf"^#{{2,3}} {re.escape(heading)}\n(.*?)(?=^#{{2,3}} |\Z)", readme, flags=re.M | re.S)
    if not m:
        raise SiteError(f"README.md: no section '{heading}' (the site's page {RUN_PAGE} shows it)")
    return m.group(1).strip()


def _guide_pages(root: Path) -> list[str]:
    teaching = sorted((root / "teaching").glob("*.md")) if (root / "teaching").is_dir() else []
    order = ["README", "lesson-plans", "notebook-notes", "assignments", "practical-notes"]
    stems = sorted((t.stem for t in teaching), key=lambda s: (order.index(s) if s in order else len(order), s))
    return [f"teaching/{s}" for s in stems]


def home_page(folder: Path | None = None, root: Path | None = None) -> str:
    """The site's home page: the README's front matter, its map of the notebooks (with the thumbnails of
    their main figures, written fresh by the function that writes the README's map), and the reference
    pages; the hidden tables of contents give the sidebar its order."""
    from ..editions import readme_map

    root = root or paths.ROOT
    folder = folder or root / "notebooks"
    books = notebooks(folder, appendices=True)
    front = _readme_front_matter((root / "README.md").read_text(encoding="utf-8"))
    # a thumbnail only where the figure is in figures/ (the template notebook saves its figures elsewhere)
    table = re.sub(r'<img src="(figures/[^"]+)"[^>]*>', lambda m: m.group(0) if (root / m.group(1)).is_file() else "",
                   readme_map(folder))
    return "\n".join([
        front,
        "",
        f"This site shows every notebook with its stored outputs; [how to run the collection]({RUN_PAGE}) "
        "says how to install it, run it in JupyterLab, hand out the student edition and use it on your own "
        "texts.",
        "",
        "## The notebooks",
        "",
        table,
        "",
        "## Reference",
        "",
        f"- [How to run the collection]({RUN_PAGE}): the two commands, JupyterLab, the student edition, "
        "your own texts, this site, accessibility",
        "- [Glossary](notebooks/glossary.md): every technical term, with the notebook where it first appears",
        "- [Teacher's guide](teaching/README.md): learning outcomes, lesson plans, notes, assignments",
        "- [The data and its codebook](data/README.md) and [the seed article](seeds/README.md)",
        "",
        "```{toctree}", ":hidden:", ":caption: Start here", "", RUN_PAGE[:-3], "```",
        "",
        "```{toctree}", ":hidden:", ":caption: Notebooks", "", *[f"notebooks/{p.stem}" for p in books], "```",
        "",
        "```{toctree}", ":hidden:", ":caption: Reference", "", "notebooks/glossary", "data/README", "seeds/README",
        "```",
        "",
        "```{toctree}", ":hidden:", ":caption: Teaching", "", *_guide_pages(root), "```",
        "",
    ])


def run_page(root: Path | None = None) -> str:
    """``docs/run.md`` with the README's sections filled in and the voice palette as a table."""
    from .. import style

    root = root or paths.ROOT
    readme = (root / "README.md").read_text(encoding="utf-8")
    text = (CONF_DIR / RUN_PAGE).read_text(encoding="utf-8")
    text = README_SECTION.sub(lambda m: readme_section(readme, m.group(1)), text)
    rows = ["| voice | colour |", "|---|---|"]
    rows += [f'| {voice.replace("_", " ")} | <span style="color:{hex_}">&#9632;</span> `{hex_}` |'
             for voice, hex_ in style.VOICE_COLORS.items()]
    palette = "The palette, voice by voice (`framing.style.VOICE_COLORS`):\n\n" + "\n".join(rows)
    return text.replace(PALETTE_MARK, palette)


def _stage_notebook(src: Path, dst: Path) -> None:
    from ..editions import CONTENTS_LINK, title

    nb = _read(src)
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            text = _source(cell).replace(f"]({CONTENTS_LINK})", "](../index.md)")
            cell["source"] = text
        elif has_figure(cell) and not figure_alt(cell):
            meta = cell.setdefault("metadata", {}).setdefault("mystnb", {}).setdefault("image", {})
            meta["alt"] = f"{GENERIC_ALT[0]}{src.name[:2]}, {title(src)}"
    dst.write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")


def stage(staging: Path | None = None, root: Path | None = None) -> Path:
    """Write the site's sources into ``staging`` (emptied first) and return it."""
    root = root or paths.ROOT
    folder = root / "notebooks"
    staging = Path(staging or WORK / "src")
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "notebooks").mkdir(parents=True)
    books = notebooks(folder, appendices=True)
    if not books:
        raise SiteError(f"{folder}: no numbered notebooks")
    for p in books:
        _stage_notebook(p, staging / "notebooks" / p.name)
    gloss = (folder / GLOSSARY).read_text(encoding="utf-8")
    (staging / "notebooks" / GLOSSARY).write_text(glossary_myst(gloss), encoding="utf-8")
    (staging / ANCHORS_FILE).write_text(json.dumps([e["anchor"] for e in glossary_entries(gloss)]),
                                        encoding="utf-8")
    teaching = root / "teaching"
    if teaching.is_dir():
        (staging / "teaching").mkdir()
        for t in sorted(teaching.glob("*.md")):
            text = t.read_text(encoding="utf-8")
            if t.name == TIMES_FILE:
                text = _replace_block(text, times_markdown(folder), str(t))
            (staging / "teaching" / t.name).write_text(text, encoding="utf-8")
    for page in EXTRA_PAGES:
        (staging / page).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / page, staging / page)
    if (root / "figures").is_dir():
        shutil.copytree(root / "figures", staging / "figures", ignore=shutil.ignore_patterns("*.svg"))
    (staging / "index.md").write_text(home_page(folder, root), encoding="utf-8")
    (staging / RUN_PAGE).write_text(run_page(root), encoding="utf-8")
    return staging


def build(target: Path | None = None, root: Path | None = None, work: Path | None = None) -> Path:
    """Stage and build the site into ``target`` (default ``site/``) with warnings as errors; return index.html."""
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from sphinx.cmd.build import build_main

    target = Path(target or SITE)
    work = Path(work or WORK)
    staging = stage(work / "src", root)
    # myst-nb writes figures to <output folder>/../jupyter_execute, so Sphinx writes into the work folder
    # and the finished site is moved to the target afterwards.
    out = work / "html"
    for folder in (out, work / "jupyter_execute", work / "doctrees"):
        if folder.exists():
            shutil.rmtree(folder)
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err), warnings.catch_warnings():
        # the extensions' use of APIs that Sphinx deprecates is theirs, not the site's (pytest makes warnings errors)
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", PendingDeprecationWarning)
        status = build_main(["-b", "html", "-W", "-q", "-E", "-c", str(CONF_DIR), "-d", str(work / "doctrees"),
                             str(staging), str(out)])
    if status:
        lines = [l for l in err.getvalue().splitlines() if l.strip()]
        first = next((l for l in lines if re.search(r"WARNING|ERROR|Error:|Exception|Warning:", l)),
                     lines[0] if lines else "unknown error")
        raise SiteError(f"site build failed: {first.replace(str(staging) + '/', '')}")
    # "Download this notebook" offers the notebook as it is in notebooks/, not the staged copy
    root = Path(root or paths.ROOT)
    for p in notebooks(root / "notebooks", appendices=True):
        if (out / "_sources" / "notebooks" / p.name).is_file():
            shutil.copyfile(p, out / "_sources" / "notebooks" / p.name)
    if target.exists():
        shutil.rmtree(target)
    shutil.move(str(out), str(target))
    return target / "index.html"


# --------------------------------------------------------------------------
# The Sphinx extension (loaded by docs/conf.py)
# --------------------------------------------------------------------------

def _glossary_ids(app, doctree) -> None:
    """Give every glossary term the table's anchor as an id, and register it as a label of the page, so
    that ``glossary.md#anchor`` resolves (myst-parser looks anchors up among the page's labels)."""
    from docutils import nodes
    from sphinx import addnodes

    if app.env.docname != "notebooks/glossary":
        return
    anchors = json.loads((Path(app.srcdir) / ANCHORS_FILE).read_text(encoding="utf-8"))
    std = app.env.domains.standard_domain
    terms = [item[0] for glossary in doctree.findall(addnodes.glossary)
             for item in glossary.findall(nodes.definition_list_item)]
    if len(terms) != len(anchors):
        raise SiteError(f"{GLOSSARY}: {len(anchors)} table rows but {len(terms)} glossary terms")
    for term, anchor in zip(terms, anchors):
        term["ids"].insert(0, anchor)
        doctree.ids[anchor] = term
        std.anonlabels[anchor] = (app.env.docname, anchor)


def _visit_math(self, node) -> None:
    from docutils import nodes
    from latex2mathml.converter import convert

    self.body.append(convert(node.astext()))
    raise nodes.SkipNode


def _visit_displaymath(self, node) -> None:
    from docutils import nodes
    from latex2mathml.converter import convert

    self.body.append(f'<div class="math">{convert(node.astext(), display="block")}</div>')
    raise nodes.SkipNode


def setup(app):
    app.connect("doctree-read", _glossary_ids)
    app.add_html_math_renderer("mathml", (_visit_math, None), (_visit_displaymath, None))
    return {"parallel_read_safe": False, "parallel_write_safe": True}

