"""Figures of the lessons: one tested function per figure, grouped by notebook.

Each function returns a matplotlib Figure (with a title and labelled axes); the notebook shows the
call and saves the figure with ``style.savefig``.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import style

# --- notebook 08 ---

SUMMARY_PANELS = (("content_tokens", "content tokens (count)", "Size"),
                  ("topics_mentioned", "topics mentioned (of 14)", "Salience: topics raised"),
                  ("vader_compound_mean", "mean VADER compound (−1 to +1)", "Tone (VADER)"))


def summary_figure(summary: pd.DataFrame, voices: tuple[str, ...] = ("russian_readout", "chinese_readout",
                                                                    "journalist")) -> plt.Figure:
    """Four small multiples from ``comparison_summary.csv`` (long: measure, voice, value): size,
    topics mentioned, mean tone, and the share of sentences hand-coded with each frame."""
    wide = summary.pivot(index="measure", columns="voice", values="value")[list(voices)]
    colors = [style.VOICE_COLORS[v] for v in voices]
    labels = [style.VOICE_LABELS[v] for v in voices]
    fig, axes = plt.subplots(2, 2, figsize=(11, 7.5))
    for ax, (measure, ylabel, title) in zip(axes.flat, SUMMARY_PANELS):
        ax.bar(labels, wide.loc[measure], color=colors)
        ax.axhline(0, color="black", linewidth=0.6)
        ax.set(ylabel=ylabel, title=title, xlabel="voice (publisher)")
    ax = axes[1, 1]
    frame_rows = [m for m in wide.index if m.startswith("frame_hand_share.")]
    y = np.arange(len(frame_rows))
    for k, v in enumerate(voices):
        ax.barh(y + (k - 1) * 0.27, wide.loc[frame_rows, v], height=0.27, color=colors[k], label=labels[k])
    ax.set_yticks(y, [m.split(".", 1)[1].replace("_", " ") for m in frame_rows], fontsize=8)
    ax.invert_yaxis()
    ax.set(xlim=(0, 1), xlabel="share of the voice's sentences (hand-coded)", ylabel="frame",
           title="Frames (hand coding)")
    ax.legend(fontsize=8, loc="lower right")
    fig.suptitle("The readouts compared, by publisher (journalist as reference)")
    fig.tight_layout()
    return fig


# --- notebook 09 ---

def keyness_intervals(key: pd.DataFrame, min_total: int = 3, c1: str = "ru", c2: str = "cn") -> plt.Figure:
    """Log Ratio of the words seen at least ``min_total`` times in both corpora together, with the
    95% interval (``lr_ci_low``, ``lr_ci_high``); an undefined (infinite) end runs to the edge, marked ▸."""
    f1, f2 = f"freq_{c1}", f"freq_{c2}"
    shown = key[key[f1] + key[f2] >= min_total].sort_values(["log_ratio", "term"]).reset_index(drop=True)
    lim = float(np.nanmax(np.abs(shown[["lr_ci_low", "lr_ci_high", "log_ratio"]].to_numpy()))) + 1
    lo, hi = shown["lr_ci_low"].fillna(-lim), shown["lr_ci_high"].fillna(lim)
    colors = [style.VOICE_COLORS["russian_readout" if lr > 0 else "chinese_readout"] for lr in shown["log_ratio"]]
    fig, ax = plt.subplots(figsize=(8, 0.32 * len(shown) + 1.8))
    y = np.arange(len(shown))
    ax.hlines(y, lo, hi, color=colors, linewidth=2)
    ax.scatter(shown["log_ratio"], y, color=colors, zorder=3)
    for yi, (l, h) in enumerate(zip(shown["lr_ci_low"], shown["lr_ci_high"])):
        if np.isnan(l) or np.isnan(h):
            ax.text(-lim if np.isnan(l) else lim, yi, "◂" if np.isnan(l) else "▸", va="center", ha="center")
    ax.set_yticks(y, [f"{t} ({a}:{b})" for t, a, b in zip(shown["term"], shown[f1], shown[f2])])
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set(xlim=(-lim - 0.5, lim + 0.5), ylabel="word (count Russian : Chinese readout)",
           xlabel="Log Ratio with 95% interval (+1 = twice as frequent in the Russian readout)",
           title=f"Keyness with intervals: words seen at least {min_total} times in all")
    fig.tight_layout()
    return fig
