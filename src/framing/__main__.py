"""Command line: ``python -m framing run [NOTEBOOK…] | student | site`` (``html`` is an alias of ``site``).

Every known failure (a broken notebook, a bad input file, a missing resource) ends with one line on
standard error and exit status 1, never a traceback.
"""
from __future__ import annotations

import argparse
from pathlib import Path
import sys
import time


def _run(only: list[str] | None = None) -> int:
    from .course.site import TIMES_FILE, write_times
    from .editions import write_glossary, write_navigation, write_readme_map
    from .runner import run_all

    for path in [] if only else write_navigation():
        print(f"navigation updated: {path.name}")
    status = run_all(only=only)
    if status == 0 and not only:
        if write_glossary():
            print("notebooks/glossary.md: first uses updated")
        if write_readme_map():
            print("README.md: notebook map updated")
        if write_times():
            print(f"teaching/{TIMES_FILE}: notebook times updated")
    return status


def _student() -> int:
    from .editions import student_edition

    out = student_edition()
    print(f"wrote {len(out)} student notebooks to {out[0].parent}")
    return 0


def _site() -> int:
    from . import paths
    from .course.site import build, figures_without_alt

    t0 = time.perf_counter()
    index = build()
    print(f"wrote {index.relative_to(paths.ROOT)} in {time.perf_counter() - t0:.1f} s")
    missing = figures_without_alt()
    if missing:
        print(f"note: {len(missing)} figures have no alt text in their cell metadata "
              f"(mystnb.image.alt), first {missing[0]}; the site gives them a generic one")
    return 0


def _analyse(files: list[str], labels: list[str] | None, out: str, terms: list[str] | None = None,
             reference: str | None = None, codebook: list[str] | None = None) -> int:
    from .yourtexts import analyse

    analyse(files, labels, out, terms=terms, reference=reference, codebook=codebook)
    return 0


COMMANDS = {
    "run": (_run, "update navigation, then re-execute every notebook in order, regenerating data/derived and figures"),
    "student": (_student, "write the student edition (solutions removed) to student/"),
    "analyse": (_analyse, "run the template notebook on your own UTF-8 texts (FILE [FILE ...])"),
    "site": (_site, "build the course website (notebooks, glossary, teacher's guide) into site/"),
    "html": (_site, "the same as `site` (the old name of the HTML edition)"),
}


def main(argv: list[str] | None = None) -> int:
    from .annotations import AnnotationError
    from .article import ArticleError
    from .editions import EditionError
    from .resources import ResourceError
    from .course.site import SiteError
    from .runner import NotebookRunError
    from .yourtexts import AnalysisError, InputError

    parser = argparse.ArgumentParser(prog="python -m framing", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (_, help_) in COMMANDS.items():
        cmd = sub.add_parser(name, help=help_)
        if name == "run":
            cmd.add_argument("notebook", nargs="*", help="run only these notebooks (default: all, in order)")
        if name == "analyse":
            cmd.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files")
            cmd.add_argument("--label", action="append", help="a name per file, in order (default: file names)")
            cmd.add_argument("--out", default="results", help="output folder (default: results/)")
            cmd.add_argument("--term", action="append", dest="terms",
                             help="a word or phrase to follow, repeatable (default: the contested phrases of notebook 04)")
            cmd.add_argument("--reference", help="reference corpus for keyness: sotu:YEAR- or a folder of .txt files "
                                                 "(default: sotu:1947-)")
            cmd.add_argument("--codebook", nargs=2, metavar=("FRAMES", "INDICATORS"),
                             help="frame dictionary: a frames CSV and an indicators CSV (default: the lessons' files)")
    args = parser.parse_args(argv)
    try:
        if args.command == "run":
            missing = [n for n in args.notebook if not Path(n).is_file()]
            if missing:
                print(f"error: {missing[0]}: no such notebook", file=sys.stderr)
                return 1
            return _run(args.notebook)
        if args.command == "analyse":
            return _analyse(args.files, args.label, args.out, args.terms, args.reference, args.codebook)
        return COMMANDS[args.command][0]()
    except (AnnotationError, ArticleError, EditionError, NotebookRunError, ResourceError, SiteError, InputError,
            AnalysisError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
