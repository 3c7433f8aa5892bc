"""Where the project's files live.

Every notebook and script finds ``seeds/``, ``data/`` and ``figures/`` through
this module, never through the current working directory, so a notebook gives
the same result whether it is opened in JupyterLab, run by ``python -m framing
run`` or tested by nbval.
"""
from __future__ import annotations

import os
from pathlib import Path


def _find_root() -> Path:
    override = os.environ.get("FRAMING_ROOT")
    root = Path(override) if override else Path(__file__).resolve().parents[2]
    if not (root / "seeds").is_dir():
        raise RuntimeError(
            f"{root}: not the project root (no seeds/ folder); install the package "
            "with `pip install -e .` from the repository or set FRAMING_ROOT"
        )
    return root


ROOT = _find_root()
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_21d4f67d2d32ba81.txt"
SEED_SHA256 = "75ec8b9b54ed380ce570ac919e3642719c0bfb123a8546fe882d955230daea8d"
DATA = ROOT / "data"
DERIVED = DATA / "derived"
FIGURES = ROOT / "figures"
NOTEBOOKS = ROOT / "notebooks"
NLTK_DATA = ROOT / ".nltk_data"


def derived(name: str) -> Path:
    """Path of a derived data file, creating ``data/derived/`` if needed."""
    DERIVED.mkdir(parents=True, exist_ok=True)
    return DERIVED / name
