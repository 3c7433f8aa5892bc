"""Command line: ``python -m framing run``."""
from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m framing", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="update navigation, then re-execute every notebook in order, "
                               "regenerating data/derived and figures")
    sub.add_parser("student", help="write the student edition (solutions removed) to student/")
    sub.add_parser("html", help="render the HTML reading edition to html/")
    args = parser.parse_args(argv)
    if args.command == "run":
        from .editions import write_navigation, write_readme_map
        from .runner import run_all

        for path in write_navigation():
            print(f"navigation updated: {path.name}")
        status = run_all()
        if status == 0 and write_readme_map():
            print("README.md: notebook map updated")
        return status
    if args.command == "student":
        from .editions import student_edition

        out = student_edition()
        print(f"wrote {len(out)} student notebooks to {out[0].parent}")
        return 0
    if args.command == "html":
        from .editions import html_edition

        print(f"wrote {html_edition()}")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
