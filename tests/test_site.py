"""The course website: built once per test session, then read from disk and in one headless Chromium."""
import functools
import json
import re
import shutil
import subprocess
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from framing import paths
from framing.course import site
from framing.runner import notebooks

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).is_file()), None)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
BOOKS = notebooks(appendices=True)


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
    for page in ("notebooks/glossary.html", "teaching/README.html", "teaching/lesson-plans.html",
                 "data/README.html", "search.html"):
        assert (folder / page).is_file(), page


def test_nothing_is_loaded_from_the_network(built):
    folder = built[0]
    for page in folder.rglob("*.html"):
        loads = re.findall(r'<(?:script|link|img|iframe)\b[^>]*(?:src|href)="(https?:)?//', _html(folder, page.relative_to(folder)))
        assert not loads, f"{page.name} loads a resource from the network"


def test_images_have_alt_text(built):
    folder = built[0]
    for page in (folder / "notebooks").glob("*.html"):
        for tag in re.findall(r"<img\b[^>]*>", page.read_text(encoding="utf-8")):
            alt = re.search(r'alt="([^"]*)"', tag)
            assert alt and alt.group(1).strip() and not alt.group(1).endswith(".png"), f"{page.name}: {tag}"


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


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (Debian's chromium; CI installs it)")
def test_site_in_a_real_browser(built, served, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    folder, base = built[0], served
    pages = sorted(str(p.relative_to(folder)) for p in folder.rglob("*.html"))
    ids_cache: dict[Path, set] = {}

    def ids(path: Path) -> set:
        if path not in ids_cache:
            ids_cache[path] = set(re.findall(r'\bid="([^"]+)"', path.read_text(encoding="utf-8")))
        return ids_cache[path]

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        outside = []  # nothing may be fetched from anywhere but the local server
        page.on("request", lambda r: None if r.url.startswith((base, "data:", "blob:")) else outside.append(r.url))
        broken = []
        t0 = time.perf_counter()
        for name in pages:
            response = page.goto(f"{base}/{name}")
            assert response and response.ok, f"{name} did not load"
            images = page.eval_on_selector_all("img", "els => els.map(e => [e.getAttribute('src'), e.complete && e.naturalWidth > 0])")
            assert all(ok for _, ok in images), f"{name}: images did not load: {[s for s, ok in images if not ok]}"
            for href in set(page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")):
                if not href.startswith(base):
                    continue
                parts = urlsplit(href)
                target = folder / unquote(parts.path).lstrip("/")
                if target.is_dir():
                    target = target / "index.html"
                if not target.is_file():
                    broken.append(f"{name} → {href}")
                elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in ids(target):
                    broken.append(f"{name} → {href} (no such anchor)")
        assert not broken, f"broken internal links: {broken[:10]}"
        print(f"{len(pages)} pages in {time.perf_counter() - t0:.1f} s")

        # glossary links land on their term
        first = BOOKS[0].stem
        page.goto(f"{base}/notebooks/{first}.html")
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

        # a screenshot of the home page
        shot = tmp_path_factory.mktemp("screenshots") / "home.png"
        page.goto(f"{base}/index.html")
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        browser.close()
    assert not outside, f"requests outside the site: {outside[:5]}"
