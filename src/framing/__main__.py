"""Command line: ``python -m framing run | student | html``.

Every known failure (a broken notebook, a bad input file, a missing resource) ends with one line on
standard error and exit status 1, never a traceback.
"""
from __future__ import annotations

import argparse
import sys


def _run() -> int:
    from .editions import write_navigation, write_readme_map
    from .runner import run_all

    for path in write_navigation():
        print(f"navigation updated: {path.name}")
    status = run_all()
    if status == 0 and write_readme_map():
        print("README.md: notebook map updated")
    return status


def _student() -> int:
    from .editions import student_edition

    out = student_edition()
    print(f"wrote {len(out)} student notebooks to {out[0].parent}")
    return 0


def _html() -> int:
    from .editions import html_edition

    print(f"wrote {html_edition()}")
    return 0


COMMANDS = {
    "run": (_run, "update navigation, then re-execute every notebook in order, regenerating data/derived and figures"),
    "student": (_student, "write the student edition (solutions removed) to student/"),
    "html": (_html, "render the HTML reading edition to html/"),
}


def main(argv: list[str] | None = None) -> int:
    from .annotations import AnnotationError
    from .article import ArticleError
    from .editions import EditionError
    from .resources import ResourceError
    from .runner import NotebookRunError

    parser = argparse.ArgumentParser(prog="python -m framing", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (_, help_) in COMMANDS.items():
        sub.add_parser(name, help=help_)
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command][0]()
    except (AnnotationError, ArticleError, EditionError, NotebookRunError, ResourceError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
