"""One look for every figure: fixed colour per voice, deterministic files.

Colours are from Okabe & Ito's colour-blind-safe palette (2008).
"""
from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt

from . import paths

VOICE_COLORS = {
    "russian_readout": "#D55E00",      # vermillion
    "chinese_readout": "#0072B2",      # blue
    "chinese_state_media": "#56B4E9",  # sky blue
    "journalist": "#999999",           # grey
    "headline": "#E69F00",             # orange
}
VOICE_ORDER = tuple(VOICE_COLORS)
VOICE_LABELS = {
    "russian_readout": "Russian readout",
    "chinese_readout": "Chinese readout",
    "chinese_state_media": "Chinese state media",
    "journalist": "Journalist",
    "headline": "Headline",
}
ACCENT = "#009E73"  # bluish green, for anything that is not a voice

RC = {
    "svg.hashsalt": "framing",
    "svg.fonttype": "path",
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "figure.figsize": (8, 4.5),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titleweight": "bold",
    "axes.titlesize": 12,
    "axes.labelsize": 10,
    "font.family": "DejaVu Sans",
    "legend.frameon": False,
}


def use() -> None:
    """Apply the project's matplotlib settings."""
    plt.rcParams.update(RC)


def voice_color(voice: str) -> str:
    try:
        return VOICE_COLORS[voice]
    except KeyError:
        raise ValueError(f"unknown voice {voice!r} (known: {', '.join(VOICE_ORDER)})") from None


def savefig(fig, name: str, folder: Path | None = None) -> list[Path]:
    """Save ``fig`` as ``<name>.png`` and ``<name>.svg`` without dates or
    version stamps, so that re-running gives byte-identical files."""
    if not name or "/" in name or name.endswith((".png", ".svg")):
        raise ValueError(f"figure name {name!r} must be a bare name such as '02-frame-heatmap'")
    folder = folder or paths.FIGURES
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for ext, meta in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
        path = folder / f"{name}.{ext}"
        fig.savefig(path, format=ext, metadata=meta, bbox_inches="tight")
        out.append(path)
    _show_saved(fig, out[0])
    return out


def _show_saved(fig, png: Path) -> bool:
    """In a notebook (inline backend), show the PNG just written and close the figure: the figure is then
    drawn once for the file, not a second time for the page. Elsewhere do nothing; return whether shown."""
    import sys

    if "ipykernel" not in sys.modules or "inline" not in plt.get_backend():
        return False
    from IPython.display import Image, display

    display(Image(data=png.read_bytes(), format="png"))
    plt.close(fig)
    return True


use()
