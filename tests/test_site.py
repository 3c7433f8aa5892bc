"""The course website: built once per test session, then read from disk and in one headless Chromium."""
import functools
import html
import json
import re
import shutil
import subprocess
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from framing import paths
from framing.course import site
from framing.runner import notebooks

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).is_file()), None)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
BOOKS = notebooks(appendices=True)
NUMBERED = {p.stem for p in notebooks()}


def _pages(folder: Path) -> list[Path]:
    """Every HTML page of the site (not the theme's own files)."""
    return sorted(p for p in folder.rglob("*.html") if p.relative_to(folder).parts[0] != "_static")


def _git_status() -> str:
    return subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=paths.ROOT,
                          capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """Build the site once: (site folder, seconds, git status before, git status after)."""
    work = tmp_path_factory.mktemp("site-work")
    before = _git_status()
    t0 = time.perf_counter()
    index = site.build(work / "site", work=work)
    seconds = time.perf_counter() - t0
    return index.parent, seconds, before, _git_status()


def _html(folder: Path, name: str) -> str:
    return (folder / name).read_text(encoding="utf-8")


# ---------------------------------------------------------------- building

def test_build_is_fast_and_changes_no_file(built):
    folder, seconds, before, after = built
    assert (folder / "index.html").is_file()
    assert seconds < 60, f"the site took {seconds:.0f} s to build"
    assert after == before, "building the site changed the work tree"


def test_every_notebook_has_a_page(built):
    folder = built[0]
    for p in BOOKS:
        assert (folder / "notebooks" / f"{p.stem}.html").is_file(), p.name
    for page in ("run.html", "notebooks/glossary.html", "teaching/README.html", "teaching/lesson-plans.html",
                 "teaching/notebook-notes.html", "teaching/assignments.html", "teaching/practical-notes.html",
                 "data/README.html", "seeds/README.html", "search.html"):
        assert (folder / page).is_file(), page


def test_the_theme_is_sphinx_book_theme(built):
    folder = built[0]
    assert (folder / "_static" / "styles" / "sphinx-book-theme.css").is_file()
    assert "sphinx-book-theme.css" in _html(folder, "index.html")


def test_sidebar_lists_the_notebooks_in_course_order(built):
    nav = _html(built[0], "index.html").split('class="bd-sidebar-primary', 1)[1].split("</nav>", 1)[0]
    found = re.findall(r'href="notebooks/((?:\d\d|A\d)-[^"#]+)\.html"', nav)
    assert found == [p.stem for p in BOOKS], found


def test_every_page_has_on_page_contents_and_search(built):
    folder = built[0]
    for name in [f"notebooks/{p.stem}.html" for p in BOOKS] + ["run.html", "teaching/README.html"]:
        page = _html(folder, name)
        assert 'class="bd-sidebar-secondary' in page and "page-toc" in page, f"{name}: no on-page contents"
        assert "search.html" in page, f"{name}: no search"
    assert "Search.setIndex(" in _html(folder, "searchindex.js")


def test_every_notebook_page_offers_the_notebook_for_download(built):
    folder = built[0]
    for p in BOOKS:
        page = _html(folder, f"notebooks/{p.stem}.html")
        assert re.search(rf'<a [^>]*href="\.\./_sources/notebooks/{re.escape(p.name)}"[^>]*>Download this notebook</a>',
                         page), f"{p.name}: no 'Download this notebook' link"
        assert re.search(rf'<a href="\.\./_sources/notebooks/{re.escape(p.name)}"[^>]*\n?\s*class="[^"]*btn-download',
                         page), f"{p.name}: no download button in the page header"
        assert (folder / "_sources" / "notebooks" / p.name).read_bytes() == p.read_bytes(), \
            f"{p.name}: the download is not the notebook in notebooks/"


def test_home_page_is_the_readme_front_matter_with_the_notebook_map(built):
    page = _html(built[0], "index.html")
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    first = re.sub(r"[*`]", "", readme.split("\n\n")[1]).split()[:12]
    text = re.sub(r"<[^>]+>", "", page).split()
    assert " ".join(first) in " ".join(text), "the home page does not open with the README's front matter"
    for p in notebooks():
        assert f'href="notebooks/{p.stem}.html"' in page, f"the home page's map has no {p.name}"
    thumbs = re.findall(r'<img [^>]*src="(_images/[^"]+|figures/[^"]+)"', page)
    assert thumbs, "the home page's map has no thumbnails"


def test_run_page_has_the_readme_commands_and_every_way_to_run(built):
    page = re.sub(r"<[^>]+>", "", _html(built[0], "run.html")).replace("&#8230;", "…")
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.search(r"## Quick start.*?```bash\n(.*?)```", readme, flags=re.S).group(1).split("\n")
    page = html.unescape(page)
    for line in [c for c in commands if c.strip()] + [
            "jupyter lab notebooks/", "python -m framing student", "python -m framing site",
            "python -m framing analyse FILE [FILE …] [--label NAME …] [--out DIR]"]:
        assert line in page, f"run.html does not show `{line}`"


def test_palette_is_stated_as_colour_blind_safe(built):
    from framing.style import VOICE_COLORS

    page = _html(built[0], "run.html")
    assert "Okabe" in page and "colour-blind-safe" in page and "VOICE_COLORS" in page
    assert all(hex_ in page for hex_ in VOICE_COLORS.values())


def test_nothing_is_loaded_from_the_network(built):
    folder = built[0]
    for page in folder.rglob("*.html"):
        loads = re.findall(r'<(?:script|link|img|iframe)\b[^>]*(?:src|href)="(https?:)?//', page.read_text(encoding="utf-8"))
        assert not loads, f"{page.name} loads a resource from the network"
    for css in folder.rglob("*.css"):
        assert not re.search(r"@import\s+url\(\s*[\"']?(https?:)?//|@font-face[^}]*url\(\s*[\"']?(https?:)?//",
                             css.read_text(encoding="utf-8")), f"{css.name} loads a resource from the network"


@pytest.mark.parametrize("alt, generic", [
    ("Bars of the log-likelihood G2 of the ten most key words, Russian readout against Chinese", False),
    ("A figure of notebook 03, Sentiment", True),
    ("The main figure of notebook 03, Sentiment", True),
    ("03-compound-by-position.png", True),
    ("", True),
    (None, True),
])
def test_generic_alt_text_is_recognised(alt, generic):
    assert site.is_generic_alt(alt) is generic


def test_every_image_on_the_site_has_alt_text_that_says_what_it_shows(built):
    """The generic fallback keeps the build working but fails here for a numbered notebook's figure
    (and for the home page's thumbnails, which are those figures)."""
    folder = built[0]
    bad = []
    for page in _pages(folder):
        name = str(page.relative_to(folder))
        appendix = name.startswith("notebooks/") and page.stem not in NUMBERED and page.stem[:1].isalpha() \
            and page.stem != "glossary"
        for tag in re.findall(r"<img\b[^>]*>", page.read_text(encoding="utf-8")):
            alt = re.search(r'\balt="([^"]*)"', tag)
            alt = alt.group(1) if alt else None
            if site.is_generic_alt(alt) and not (appendix and alt):
                src = re.search(r'\bsrc="([^"]*)"', tag)
                bad.append(f"{name}: {src.group(1) if src else tag}: alt={alt!r}")
    assert not bad, (f"{len(bad)} images without an alt text that says what they show (set "
                     f"{{\"mystnb\": {{\"image\": {{\"alt\": \"…\"}}}}}} in the figure's code cell): {bad[:8]}")


def test_one_h1_per_page_and_headings_in_order(built):
    folder = built[0]
    for page in _pages(folder):
        levels = [int(h) for h in re.findall(r"<h([1-6])\b", page.read_text(encoding="utf-8"))]
        name = page.relative_to(folder)
        assert levels.count(1) == 1 and levels[0] == 1, f"{name}: headings {levels[:6]}: not one H1 first"
        jumps = [(a, b) for a, b in zip(levels, levels[1:]) if b > a + 1]
        assert not jumps, f"{name}: a heading skips a level: h{jumps[0][0]} then h{jumps[0][1]}"


def test_formulas_are_mathml(built):
    text = "".join(p.read_text(encoding="utf-8") for p in (built[0] / "notebooks").glob("*.html"))
    if "$$" in "".join(p.read_text(encoding="utf-8") for p in BOOKS):
        assert "<math" in text


# ---------------------------------------------------------------- the glossary

def test_glossary_table_parses_one_entry_per_row():
    text = (paths.NOTEBOOKS / site.GLOSSARY).read_text(encoding="utf-8")
    entries = site.glossary_entries(text)
    assert len(entries) == text.count("\n| <a id=") > 0
    assert all(e["term"] and e["meaning"] for e in entries)


@pytest.mark.parametrize("line, message", [
    ('| <a id="x"></a>x | only two cells |', "not a row"),
    ('| <a id="x"></a>x | a | [00](00-a.ipynb) |\n| <a id="x"></a>y | b | [00](00-a.ipynb) |', "anchor used twice: x"),
])
def test_glossary_rejects_bad_rows(line, message):
    with pytest.raises(site.SiteError, match=message):
        site.glossary_entries("| term | meaning | first used |\n|---|---|---|\n" + line)


def test_every_glossary_link_in_every_notebook_resolves():
    anchors = site.glossary_anchors()
    links = site.glossary_links()
    missing = sorted({f"{nb}: glossary.md#{a}" for nb, a in links if a not in anchors})
    assert links and not missing, f"glossary links without a term: {missing}"


def test_glossary_is_a_sphinx_glossary_with_the_table_anchors(built):
    page = _html(built[0], "notebooks/glossary.html")
    for anchor in site.glossary_anchors():
        assert re.search(rf'<dt id="{re.escape(anchor)}"', page), f"term #{anchor} is not a glossary term"


# ---------------------------------------------------------------- the teacher's guide

def test_times_in_the_lesson_plans_are_current():
    assert site.times_are_current(), "teaching/lesson-plans.md: times are stale; run `python -m framing run`"


def test_times_are_computed_from_the_notebooks():
    from framing.course.timing import minutes

    block = site.times_markdown()
    total = 0
    for p in notebooks(appendices=True):
        total += minutes(p)
        assert f"| {p.name[:2]} | [" in block and f"| {minutes(p)} | {total} |" in block


def test_times_block_needs_markers(tmp_path):
    p = tmp_path / "plans.md"
    p.write_text("no markers")
    with pytest.raises(site.SiteError, match="markers"):
        site.write_times(p)


def test_guide_refers_to_exercises_that_can_exist():
    text = "".join(p.read_text(encoding="utf-8") for p in (paths.ROOT / "teaching").glob("*.md"))
    refs = re.findall(r"Your turn (\d\d)\.(\d+)", text)
    assert refs and all(1 <= int(k) <= 4 for _, k in refs)


# ---------------------------------------------------------------- alt text key

def test_alt_text_is_read_from_myst_nb_cell_metadata():
    from myst_nb.core.config import NbParserConfig

    assert NbParserConfig().cell_metadata_key == site.ALT_KEY[0]
    assert NbParserConfig.__dataclass_fields__["render_image_options"].metadata["cell_key"] == site.ALT_KEY[1]
    cell = {"cell_type": "code", "metadata": {"mystnb": {"image": {"alt": "Bars of G2 per word"}}}, "outputs": []}
    assert site.figure_alt(cell) == "Bars of G2 per word"


def test_stage_refuses_an_empty_collection(tmp_path):
    (tmp_path / "notebooks").mkdir()
    with pytest.raises(site.SiteError, match="no numbered notebooks"):
        site.stage(tmp_path / "staging", root=tmp_path)


# ---------------------------------------------------------------- in a real browser

@pytest.fixture(scope="session")
def served(built):
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(built[0])))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _broken(folder: Path) -> list[str]:
    """Images that are missing or empty and links inside the site that reach no page or no anchor,
    read from the HTML files of ``folder``."""
    base = "http://site.invalid/"
    ids_cache: dict[Path, set] = {}

    def ids(path: Path) -> set:
        if path not in ids_cache:
            ids_cache[path] = set(re.findall(r'\bid="([^"]+)"', path.read_text(encoding="utf-8")))
        return ids_cache[path]

    broken = []
    for page in _pages(folder):
        name = page.relative_to(folder).as_posix()
        text = page.read_text(encoding="utf-8")
        for src in re.findall(r'<img\b[^>]*\bsrc="([^"]+)"', text):
            if src.startswith("data:"):
                continue
            image = folder / unquote(urlsplit(urljoin(base + name, html.unescape(src))).path).lstrip("/")
            if not image.is_file() or image.stat().st_size == 0:
                broken.append(f"{name}: image {src}")
        for href in sorted(set(re.findall(r'<a\b[^>]*\bhref="([^"]+)"', text))):
            url = urljoin(base + name, html.unescape(href))
            if not url.startswith(base):
                continue
            parts = urlsplit(url)
            target = folder / unquote(parts.path).lstrip("/")
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{name} → {href}")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in ids(target):
                broken.append(f"{name} → {href} (no such anchor)")
    return broken


def test_every_internal_link_and_image_resolves(built):
    """Cheaper than visiting each page in the browser, which the test below does for a sample."""
    broken = _broken(built[0])
    assert not broken, f"broken images or internal links: {broken[:10]}"


def test_the_link_check_finds_a_missing_page_anchor_and_image(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.png").write_bytes(b"\x89PNG")
    (tmp_path / "index.html").write_text('<h1 id="top">x</h1><a href="sub/b.html#here">ok</a><a href="#top">ok</a>'
                                         '<a href="https://example.org/">out</a><img src="a.png" alt="x">')
    (tmp_path / "sub" / "b.html").write_text('<p id="here"></p><a href="../index.html#gone">bad anchor</a>'
                                             '<a href="c.html">no page</a><img src="../missing.png" alt="x">')
    assert _broken(tmp_path) == ["sub/b.html: image ../missing.png", "sub/b.html → ../index.html#gone (no such anchor)",
                                 "sub/b.html → c.html"]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (Debian's chromium; CI installs it)")
def test_site_in_a_real_browser(built, served, tmp_path_factory):
    """A sample of pages in headless Chromium: the home page (and its screenshot), the first notebook page with a
    figure, the glossary (reached by clicking a term on that page) and the search page. Every page's links and
    images are checked from the files by the test above."""
    from playwright.sync_api import sync_playwright

    folder, base = built[0], served
    with_figure = next(f"notebooks/{p.stem}.html" for p in BOOKS
                       if "<img" in _html(folder, f"notebooks/{p.stem}.html")
                       and "glossary.html#" in _html(folder, f"notebooks/{p.stem}.html"))
    shot = tmp_path_factory.mktemp("screenshots") / "home.png"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        outside = []  # nothing may be fetched from anywhere but the local server
        page.on("request", lambda r: None if r.url.startswith((base, "data:", "blob:")) else outside.append(r.url))
        for name in ("index.html", with_figure):
            response = page.goto(f"{base}/{name}")
            assert response and response.ok, f"{name} did not load"
            images = page.eval_on_selector_all("img", "els => els.map(e => [e.getAttribute('src'), e.complete && e.naturalWidth > 0])")
            assert all(ok for _, ok in images), f"{name}: images did not load: {[s for s, ok in images if not ok]}"
            if name == "index.html":   # a screenshot of the home page, for the test log
                page.screenshot(path=str(shot), full_page=True)
                assert shot.stat().st_size > 10_000
        assert images, f"{with_figure}: no image shown"

        # glossary links land on their term (clicked on the notebook page already open)
        link = page.locator("a[href*='glossary.html#']").first
        anchor = link.get_attribute("href").split("#", 1)[1]
        link.click()
        page.wait_for_load_state("load")
        assert page.url.endswith(f"glossary.html#{anchor}")
        assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').tagName") == "DT"

        # search finds keyness
        page.goto(f"{base}/search.html?q=keyness")
        page.wait_for_selector("ul.search li", timeout=15000)
        assert page.locator("ul.search li").count() > 0
        browser.close()
    assert not outside, f"requests outside the site: {outside[:5]}"
