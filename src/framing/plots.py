"""Figures of the lessons: one tested function per figure, each returning a matplotlib Figure.

Each notebook's functions sit under a comment line ``# --- notebook NN ---``.
"""
from __future__ import annotations

from typing import Mapping

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import FuncFormatter

from . import style

# --- notebook 02 ---


def boundary_map(found: Mapping[str, set[int]], gold: set[int], length: int):
    """Where each splitter cuts the article, against the hand-marked reference: one row per splitter,
    the x axis is the character offset; a dot is a reference boundary found, a cross one missed, a
    triangle a spurious cut."""
    fig, ax = plt.subplots(figsize=(9, 0.6 * len(found) + 1.4))
    names = list(found)
    marks = (("found", "o", style.ACCENT), ("missed", "x", "#D55E00"), ("spurious", "v", "black"))
    for y, name in enumerate(names):
        b = set(found[name])
        groups = {"found": sorted(b & set(gold)), "missed": sorted(set(gold) - b), "spurious": sorted(b - set(gold))}
        for label, marker, color in marks:
            ax.scatter(groups[label], [y] * len(groups[label]), marker=marker, color=color, s=40,
                       label=label if y == 0 else None, zorder=3)
    ax.set_yticks(range(len(names)), names)
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.set_xlim(0, length)
    ax.set_xlabel("character offset in the article")
    ax.set_ylabel("splitter")
    ax.set_title("Where each splitter cuts, against the boundaries marked by reading")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.35), ncol=3)
    ax.grid(axis="x", color="#DDDDDD", zorder=0)
    fig.tight_layout()
    return fig


# --- notebook 03 ---


def rank_frequency(counts: pd.Series, label: int = 5):
    """Rank–frequency plot on log–log axes of a Series of counts (index: the terms), with the line
    count = (count of rank 1) / rank (Zipf's law) and the ``label`` most frequent terms named."""
    counts = counts.sort_values(ascending=False, kind="stable")
    rank = range(1, len(counts) + 1)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    ax.loglog(rank, counts.to_numpy(), "o", ms=3, color=style.ACCENT, label="this article")
    ax.loglog(rank, [counts.iloc[0] / r for r in rank], "--", color="grey", lw=1,
              label="Zipf's law: count of rank 1 ÷ rank")
    for r, (term, c) in enumerate(counts.head(label).items(), start=1):
        ax.annotate(term, (r, c), xytext=(5, 2), textcoords="offset points", fontsize=8)
    ax.set_ylim(0.7, None)
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.set_xlabel("rank (1 = most frequent word; log scale)")
    ax.set_ylabel("count (tokens; log scale)")
    ax.set_title("Rank–frequency plot of the article's words")
    ax.legend()
    return fig
