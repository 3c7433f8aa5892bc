"""Command line: ``python -m framing run``."""
from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m framing", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="re-execute every notebook in order, regenerating data/derived and figures")
    args = parser.parse_args(argv)
    if args.command == "run":
        from .runner import run_all

        return run_all()
    return 2


if __name__ == "__main__":
    sys.exit(main())
