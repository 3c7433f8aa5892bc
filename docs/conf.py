"""Sphinx configuration of the course website; build it with ``python -m framing site``, which stages the
sources (notebooks, glossary, teacher's guide) into ``build/site-src/`` and builds into ``site/``."""
project = "Computational framing analysis"
author = "The framing notebooks contributors"
copyright = "2026, the framing notebooks contributors (text CC BY 4.0, code MIT)"
language = "en"

extensions = ["myst_nb", "framing.course.site"]
root_doc = "index"
exclude_patterns = ["_build", "**.ipynb_checkpoints"]

# The notebooks are shown as stored: never executed, and the build needs no network.
nb_execution_mode = "off"
nb_merge_streams = True
myst_enable_extensions = ["dollarmath", "colon_fence", "html_image"]
myst_heading_anchors = 4
html_math_renderer = "mathml"  # latex2mathml, in framing.course.site: no MathJax from the network

html_theme = "furo"
html_title = project
html_copy_source = False
html_show_sourcelink = False
html_last_updated_fmt = None  # no dates: the same sources give the same site
html_theme_options = {"navigation_with_keys": True}
