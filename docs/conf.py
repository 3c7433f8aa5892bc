"""Sphinx configuration of the course website; build it with ``python -m framing site``, which stages the
sources (notebooks, glossary, teacher's guide, run.md) into ``build/site/src/`` and builds into ``site/``."""
project = "Computational framing analysis"
author = "The framing notebooks contributors"
copyright = "2026, the framing notebooks contributors (text CC BY 4.0, code MIT)"
language = "en"

extensions = ["myst_nb", "framing.course.site"]
root_doc = "index"
exclude_patterns = ["_build", "**.ipynb_checkpoints"]
templates_path = ["_templates"]  # layout.html: one H1 per page, a "download this notebook" link

# The notebooks are shown as stored: never executed, and the build needs no network.
nb_execution_mode = "off"
nb_merge_streams = True
myst_enable_extensions = ["dollarmath", "colon_fence", "html_image"]
myst_heading_anchors = 4
html_math_renderer = "mathml"  # latex2mathml, in framing.course.site: no MathJax from the network

# sphinx-book-theme (the theme of Jupyter Book 1, on pydata-sphinx-theme): its fonts, icons and scripts are
# bundled in the theme package, so the site loads nothing from the network.
html_theme = "sphinx_book_theme"
html_title = project
html_copy_source = True  # the theme's download button offers the page's source: the notebook itself
html_sourcelink_suffix = ""  # ... as `name.ipynb`, not `name.ipynb.txt`
html_show_sourcelink = False
html_last_updated_fmt = None  # no dates: the same sources give the same site
html_theme_options = {
    "use_download_button": True,  # "download this notebook" (.ipynb) on every notebook page
    "use_fullscreen_button": False,
    "use_repository_button": False,
    "show_toc_level": 2,  # on-page contents in the right-hand sidebar
    "home_page_in_toc": True,
    "navigation_with_keys": False,
    "show_navbar_depth": 1,
}
