"""The collection's figures that take more than a few lines: one function per figure, each
returning a matplotlib Figure in the project's style (:mod:`framing.style`) with a title and
labelled axes. The notebooks show the call and save the figure with ``style.savefig``."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from . import style


# --- notebook 06 ---

def scope_strip(units: pd.DataFrame, order=("sentence", "quotation", "paragraph", "article")):
    """One dot per scored unit (``compound`` column), one row per scope (``scope`` column): how the
    unit you score changes the spread and the extremes of VADER's compound score. Equal scores (to 2
    decimals) are stacked vertically, so that none hides another."""
    import numpy as np

    missing = sorted({"scope", "compound"} - set(units.columns))
    if missing:
        raise KeyError(f"scope_strip: missing column(s) {', '.join(missing)}")
    fig, ax = plt.subplots(figsize=(8, 3.2))
    ax.axvline(0, color="0.6", linewidth=0.8)
    for row, scope in enumerate(order):
        vals = units.loc[units["scope"] == scope, "compound"].round(2)
        y = np.full(len(vals), float(row))
        for _, ties in vals.groupby(vals).indices.items():  # equal scores are stacked, not hidden
            if len(ties) > 1:
                y[ties] += np.linspace(-0.25, 0.25, len(ties))
        ax.scatter(vals, y, color=style.ACCENT, alpha=0.6, s=40)
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels([f"{s} (n = {int((units['scope'] == s).sum())})" for s in order])
    ax.invert_yaxis()
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("VADER compound score (−1 to +1)")
    ax.set_ylabel("unit scored")
    ax.set_title("The same body text scored at four scopes")
    return fig


# --- notebook 07 ---

def voice_spread(scores: pd.DataFrame, intervals: pd.DataFrame, threshold: float = 0.05):
    """Every sentence's compound score as a dot, one row per voice (in ``intervals`` order, voice
    colours), with the voice's mean as a diamond and its bootstrap interval as a bar where
    ``intervals`` has one (columns voice, n, mean, ci_low, ci_high; NaN bounds: no bar)."""
    missing = sorted({"voice", "compound"} - set(scores.columns)) + \
        sorted({"voice", "n", "mean", "ci_low", "ci_high"} - set(intervals.columns))
    if missing:
        raise KeyError(f"voice_spread: missing column(s) {', '.join(missing)}")
    fig, ax = plt.subplots(figsize=(8, 3.6))
    ax.axvspan(-threshold, threshold, color="0.92", zorder=0, label=f"VADER's neutral band (±{threshold})")
    for row, r in enumerate(intervals.itertuples()):
        color = style.voice_color(r.voice)
        vals = scores.loc[scores["voice"] == r.voice, "compound"]
        ax.scatter(vals, [row - 0.12] * len(vals), color=color, alpha=0.75, s=40,
                   label="one sentence" if row == 0 else None)
        if pd.notna(r.ci_low):
            ax.plot([r.ci_low, r.ci_high], [row + 0.15] * 2, color=color, linewidth=2)
        ax.plot(r.mean, row + 0.15, "D", color=color, markersize=7, label="mean (bar: 95% bootstrap interval)"
                if row == 0 else None)
    ax.set_yticks(range(len(intervals)))
    ax.set_yticklabels([f"{style.VOICE_LABELS[v]} (n = {n})" for v, n in zip(intervals["voice"], intervals["n"])])
    ax.invert_yaxis()
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("VADER compound score (−1 to +1)")
    ax.set_ylabel("voice")
    ax.set_title("Sentence scores per voice: the spread behind each mean")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


# --- notebook 12 ---

def own_texts_overview(scores: dict[str, pd.DataFrame], keywords: dict[str, pd.DataFrame], n: int = 8):
    """Two panels for the template notebook: VADER compound of every body sentence per text
    (one dot a sentence), and each text's top keywords against the reference (log ratio)."""
    if not scores:
        raise ValueError("own_texts_overview: no texts to plot")
    labels = list(scores)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 0.6 * len(labels) + 3.5))
    for y, lab in enumerate(labels):
        values = scores[lab]["compound"].astype(float)
        left.scatter(values, [y] * len(values), alpha=0.6, color=style.ACCENT)
    left.set(yticks=range(len(labels)), yticklabels=labels, xlim=(-1.05, 1.05),
             xlabel="VADER compound (one dot per sentence)", title="Sentiment of each sentence")
    left.axvline(0, color="#999999", lw=0.8)
    rows = [(f"{lab}: {t}", lr) for lab in labels for t, lr in
            keywords[lab].head(n)[["term", "log_ratio"]].itertuples(index=False)]
    right.barh(range(len(rows)), [lr for _, lr in rows], color=style.ACCENT)
    right.set(yticks=range(len(rows)), yticklabels=[r for r, _ in rows], xlabel="log ratio against the reference",
              title="Top keywords (significant, most frequent first)")
    right.invert_yaxis()
    fig.tight_layout()
    return fig
